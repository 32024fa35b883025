package org.doctoronboarding.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doctoronboarding.application.port.in.Page;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.domain.catalogue.DropdownField;
import org.doctoronboarding.domain.catalogue.DropdownOption;
import org.doctoronboarding.domain.catalogue.DropdownStatus;

/**
 * Stores the dropdown catalogue. Each option also has an identity key ({@code OptionText.key}) under a
 * unique constraint, so two values that differ only in case, spacing or punctuation are one option.
 */
public interface DropdownOptionRepository {

    /** Returns the approved options of every field, each list ordered by display order, then label. */
    Map<DropdownField, List<DropdownOption>> approved();

    /** Returns the approved options of one field, ordered by display order, then label. */
    List<DropdownOption> approved(DropdownField field);

    Optional<DropdownOption> findById(long id);

    /**
     * Stores a new option unless one with the same identity key exists; two concurrent calls for one value
     * store one row, and both return it.
     *
     * @return the stored option and whether this call created it
     */
    Stored insertIfAbsent(NewOption option, Instant at);

    /** Lists options by field, status and text (part of value or label), ordered by field, display order, id. */
    Page<DropdownOption> list(DropdownField field, DropdownStatus status, String text, PageRequest page);

    /** Counts the options waiting for review. */
    long countPending();

    /** Lists the options a user proposed, newest first. */
    List<DropdownOption> submittedBy(String userId);

    /**
     * Writes an option's label, order, notes and review fields, provided its status is still {@code expected}.
     *
     * @return false when a concurrent review changed the status first
     */
    boolean update(DropdownOption option, DropdownStatus expected);

    /** Deletes a non-system option; returns false when no such option exists. */
    boolean delete(long id);

    /** An option to store: status pending for doctors' proposals, approved for staff. */
    record NewOption(DropdownField field, String value, String label, DropdownStatus status, int displayOrder,
            String submittedBy, String submittedByEmail) {
    }

    /** The outcome of {@link #insertIfAbsent}. */
    record Stored(DropdownOption option, boolean created) {
    }
}
