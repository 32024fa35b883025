package org.doctoronboarding.adapter.notifications;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An SMS gateway on 127.0.0.1 and a free port that records every request and responds with the given statuses
 * in order, repeating the last one. A stalling gateway responds only once it is closed.
 */
final class FakeSmsGateway implements AutoCloseable {

    /** One request as the gateway received it. Header names are lower-case. */
    record ReceivedRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(",", values);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Integer> statuses;
    private final boolean stalling;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();

    private FakeSmsGateway(List<Integer> statuses, boolean stalling) throws IOException {
        this.statuses = new ArrayDeque<>(statuses);
        this.stalling = stalling;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static FakeSmsGateway answering(Integer... statuses) throws IOException {
        return new FakeSmsGateway(List.of(statuses), false);
    }

    static FakeSmsGateway stalling() throws IOException {
        return new FakeSmsGateway(List.of(200), true);
    }

    /** Returns this gateway's address with the given path and optional query, such as {@code /sms?x=1}. */
    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    List<ReceivedRequest> requests() {
        return requests;
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            requests.add(new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), headers, body));

            if (stalling) {
                closed.await(30, TimeUnit.SECONDS);
            }
            exchange.sendResponseHeaders(nextStatus(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized int nextStatus() {
        return statuses.size() > 1 ? statuses.removeFirst() : statuses.getFirst();
    }
}
