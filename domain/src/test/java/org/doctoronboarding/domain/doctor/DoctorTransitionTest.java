package org.doctoronboarding.domain.doctor;

import org.doctoronboarding.domain.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.doctoronboarding.domain.doctor.DoctorFixtures.NOW;
import static org.doctoronboarding.domain.doctor.DoctorFixtures.REVIEWER;
import static org.doctoronboarding.domain.doctor.DoctorFixtures.VERIFIED_AT;
import static org.doctoronboarding.domain.doctor.DoctorFixtures.doctorIn;
import static org.doctoronboarding.domain.doctor.OnboardingStatus.PENDING;
import static org.doctoronboarding.domain.doctor.OnboardingStatus.REJECTED;
import static org.doctoronboarding.domain.doctor.OnboardingStatus.SUBMITTED;
import static org.doctoronboarding.domain.doctor.OnboardingStatus.VERIFIED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DoctorTransitionTest {

    /** The onboarding workflow, written out here so that the test does not trust the enum it checks. */
    private static final Map<OnboardingStatus, List<OnboardingStatus>> WORKFLOW = Map.of(
            PENDING, List.of(SUBMITTED),
            SUBMITTED, List.of(VERIFIED, REJECTED),
            VERIFIED, List.of(REJECTED),
            REJECTED, List.of(SUBMITTED));

    private static final String REASON = "Registration number does not match the council register";

    static Stream<Arguments> allowedPairs() {
        return Stream.of(
                Arguments.of(PENDING, SUBMITTED),
                Arguments.of(SUBMITTED, VERIFIED),
                Arguments.of(SUBMITTED, REJECTED),
                Arguments.of(REJECTED, SUBMITTED),
                Arguments.of(VERIFIED, REJECTED));
    }

    static Stream<Arguments> forbiddenPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (OnboardingStatus current : OnboardingStatus.values()) {
            for (OnboardingStatus target : OnboardingStatus.values()) {
                if (!WORKFLOW.get(current).contains(target)) {
                    pairs.add(Arguments.of(current, target));
                }
            }
        }
        return pairs.stream();
    }

    /** Returns the reason a transition to the target needs: one for a rejection, none otherwise. */
    private static String reasonFor(OnboardingStatus target) {
        return target == REJECTED ? REASON : null;
    }

    @Test
    void forbiddenPairs_coverElevenOfSixteen() {
        assertThat(forbiddenPairs()).hasSize(11);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowedPairs")
    void transition_allowedPair_returnsChange(OnboardingStatus current, OnboardingStatus target) {
        Doctor doctor = doctorIn(current);

        StatusChange change = doctor.transition(target, reasonFor(target), "checked by phone", REVIEWER, NOW);

        assertThat(change.doctorId()).isEqualTo(doctor.id());
        assertThat(change.previous()).isEqualTo(current);
        assertThat(change.next()).isEqualTo(target);
        assertThat(change.actor()).isEqualTo(REVIEWER);
        assertThat(change.notes()).isEqualTo("checked by phone");
        assertThat(change.at()).isEqualTo(NOW);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowedPairs")
    void apply_allowedPair_setsStatusAndAuditFields(OnboardingStatus current, OnboardingStatus target) {
        Doctor doctor = doctorIn(current);
        StatusChange change = doctor.transition(target, reasonFor(target), null, REVIEWER, NOW);

        Doctor changed = doctor.apply(change);

        assertThat(changed.status()).isEqualTo(target);
        assertThat(changed.statusUpdatedAt()).isEqualTo(NOW);
        assertThat(changed.statusUpdatedBy()).isEqualTo(REVIEWER.userId());
        assertThat(changed.updatedAt()).isEqualTo(NOW);
        assertThat(changed.createdAt()).isEqualTo(doctor.createdAt());
        assertThat(changed.registeredAt()).isEqualTo(doctor.registeredAt());
        assertThat(changed.personal()).isEqualTo(doctor.personal());
        assertThat(changed.active()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("forbiddenPairs")
    void transition_forbiddenPair_throwsTransitionNotAllowed(OnboardingStatus current, OnboardingStatus target) {
        Doctor doctor = doctorIn(current);
        List<String> expectedAllowed = WORKFLOW.get(current).stream().map(OnboardingStatus::value).toList();

        ConflictException thrown = catchConflict(() -> doctor.transition(target, REASON, null, REVIEWER, NOW));

        assertThat(thrown.code()).isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(thrown.getMessage()).contains("'" + current.value() + "'");
        assertThat(thrown.getMessage()).contains("'" + target.value() + "'");
        assertThat(thrown.allowed()).containsExactlyElementsOf(expectedAllowed);
        assertThat(thrown.field()).isNull();
    }

    @Test
    void transition_fromSubmitted_messageListsBothTargets() {
        Doctor doctor = doctorIn(SUBMITTED);

        ConflictException thrown = catchConflict(() -> doctor.transition(PENDING, null, null, REVIEWER, NOW));

        assertThat(thrown.getMessage()).isEqualTo(
                "Cannot move a doctor from 'submitted' to 'pending'; allowed from 'submitted': verified, rejected.");
    }

    @ParameterizedTest(name = "reason [{0}]")
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void reject_withoutReason_throwsValidationOnReason(String reason) {
        Doctor submitted = doctorIn(SUBMITTED);
        Doctor verified = doctorIn(VERIFIED);

        ValidationException fromSubmitted = catchValidation(() -> submitted.transition(REJECTED, reason, null, REVIEWER, NOW));
        ValidationException fromVerified = catchValidation(() -> verified.transition(REJECTED, reason, null, REVIEWER, NOW));

        assertThat(fromSubmitted.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(fromSubmitted.errors()).extracting("field").containsExactly("reason");
        assertThat(fromVerified.errors()).extracting("field").containsExactly("reason");
    }

    @Test
    void reject_withPaddedReason_storesStrippedReason() {
        Doctor doctor = doctorIn(SUBMITTED);

        Doctor rejected = doctor.apply(doctor.transition(REJECTED, "  " + REASON + "\n", null, REVIEWER, NOW));

        assertThat(rejected.rejectionReason()).isEqualTo(REASON);
    }

    @Test
    void reject_reasonOfMaxLength_isAccepted() {
        Doctor doctor = doctorIn(SUBMITTED);
        String reason = "r".repeat(Doctor.MAX_REASON_LENGTH);

        StatusChange change = doctor.transition(REJECTED, reason, null, REVIEWER, NOW);

        assertThat(change.reason()).hasSize(2000);
    }

    @Test
    void reject_reasonOverMaxLength_throwsValidation() {
        Doctor doctor = doctorIn(SUBMITTED);
        String reason = "r".repeat(Doctor.MAX_REASON_LENGTH + 1);

        ValidationException thrown = catchValidation(() -> doctor.transition(REJECTED, reason, null, REVIEWER, NOW));

        assertThat(thrown.errors()).extracting("field").containsExactly("reason");
        assertThat(thrown.errors().getFirst().message()).contains("2001").contains("2000");
    }

    @Test
    void transition_longNotes_rejectsNotes() {
        Doctor doctor = doctorIn(PENDING);
        String notes = "n".repeat(Doctor.MAX_REASON_LENGTH + 1);

        ValidationException thrown = catchValidation(() -> doctor.transition(SUBMITTED, null, notes, REVIEWER, NOW));

        assertThat(thrown.errors()).extracting("field").containsExactly("notes");
    }

    @Test
    void transition_blankNotes_becomeNull() {
        Doctor doctor = doctorIn(PENDING);

        StatusChange change = doctor.transition(SUBMITTED, null, "   ", REVIEWER, NOW);

        assertThat(change.notes()).isNull();
    }

    @Test
    void verify_fromSubmitted_setsVerifiedAt() {
        Doctor doctor = doctorIn(SUBMITTED);

        Doctor verified = doctor.apply(doctor.transition(VERIFIED, null, null, REVIEWER, NOW));

        assertThat(verified.verifiedAt()).isEqualTo(NOW);
        assertThat(verified.rejectionReason()).isNull();
    }

    @Test
    void verify_afterResubmission_clearsRejectionReason() {
        Doctor rejected = doctorIn(REJECTED);
        Instant resubmittedAt = NOW.minusSeconds(3600);
        Doctor resubmitted = rejected.apply(rejected.transition(SUBMITTED, null, null, REVIEWER, resubmittedAt));

        Doctor verified = resubmitted.apply(resubmitted.transition(VERIFIED, null, null, REVIEWER, NOW));

        assertThat(verified.rejectionReason()).isNull();
        assertThat(verified.verifiedAt()).isEqualTo(NOW);
    }

    @Test
    void reject_fromSubmitted_setsRejectionReason() {
        Doctor doctor = doctorIn(SUBMITTED);

        Doctor rejected = doctor.apply(doctor.transition(REJECTED, REASON, null, REVIEWER, NOW));

        assertThat(rejected.rejectionReason()).isEqualTo(REASON);
        assertThat(rejected.verifiedAt()).isNull();
    }

    @Test
    void reject_fromVerified_clearsVerifiedAt() {
        Doctor doctor = doctorIn(VERIFIED);

        Doctor revoked = doctor.apply(doctor.transition(REJECTED, REASON, null, REVIEWER, NOW));

        assertThat(revoked.status()).isEqualTo(REJECTED);
        assertThat(revoked.rejectionReason()).isEqualTo(REASON);
        assertThat(revoked.verifiedAt()).isNull();
    }

    @Test
    void submit_afterRejection_clearsRejectionReason() {
        Doctor doctor = doctorIn(REJECTED);

        Doctor resubmitted = doctor.apply(doctor.transition(SUBMITTED, null, null, REVIEWER, NOW));

        assertThat(resubmitted.status()).isEqualTo(SUBMITTED);
        assertThat(resubmitted.rejectionReason()).isNull();
    }

    @Test
    void verify_withReason_isRefused() {
        Doctor doctor = doctorIn(SUBMITTED);

        assertThatThrownBy(() -> doctor.transition(VERIFIED, "looks fine", null, REVIEWER, NOW))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
    }

    @Test
    void apply_anonymousActor_leavesStatusUpdatedByNull() {
        Doctor doctor = doctorIn(PENDING);

        Doctor submitted = doctor.apply(doctor.transition(SUBMITTED, null, null, new Actor(null, null, "192.0.2.1", "curl"), NOW));

        assertThat(submitted.statusUpdatedBy()).isNull();
        assertThat(submitted.statusUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void apply_changeFromOtherStatus_throwsIllegalArgument() {
        Doctor pending = doctorIn(PENDING);
        StatusChange staleChange = doctorIn(SUBMITTED).transition(VERIFIED, null, null, REVIEWER, NOW);

        assertThatThrownBy(() -> pending.apply(staleChange))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void apply_changeForOtherDoctor_throwsIllegalArgument() {
        Doctor doctor = doctorIn(PENDING);
        StatusChange otherDoctorChange = new StatusChange(new DoctorId(2002), PENDING, SUBMITTED, REVIEWER, null, null, NOW);

        assertThatThrownBy(() -> doctor.apply(otherDoctorChange))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void doctor_verifiedWithoutVerifiedAt_isRejected() {
        Doctor template = doctorIn(SUBMITTED);

        assertThatThrownBy(() -> new Doctor(template.id(), template.personal(), template.profile(), VERIFIED, NOW, "7",
                null, null, true, NOW, NOW, NOW, null, OnboardingSource.MANUAL, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("verified_at");
    }

    @Test
    void deactivate_setsDeletedAtAndInactive() {
        Doctor doctor = doctorIn(SUBMITTED);

        Doctor deleted = doctor.deactivate(NOW);

        assertThat(deleted.active()).isFalse();
        assertThat(deleted.deletedAt()).isEqualTo(NOW);
        assertThat(deleted.updatedAt()).isEqualTo(NOW);
        assertThat(deleted.status()).isEqualTo(SUBMITTED);
    }

    private static ConflictException catchConflict(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(ConflictException.class);
        return (ConflictException) thrown;
    }

    private static ValidationException catchValidation(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
    }
}
