package org.doctoronboarding.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JwtSettingsTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @Test
    void constructor_shortSecret_isRejected() {
        assertThatThrownBy(() -> settings(new byte[31], Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ONBOARDING_JWT_SECRET must be at least 32 bytes")
                .hasMessageContaining("got 31 bytes");
        assertThatThrownBy(() -> settings(null, Duration.ofMinutes(30)))
                .hasMessageContaining("ONBOARDING_JWT_SECRET");
        assertThat(settings(new byte[32], Duration.ofMinutes(30)).secret()).hasSize(32);
    }

    @Test
    void constructor_ttlOutOfRange_isRejected() {
        for (Duration ttl : new Duration[] {Duration.ZERO, Duration.ofSeconds(59), Duration.ofMinutes(-5),
                Duration.ofHours(24).plusMinutes(1), Duration.ofDays(30)}) {
            assertThatThrownBy(() -> settings(new byte[32], ttl))
                    .as("TTL %s", ttl)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ONBOARDING_JWT_TTL_MINUTES must be from 1 to 1440 minutes");
        }
        assertThatThrownBy(() -> settings(new byte[32], null)).hasMessageContaining("ONBOARDING_JWT_TTL_MINUTES");
        assertThatThrownBy(() -> settings(new byte[32], Duration.ofSeconds(59))).hasMessageContaining("got 59 seconds");
        assertThatThrownBy(() -> settings(new byte[32], Duration.ofHours(25))).hasMessageContaining("got 1500 minutes");
    }

    @Test
    void constructor_ttlBounds_areInclusive() {
        assertThat(settings(new byte[32], Duration.ofMinutes(1)).timeToLive()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings(new byte[32], Duration.ofHours(24)).timeToLive()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void constructor_blankIssuerOrAudience_isRejected() {
        assertThatThrownBy(() -> new JwtSettings(new byte[32], " ", "api", Duration.ofMinutes(5), CLOCK))
                .hasMessageContaining("issuer");
        assertThatThrownBy(() -> new JwtSettings(new byte[32], "service", "", Duration.ofMinutes(5), CLOCK))
                .hasMessageContaining("audience");
    }

    @Test
    void secret_isCopiedInAndOut() {
        byte[] input = new byte[32];
        JwtSettings settings = settings(input, Duration.ofMinutes(30));

        input[0] = 1;
        settings.secret()[1] = 1;

        assertThat(settings.secret()).containsOnly(0);
    }

    @Test
    void toString_hidesSecret() {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) 'k');

        String text = settings(secret, Duration.ofMinutes(30)).toString();

        assertThat(text).contains("32 bytes").doesNotContain("kkkk");
    }

    @Test
    void randomSecret_returns32FreshBytes() {
        byte[] first = JwtSettings.randomSecret();
        byte[] second = JwtSettings.randomSecret();

        assertThat(first).hasSize(32);
        assertThat(second).hasSize(32);
        assertThat(first).isNotEqualTo(second);
        assertThat(settings(first, Duration.ofMinutes(30)).secret()).isEqualTo(first);
    }

    private static JwtSettings settings(byte[] secret, Duration ttl) {
        return new JwtSettings(secret, "doctor-onboarding", "doctor-onboarding-api", ttl, CLOCK);
    }
}
