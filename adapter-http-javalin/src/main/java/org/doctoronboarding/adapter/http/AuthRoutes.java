package org.doctoronboarding.adapter.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doctoronboarding.application.port.in.SignInUseCase;
import org.doctoronboarding.application.service.SignInService;
import org.doctoronboarding.domain.ValidationException;

/** Phone sign-in: request or resend a one-time code, then exchange it for an access token. */
final class AuthRoutes {

    private static final Set<String> REQUEST_FIELDS = Set.of("mobile_number");
    private static final Set<String> VERIFY_FIELDS = Set.of("mobile_number", "otp");

    private final UseCases useCases;

    AuthRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    List<Route> routes() {
        return List.of(
                Route.post("/api/v1/auth/otp/request", Access.PUBLIC, this::request),
                Route.post("/api/v1/auth/otp/resend", Access.PUBLIC, this::resend),
                Route.post("/api/v1/auth/otp/verify", Access.PUBLIC, this::verify),
                Route.get("/api/v1/auth/me", Access.SIGNED_IN, ctx -> ctx.json(JsonViews.user(Callers.user(ctx)))));
    }

    private void request(Context ctx) {
        Map<String, Object> body = Json.parseObject(ctx.body(), REQUEST_FIELDS, false);
        useCases.signIn().requestCode(string(body, "mobile_number"), ctx.ip());
        ctx.status(202).json(sent());
    }

    private void resend(Context ctx) {
        Map<String, Object> body = Json.parseObject(ctx.body(), REQUEST_FIELDS, false);
        useCases.signIn().resendCode(string(body, "mobile_number"), ctx.ip());
        ctx.status(202).json(sent());
    }

    private void verify(Context ctx) {
        Map<String, Object> body = Json.parseObject(ctx.body(), VERIFY_FIELDS, false);
        SignInUseCase.SignedIn signedIn = useCases.signIn().verifyCode(string(body, "mobile_number"), string(body, "otp"));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", signedIn.accessToken());
        json.put("token_type", "Bearer");
        json.put("expires_at", signedIn.expiresAt().toString());
        json.put("expires_in", Math.max(0, signedIn.expiresAt().getEpochSecond() - Instant.now().getEpochSecond()));
        json.put("user", JsonViews.user(signedIn.user()));
        ctx.json(json);
    }

    /** Returns the same body for every number, so it reveals nothing about which numbers have accounts. */
    private static Map<String, Object> sent() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", "sent");
        json.put("detail", "If the number can receive SMS, a 6-digit code is on its way.");
        json.put("expires_in_seconds", SignInService.CODE_LIFETIME.toSeconds());
        json.put("resend_after_seconds", SignInService.RESEND_COOLDOWN.toSeconds());
        return json;
    }

    private static String string(Map<String, Object> body, String name) {
        Object value = body.get(name);
        if (value == null) {
            throw ValidationException.of(name, "is required");
        }
        if (!(value instanceof String text)) {
            throw ValidationException.of(name, "must be a string");
        }
        return text;
    }
}
