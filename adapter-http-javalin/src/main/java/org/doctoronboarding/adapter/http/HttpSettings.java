package org.doctoronboarding.adapter.http;

import java.util.List;

/**
 * Settings of the HTTP API.
 *
 * @param maxUploadBytes the largest CV file accepted by Smart-Fill, in bytes
 * @param https whether clients reach the API over HTTPS (a proxy may terminate it); turns on HSTS
 * @param corsOrigins the browser origins allowed to call the API, such as {@code https://ops.example.in};
 *     empty allows none
 */
public record HttpSettings(long maxUploadBytes, boolean https, List<String> corsOrigins) {

    public HttpSettings {
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive, got " + maxUploadBytes);
        }
        corsOrigins = List.copyOf(corsOrigins);
        if (corsOrigins.contains("*")) {
            throw new IllegalArgumentException("CORS origins must be listed one by one; '*' is not accepted");
        }
    }

    /** Settings with the given upload limit, plain HTTP and no CORS origins. */
    public HttpSettings(long maxUploadBytes) {
        this(maxUploadBytes, false, List.of());
    }
}
