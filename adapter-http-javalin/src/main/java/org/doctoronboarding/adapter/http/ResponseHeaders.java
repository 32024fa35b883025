package org.doctoronboarding.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/** Security headers on every response, and CORS for the configured browser origins. */
final class ResponseHeaders {

    private static final String ALLOWED_METHODS = "GET, POST, PATCH, DELETE, OPTIONS";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-Request-ID";
    private static final String EXPOSED_HEADERS = "X-Request-ID, Retry-After, Location";

    private final HttpSettings settings;

    ResponseHeaders(HttpSettings settings) {
        this.settings = settings;
    }

    /** Sets the headers. A CORS preflight gets its 204 here, and the remaining handlers are skipped. */
    void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        if (settings.https()) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }

        String origin = ctx.header("Origin");
        if (origin == null || !settings.corsOrigins().contains(origin)) {
            return;
        }
        // Tokens travel in the Authorization header, never in cookies, so credentials are not allowed.
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        if (ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null) {
            ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
            ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }
}
