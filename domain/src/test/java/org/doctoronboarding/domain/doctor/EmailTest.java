package org.doctoronboarding.domain.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.doctoronboarding.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void parse_trimsAndLowerCases() {
        Email email = Email.parse("  Asha.Rao@Example.COM \n");

        assertThat(email.value()).isEqualTo("asha.rao@example.com");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            "a@b.in",
            "asha.rao@example.com",
            "asha+onboarding@example.co.in",
            "dr_asha-rao@apollo-hospitals.example.org",
            "1234@example.com"})
    void parse_validShapes_areAccepted(String raw) {
        Email email = Email.parse(raw);

        assertThat(email.value()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            "asha",
            "asha@",
            "@example.com",
            "asha@example",
            "asha rao@example.com",
            "asha@@example.com",
            ".asha@example.com",
            "asha..rao@example.com",
            "asha@-example.com",
            "asha@example-.com",
            "asha@example..com",
            "asha@.example.com",
            "asha@example.com.",
            "asha@exam_ple.com",
            "asha(rao)@example.com"})
    void parse_invalidShape_throwsWithValue(String raw) {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> Email.parse(raw));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors()).extracting("field").containsExactly("email");
        assertThat(thrown.errors().getFirst().message()).contains("'" + raw + "'");
    }

    @Test
    void parse_maxLength_isAccepted() {
        String raw = "a".repeat(88) + "@example.com";

        Email email = Email.parse(raw);

        assertThat(email.value()).hasSize(Email.MAX_LENGTH);
    }

    @Test
    void parse_overMaxLength_isRejected() {
        String raw = "a".repeat(89) + "@example.com";

        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> Email.parse(raw));

        assertThat(raw).hasSize(101);
        assertThat(thrown).isNotNull();
        assertThat(thrown.errors().getFirst().message()).contains("100");
    }

    @Test
    void parse_paddedMaxLength_trimsFirst() {
        String raw = "   " + "a".repeat(88) + "@example.com   ";

        Email email = Email.parse(raw);

        assertThat(email.value()).hasSize(100);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"  \t "})
    void parse_missingValue_isRequired(String raw) {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> Email.parse(raw));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors().getFirst().message()).isEqualTo("is required");
    }

    @Test
    void constructor_upperCaseValue_isRejected() {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> new Email("Asha@Example.com"));

        assertThat(thrown).isNotNull();
    }

    @Test
    void masked_keepsFirstCharacterAndDomain() {
        Email email = Email.parse("asha.rao@example.com");

        assertThat(email.masked()).isEqualTo("a***@example.com");
    }
}
