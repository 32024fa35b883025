package org.doctoronboarding.domain.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doctoronboarding.domain.doctor.DoctorFixtures.profileWithYears;

import java.util.List;
import java.util.Map;
import org.doctoronboarding.domain.FieldError;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void crossFieldErrors_specialisationBeforeMbbs_isError() {
        Profile profile = profileWithYears(2005, 2004);

        List<FieldError> errors = profile.crossFieldErrors();

        assertThat(errors).extracting("field").containsExactly("year_of_specialisation");
        assertThat(errors.getFirst().message()).contains("2004").contains("2005");
    }

    @Test
    void crossFieldErrors_equalYears_isFine() {
        assertThat(profileWithYears(2005, 2005).crossFieldErrors()).isEmpty();
    }

    @Test
    void crossFieldErrors_specialisationAfterMbbs_isFine() {
        assertThat(profileWithYears(2005, 2012).crossFieldErrors()).isEmpty();
    }

    @Test
    void crossFieldErrors_oneYearMissing_isFine() {
        assertThat(profileWithYears(null, 2004).crossFieldErrors()).isEmpty();
        assertThat(profileWithYears(2005, null).crossFieldErrors()).isEmpty();
    }

    @Test
    void with_emptyValue_clearsField() {
        Profile profile = Profile.empty().with(ProfileField.QUALIFICATIONS, List.of("MBBS"));

        Profile cleared = profile.with(ProfileField.QUALIFICATIONS, List.of());

        assertThat(cleared.get(ProfileField.QUALIFICATIONS)).isNull();
        assertThat(cleared.strings(ProfileField.QUALIFICATIONS)).isEmpty();
        assertThat(profile.strings(ProfileField.QUALIFICATIONS)).containsExactly("MBBS");
    }

    @Test
    void reconstitute_dropsEmptyListsAndObjects() {
        Profile profile = Profile.reconstitute(Map.of(
                ProfileField.SPECIALTY, "Cardiology",
                ProfileField.FELLOWSHIPS, List.of(),
                ProfileField.EXTERNAL_LINKS, Map.of()));

        assertThat(profile.values()).containsOnlyKeys(ProfileField.SPECIALTY);
        assertThat(profile).isEqualTo(Profile.empty().with(ProfileField.SPECIALTY, "Cardiology"));
    }

    @Test
    void values_cannotBeModified() {
        Profile profile = Profile.empty().with(ProfileField.SPECIALTY, "Cardiology");

        assertThatThrownBy(() -> profile.values().put(ProfileField.SPECIALTY, "Oncology"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
