package org.doctoronboarding.adapter.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
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

    void register(RoutesConfig routes) {
        routes.get("/api/v1/live", ctx -> ctx.json(Map.of("status", "ok")));
        routes.get("/api/v1/ready", this::checkDatabase);
        routes.get("/api/v1/health", this::checkDatabase);
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
