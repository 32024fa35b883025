package org.doctoronboarding.domain.doctor;

import java.util.Arrays;
import org.doctoronboarding.domain.ValidationException;

/** How a profile entered the system, stored in {@code doctors.onboarding_source}. */
public enum OnboardingSource {
    MANUAL("manual"),
    RESUME("resume"),
    VOICE("voice");

    private final String value;

    OnboardingSource(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static OnboardingSource parse(String raw) {
        return Arrays.stream(values())
                .filter(s -> s.value.equals(raw))
                .findFirst()
                .orElseThrow(() -> ValidationException.of("onboarding_source", "'" + raw + "' is not a source; use one of "
                        + Arrays.stream(values()).map(OnboardingSource::value).toList()));
    }
}
