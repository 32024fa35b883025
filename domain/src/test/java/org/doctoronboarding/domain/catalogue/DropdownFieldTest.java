package org.doctoronboarding.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.doctoronboarding.domain.ValidationException;
import org.junit.jupiter.api.Test;

class DropdownFieldTest {

    @Test
    void names_listsFifteenStoredNames() {
        assertThat(DropdownField.names()).hasSize(15)
                .startsWith("specialty", "sub_specialties")
                .contains("languages_spoken", "procedures_performed");
    }

    @Test
    void parse_knownName_returnsField() {
        assertThat(DropdownField.parse("languages_spoken")).isEqualTo(DropdownField.LANGUAGES_SPOKEN);
    }

    @Test
    void parse_unknownName_listsSupportedFields() {
        ValidationException thrown = catchThrowableOfType(ValidationException.class, () -> DropdownField.parse("hobbies"));

        assertThat(thrown.errors()).hasSize(1);
        assertThat(thrown.errors().getFirst().field()).isEqualTo("field_name");
        assertThat(thrown.errors().getFirst().message()).contains("'hobbies'").contains("specialty").contains("procedures_performed");
    }

    @Test
    void find_isCaseSensitive() {
        assertThat(DropdownField.find("Specialty")).isEmpty();
        assertThat(DropdownField.find("specialty")).contains(DropdownField.SPECIALTY);
    }
}
