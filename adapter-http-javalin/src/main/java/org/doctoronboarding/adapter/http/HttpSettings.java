package org.doctoronboarding.adapter.http;

/**
 * Settings of the HTTP API.
 *
 * @param maxUploadBytes the largest CV file accepted by Smart-Fill, in bytes
 */
public record HttpSettings(long maxUploadBytes) {

    public HttpSettings {
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive, got " + maxUploadBytes);
        }
    }
}
