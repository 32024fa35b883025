package org.doctoronboarding.domain.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.doctoronboarding.domain.doctor.DoctorFixtures.profileWithYears;

import org.doctoronboarding.domain.ValidationException;
import org.junit.jupiter.api.Test;

class NewDoctorTest {

    @Test
    void newDoctor_crossFieldError_isRejected() {
        Profile profile = profileWithYears(2010, 2008);

        ValidationException thrown = catchThrowableOfType(ValidationException.class,
                () -> new NewDoctor(DoctorFixtures.personalDetails(), profile, OnboardingSource.RESUME, null));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors()).extracting("field").containsExactly("year_of_specialisation");
    }

    @Test
    void newDoctor_consistentProfile_isCreated() {
        Profile profile = profileWithYears(2010, 2010);

        NewDoctor doctor = new NewDoctor(DoctorFixtures.personalDetails(), profile, OnboardingSource.VOICE, "{}");

        assertThat(doctor.profile()).isEqualTo(profile);
        assertThat(doctor.source()).isEqualTo(OnboardingSource.VOICE);
    }

    @Test
    void newDoctor_missingSource_throwsNullPointer() {
        assertThatThrownBy(() -> new NewDoctor(DoctorFixtures.personalDetails(), Profile.empty(), null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("source");
    }
}
