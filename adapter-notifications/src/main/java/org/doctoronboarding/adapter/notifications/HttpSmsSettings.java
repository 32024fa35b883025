package org.doctoronboarding.adapter.notifications;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings for calling an SMS gateway through {@link HttpSmsGateway}. Error messages name the environment
 * variable that sets each value, because that is what an operator edits, and never repeat a header value.
 *
 * @param url the gateway's http or https address
 * @param method POST, PUT or GET (case-insensitive, stored upper-case)
 * @param bodyTemplate the request body for POST and PUT, or the query string appended to {@code url} for GET
 *     (optional there); see {@link HttpSmsGateway} for the placeholders
 * @param contentType the body's media type; required for POST and PUT, ignored for GET
 * @param headers extra request headers, such as credentials; null means none
 * @param timeout how long one attempt may take, from 1 to 60 seconds
 */
public record HttpSmsSettings(
        URI url, String method, String bodyTemplate, String contentType, Map<String, String> headers, Duration timeout) {

    public static final String URL_VARIABLE = "ONBOARDING_SMS_HTTP_URL";
    public static final String METHOD_VARIABLE = "ONBOARDING_SMS_HTTP_METHOD";
    public static final String BODY_VARIABLE = "ONBOARDING_SMS_HTTP_BODY";
    public static final String CONTENT_TYPE_VARIABLE = "ONBOARDING_SMS_HTTP_CONTENT_TYPE";
    public static final String HEADERS_VARIABLE = "ONBOARDING_SMS_HTTP_HEADERS";
    public static final String TIMEOUT_VARIABLE = "ONBOARDING_SMS_HTTP_TIMEOUT_MS";

    public static final String DEFAULT_METHOD = "POST";
    public static final String DEFAULT_JSON_BODY = "{\"to\":\"{to}\",\"text\":\"{text}\"}";
    /** The GET default, because a JSON template makes no sense as a query string. */
    public static final String DEFAULT_QUERY = "to={to}&text={text}";
    public static final String DEFAULT_CONTENT_TYPE = "application/json";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(5000);

    private static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration MAX_TIMEOUT = Duration.ofSeconds(60);
    private static final Set<String> METHODS = Set.of("POST", "PUT", "GET");

    /** The placeholders a body template may contain, filled in by {@link HttpSmsGateway}. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(to|to_digits|text)}");

    /** The characters RFC 9110 allows in a header name (a "token"). */
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    /**
     * Headers that the JDK's HTTP client sets itself and rejects from callers, plus Content-Type, which comes
     * from {@code contentType}.
     */
    private static final Set<String> RESERVED_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "content-type");

    public HttpSmsSettings {
        method = method == null ? null : method.strip().toUpperCase(Locale.ROOT);
        headers = headers == null ? Map.of() : headers;

        List<String> problems = new ArrayList<>();
        addIfPresent(problems, urlProblem(url));
        addIfPresent(problems, methodProblem(method));
        addIfPresent(problems, bodyProblem(method, bodyTemplate));
        addIfPresent(problems, contentTypeProblem(method, contentType));
        problems.addAll(headerProblems(headers));
        addIfPresent(problems, timeoutProblem(timeout));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid SMS gateway settings: " + String.join("; ", problems));
        }
        // Copied only after the check, because Map.copyOf rejects the null values that the check reports.
        headers = Map.copyOf(headers);
    }

    /**
     * Reads the settings from environment variables, applying the documented defaults to those that are unset
     * or blank.
     *
     * @throws IllegalArgumentException listing every invalid variable with its rule
     */
    public static HttpSmsSettings fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();

        URI url = null;
        String rawUrl = valueOf(env, URL_VARIABLE);
        if (rawUrl == null) {
            problems.add(URL_VARIABLE + " is required: set it to the SMS gateway's http or https address");
        } else {
            try {
                url = new URI(rawUrl);
                addIfPresent(problems, urlProblem(url));
            } catch (URISyntaxException e) {
                // Only the index of the invalid character is reported, because the URL itself may carry an API key.
                problems.add(URL_VARIABLE + " is not a valid URI (invalid character at index " + e.getIndex()
                        + "); placeholders are not allowed in the URL");
            }
        }

        String method = valueOrDefault(env, METHOD_VARIABLE, DEFAULT_METHOD).toUpperCase(Locale.ROOT);
        addIfPresent(problems, methodProblem(method));

        String body = valueOrDefault(env, BODY_VARIABLE, method.equals("GET") ? DEFAULT_QUERY : DEFAULT_JSON_BODY);
        String contentType = valueOrDefault(env, CONTENT_TYPE_VARIABLE, DEFAULT_CONTENT_TYPE);

        Map<String, String> headers = new LinkedHashMap<>();
        String rawHeaders = valueOf(env, HEADERS_VARIABLE);
        if (rawHeaders != null) {
            problems.addAll(parseHeaders(rawHeaders, headers));
        }
        problems.addAll(headerProblems(headers));

        Duration timeout = null;
        String rawTimeout = valueOf(env, TIMEOUT_VARIABLE);
        if (rawTimeout == null) {
            timeout = DEFAULT_TIMEOUT;
        } else {
            try {
                timeout = Duration.ofMillis(Long.parseLong(rawTimeout));
                addIfPresent(problems, timeoutProblem(timeout));
            } catch (NumberFormatException e) {
                problems.add(TIMEOUT_VARIABLE + " must be a whole number of milliseconds from 1000 to 60000, got '"
                        + rawTimeout + "'");
            }
        }

        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid SMS gateway settings: " + String.join("; ", problems));
        }
        return new HttpSmsSettings(url, method, body, contentType, headers, timeout);
    }

    /** Returns true when placeholder values must be JSON-escaped in the body. */
    boolean jsonBody() {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    /** Returns true when placeholder values must be URL-encoded in the body. */
    boolean formBody() {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).contains("application/x-www-form-urlencoded");
    }

    @Override
    public String toString() {
        return "HttpSmsSettings[" + method + " " + safeAddress(url) + ", contentType=" + contentType
                + ", headers=" + headers.keySet() + " (values hidden), timeout=" + timeout.toMillis() + " ms]";
    }

    /** Returns scheme, host and port only, because paths and query strings sometimes carry an API key. */
    static String safeAddress(URI url) {
        String port = url.getPort() == -1 ? "" : ":" + url.getPort();
        return url.getScheme() + "://" + url.getHost() + port;
    }

    /**
     * Splits {@code Name: value; Name: value} into the map and returns the problems found. Messages give the
     * entry's position, never its text, because a malformed entry may still contain a credential.
     */
    private static List<String> parseHeaders(String raw, Map<String, String> headers) {
        List<String> problems = new ArrayList<>();
        String[] entries = raw.split(";");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }

            int colon = entry.indexOf(':');
            if (colon <= 0) {
                problems.add(HEADERS_VARIABLE + " entry " + (i + 1)
                        + " is not in the form 'Name: value'; separate entries with ';'");
                continue;
            }

            String name = entry.substring(0, colon).strip();
            String value = entry.substring(colon + 1).strip();
            if (headers.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
                problems.add(HEADERS_VARIABLE + " entry " + (i + 1) + " repeats header '" + name + "'");
                continue;
            }
            headers.put(name, value);
        }
        return problems;
    }

    private static String urlProblem(URI url) {
        if (url == null) {
            return URL_VARIABLE + " is required: set it to the SMS gateway's http or https address";
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return URL_VARIABLE + " must be an absolute http or https URL, got scheme '" + scheme + "'";
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            return URL_VARIABLE + " must name a host, for example https://sms.example.com/send";
        }
        return null;
    }

    private static String methodProblem(String method) {
        if (method == null || !METHODS.contains(method)) {
            return METHOD_VARIABLE + " must be POST, PUT or GET, got '" + method + "'";
        }
        return null;
    }

    private static String bodyProblem(String method, String bodyTemplate) {
        if ("GET".equals(method) && bodyTemplate != null && !bodyTemplate.isBlank()) {
            return queryProblem(bodyTemplate);
        }
        if (!"GET".equals(method) && (bodyTemplate == null || bodyTemplate.isBlank())) {
            return BODY_VARIABLE + " must not be blank for " + method
                    + "; use placeholders {to}, {to_digits} and {text}";
        }
        return null;
    }

    /** Checks that the GET query template forms a valid URI once its placeholders hold URL-encoded values. */
    private static String queryProblem(String queryTemplate) {
        String sample = PLACEHOLDER.matcher(queryTemplate).replaceAll("0");
        try {
            new URI("http://localhost/?" + sample);
            return null;
        } catch (URISyntaxException e) {
            return BODY_VARIABLE + " is used as the query string for GET and has a character that must be"
                    + " percent-encoded at index " + e.getIndex() + ", for example a space as %20";
        }
    }

    private static String contentTypeProblem(String method, String contentType) {
        if (!"GET".equals(method) && (contentType == null || contentType.isBlank())) {
            return CONTENT_TYPE_VARIABLE + " must not be blank for " + method + ", for example application/json";
        }
        return null;
    }

    private static List<String> headerProblems(Map<String, String> headers) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String name = header.getKey();
            if (name == null || !HEADER_NAME.matcher(name).matches()) {
                problems.add(HEADERS_VARIABLE + " has a header name that is not a valid HTTP token");
            } else if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                problems.add(HEADERS_VARIABLE + " must not set '" + name + "'; the HTTP client sets it"
                        + (name.equalsIgnoreCase("content-type") ? " from " + CONTENT_TYPE_VARIABLE : ""));
            } else if (header.getValue() == null || header.getValue().chars().anyMatch(c -> c == '\r' || c == '\n')) {
                problems.add(HEADERS_VARIABLE + " has a missing value or a line break in the value of '" + name + "'");
            }
        }
        return problems;
    }

    private static String timeoutProblem(Duration timeout) {
        if (timeout == null || timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            return TIMEOUT_VARIABLE + " must be from 1000 to 60000 milliseconds, got "
                    + (timeout == null ? "none" : timeout.toMillis());
        }
        return null;
    }

    private static String valueOf(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String valueOrDefault(Map<String, String> env, String name, String defaultValue) {
        String value = valueOf(env, name);
        return value == null ? defaultValue : value;
    }

    private static void addIfPresent(List<String> problems, String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }
}
