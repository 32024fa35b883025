package org.doctoronboarding.adapter.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.in.UserFilter;
import org.doctoronboarding.domain.FieldError;
import org.doctoronboarding.domain.ValidationException;
import org.doctoronboarding.domain.user.Role;
import org.doctoronboarding.domain.user.User;

/** Account administration under {@code /api/v1/admin/users}, for administrators. */
final class AdminUserRoutes {

    private final UseCases useCases;

    AdminUserRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/v1/admin/users", Access.ADMIN, this::list),
                Route.post("/api/v1/admin/users", Access.ADMIN, this::create),
                Route.get("/api/v1/admin/users/{user_id}", Access.ADMIN,
                        ctx -> ctx.json(JsonViews.user(useCases.manageUsers().get(userId(ctx), Callers.actor(ctx))))),
                Route.patch("/api/v1/admin/users/{user_id}", Access.ADMIN, ctx -> ctx.json(JsonViews.user(
                        useCases.manageUsers().update(userId(ctx), Json.parseObject(ctx.body(), false), Callers.actor(ctx))))),
                Route.delete("/api/v1/admin/users/{user_id}", Access.ADMIN, ctx -> ctx.json(JsonViews.user(
                        useCases.manageUsers().deactivate(userId(ctx), Callers.actor(ctx))))));
    }

    private void list(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        Role role = null;
        String roleText = ctx.queryParam("role");
        if (roleText != null && !roleText.isBlank()) {
            try {
                role = Role.parse("role", roleText.strip());
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        Boolean active = null;
        String activeText = ctx.queryParam("active");
        if (activeText != null && !activeText.isBlank()) {
            switch (activeText.strip()) {
                case "true" -> active = true;
                case "false" -> active = false;
                default -> errors.add(new FieldError("active", "'" + activeText + "' is invalid; use true or false"));
            }
        }
        PageRequest page = QueryParams.page(ctx, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ctx.json(JsonViews.users(useCases.manageUsers().list(new UserFilter(role, active), page, Callers.actor(ctx))));
    }

    private void create(Context ctx) {
        User created = useCases.manageUsers().create(Json.parseObject(ctx.body(), false), Callers.actor(ctx));
        ctx.status(201).header("Location", "/api/v1/admin/users/" + created.id()).json(JsonViews.user(created));
    }

    private static long userId(Context ctx) {
        return PathParams.positiveId(ctx, "user_id", "an account id");
    }
}
