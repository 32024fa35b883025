package org.doctoronboarding.adapter.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/** Gives every request an id: the caller's {@code X-Request-ID} when it is sane, else a new UUID. */
final class RequestIds {

    static final String HEADER = "X-Request-ID";
    private static final String ATTRIBUTE = "request-id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** Assigns the id, echoes it in the response and puts it in the logging context. */
    static void assign(Context ctx) {
        String callerId = ctx.header(HEADER);
        String id = callerId != null && ACCEPTED.matcher(callerId).matches() ? callerId : UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put("request_id", id);
    }

    /** Returns the request's id, assigning one if a failure happened before the usual assignment. */
    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        if (id == null) {
            assign(ctx);
            id = ctx.attribute(ATTRIBUTE);
        }
        return id;
    }

    static void clear() {
        MDC.remove("request_id");
    }
}
