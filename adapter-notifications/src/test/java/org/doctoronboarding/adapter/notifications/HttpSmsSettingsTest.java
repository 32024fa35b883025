package org.doctoronboarding.adapter.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpSmsSettingsTest {

    private static final URI URL = URI.create("https://sms.example.com/v1/send");

    @Test
    void fromEnvironment_urlOnly_appliesDefaults() {
        var settings = HttpSmsSettings.fromEnvironment(Map.of("ONBOARDING_SMS_HTTP_URL", URL.toString()));

        assertThat(settings.url()).isEqualTo(URL);
        assertThat(settings.method()).isEqualTo("POST");
        assertThat(settings.bodyTemplate()).isEqualTo("{\"to\":\"{to}\",\"text\":\"{text}\"}");
        assertThat(settings.contentType()).isEqualTo("application/json");
        assertThat(settings.headers()).isEmpty();
        assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(5000));
    }

    @Test
    void fromEnvironment_readsEveryVariable() {
        var settings = HttpSmsSettings.fromEnvironment(Map.of(
                "ONBOARDING_SMS_HTTP_URL", "http://127.0.0.1:9000/sms",
                "ONBOARDING_SMS_HTTP_METHOD", "put",
                "ONBOARDING_SMS_HTTP_BODY", "to={to_digits}&text={text}",
                "ONBOARDING_SMS_HTTP_CONTENT_TYPE", "application/x-www-form-urlencoded",
                "ONBOARDING_SMS_HTTP_HEADERS", "Authorization: Bearer abc; X-Api-Key: k; X-Signature: a:b=;",
                "ONBOARDING_SMS_HTTP_TIMEOUT_MS", "2500"));

        assertThat(settings.method()).isEqualTo("PUT");
        assertThat(settings.bodyTemplate()).isEqualTo("to={to_digits}&text={text}");
        assertThat(settings.formBody()).isTrue();
        assertThat(settings.jsonBody()).isFalse();
        assertThat(settings.headers()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Authorization", "Bearer abc",
                "X-Api-Key", "k",
                "X-Signature", "a:b="));
        assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void fromEnvironment_get_defaultsToQueryTemplate() {
        var settings = HttpSmsSettings.fromEnvironment(Map.of(
                "ONBOARDING_SMS_HTTP_URL", URL.toString(),
                "ONBOARDING_SMS_HTTP_METHOD", "GET"));

        assertThat(settings.bodyTemplate()).isEqualTo("to={to}&text={text}");
    }

    @Test
    void fromEnvironment_blankValues_useDefaults() {
        var settings = HttpSmsSettings.fromEnvironment(Map.of(
                "ONBOARDING_SMS_HTTP_URL", URL.toString(),
                "ONBOARDING_SMS_HTTP_METHOD", " ",
                "ONBOARDING_SMS_HTTP_TIMEOUT_MS", ""));

        assertThat(settings.method()).isEqualTo("POST");
        assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(5000));
    }

    @Test
    void fromEnvironment_listsEveryInvalidVariable() {
        var env = new HashMap<String, String>();
        env.put("ONBOARDING_SMS_HTTP_URL", "ftp://sms.example.com/send");
        env.put("ONBOARDING_SMS_HTTP_METHOD", "PATCH");
        env.put("ONBOARDING_SMS_HTTP_HEADERS", "Authorization Bearer hidden-token-1; Host: hidden-host-2");
        env.put("ONBOARDING_SMS_HTTP_TIMEOUT_MS", "five seconds");

        var failure = catchThrowableOfType(IllegalArgumentException.class, () -> HttpSmsSettings.fromEnvironment(env));

        assertThat(failure.getMessage())
                .contains("ONBOARDING_SMS_HTTP_URL must be an absolute http or https URL, got scheme 'ftp'")
                .contains("ONBOARDING_SMS_HTTP_METHOD must be POST, PUT or GET, got 'PATCH'")
                .contains("ONBOARDING_SMS_HTTP_HEADERS entry 1 is not in the form 'Name: value'")
                .contains("ONBOARDING_SMS_HTTP_HEADERS must not set 'Host'")
                .contains("ONBOARDING_SMS_HTTP_TIMEOUT_MS must be a whole number of milliseconds");
        assertThat(failure.getMessage()).doesNotContain("hidden-token-1").doesNotContain("hidden-host-2");
    }

    @Test
    void fromEnvironment_missingUrl_isReported() {
        assertThatThrownBy(() -> HttpSmsSettings.fromEnvironment(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ONBOARDING_SMS_HTTP_URL is required");
    }

    @Test
    void fromEnvironment_urlWithPlaceholder_isReported() {
        var env = Map.of("ONBOARDING_SMS_HTTP_URL", "https://sms.example.com/send?to={to}&key=hidden-key-3");

        var failure = catchThrowableOfType(IllegalArgumentException.class, () -> HttpSmsSettings.fromEnvironment(env));

        assertThat(failure.getMessage()).contains("ONBOARDING_SMS_HTTP_URL is not a valid URI");
        assertThat(failure.getMessage()).doesNotContain("hidden-key-3");
    }

    @Test
    void fromEnvironment_timeoutOutOfRange_isReported() {
        for (String millis : new String[] {"999", "60001", "0", "-5"}) {
            var env = Map.of("ONBOARDING_SMS_HTTP_URL", URL.toString(), "ONBOARDING_SMS_HTTP_TIMEOUT_MS", millis);

            assertThatThrownBy(() -> HttpSmsSettings.fromEnvironment(env))
                    .as("timeout %s ms", millis)
                    .hasMessageContaining("ONBOARDING_SMS_HTTP_TIMEOUT_MS must be from 1000 to 60000 milliseconds");
        }
    }

    @Test
    void fromEnvironment_repeatedHeader_isReported() {
        var env = Map.of(
                "ONBOARDING_SMS_HTTP_URL", URL.toString(),
                "ONBOARDING_SMS_HTTP_HEADERS", "X-Api-Key: first; x-api-key: second");

        assertThatThrownBy(() -> HttpSmsSettings.fromEnvironment(env))
                .hasMessageContaining("ONBOARDING_SMS_HTTP_HEADERS entry 2 repeats header 'x-api-key'")
                .message().doesNotContain("first").doesNotContain("second");
    }

    @Test
    void constructor_timeoutBounds_areInclusive() {
        assertThat(settingsWithTimeout(Duration.ofSeconds(1)).timeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settingsWithTimeout(Duration.ofSeconds(60)).timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThatThrownBy(() -> settingsWithTimeout(Duration.ofMillis(999)))
                .hasMessageContaining("ONBOARDING_SMS_HTTP_TIMEOUT_MS");
        assertThatThrownBy(() -> settingsWithTimeout(Duration.ofSeconds(61)))
                .hasMessageContaining("ONBOARDING_SMS_HTTP_TIMEOUT_MS");
        assertThatThrownBy(() -> settingsWithTimeout(null))
                .hasMessageContaining("ONBOARDING_SMS_HTTP_TIMEOUT_MS");
    }

    @Test
    void constructor_postWithoutTemplate_isRejected() {
        for (String template : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> new HttpSmsSettings(URL, "POST", template, "application/json", null,
                    Duration.ofSeconds(5)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ONBOARDING_SMS_HTTP_BODY must not be blank for POST");
        }
    }

    @Test
    void constructor_getWithoutTemplate_isAccepted() {
        var settings = new HttpSmsSettings(URL, "get", null, null, null, Duration.ofSeconds(5));

        assertThat(settings.method()).isEqualTo("GET");
        assertThat(settings.headers()).isEmpty();
    }

    @Test
    void constructor_getTemplateWithSpace_isRejected() {
        assertThatThrownBy(() -> new HttpSmsSettings(URL, "GET", "to={to}&text=Code {text}", null, null,
                Duration.ofSeconds(5)))
                .hasMessageContaining("ONBOARDING_SMS_HTTP_BODY is used as the query string for GET");
    }

    @Test
    void constructor_badUrl_isRejected() {
        for (String url : new String[] {"file:///etc/hosts", "mailto:sms@example.com", "/relative/path"}) {
            assertThatThrownBy(() -> new HttpSmsSettings(URI.create(url), "POST", "{text}", "text/plain", null,
                    Duration.ofSeconds(5)))
                    .as(url)
                    .hasMessageContaining("ONBOARDING_SMS_HTTP_URL must be an absolute http or https URL");
        }
        assertThatThrownBy(() -> new HttpSmsSettings(null, "POST", "{text}", "text/plain", null,
                Duration.ofSeconds(5)))
                .hasMessageContaining("ONBOARDING_SMS_HTTP_URL is required");
    }

    @Test
    void constructor_headerLineBreak_isRejected() {
        var headers = Map.of("Authorization", "Bearer hidden-token-4\r\nX-Injected: 1");

        var failure = catchThrowableOfType(IllegalArgumentException.class,
                () -> new HttpSmsSettings(URL, "POST", "{text}", "text/plain", headers, Duration.ofSeconds(5)));

        assertThat(failure.getMessage()).contains("line break in the value of 'Authorization'");
        assertThat(failure.getMessage()).doesNotContain("hidden-token-4");
    }

    @Test
    void constructor_contentTypeHeader_isRejected() {
        assertThatThrownBy(() -> new HttpSmsSettings(URL, "POST", "{text}", "text/plain",
                Map.of("content-type", "text/xml"), Duration.ofSeconds(5)))
                .hasMessageContaining("must not set 'content-type'")
                .hasMessageContaining("ONBOARDING_SMS_HTTP_CONTENT_TYPE");
    }

    @Test
    void toString_hidesHeaderValuesAndPath() {
        var settings = new HttpSmsSettings(URI.create("https://sms.example.com:8443/bot-hidden-5/send?key=hidden-6"),
                "POST", "{text}", "text/plain", Map.of("Authorization", "Bearer hidden-7"), Duration.ofSeconds(5));

        assertThat(settings.toString())
                .contains("https://sms.example.com:8443")
                .contains("Authorization")
                .doesNotContain("hidden-5")
                .doesNotContain("hidden-6")
                .doesNotContain("hidden-7");
    }

    private static HttpSmsSettings settingsWithTimeout(Duration timeout) {
        return new HttpSmsSettings(URL, "POST", "{text}", "text/plain", null, timeout);
    }
}
