package org.doctoronboarding.domain.doctor;

import java.util.Arrays;
import java.util.List;
import org.doctoronboarding.domain.ValidationException;

/**
 * Where a profile stands in review. The allowed moves are: pending to submitted; submitted to verified or
 * rejected; rejected back to submitted (resubmission); verified to rejected (revocation).
 */
public enum OnboardingStatus {
    PENDING("pending"),
    SUBMITTED("submitted"),
    VERIFIED("verified"),
    REJECTED("rejected");

    private final String value;

    OnboardingStatus(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** Returns the statuses this one may move to, in a fixed order. */
    public List<OnboardingStatus> allowedTargets() {
        return switch (this) {
            case PENDING -> List.of(SUBMITTED);
            case SUBMITTED -> List.of(VERIFIED, REJECTED);
            case VERIFIED -> List.of(REJECTED);
            case REJECTED -> List.of(SUBMITTED);
        };
    }

    public boolean canMoveTo(OnboardingStatus target) {
        return allowedTargets().contains(target);
    }

    /** Returns true for the targets that need a written reason. */
    public boolean requiresReason() {
        return this == REJECTED;
    }

    public static OnboardingStatus parse(String raw) {
        return parse("onboarding_status", raw);
    }

    public static OnboardingStatus parse(String field, String raw) {
        return Arrays.stream(values())
                .filter(s -> s.value.equals(raw))
                .findFirst()
                .orElseThrow(() -> ValidationException.of(field, "'" + raw + "' is not an onboarding status; use one of "
                        + Arrays.stream(values()).map(OnboardingStatus::value).toList()));
    }
}
