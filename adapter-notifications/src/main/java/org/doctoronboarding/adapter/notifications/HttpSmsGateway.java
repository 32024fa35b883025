package org.doctoronboarding.adapter.notifications;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import org.doctoronboarding.application.port.out.SmsSender;
import org.doctoronboarding.domain.ExternalServiceException;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends SMS through any gateway with an HTTP API, described by {@link HttpSmsSettings}. The body template (the
 * query string for GET) may contain {@code {to}} (the E.164 number), {@code {to_digits}} (the number without
 * '+') and {@code {text}}. Values are JSON-escaped when the content type contains "json", URL-encoded for
 * {@code application/x-www-form-urlencoded} and for a GET query, and inserted unchanged otherwise.
 *
 * <p>Each message gets one attempt and, after a connection failure, a timeout or a 5xx status, one immediate
 * retry. Any 2xx status counts as accepted. Logs show the masked number and the status, never the message
 * text, the body or a header value.
 */
public final class HttpSmsGateway implements SmsSender, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpSmsGateway.class);

    private static final int MAX_ATTEMPTS = 2;

    private final HttpSmsSettings settings;
    private final HttpClient client;

    public HttpSmsGateway(HttpSmsSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        log.info("SMS gateway configured: {}", settings);
    }

    @Override
    public void send(PhoneNumber to, String text) {
        HttpRequest request = buildRequest(to, text);

        Failure failure = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            failure = attempt(request);
            if (failure == null) {
                log.info("SMS to {} accepted by the gateway on attempt {}", to.masked(), attempt);
                return;
            }

            log.warn("SMS to {} failed on attempt {} of {}: {}", to.masked(), attempt, MAX_ATTEMPTS, failure.reason());
            if (!failure.retryable()) {
                break;
            }
        }
        throw new ExternalServiceException("SMS_DELIVERY_FAILED", failure.userMessage());
    }

    /** Closes the HTTP client, waiting for requests in flight. */
    @Override
    public void close() {
        client.close();
    }

    /** Builds the request with the placeholders filled in, so the result contains the message text. */
    HttpRequest buildRequest(PhoneNumber to, String text) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        Map<String, String> values = Map.of(
                "to", to.value(),
                "to_digits", to.value().substring(1),
                "text", text);

        HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(settings.timeout());
        settings.headers().forEach(builder::header);

        if (settings.method().equals("GET")) {
            String query = render(settings.bodyTemplate(), values, HttpSmsGateway::urlEncode);
            return builder.uri(withQuery(settings.url(), query)).GET().build();
        }

        UnaryOperator<String> encoder = settings.jsonBody() ? HttpSmsGateway::jsonEscape
                : settings.formBody() ? HttpSmsGateway::urlEncode
                : UnaryOperator.identity();
        String body = render(settings.bodyTemplate(), values, encoder);
        return builder.uri(settings.url())
                .header("Content-Type", settings.contentType())
                .method(settings.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    /** Sends the request once and returns null when the gateway accepted it, or why it did not. */
    private Failure attempt(HttpRequest request) {
        try {
            // The response body is discarded unread, because gateways often echo the message back.
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                return null;
            }
            return new Failure("HTTP " + status, status >= 500,
                    "The SMS gateway did not accept the message (HTTP " + status + "); try again in a minute.");
        } catch (HttpTimeoutException e) {
            return new Failure("timed out after " + settings.timeout().toMillis() + " ms", true,
                    "The SMS gateway timed out; try again in a minute.");
        } catch (ConnectException e) {
            return new Failure("unreachable (" + e.getClass().getSimpleName() + ")", true,
                    "The SMS gateway is unreachable; try again in a minute.");
        } catch (IOException e) {
            // Exception messages are left out of the log, because some of them quote the request URI.
            return new Failure("connection failed (" + e.getClass().getSimpleName() + ")", true,
                    "The SMS gateway is unreachable; try again in a minute.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failure("interrupted while waiting for the gateway", false,
                    "Sending the SMS was interrupted; try again in a minute.");
        }
    }

    /** Replaces every placeholder in one pass, so a value that contains a placeholder is not expanded again. */
    private static String render(String template, Map<String, String> values, UnaryOperator<String> encoder) {
        if (template == null) {
            return "";
        }
        Matcher matcher = HttpSmsSettings.PLACEHOLDER.matcher(template);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(encoder.apply(values.get(match.group(1)))));
    }

    private static URI withQuery(URI url, String query) {
        if (query.isEmpty()) {
            return url;
        }
        String base = url.toString();
        int fragment = base.indexOf('#');
        if (fragment >= 0) {
            base = base.substring(0, fragment);
        }
        String separator = url.getRawQuery() == null ? "?" : "&";
        return URI.create(base + separator + query);
    }

    private static String jsonEscape(String value) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(value));
    }

    private static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * One failed attempt.
     *
     * @param reason what went wrong, for the log
     * @param retryable whether a second attempt may succeed
     * @param userMessage the message for the caller, naming the status or the kind of failure
     */
    private record Failure(String reason, boolean retryable, String userMessage) {
    }
}
