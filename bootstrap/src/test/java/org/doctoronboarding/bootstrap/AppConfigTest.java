package org.doctoronboarding.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void from_emptyEnvironment_usesDefaults() {
        AppConfig config = AppConfig.from(Map.of());

        assertThat(config.databaseUrl()).isEqualTo("jdbc:sqlite:data/onboarding.db");
        assertThat(config.httpHost()).isEqualTo("127.0.0.1");
        assertThat(config.httpPort()).isEqualTo(7070);
        assertThat(config.maxUploadBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(config.adminPhone().value()).isEqualTo("+919000000001");
        assertThat(config.adminEmail().value()).isEqualTo("admin@example.com");
    }

    @Test
    void from_writtenForms_normalisesAdminContact() {
        AppConfig config = AppConfig.from(Map.of(
                "ONBOARDING_ADMIN_PHONE", "098450-12345",
                "ONBOARDING_ADMIN_EMAIL", " Ops@Example.COM ",
                "ONBOARDING_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=secret"));

        assertThat(config.adminPhone().value()).isEqualTo("+919845012345");
        assertThat(config.adminEmail().value()).isEqualTo("ops@example.com");
        assertThat(config.maskedDatabaseUrl()).doesNotContain("secret").contains("password=***");
    }

    @Test
    void from_badValues_namesEveryVariableAndRule() {
        Map<String, String> env = Map.of(
                "ONBOARDING_DB_URL", "jdbc:mysql://localhost/db",
                "ONBOARDING_HTTP_PORT", "70000",
                "ONBOARDING_MAX_UPLOAD_MB", "ten",
                "ONBOARDING_ADMIN_PHONE", "12345",
                "ONBOARDING_ADMIN_EMAIL", "not-an-email");

        assertThatThrownBy(() -> AppConfig.from(env))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).hasSize(5);
                    assertThat(e.getMessage()).contains("ONBOARDING_DB_URL", "jdbc:postgresql");
                    assertThat(e.getMessage()).contains("ONBOARDING_HTTP_PORT: '70000'", "0 to 65535");
                    assertThat(e.getMessage()).contains("ONBOARDING_MAX_UPLOAD_MB: 'ten'", "1 to 100");
                    assertThat(e.getMessage()).contains("ONBOARDING_ADMIN_PHONE", "12345");
                    assertThat(e.getMessage()).contains("ONBOARDING_ADMIN_EMAIL", "not-an-email");
                });
    }
}
