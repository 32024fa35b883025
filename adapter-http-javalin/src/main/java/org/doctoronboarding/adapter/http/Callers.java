package org.doctoronboarding.adapter.http;

import io.javalin.http.Context;
import org.doctoronboarding.application.port.in.AuthenticateUseCase;
import org.doctoronboarding.domain.AccessDeniedException;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.user.User;

/** Establishes who calls a route from its bearer token and keeps the result on the request. */
final class Callers {

    private static final String ATTRIBUTE = "actor";
    private static final String USER = "user";
    private static final String BEARER = "bearer ";

    private Callers() {
    }

    /**
     * Authenticates the request and checks the route's access rule.
     *
     * @throws AccessDeniedException 401 for a missing, invalid or expired token; 403 for a role the route refuses
     */
    static void admit(Context ctx, Access access, AuthenticateUseCase authentication) {
        if (access == Access.PUBLIC) {
            ctx.attribute(ATTRIBUTE, new Actor(null, null, null, null, ctx.ip(), ctx.userAgent()));
            return;
        }
        User user = authentication.authenticate(bearerToken(ctx));
        if (!access.allows(user.role())) {
            throw AccessDeniedException.forbidden("The role '" + user.role().value() + "' may not call "
                    + ctx.method() + " " + ctx.path() + ".");
        }
        ctx.attribute(USER, user);
        ctx.attribute(ATTRIBUTE, new Actor(String.valueOf(user.id()), user.email() == null ? null : user.email().value(),
                user.role(), user.doctorId(), ctx.ip(), ctx.userAgent()));
    }

    /** Returns the caller established by {@link #admit}. */
    static Actor actor(Context ctx) {
        Actor actor = ctx.attribute(ATTRIBUTE);
        if (actor == null) {
            throw new IllegalStateException("route " + ctx.path() + " reached its handler without an access check");
        }
        return actor;
    }

    /** Returns the signed-in account established by {@link #admit}. */
    static User user(Context ctx) {
        User user = ctx.attribute(USER);
        if (user == null) {
            throw new IllegalStateException("route " + ctx.path() + " needs a signed-in caller but has none");
        }
        return user;
    }

    private static String bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            return null;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw AccessDeniedException.unauthenticated("TOKEN_INVALID",
                    "The Authorization header must use the Bearer scheme: 'Authorization: Bearer <token>'.");
        }
        return header.substring(BEARER.length()).strip();
    }
}
