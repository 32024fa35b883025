package org.doctoronboarding.domain.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.doctoronboarding.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            "9845012345",
            "98450 12345",
            "98450-12345",
            "98450.12345",
            "098450-12345",
            "+91 (98450) 12345",
            "+91-98450-12345",
            "919845012345",
            "91 98450 12345",
            "+919845012345",
            "0919845012345",
            "091 98450 12345",
            "0091 98450 12345",
            "  98450 12345  "})
    void parse_writtenForms_normaliseToE164(String raw) {
        PhoneNumber phone = PhoneNumber.parse(raw);

        assertThat(phone.value()).isEqualTo("+919845012345");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"6000000000", "7012345678", "8123456789", "9999999999"})
    void parse_firstDigitSixToNine_isAccepted(String raw) {
        PhoneNumber phone = PhoneNumber.parse(raw);

        assertThat(phone.value()).isEqualTo("+91" + raw);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            // Landlines with a city code: Mumbai, Delhi, Chennai, Kolkata.
            "022 2345 6789",
            "011-2345-6789",
            "044 2345 6789",
            "033 2345 6789",
            // Too short and too long.
            "98450 1234",
            "98450 123456",
            "+91 98450 1234",
            "+91 98450 123456",
            // Letters and other symbols.
            "98450 1234x",
            "98450/12345",
            "phone: 9845012345",
            // Other countries.
            "+1 415 555 0100",
            "+44 20 7946 0958",
            "+92 300 1234567",
            // A plus sign with a trunk 0 or with the 00 international prefix.
            "+0919845012345",
            "+91 098450 12345",
            "+0091 98450 12345",
            "+",
            "++919845012345"})
    void parse_invalidNumber_throwsWithRawValue(String raw) {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> PhoneNumber.parse(raw));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors()).extracting("field").containsExactly("phone_number");
        assertThat(thrown.errors().getFirst().message()).contains("'" + raw.strip() + "'");
    }

    @ParameterizedTest(name = "+91 {0}845012345")
    @ValueSource(strings = {"0", "1", "2", "3", "4", "5"})
    void parse_firstDigitZeroToFive_isRejected(String firstDigit) {
        String raw = "+91 " + firstDigit + "845012345";

        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> PhoneNumber.parse(raw));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors().getFirst().message()).contains(raw);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"5845012345", "05845012345", "915845012345", "0915845012345"})
    void parse_nationalNumberStartingWithFive_isRejected(String raw) {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> PhoneNumber.parse(raw));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors().getFirst().message()).contains(raw);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void parse_missingValue_isRequired(String raw) {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> PhoneNumber.parse(raw));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors().getFirst().field()).isEqualTo("phone_number");
        assertThat(thrown.errors().getFirst().message()).isEqualTo("is required");
    }

    @Test
    void parse_withFieldName_reportsThatField() {
        ValidationException thrown = catchThrowableOfType(ValidationException.class,
                () -> PhoneNumber.parse("admin_phone", "12345"));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors()).extracting("field").containsExactly("admin_phone");
    }

    @Test
    void parse_devanagariDigits_reportsGivenField() {
        String raw = "९८४५०१२३४५";

        ValidationException thrown = catchThrowableOfType(ValidationException.class,
                () -> PhoneNumber.parse("admin_phone", raw));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors()).extracting("field").containsExactly("admin_phone");
        assertThat(thrown.errors().getFirst().message()).contains("'" + raw + "'");
    }

    @Test
    void constructor_nonE164Value_isRejected() {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> new PhoneNumber("9845012345"));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors().getFirst().message()).contains("'9845012345'");
    }

    @Test
    void masked_hidesAllButLastFourDigits() {
        PhoneNumber phone = PhoneNumber.parse("98450 12345");

        String masked = phone.masked();

        assertThat(masked).isEqualTo("+91******2345");
        assertThat(masked).doesNotContain("98450");
    }

    @Test
    void toString_returnsE164Value() {
        assertThat(PhoneNumber.parse("098450-12345")).hasToString("+919845012345");
    }
}
