package org.doctoronboarding.adapter.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doctoronboarding.domain.AccessDeniedException;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.DomainException;
import org.doctoronboarding.domain.ExternalServiceException;
import org.doctoronboarding.domain.FieldError;
import org.doctoronboarding.domain.NotFoundException;
import org.doctoronboarding.domain.RateLimitedException;
import org.doctoronboarding.domain.UnprocessableDocumentException;
import org.doctoronboarding.domain.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to one RFC 9457 {@code application/problem+json} response, registered once for the
 * whole API. Bodies carry a stable {@code code} and the request id, never a stack trace or a library message.
 */
final class Problems {

    static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "https://doctor-onboarding.dev/problems/";
    private static final String WRITTEN = "problem-written";

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /** Registers the exception and error handlers on the routes configuration. */
    static void register(RoutesConfig routes) {
        routes.exception(ValidationException.class, (e, ctx) -> write(ctx, 422, e.code(), "Validation failed",
                e.getMessage(), e.errors()));
        routes.exception(NotFoundException.class, (e, ctx) -> write(ctx, 404, e.code(), "Not found", e.getMessage(), List.of()));
        routes.exception(ConflictException.class, Problems::conflict);
        routes.exception(AccessDeniedException.class, Problems::accessDenied);
        routes.exception(RateLimitedException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            write(ctx, 429, e.code(), "Too many requests", e.getMessage(), List.of());
        });
        routes.exception(ExternalServiceException.class, (e, ctx) -> {
            log.warn("External service failed with {} on {} {} (request {})", e.code(), ctx.method(), ctx.path(), RequestIds.of(ctx));
            write(ctx, 502, e.code(), "Bad gateway", e.getMessage(), List.of());
        });
        routes.exception(UnprocessableDocumentException.class, Problems::document);
        routes.exception(InvalidRequestException.class, (e, ctx) -> write(ctx, 400, e.code(), "Bad request",
                e.getMessage(), e.field() == null ? List.of() : List.of(new FieldError(e.field(), e.getMessage()))));
        routes.exception(HttpResponseException.class, Problems::framework);
        routes.exception(Exception.class, Problems::unexpected);

        routes.error(404, ctx -> unlessWritten(ctx, () -> write(ctx, 404, "ROUTE_NOT_FOUND", "Not found",
                "No route matches " + ctx.method() + " " + ctx.path() + ".", List.of())));
        routes.error(405, ctx -> unlessWritten(ctx, () -> write(ctx, 405, "METHOD_NOT_ALLOWED", "Method not allowed",
                ctx.method() + " is not allowed on " + ctx.path() + ".", List.of())));
    }

    /** Writes one problem response. */
    static void write(Context ctx, int status, String code, String title, String detail, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + code.toLowerCase().replace('_', '-'));
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream().map(Problems::error).toList());
        }
        body.put("request_id", RequestIds.of(ctx));
        write(ctx, status, body);
    }

    private static Map<String, String> error(FieldError error) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("field", error.field());
        json.put("message", error.message());
        return json;
    }

    private static void write(Context ctx, int status, Map<String, Object> body) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        ctx.status(status).contentType(CONTENT_TYPE).result(Json.compact(body));
    }

    private static void conflict(ConflictException e, Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + e.code().toLowerCase().replace('_', '-'));
        body.put("title", "Conflict");
        body.put("status", 409);
        body.put("detail", e.getMessage());
        body.put("code", e.code());
        if (e.field() != null) {
            body.put("errors", List.of(error(new FieldError(e.field(), "is already used by another doctor"))));
        }
        if (!e.allowed().isEmpty()) {
            body.put("allowed_statuses", e.allowed());
        }
        body.put("request_id", RequestIds.of(ctx));
        write(ctx, 409, body);
    }

    private static void accessDenied(AccessDeniedException e, Context ctx) {
        if (e.authenticated()) {
            write(ctx, 403, e.code(), "Forbidden", e.getMessage(), List.of());
            return;
        }
        ctx.header("WWW-Authenticate", "Bearer");
        write(ctx, 401, e.code(), "Unauthorized", e.getMessage(), List.of());
    }

    private static void document(UnprocessableDocumentException e, Context ctx) {
        int status = switch (e.reason()) {
            case DOCUMENT_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            default -> 422;
        };
        write(ctx, status, e.code(), "Document cannot be processed", e.getMessage(), List.of());
    }

    private static void framework(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        String code = switch (status) {
            case 404 -> "ROUTE_NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 413 -> "REQUEST_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
        String title = HttpStatus.forStatus(status).getMessage();
        String detail = switch (status) {
            case 404 -> "No route matches " + ctx.method() + " " + ctx.path() + ".";
            case 405 -> ctx.method() + " is not allowed on " + ctx.path() + ".";
            case 413 -> "The request body is larger than the server accepts.";
            default -> status >= 500 ? "The server could not complete the request." : title + ".";
        };
        write(ctx, status, code, title, detail, List.of());
    }

    private static void unexpected(Exception e, Context ctx) {
        if (e instanceof DomainException domain) {
            // Every domain failure has a handler above; reaching here means a new subtype lacks one.
            log.error("Unmapped domain failure {} on {} {} (request {})", domain.code(), ctx.method(), ctx.path(), RequestIds.of(ctx), e);
        } else {
            log.error("Request {} {} failed (request {})", ctx.method(), ctx.path(), RequestIds.of(ctx), e);
        }
        write(ctx, 500, "INTERNAL_ERROR", "Internal server error",
                "The server could not complete the request; quote the request id when reporting it.", List.of());
    }

    private static void unlessWritten(Context ctx, Runnable writer) {
        if (ctx.attribute(WRITTEN) == null) {
            writer.run();
        }
    }
}
