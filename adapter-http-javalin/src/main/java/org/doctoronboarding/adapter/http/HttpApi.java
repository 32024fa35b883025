package org.doctoronboarding.adapter.http;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Javalin application serving the onboarding API under {@code /api/v1}. */
public final class HttpApi {

    private static final Logger log = LoggerFactory.getLogger(HttpApi.class);

    /** Room for the multipart envelope around the file itself. */
    static final long MULTIPART_OVERHEAD_BYTES = 64 * 1024;

    private HttpApi() {
    }

    /** Creates the server; the caller starts it on a host and port and stops it. */
    public static HttpServer create(UseCases useCases, HttpSettings settings) {
        return new HttpServer(javalin(useCases, settings));
    }

    static Javalin javalin(UseCases useCases, HttpSettings settings) {
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.maxRequestSize = Math.max(Json.MAX_BODY_BYTES, settings.maxUploadBytes() + MULTIPART_OVERHEAD_BYTES);
            config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes() + MULTIPART_OVERHEAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes() + MULTIPART_OVERHEAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, settings.maxUploadBytes()), SizeUnit.BYTES);
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.requestLogger.http((ctx, ms) -> log.info("{} {} -> {} in {} ms", ctx.method(), ctx.path(),
                    ctx.statusCode(), Math.round(ms)));

            ResponseHeaders headers = new ResponseHeaders(settings);
            config.routes.before(ctx -> {
                RequestIds.assign(ctx);
                headers.apply(ctx);
            });
            config.routes.after(ctx -> RequestIds.clear());
            Problems.register(config.routes);
            for (Route route : routes(useCases, settings)) {
                config.routes.addHttpHandler(route.method(), route.path(), ctx -> {
                    Callers.admit(ctx, route.access(), useCases.authenticate());
                    route.handler().handle(ctx);
                });
            }
        });
    }

    /** One route as documented: method, path with its parameters, and who may call it. */
    public record RouteDescription(String method, String path, String access) {
    }

    /** Describes every route of the API, for documentation and for the authorization tests. */
    public static List<RouteDescription> describeRoutes(UseCases useCases) {
        return routes(useCases, new HttpSettings(1)).stream()
                .map(route -> new RouteDescription(route.method().name(), route.path(), route.access().name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    /** Returns every route of the API with the access it requires. */
    static List<Route> routes(UseCases useCases, HttpSettings settings) {
        List<Route> routes = new ArrayList<>();
        routes.addAll(new HealthRoutes(useCases).routes());
        routes.addAll(new AuthRoutes(useCases).routes());
        routes.addAll(new SmartFillRoutes(useCases, settings).routes());
        routes.addAll(new DoctorRoutes(useCases).routes());
        routes.addAll(new AdminUserRoutes(useCases).routes());
        routes.addAll(new CatalogueRoutes(useCases).routes());
        return List.copyOf(routes);
    }
}
