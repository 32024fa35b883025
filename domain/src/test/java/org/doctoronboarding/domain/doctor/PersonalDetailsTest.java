package org.doctoronboarding.domain.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.doctoronboarding.domain.FieldError;
import org.doctoronboarding.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDetailsTest {

    private static final Email EMAIL = Email.parse("asha.rao@example.com");
    private static final PhoneNumber PHONE = PhoneNumber.parse("98450 12345");

    @Test
    void personalDetails_validNames_areKept() {
        PersonalDetails details = new PersonalDetails(Title.PROF_DR, "Asha Lakshmi", "Rao", EMAIL, PHONE);

        assertThat(details.firstName()).isEqualTo("Asha Lakshmi");
        assertThat(details.title()).isEqualTo(Title.PROF_DR);
    }

    @Test
    void personalDetails_withoutTitle_isAllowed() {
        PersonalDetails details = new PersonalDetails(null, "Asha", "Rao", EMAIL, PHONE);

        assertThat(details.title()).isNull();
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void personalDetails_missingFirstName_isRequired(String firstName) {
        ValidationException thrown = catchThrowableOfType(ValidationException.class,
                () -> new PersonalDetails(Title.DR, firstName, "Rao", EMAIL, PHONE));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors()).containsExactly(new FieldError("first_name", "is required"));
    }

    @Test
    void personalDetails_bothNamesMissing_listsBothFields() {
        ValidationException thrown = catchThrowableOfType(ValidationException.class,
                () -> new PersonalDetails(Title.DR, null, " ", EMAIL, PHONE));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors()).extracting("field").containsExactly("first_name", "last_name");
    }

    @Test
    void personalDetails_nameOfMaxLength_isAccepted() {
        PersonalDetails details = new PersonalDetails(Title.DR, "A".repeat(100), "Rao", EMAIL, PHONE);

        assertThat(details.firstName()).hasSize(PersonalDetails.MAX_NAME_LENGTH);
    }

    @Test
    void personalDetails_nameOverMaxLength_isRejected() {
        ValidationException thrown = catchThrowableOfType(ValidationException.class,
                () -> new PersonalDetails(Title.DR, "Asha", "R".repeat(101), EMAIL, PHONE));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors()).extracting("field").containsExactly("last_name");
        assertThat(thrown.errors().getFirst().message()).contains("101").contains("100");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {" Asha", "Asha ", "Asha  Lakshmi", "Asha\tLakshmi", "Asha\nLakshmi"})
    void personalDetails_unnormalisedSpaces_areRejected(String firstName) {
        ValidationException thrown = catchThrowableOfType(ValidationException.class,
                () -> new PersonalDetails(Title.DR, firstName, "Rao", EMAIL, PHONE));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors()).extracting("field").containsExactly("first_name");
        assertThat(thrown.errors().getFirst().message()).contains("spaces");
    }

    @Test
    void normaliseName_collapsesSpacesAndKeepsNull() {
        assertThat(PersonalDetails.normaliseName("  Asha \t Lakshmi ")).isEqualTo("Asha Lakshmi");
        assertThat(PersonalDetails.normaliseName(null)).isNull();
    }

    @Test
    void personalDetails_missingContact_throwsNullPointer() {
        assertThatThrownBy(() -> new PersonalDetails(Title.DR, "Asha", "Rao", null, PHONE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("email");
        assertThatThrownBy(() -> new PersonalDetails(Title.DR, "Asha", "Rao", EMAIL, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("phoneNumber");
    }
}
