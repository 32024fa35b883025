package org.doctoronboarding.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doctoronboarding.adapter.persistence.DatabaseDialect;
import org.doctoronboarding.domain.ValidationException;
import org.doctoronboarding.domain.doctor.Email;
import org.doctoronboarding.domain.doctor.PhoneNumber;

/**
 * The settings read from environment variables at start-up. Every variable has a default that works on a
 * developer machine; a bad value stops start-up with a message naming the variable and its rule.
 */
public record AppConfig(
        String databaseUrl,
        String httpHost,
        int httpPort,
        int maxUploadMb,
        PhoneNumber adminPhone,
        Email adminEmail) {

    public static final String DB_URL = "ONBOARDING_DB_URL";
    public static final String HTTP_HOST = "ONBOARDING_HTTP_HOST";
    public static final String HTTP_PORT = "ONBOARDING_HTTP_PORT";
    public static final String MAX_UPLOAD_MB = "ONBOARDING_MAX_UPLOAD_MB";
    public static final String ADMIN_PHONE = "ONBOARDING_ADMIN_PHONE";
    public static final String ADMIN_EMAIL = "ONBOARDING_ADMIN_EMAIL";
    /** Read by logback.xml at start-up; checked here so that a typo does not pass silently. */
    public static final String LOG_LEVEL = "ONBOARDING_LOG_LEVEL";

    public static final String DEFAULT_DB_URL = "jdbc:sqlite:data/onboarding.db";
    /** Loopback by default; listening on every interface ("0.0.0.0") needs a real SMS gateway or dev mode. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final int DEFAULT_MAX_UPLOAD_MB = 10;
    public static final int MAX_UPLOAD_LIMIT_MB = 100;
    public static final String DEFAULT_ADMIN_PHONE = "+919000000001";
    public static final String DEFAULT_ADMIN_EMAIL = "admin@example.com";

    /**
     * Reads the settings from the given environment.
     *
     * @throws ConfigurationException listing every invalid variable
     */
    public static AppConfig from(Map<String, String> env) {
        List<String> problems = new ArrayList<>();

        String databaseUrl = value(env, DB_URL, DEFAULT_DB_URL);
        try {
            DatabaseDialect.fromJdbcUrl(databaseUrl);
        } catch (IllegalArgumentException e) {
            problems.add(DB_URL + ": " + e.getMessage());
        }
        String host = value(env, HTTP_HOST, DEFAULT_HOST);
        if (!host.matches("[A-Za-z0-9.:\\-\\[\\]]+")) {
            problems.add(HTTP_HOST + ": '" + host + "' is not a host name or IP address");
        }
        int port = integer(env, HTTP_PORT, DEFAULT_PORT, 0, 65535, problems);
        int maxUploadMb = integer(env, MAX_UPLOAD_MB, DEFAULT_MAX_UPLOAD_MB, 1, MAX_UPLOAD_LIMIT_MB, problems);
        PhoneNumber adminPhone = null;
        try {
            adminPhone = PhoneNumber.parse(ADMIN_PHONE, value(env, ADMIN_PHONE, DEFAULT_ADMIN_PHONE));
        } catch (ValidationException e) {
            problems.add(ADMIN_PHONE + ": " + e.errors().getFirst().message());
        }
        Email adminEmail = null;
        try {
            adminEmail = Email.parse(value(env, ADMIN_EMAIL, DEFAULT_ADMIN_EMAIL));
        } catch (ValidationException e) {
            problems.add(ADMIN_EMAIL + ": " + e.errors().getFirst().message());
        }

        String logLevel = value(env, LOG_LEVEL, "INFO");
        if (!List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR").contains(logLevel.toUpperCase(java.util.Locale.ROOT))) {
            problems.add(LOG_LEVEL + ": '" + logLevel + "' is invalid; use TRACE, DEBUG, INFO, WARN or ERROR");
        }

        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new AppConfig(databaseUrl, host, port, maxUploadMb, adminPhone, adminEmail);
    }

    public long maxUploadBytes() {
        return maxUploadMb * 1024L * 1024L;
    }

    /** Returns the Flyway placeholders the first migration seeds the admin user from. */
    public Map<String, String> migrationPlaceholders() {
        return Map.of("admin_phone", adminPhone.value(), "admin_email", adminEmail.value());
    }

    /** Returns the database URL with any password parameter hidden, for logs. */
    public String maskedDatabaseUrl() {
        return databaseUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String raw = env.get(name);
        return raw == null || raw.isBlank() ? fallback : raw.strip();
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min, int max, List<String> problems) {
        String raw = value(env, name, Integer.toString(fallback));
        try {
            int parsed = Integer.parseInt(raw);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Reported below with the rule.
        }
        problems.add(name + ": '" + raw + "' is invalid; it must be a whole number from " + min + " to " + max);
        return fallback;
    }
}
