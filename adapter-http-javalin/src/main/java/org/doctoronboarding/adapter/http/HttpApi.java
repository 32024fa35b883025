package org.doctoronboarding.adapter.http;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
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
            config.requestLogger.http((ctx, ms) -> log.info("{} {} -> {} in {} ms", ctx.method(), ctx.path(),
                    ctx.statusCode(), Math.round(ms)));

            config.routes.before(RequestIds::assign);
            config.routes.after(ctx -> RequestIds.clear());
            Problems.register(config.routes);
            new HealthRoutes(useCases).register(config.routes);
            new SmartFillRoutes(useCases, settings).register(config.routes);
            new DoctorRoutes(useCases).register(config.routes);
        });
    }
}
