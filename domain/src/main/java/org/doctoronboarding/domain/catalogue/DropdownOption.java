package org.doctoronboarding.domain.catalogue;

import java.time.Instant;
import java.util.Objects;
import org.doctoronboarding.domain.AccessDeniedException;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.doctor.Actor;

/**
 * One value of a dropdown field with its review state. Staff approve a pending or rejected option and
 * reject a pending or approved one. System options can never be deleted, so rejecting one is how it is hidden.
 */
public record DropdownOption(
        long id,
        DropdownField field,
        String value,
        String label,
        DropdownStatus status,
        boolean system,
        int displayOrder,
        String submittedBy,
        String submittedByEmail,
        String reviewedBy,
        String reviewedByEmail,
        Instant reviewedAt,
        String reviewNotes,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MAX_VALUE_LENGTH = 255;
    public static final int MAX_NOTES_LENGTH = 2000;

    public DropdownOption {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
    }

    /** Returns the label shown to users: the label when set, else the value. */
    public String displayLabel() {
        return label == null ? value : label;
    }

    /**
     * Approves the option.
     *
     * @throws ConflictException {@code OPTION_TRANSITION_NOT_ALLOWED} when it is already approved
     */
    public DropdownOption approve(Actor reviewer, String notes, Instant at) {
        if (status == DropdownStatus.APPROVED) {
            throw notAllowed("approve", "pending or rejected");
        }
        return reviewed(DropdownStatus.APPROVED, reviewer, notes, at);
    }

    /**
     * Rejects the option, which hides it from doctors.
     *
     * @throws ConflictException {@code OPTION_TRANSITION_NOT_ALLOWED} when it is already rejected
     */
    public DropdownOption reject(Actor reviewer, String notes, Instant at) {
        if (status == DropdownStatus.REJECTED) {
            throw notAllowed("reject", "pending or approved");
        }
        return reviewed(DropdownStatus.REJECTED, reviewer, notes, at);
    }

    /** Refuses to delete a system option, naming the way to hide it instead. */
    public void requireDeletable() {
        if (system) {
            throw AccessDeniedException.forbidden("Option " + id + " ('" + value + "') is a system value and cannot be"
                    + " deleted; reject it to hide it from doctors.");
        }
    }

    /** Returns the option with a new label, display order and review notes. */
    public DropdownOption edited(String newLabel, int newDisplayOrder, String newNotes, Instant at) {
        return new DropdownOption(id, field, value, newLabel, status, system, newDisplayOrder, submittedBy,
                submittedByEmail, reviewedBy, reviewedByEmail, reviewedAt, newNotes, createdAt, at);
    }

    private DropdownOption reviewed(DropdownStatus next, Actor reviewer, String notes, Instant at) {
        return new DropdownOption(id, field, value, label, next, system, displayOrder, submittedBy, submittedByEmail,
                reviewer.userId(), reviewer.email(), at, notes == null || notes.isBlank() ? reviewNotes : notes.strip(),
                createdAt, at);
    }

    private ConflictException notAllowed(String action, String from) {
        return ConflictException.of("OPTION_TRANSITION_NOT_ALLOWED", "Cannot " + action + " option " + id
                + " because it is already '" + status.value() + "'; only " + from + " options can be.");
    }
}
