package org.doctoronboarding.domain.doctor;

import java.time.Instant;
import java.util.Objects;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.ValidationException;

/**
 * A doctor being onboarded: identity, professional profile and its review status. The
 * status moves only through {@link #transition}, which enforces the onboarding workflow.
 */
public record Doctor(
        DoctorId id,
        PersonalDetails personal,
        Profile profile,
        OnboardingStatus status,
        Instant statusUpdatedAt,
        String statusUpdatedBy,
        String rejectionReason,
        Instant verifiedAt,
        boolean active,
        Instant registeredAt,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        OnboardingSource source,
        String rawExtractionJson) {

    public static final int MAX_REASON_LENGTH = 2000;

    public Doctor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personal, "personal");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (status == OnboardingStatus.VERIFIED && verifiedAt == null) {
            throw new IllegalStateException("doctor " + id + " is verified but has no verified_at");
        }
        if (active == (deletedAt != null)) {
            throw new IllegalStateException("doctor " + id + " must have deleted_at set exactly when it is inactive");
        }
    }

    /**
     * Checks that the workflow allows moving to {@code target} and returns the change to store.
     *
     * @param reason required (non-blank) when the target is {@code rejected}; ignored otherwise
     * @throws ConflictException with {@code TRANSITION_NOT_ALLOWED} when the workflow forbids the move
     * @throws ValidationException when a rejection has no reason or a text is too long
     */
    public StatusChange transition(OnboardingStatus target, String reason, String notes, Actor actor, Instant at) {
        if (!status.canMoveTo(target)) {
            throw ConflictException.transitionNotAllowed(status.value(), target.value(),
                    status.allowedTargets().stream().map(OnboardingStatus::value).toList());
        }

        String cleanReason = blankToNull(reason);
        if (target.requiresReason() && cleanReason == null) {
            throw ValidationException.of("reason", "is required when a profile is rejected");
        }
        if (!target.requiresReason() && cleanReason != null) {
            throw ValidationException.of("reason", "is accepted only when rejecting a profile; use notes instead");
        }
        checkLength("reason", cleanReason);
        String cleanNotes = blankToNull(notes);
        checkLength("notes", cleanNotes);

        return new StatusChange(id, status, target, actor,
                cleanReason, cleanNotes, at);
    }

    /** Returns this doctor as it is after the given accepted change. */
    public Doctor apply(StatusChange change) {
        if (!change.doctorId().equals(id) || change.previous() != status) {
            throw new IllegalArgumentException("change " + change + " does not apply to doctor " + id + " in status " + status);
        }
        boolean verified = change.next() == OnboardingStatus.VERIFIED;
        boolean rejected = change.next() == OnboardingStatus.REJECTED;
        // The rejection reason and verification time describe the current status only; history keeps the past.
        return new Doctor(id, personal, profile, change.next(), change.at(), change.actor().userId(),
                rejected ? change.reason() : null,
                verified ? change.at() : null,
                active, registeredAt, createdAt, change.at(), deletedAt, source, rawExtractionJson);
    }

    /** Returns this doctor with new personal details and profile, changed at the given instant. */
    public Doctor withDetails(PersonalDetails newPersonal, Profile newProfile, Instant at) {
        return new Doctor(id, newPersonal, newProfile, status, statusUpdatedAt, statusUpdatedBy, rejectionReason,
                verifiedAt, active, registeredAt, createdAt, at, deletedAt, source, rawExtractionJson);
    }

    /** Returns this doctor soft-deleted at the given instant. */
    public Doctor deactivate(Instant at) {
        return new Doctor(id, personal, profile, status, statusUpdatedAt, statusUpdatedBy, rejectionReason,
                verifiedAt, false, registeredAt, createdAt, at, at, source, rawExtractionJson);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void checkLength(String field, String text) {
        if (text != null && text.length() > MAX_REASON_LENGTH) {
            throw ValidationException.of(field, "is " + text.length() + " characters long; the maximum is " + MAX_REASON_LENGTH);
        }
    }
}
