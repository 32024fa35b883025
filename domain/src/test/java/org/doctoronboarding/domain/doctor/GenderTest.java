package org.doctoronboarding.domain.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.doctoronboarding.domain.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GenderTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Male        | MALE",
            "m           | MALE",
            "' female '  | FEMALE",
            "F           | FEMALE",
            "Woman       | FEMALE",
            "Other       | OTHER",
            "non-binary  | OTHER",
            "NonBinary   | OTHER"})
    void parse_writtenForms_mapToGender(String raw, Gender expected) {
        Gender gender = Gender.parse(raw);

        assertThat(gender).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"x", "unknown", "males"})
    void parse_unknownValue_throwsOnGender(String raw) {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> Gender.parse(raw));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors()).extracting("field").containsExactly("gender");
        assertThat(thrown.errors().getFirst().message()).contains("'" + raw + "'");
    }
}
