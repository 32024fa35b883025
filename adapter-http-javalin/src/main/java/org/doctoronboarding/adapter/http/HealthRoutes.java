package org.doctoronboarding.adapter.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liveness ({@code /live}: the process serves requests), readiness ({@code /ready}) and health
 * ({@code /health}); the last two check the database.
 */
final class HealthRoutes {

    private static final Logger log = LoggerFactory.getLogger(HealthRoutes.class);

    private final UseCases useCases;

    HealthRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/v1/live", Access.PUBLIC, ctx -> ctx.json(Map.of("status", "ok"))),
                Route.get("/api/v1/ready", Access.PUBLIC, this::checkDatabase),
                Route.get("/api/v1/health", Access.PUBLIC, this::checkDatabase));
    }

    private void checkDatabase(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            useCases.databaseHealth().check();
            body.put("status", "ok");
            body.put("database", "ok");
            ctx.json(body);
        } catch (RuntimeException e) {
            log.warn("Health check failed: the database query failed ({})", e.getClass().getSimpleName(), e);
            body.put("status", "unavailable");
            body.put("database", "unreachable");
            ctx.status(503).json(body);
        }
    }
}
