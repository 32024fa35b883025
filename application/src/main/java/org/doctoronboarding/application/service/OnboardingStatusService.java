package org.doctoronboarding.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.doctoronboarding.application.port.in.RejectDoctorUseCase;
import org.doctoronboarding.application.port.in.StatusCommand;
import org.doctoronboarding.application.port.in.SubmitProfileUseCase;
import org.doctoronboarding.application.port.in.VerifyDoctorUseCase;
import org.doctoronboarding.application.port.out.DoctorRepository;
import org.doctoronboarding.application.port.out.TransactionRunner;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.NotFoundException;
import org.doctoronboarding.domain.doctor.Doctor;
import org.doctoronboarding.domain.doctor.OnboardingStatus;
import org.doctoronboarding.domain.doctor.StatusChange;

/**
 * Moves profiles through review. The stored status guards each write, so of two conflicting transitions
 * on one doctor exactly one is recorded and the other is refused with {@code STATUS_CHANGED}.
 */
public final class OnboardingStatusService implements SubmitProfileUseCase, VerifyDoctorUseCase, RejectDoctorUseCase {

    private final DoctorRepository doctors;
    private final TransactionRunner transactions;
    private final Clock clock;

    public OnboardingStatusService(DoctorRepository doctors, TransactionRunner transactions, Clock clock) {
        this.doctors = Objects.requireNonNull(doctors, "doctors");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Doctor submit(StatusCommand command) {
        AccessRules.requireVisible(command.actor(), command.doctorId());
        return move(command, OnboardingStatus.SUBMITTED);
    }

    @Override
    public Doctor verify(StatusCommand command) {
        AccessRules.requireStaff(command.actor(), "verify doctors");
        return move(command, OnboardingStatus.VERIFIED);
    }

    @Override
    public Doctor reject(StatusCommand command) {
        AccessRules.requireStaff(command.actor(), "reject doctors");
        return move(command, OnboardingStatus.REJECTED);
    }

    private Doctor move(StatusCommand command, OnboardingStatus target) {
        return transactions.inTransaction(() -> {
            Doctor current = load(command);
            if (command.expectedStatus() != null && command.expectedStatus() != current.status()) {
                throw ConflictException.statusChanged(current.id().value(), command.expectedStatus().value(),
                        current.status().value());
            }
            Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            StatusChange change = current.transition(target, command.reason(), command.notes(), command.actor(), at);
            Doctor after = current.apply(change);

            if (!doctors.recordStatusChange(change, after)) {
                throw lostRace(command, current.status());
            }
            return after;
        });
    }

    private Doctor load(StatusCommand command) {
        return doctors.findActive(command.doctorId())
                .orElseThrow(() -> NotFoundException.doctor(command.doctorId().value()));
    }

    /** Explains a lost race in terms of the status the winning transition left behind. */
    private ConflictException lostRace(StatusCommand command, OnboardingStatus seen) {
        OnboardingStatus now = load(command).status();
        return ConflictException.statusChanged(command.doctorId().value(), seen.value(), now.value());
    }
}
