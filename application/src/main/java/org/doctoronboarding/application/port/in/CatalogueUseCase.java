package org.doctoronboarding.application.port.in;

import java.util.List;
import java.util.Map;
import org.doctoronboarding.domain.catalogue.DropdownField;
import org.doctoronboarding.domain.catalogue.DropdownOption;
import org.doctoronboarding.domain.doctor.Actor;

/** The dropdown catalogue: reading approved options, proposing new ones, and staff review. */
public interface CatalogueUseCase {

    /** Returns every field with its approved options, in display order. Public. */
    Map<DropdownField, List<DropdownOption>> approvedOptions();

    /**
     * Returns one field's approved options. Public.
     *
     * @throws org.doctoronboarding.domain.NotFoundException {@code DROPDOWN_FIELD_NOT_FOUND} listing the fields
     */
    List<DropdownOption> approvedOptions(String fieldName);

    /**
     * Proposes a value as {@code pending}; a value that already exists (in any spelling that differs only in
     * case, spacing or punctuation) returns the existing option and its status instead.
     */
    Proposal propose(String fieldName, Object value, Object label, Actor actor);

    /** Returns the options the actor proposed, newest first. */
    List<DropdownOption> mySubmissions(Actor actor);

    /** Lists options for staff, with the number of pending ones. */
    StaffPage list(String fieldName, String status, String text, PageRequest page, Actor actor);

    DropdownOption get(long id, Actor actor);

    /** Creates an approved option ({@code field_name}, {@code value}, optional {@code label} and {@code display_order}). */
    Proposal create(Map<String, Object> fields, Actor actor);

    /** Changes {@code label}, {@code display_order} or {@code review_notes}. */
    DropdownOption edit(long id, Map<String, Object> changes, Actor actor);

    /** Deletes a non-system option. */
    void delete(long id, Actor actor);

    DropdownOption approve(long id, String notes, Actor actor);

    DropdownOption reject(long id, String notes, Actor actor);

    /** Approves up to 200 options, reporting the outcome of each id. */
    List<BulkOutcome> approveAll(List<Long> ids, String notes, Actor actor);

    /** Rejects up to 200 options, reporting the outcome of each id. */
    List<BulkOutcome> rejectAll(List<Long> ids, String notes, Actor actor);

    /** A stored proposal and whether this request created it. */
    record Proposal(DropdownOption option, boolean created) {
    }

    /** A page of options for staff, with the count of options waiting for review. */
    record StaffPage(Page<DropdownOption> page, long pendingCount) {
    }

    /**
     * The result for one id of a bulk review: {@code updated}, {@code not_found}, or {@code not_allowed} with
     * the option's current status.
     */
    record BulkOutcome(long id, String result, String status) {
    }
}
