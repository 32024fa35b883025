package org.doctoronboarding.domain.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.doctoronboarding.domain.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Dr.        | DR",
            "dr         | DR",
            "DR         | DR",
            "Doctor     | DR",
            "Prof.      | PROF",
            "prof       | PROF",
            "Professor  | PROF",
            "Prof. Dr.  | PROF_DR",
            "PROF.DR    | PROF_DR",
            "prof dr    | PROF_DR",
            "prof.dr    | PROF_DR",
            "Professor Doctor | PROF_DR"})
    void parse_writtenForms_mapToTitle(String raw, Title expected) {
        Title title = Title.parse(raw);

        assertThat(title).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"Mr.", "Mrs", "Dr Prof", "Drs", "MBBS", "Prof. Dr. Dr."})
    void parse_unknownValue_throwsOnTitle(String raw) {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> Title.parse(raw));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors()).extracting("field").containsExactly("title");
        assertThat(thrown.errors().getFirst().message()).contains("'" + raw + "'").contains("prof.dr");
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource({"DR, dr", "PROF, prof", "PROF_DR, prof.dr"})
    void value_isStoredForm(Title title, String stored) {
        assertThat(title.value()).isEqualTo(stored);
    }
}
