package org.doctoronboarding.bootstrap;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doctoronboarding.adapter.notifications.HttpSmsSettings;

/**
 * The sign-in and HTTP hardening settings, read only by {@code serve}: the token secret and lifetime, the SMS
 * channel, HTTPS and the CORS origins. A bad value stops start-up with the variable's name and rule.
 *
 * @param jwtSecret the token signing secret; random when {@code generatedSecret} is true (development only)
 * @param httpSms the gateway settings when {@code sms} is {@link SmsChannel#HTTP}, else null
 */
public record SecurityConfig(
        boolean development,
        byte[] jwtSecret,
        boolean generatedSecret,
        Duration tokenLifetime,
        SmsChannel sms,
        HttpSmsSettings httpSms,
        boolean https,
        List<String> corsOrigins) {

    public static final String ENV = "ONBOARDING_ENV";
    public static final String JWT_SECRET = "ONBOARDING_JWT_SECRET";
    public static final String JWT_TTL_MINUTES = "ONBOARDING_JWT_TTL_MINUTES";
    public static final String SMS = "ONBOARDING_SMS";
    public static final String HTTPS = "ONBOARDING_HTTPS";
    public static final String CORS_ORIGINS = "ONBOARDING_CORS_ORIGINS";

    public static final int MIN_SECRET_BYTES = 32;
    public static final int DEFAULT_TOKEN_MINUTES = 30;

    /** The channel for sign-in codes: the server log (development) or an HTTP SMS gateway. */
    public enum SmsChannel {
        LOG, HTTP
    }

    /**
     * Reads the settings from the environment.
     *
     * @param httpHost the interface the server binds to; the log channel is allowed only on loopback
     * @param randomSecret supplies a secret when development mode has none configured
     * @throws ConfigurationException listing every invalid variable
     */
    public static SecurityConfig from(Map<String, String> env, String httpHost, java.util.function.Supplier<byte[]> randomSecret) {
        List<String> problems = new ArrayList<>();

        String mode = value(env, ENV, "prod").toLowerCase(Locale.ROOT);
        if (!mode.equals("dev") && !mode.equals("prod")) {
            problems.add(ENV + ": '" + mode + "' is invalid; use dev or prod");
        }
        boolean development = mode.equals("dev");

        String secretText = env.get(JWT_SECRET);
        byte[] secret = null;
        boolean generated = false;
        if (secretText == null || secretText.isBlank()) {
            if (development) {
                secret = randomSecret.get();
                generated = true;
            } else {
                problems.add(JWT_SECRET + ": is required (at least " + MIN_SECRET_BYTES
                        + " bytes of random text) unless " + ENV + "=dev");
            }
        } else {
            secret = secretText.getBytes(StandardCharsets.UTF_8);
            if (secret.length < MIN_SECRET_BYTES) {
                problems.add(JWT_SECRET + ": is " + secret.length + " bytes long; it must have at least " + MIN_SECRET_BYTES);
            }
        }

        int minutes = DEFAULT_TOKEN_MINUTES;
        String minutesText = value(env, JWT_TTL_MINUTES, Integer.toString(DEFAULT_TOKEN_MINUTES));
        try {
            minutes = Integer.parseInt(minutesText);
            if (minutes < 1 || minutes > 1440) {
                problems.add(JWT_TTL_MINUTES + ": " + minutes + " is out of range; use 1 to 1440 minutes");
            }
        } catch (NumberFormatException e) {
            problems.add(JWT_TTL_MINUTES + ": '" + minutesText + "' is not a whole number of minutes");
        }

        SmsChannel sms = SmsChannel.LOG;
        HttpSmsSettings httpSms = null;
        String smsText = value(env, SMS, "log").toLowerCase(Locale.ROOT);
        switch (smsText) {
            case "log" -> {
                if (!development && !isLoopback(httpHost)) {
                    problems.add(SMS + "=log writes sign-in codes to the server log, so it is allowed only when "
                            + AppConfig.HTTP_HOST + " is a loopback address or " + ENV + "=dev; configure "
                            + SMS + "=http for '" + httpHost + "'");
                }
            }
            case "http" -> {
                sms = SmsChannel.HTTP;
                try {
                    httpSms = HttpSmsSettings.fromEnvironment(env);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
            default -> problems.add(SMS + ": '" + smsText + "' is invalid; use log or http");
        }

        String httpsText = value(env, HTTPS, "false").toLowerCase(Locale.ROOT);
        if (!httpsText.equals("true") && !httpsText.equals("false")) {
            problems.add(HTTPS + ": '" + httpsText + "' is invalid; use true or false");
        }

        List<String> origins = corsOrigins(value(env, CORS_ORIGINS, ""), problems);

        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new SecurityConfig(development, secret, generated, Duration.ofMinutes(minutes), sms, httpSms,
                httpsText.equals("true"), origins);
    }

    /** Returns true for addresses only this machine can reach. */
    static boolean isLoopback(String host) {
        String plain = host.replace("[", "").replace("]", "");
        return plain.equals("localhost") || plain.startsWith("127.") || plain.equals("::1");
    }

    private static List<String> corsOrigins(String text, List<String> problems) {
        List<String> origins = new ArrayList<>();
        for (String origin : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            if (origin.equals("*")) {
                problems.add(CORS_ORIGINS + ": '*' is not accepted; list each origin, e.g. https://ops.example.in");
                continue;
            }
            try {
                URI uri = URI.create(origin);
                boolean plainOrigin = (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                        && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null);
                if (!plainOrigin) {
                    throw new IllegalArgumentException("not an origin");
                }
                origins.add(origin);
            } catch (IllegalArgumentException e) {
                problems.add(CORS_ORIGINS + ": '" + origin + "' is not an origin; use scheme://host[:port] without a path");
            }
        }
        return List.copyOf(origins);
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String raw = env.get(name);
        return raw == null || raw.isBlank() ? fallback : raw.strip();
    }
}
