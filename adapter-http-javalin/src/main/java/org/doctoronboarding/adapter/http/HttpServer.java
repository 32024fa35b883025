package org.doctoronboarding.adapter.http;

import io.javalin.Javalin;

/** The running (or ready to run) HTTP API; keeps the web framework out of the callers' code. */
public final class HttpServer {

    private final Javalin javalin;

    HttpServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Starts listening; port 0 picks a free port, which {@link #port()} then returns. */
    public HttpServer start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /** Stops accepting requests and waits for the ones in progress. */
    public void stop() {
        javalin.stop();
    }

    /** Returns the underlying application, for in-process tests. */
    Javalin javalin() {
        return javalin;
    }
}
