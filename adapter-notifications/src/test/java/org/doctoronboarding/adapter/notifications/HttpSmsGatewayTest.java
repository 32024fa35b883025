package org.doctoronboarding.adapter.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doctoronboarding.adapter.notifications.FakeSmsGateway.ReceivedRequest;
import org.doctoronboarding.domain.ExternalServiceException;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.junit.jupiter.api.Test;

class HttpSmsGatewayTest {

    private static final PhoneNumber PHONE = new PhoneNumber("+919876543210");
    private static final Map<String, String> CREDENTIALS = Map.of(
            "Authorization", "Bearer test-token-8f3a",
            "X-Api-Key", "key-51c2");
    private static final String TRICKY_TEXT =
            "Your code is 482913 for \"Dr. Rao\" \\ {to}\nvalid 10 min\tनमस्ते & more=yes?";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void send_jsonPost_rendersEscapedRequest() throws IOException {
        try (var server = FakeSmsGateway.answering(200);
                var gateway = new HttpSmsGateway(jsonSettings(server.uri("/v1/messages")))) {

            gateway.send(PHONE, TRICKY_TEXT);

            assertThat(server.requests()).hasSize(1);
            ReceivedRequest request = server.requests().getFirst();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v1/messages");
            assertThat(request.header("Authorization")).isEqualTo("Bearer test-token-8f3a");
            assertThat(request.header("X-Api-Key")).isEqualTo("key-51c2");
            assertThat(request.header("Content-Type")).isEqualTo("application/json; charset=utf-8");

            JsonNode body = json.readTree(request.body());
            assertThat(body.path("to").asText()).isEqualTo("+919876543210");
            assertThat(body.path("digits").asText()).isEqualTo("919876543210");
            assertThat(body.path("text").asText()).isEqualTo(TRICKY_TEXT);
            assertThat(body.path("sender").asText()).isEqualTo("DOCONB");
        }
    }

    @Test
    void send_formPut_urlEncodesValues() throws IOException {
        try (var server = FakeSmsGateway.answering(204)) {
            var settings = new HttpSmsSettings(server.uri("/sms"), "put", "mobile={to_digits}&message={text}",
                    "application/x-www-form-urlencoded", CREDENTIALS, Duration.ofSeconds(5));
            try (var gateway = new HttpSmsGateway(settings)) {

                gateway.send(PHONE, TRICKY_TEXT);
            }

            ReceivedRequest request = server.requests().getFirst();
            assertThat(request.method()).isEqualTo("PUT");
            assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
            Map<String, String> form = decodeForm(request.body());
            assertThat(form).containsOnlyKeys("mobile", "message");
            assertThat(form.get("mobile")).isEqualTo("919876543210");
            assertThat(form.get("message")).isEqualTo(TRICKY_TEXT);
        }
    }

    @Test
    void send_get_putsEncodedValuesInQuery() throws IOException {
        try (var server = FakeSmsGateway.answering(200)) {
            var settings = new HttpSmsSettings(server.uri("/api/send?sender=DOCONB"), "GET",
                    "to={to}&msg={text}", null, CREDENTIALS, Duration.ofSeconds(5));
            try (var gateway = new HttpSmsGateway(settings)) {

                gateway.send(PHONE, TRICKY_TEXT);
            }

            ReceivedRequest request = server.requests().getFirst();
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/api/send");
            assertThat(request.body()).isEmpty();
            assertThat(request.header("X-Api-Key")).isEqualTo("key-51c2");
            Map<String, String> query = decodeForm(request.rawQuery());
            assertThat(query).containsOnlyKeys("sender", "to", "msg");
            assertThat(query.get("sender")).isEqualTo("DOCONB");
            assertThat(query.get("to")).isEqualTo("+919876543210");
            assertThat(query.get("msg")).isEqualTo(TRICKY_TEXT);
        }
    }

    @Test
    void send_plainText_insertsValuesUnchanged() throws IOException {
        try (var server = FakeSmsGateway.answering(200)) {
            var settings = new HttpSmsSettings(server.uri("/raw"), "POST", "{to}|{text}", "text/plain",
                    null, Duration.ofSeconds(5));
            try (var gateway = new HttpSmsGateway(settings)) {

                gateway.send(PHONE, TRICKY_TEXT);
            }

            assertThat(server.requests().getFirst().body()).isEqualTo("+919876543210|" + TRICKY_TEXT);
        }
    }

    @Test
    void send_any2xx_succeedsOnFirstAttempt() throws IOException {
        for (int status : new int[] {200, 201, 202, 204}) {
            try (var server = FakeSmsGateway.answering(status);
                    var gateway = new HttpSmsGateway(jsonSettings(server.uri("/send")))) {

                gateway.send(PHONE, "hello");

                assertThat(server.requests()).as("HTTP %d", status).hasSize(1);
            }
        }
    }

    @Test
    void send_after503_retriesOnceAndSucceeds() throws IOException {
        try (var server = FakeSmsGateway.answering(503, 200);
                var gateway = new HttpSmsGateway(jsonSettings(server.uri("/send")))) {

            gateway.send(PHONE, "hello");

            assertThat(server.requests()).hasSize(2);
            assertThat(server.requests().get(1).body()).isEqualTo(server.requests().get(0).body());
        }
    }

    @Test
    void send_on400_failsWithoutRetry() throws IOException {
        try (var server = FakeSmsGateway.answering(400, 200);
                var gateway = new HttpSmsGateway(jsonSettings(server.uri("/send")))) {

            var failure = catchThrowableOfType(ExternalServiceException.class, () -> gateway.send(PHONE, "hello"));

            assertThat(failure.code()).isEqualTo("SMS_DELIVERY_FAILED");
            assertThat(failure.getMessage()).contains("HTTP 400");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void send_twoServerErrors_throwsWithLastStatus() throws IOException {
        try (var server = FakeSmsGateway.answering(500, 503, 200);
                var gateway = new HttpSmsGateway(jsonSettings(server.uri("/send")))) {

            var failure = catchThrowableOfType(ExternalServiceException.class, () -> gateway.send(PHONE, "hello"));

            assertThat(failure.code()).isEqualTo("SMS_DELIVERY_FAILED");
            assertThat(failure.getMessage())
                    .isEqualTo("The SMS gateway did not accept the message (HTTP 503); try again in a minute.");
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void send_redirect_failsWithoutFollowing() throws IOException {
        try (var server = FakeSmsGateway.answering(302);
                var gateway = new HttpSmsGateway(jsonSettings(server.uri("/send")))) {

            assertThatThrownBy(() -> gateway.send(PHONE, "hello"))
                    .isInstanceOf(ExternalServiceException.class)
                    .hasMessageContaining("HTTP 302");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void send_slowGateway_timesOutAfterTwoAttempts() throws IOException {
        try (var server = FakeSmsGateway.stalling()) {
            var settings = new HttpSmsSettings(server.uri("/send"), "POST", HttpSmsSettings.DEFAULT_JSON_BODY,
                    "application/json", null, Duration.ofSeconds(1));
            try (var gateway = new HttpSmsGateway(settings)) {

                var failure = catchThrowableOfType(ExternalServiceException.class, () -> gateway.send(PHONE, "hi"));

                assertThat(failure.code()).isEqualTo("SMS_DELIVERY_FAILED");
                assertThat(failure.getMessage()).contains("timed out");
                assertThat(server.requests()).hasSize(2);
            }
        }
    }

    @Test
    void send_closedPort_failsAsUnreachable() throws IOException {
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI nobodyListening = URI.create("http://127.0.0.1:" + port + "/send");

        try (var gateway = new HttpSmsGateway(jsonSettings(nobodyListening))) {

            var failure = catchThrowableOfType(ExternalServiceException.class, () -> gateway.send(PHONE, "hello"));

            assertThat(failure.code()).isEqualTo("SMS_DELIVERY_FAILED");
            assertThat(failure.getMessage()).contains("unreachable");
        }
    }

    @Test
    void send_textIsRequired() throws IOException {
        try (var server = FakeSmsGateway.answering(200);
                var gateway = new HttpSmsGateway(jsonSettings(server.uri("/send")))) {

            assertThatThrownBy(() -> gateway.send(PHONE, null)).isInstanceOf(NullPointerException.class);
            assertThat(server.requests()).isEmpty();
        }
    }

    private static HttpSmsSettings jsonSettings(URI url) {
        return new HttpSmsSettings(url, "POST",
                "{\"to\":\"{to}\",\"digits\":\"{to_digits}\",\"text\":\"{text}\",\"sender\":\"DOCONB\"}",
                "application/json; charset=utf-8", CREDENTIALS, Duration.ofSeconds(5));
    }

    private static Map<String, String> decodeForm(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            assertThat(values.put(name, value)).as("repeated parameter %s", name).isNull();
        }
        return values;
    }
}
