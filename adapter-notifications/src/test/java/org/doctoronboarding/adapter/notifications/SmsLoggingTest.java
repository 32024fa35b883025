package org.doctoronboarding.adapter.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.doctoronboarding.domain.ExternalServiceException;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.junit.jupiter.api.Test;

/** What each SMS sender writes to the log: the development sender shows the text, the gateway never does. */
class SmsLoggingTest {

    private static final PhoneNumber PHONE = new PhoneNumber("+919876543210");
    private static final String MASKED = "+91******3210";
    private static final String TEXT = "Your sign-in code is 748291";
    private static final String TOKEN = "tok-9c7e1d";
    private static final String API_KEY = "key-3b8f";

    @Test
    void httpGateway_failures_logNoSecrets() throws IOException {
        try (var log = new CapturedLog(HttpSmsGateway.class);
                var server = FakeSmsGateway.answering(503, 500);
                var gateway = new HttpSmsGateway(settings(server))) {

            assertThatThrownBy(() -> gateway.send(PHONE, TEXT))
                    .isInstanceOf(ExternalServiceException.class)
                    .message().doesNotContain(TEXT).doesNotContain(TOKEN).doesNotContain(API_KEY);

            List<ILoggingEvent> warnings = log.events().stream()
                    .filter(event -> event.getLevel() == Level.WARN)
                    .toList();
            assertThat(warnings).hasSize(2);
            assertThat(warnings.get(0).getFormattedMessage()).contains(MASKED).contains("HTTP 503");
            assertThat(warnings.get(1).getFormattedMessage()).contains(MASKED).contains("HTTP 500");
            assertNoSecrets(log.renderedEvents());
        }
    }

    @Test
    void httpGateway_success_logsNoSecrets() throws IOException {
        try (var log = new CapturedLog(HttpSmsGateway.class);
                var server = FakeSmsGateway.answering(200);
                var gateway = new HttpSmsGateway(settings(server))) {

            gateway.send(PHONE, TEXT);

            assertThat(log.renderedEvents()).anySatisfy(line -> assertThat(line).contains(MASKED));
            assertThat(log.renderedEvents()).anySatisfy(line -> assertThat(line).contains("127.0.0.1"));
            assertNoSecrets(log.renderedEvents());
        }
    }

    @Test
    void httpGateway_timeout_logsNoSecrets() throws IOException {
        try (var log = new CapturedLog(HttpSmsGateway.class);
                var server = FakeSmsGateway.stalling()) {
            var settings = new HttpSmsSettings(server.uri("/send?key=" + API_KEY), "POST",
                    HttpSmsSettings.DEFAULT_JSON_BODY, "application/json", Map.of("Authorization", TOKEN),
                    Duration.ofSeconds(1));
            try (var gateway = new HttpSmsGateway(settings)) {

                assertThatThrownBy(() -> gateway.send(PHONE, TEXT)).isInstanceOf(ExternalServiceException.class);
            }

            assertThat(log.renderedEvents()).anySatisfy(line -> assertThat(line).contains("timed out"));
            assertNoSecrets(log.renderedEvents());
        }
    }

    @Test
    void logSender_logsTextWithMaskedNumber() {
        try (var log = new CapturedLog(LogSmsSender.class)) {
            var sender = new LogSmsSender();

            sender.send(PHONE, TEXT);

            ILoggingEvent message = log.events().getLast();
            assertThat(message.getLevel()).isEqualTo(Level.WARN);
            assertThat(message.getFormattedMessage())
                    .contains(TEXT)
                    .contains(MASKED)
                    .contains("No SMS was sent")
                    .contains("development SMS adapter")
                    .doesNotContain(PHONE.value())
                    .doesNotContain("9876543210");
        }
    }

    @Test
    void logSender_warnsAtStart() {
        try (var log = new CapturedLog(LogSmsSender.class)) {

            new LogSmsSender();

            assertThat(log.events()).hasSize(1);
            assertThat(log.events().getFirst().getLevel()).isEqualTo(Level.WARN);
            assertThat(log.events().getFirst().getFormattedMessage()).contains("no SMS is sent");
        }
    }

    /** Returns settings that put the secret key in the URL's query as well as in the headers. */
    private static HttpSmsSettings settings(FakeSmsGateway server) {
        return new HttpSmsSettings(server.uri("/send?key=" + API_KEY), "POST", HttpSmsSettings.DEFAULT_JSON_BODY,
                "application/json", Map.of("Authorization", "Bearer " + TOKEN, "X-Api-Key", API_KEY),
                Duration.ofSeconds(5));
    }

    private static void assertNoSecrets(List<String> lines) {
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            assertThat(line).doesNotContain(TEXT);
            assertThat(line).doesNotContain("748291");
            assertThat(line).doesNotContain(TOKEN);
            assertThat(line).doesNotContain(API_KEY);
            assertThat(line).doesNotContain("9876543210");
        }
    }
}
