package org.doctoronboarding.domain.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.doctoronboarding.domain.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OnboardingStatusTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"pending", "submitted", "verified", "rejected"})
    void parse_storedValue_roundTrips(String raw) {
        OnboardingStatus status = OnboardingStatus.parse(raw);

        assertThat(status.value()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"Pending", "approved", " pending"})
    void parse_otherValue_throwsOnGivenField(String raw) {
        ValidationException thrown = catchThrowableOfType(ValidationException.class,
                () -> OnboardingStatus.parse("status", raw));

        assertThat(thrown).isNotNull();
        assertThat(thrown.errors()).extracting("field").containsExactly("status");
        assertThat(thrown.errors().getFirst().message()).contains("'" + raw + "'");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(OnboardingStatus.class)
    void requiresReason_onlyForRejected(OnboardingStatus status) {
        assertThat(status.requiresReason()).isEqualTo(status == OnboardingStatus.REJECTED);
    }
}
