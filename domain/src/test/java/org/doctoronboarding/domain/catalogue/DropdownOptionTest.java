package org.doctoronboarding.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.doctoronboarding.domain.catalogue.DropdownStatus.APPROVED;
import static org.doctoronboarding.domain.catalogue.DropdownStatus.PENDING;
import static org.doctoronboarding.domain.catalogue.DropdownStatus.REJECTED;

import java.time.Instant;
import org.doctoronboarding.domain.AccessDeniedException;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DropdownOptionTest {

    private static final Instant CREATED_AT = Instant.parse("2025-04-01T10:00:00Z");
    private static final Instant REVIEWED_AT = Instant.parse("2025-04-03T15:45:00Z");
    private static final Actor REVIEWER = new Actor("7", "ops@example.com", Role.OPERATIONAL, null, "192.0.2.10", "Mozilla/5.0");

    /** Returns a doctor's proposal of "Sleep Medicine" in the given status, never reviewed. */
    private static DropdownOption optionIn(DropdownStatus status, boolean system) {
        return new DropdownOption(31, DropdownField.SPECIALTY, "Sleep Medicine", null, status, system, 0, "3",
                "asha@example.com", null, null, null, null, CREATED_AT, CREATED_AT);
    }

    private static DropdownOption optionIn(DropdownStatus status) {
        return optionIn(status, false);
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(value = DropdownStatus.class, names = {"PENDING", "REJECTED"})
    void approve_fromPendingOrRejected_approves(DropdownStatus current) {
        DropdownOption approved = optionIn(current).approve(REVIEWER, "Listed by the national board", REVIEWED_AT);

        assertThat(approved.status()).isEqualTo(APPROVED);
    }

    @Test
    void approve_whenApproved_throwsNamingStatus() {
        ConflictException thrown = catchThrowableOfType(ConflictException.class,
                () -> optionIn(APPROVED).approve(REVIEWER, null, REVIEWED_AT));

        assertThat(thrown.code()).isEqualTo("OPTION_TRANSITION_NOT_ALLOWED");
        assertThat(thrown.getMessage()).contains("option 31").contains("'approved'").contains("pending or rejected");
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(value = DropdownStatus.class, names = {"PENDING", "APPROVED"})
    void reject_fromPendingOrApproved_rejects(DropdownStatus current) {
        DropdownOption rejected = optionIn(current).reject(REVIEWER, "Duplicate of Pulmonology", REVIEWED_AT);

        assertThat(rejected.status()).isEqualTo(REJECTED);
    }

    @Test
    void reject_whenRejected_throwsNamingStatus() {
        ConflictException thrown = catchThrowableOfType(ConflictException.class,
                () -> optionIn(REJECTED).reject(REVIEWER, null, REVIEWED_AT));

        assertThat(thrown.code()).isEqualTo("OPTION_TRANSITION_NOT_ALLOWED");
        assertThat(thrown.getMessage()).contains("option 31").contains("'rejected'").contains("pending or approved");
    }

    @Test
    void reject_systemOption_isAllowed() {
        DropdownOption rejected = optionIn(APPROVED, true).reject(REVIEWER, "Hidden from the form", REVIEWED_AT);

        assertThat(rejected.status()).isEqualTo(REJECTED);
        assertThat(rejected.system()).isTrue();
    }

    @Test
    void approve_recordsReviewerTimeAndNotes() {
        DropdownOption approved = optionIn(PENDING).approve(REVIEWER, "  Listed by the national board \n", REVIEWED_AT);

        assertThat(approved.reviewedBy()).isEqualTo("7");
        assertThat(approved.reviewedByEmail()).isEqualTo("ops@example.com");
        assertThat(approved.reviewedAt()).isEqualTo(REVIEWED_AT);
        assertThat(approved.updatedAt()).isEqualTo(REVIEWED_AT);
        assertThat(approved.reviewNotes()).isEqualTo("Listed by the national board");
    }

    @Test
    void reject_recordsReviewerTimeAndNotes() {
        DropdownOption rejected = optionIn(PENDING).reject(REVIEWER, "Duplicate of Pulmonology", REVIEWED_AT);

        assertThat(rejected.reviewedBy()).isEqualTo("7");
        assertThat(rejected.reviewedByEmail()).isEqualTo("ops@example.com");
        assertThat(rejected.reviewedAt()).isEqualTo(REVIEWED_AT);
        assertThat(rejected.updatedAt()).isEqualTo(REVIEWED_AT);
        assertThat(rejected.reviewNotes()).isEqualTo("Duplicate of Pulmonology");
    }

    @Test
    void review_keepsValueSubmitterAndCreationTime() {
        DropdownOption original = optionIn(PENDING);

        DropdownOption approved = original.approve(REVIEWER, null, REVIEWED_AT);

        assertThat(approved.id()).isEqualTo(original.id());
        assertThat(approved.field()).isEqualTo(DropdownField.SPECIALTY);
        assertThat(approved.value()).isEqualTo("Sleep Medicine");
        assertThat(approved.submittedBy()).isEqualTo("3");
        assertThat(approved.submittedByEmail()).isEqualTo("asha@example.com");
        assertThat(approved.createdAt()).isEqualTo(CREATED_AT);
        assertThat(original.status()).as("the original is unchanged").isEqualTo(PENDING);
    }

    @Test
    void review_blankNotes_keepEarlierNotes() {
        DropdownOption rejected = optionIn(PENDING).reject(REVIEWER, "Spelling to be checked", REVIEWED_AT);

        DropdownOption approvedWithoutNotes = rejected.approve(REVIEWER, null, REVIEWED_AT.plusSeconds(60));
        DropdownOption approvedWithBlankNotes = rejected.approve(REVIEWER, "   ", REVIEWED_AT.plusSeconds(60));

        assertThat(approvedWithoutNotes.reviewNotes()).isEqualTo("Spelling to be checked");
        assertThat(approvedWithBlankNotes.reviewNotes()).isEqualTo("Spelling to be checked");
        assertThat(approvedWithoutNotes.reviewedAt()).isEqualTo(REVIEWED_AT.plusSeconds(60));
    }

    @Test
    void requireDeletable_systemOption_throwsForbiddenWithReason() {
        AccessDeniedException thrown = catchThrowableOfType(AccessDeniedException.class,
                () -> optionIn(APPROVED, true).requireDeletable());

        assertThat(thrown.code()).isEqualTo("FORBIDDEN");
        assertThat(thrown.authenticated()).as("403, not 401").isTrue();
        assertThat(thrown.getMessage()).contains("31").contains("Sleep Medicine").contains("system value").contains("reject it");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DropdownStatus.class)
    void requireDeletable_nonSystemOption_passes(DropdownStatus status) {
        assertThatCode(() -> optionIn(status).requireDeletable()).doesNotThrowAnyException();
    }

    @Test
    void edited_changesLabelOrderNotesAndKeepsReview() {
        DropdownOption reviewed = optionIn(PENDING).approve(REVIEWER, "Checked", REVIEWED_AT);
        Instant editedAt = REVIEWED_AT.plusSeconds(3600);

        DropdownOption edited = reviewed.edited("Sleep Medicine (Somnology)", 12, "Label widened", editedAt);

        assertThat(edited.label()).isEqualTo("Sleep Medicine (Somnology)");
        assertThat(edited.displayOrder()).isEqualTo(12);
        assertThat(edited.reviewNotes()).isEqualTo("Label widened");
        assertThat(edited.updatedAt()).isEqualTo(editedAt);
        assertThat(edited.status()).isEqualTo(APPROVED);
        assertThat(edited.value()).isEqualTo("Sleep Medicine");
        assertThat(edited.reviewedAt()).isEqualTo(REVIEWED_AT);
        assertThat(edited.reviewedBy()).isEqualTo("7");
    }

    @Test
    void displayLabel_withoutLabel_isValue() {
        DropdownOption unlabelled = optionIn(PENDING);
        DropdownOption labelled = unlabelled.edited("Somnology", 0, null, REVIEWED_AT);

        assertThat(unlabelled.displayLabel()).isEqualTo("Sleep Medicine");
        assertThat(labelled.displayLabel()).isEqualTo("Somnology");
    }
}
