package org.doctoronboarding.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.doctoronboarding.application.port.in.CreateDoctorCommand;
import org.doctoronboarding.application.port.in.CreateDoctorUseCase;
import org.doctoronboarding.application.port.in.DeleteDoctorUseCase;
import org.doctoronboarding.application.port.in.DoctorFilter;
import org.doctoronboarding.application.port.in.GetDoctorQuery;
import org.doctoronboarding.application.port.in.GetStatusHistoryQuery;
import org.doctoronboarding.application.port.in.ListDoctorsQuery;
import org.doctoronboarding.application.port.in.Page;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.in.UpdateDoctorCommand;
import org.doctoronboarding.application.port.in.UpdateDoctorUseCase;
import org.doctoronboarding.application.port.out.DoctorRepository;
import org.doctoronboarding.application.port.out.TransactionRunner;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.NotFoundException;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.Doctor;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.NewDoctor;
import org.doctoronboarding.domain.doctor.Profile;
import org.doctoronboarding.domain.doctor.StatusHistoryEntry;

/** Creates, reads, lists, edits and soft-deletes doctor profiles. */
public final class DoctorService implements CreateDoctorUseCase, GetDoctorQuery, ListDoctorsQuery,
        UpdateDoctorUseCase, DeleteDoctorUseCase, GetStatusHistoryQuery {

    private final DoctorRepository doctors;
    private final TransactionRunner transactions;
    private final Clock clock;

    public DoctorService(DoctorRepository doctors, TransactionRunner transactions, Clock clock) {
        this.doctors = Objects.requireNonNull(doctors, "doctors");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Doctor create(CreateDoctorCommand command) {
        var fields = DoctorFields.apply(null, Profile.empty(), command.fields(), currentYear());
        var draft = new NewDoctor(fields.personal(), fields.profile(), command.source(), command.rawExtractionJson());

        return transactions.inTransaction(() -> doctors.create(draft, now()));
    }

    @Override
    public Doctor get(DoctorId doctorId) {
        return doctors.findActive(doctorId).orElseThrow(() -> NotFoundException.doctor(doctorId.value()));
    }

    @Override
    public Page<Doctor> list(DoctorFilter filter, PageRequest page) {
        return doctors.list(filter, page);
    }

    @Override
    public Doctor update(UpdateDoctorCommand command) {
        return transactions.inTransaction(() -> {
            Doctor current = get(command.doctorId());
            var fields = DoctorFields.apply(current.personal(), current.profile(), command.changes(), currentYear());
            Doctor updated = current.withDetails(fields.personal(), fields.profile(), laterThan(current.updatedAt()));

            if (!doctors.update(updated, current.updatedAt())) {
                throw ConflictException.concurrentUpdate(command.doctorId().value());
            }
            return updated;
        });
    }

    @Override
    public void delete(DoctorId doctorId, Actor actor) {
        boolean deleted = transactions.inTransaction(() -> doctors.softDelete(doctorId, now()));
        if (!deleted) {
            throw NotFoundException.doctor(doctorId.value());
        }
    }

    @Override
    public List<StatusHistoryEntry> history(DoctorId doctorId) {
        get(doctorId);
        return doctors.statusHistory(doctorId);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Returns now, or one microsecond after {@code previous} when the clock has not moved on, so that
     * {@code updated_at} always changes and can guard the next write.
     */
    private Instant laterThan(Instant previous) {
        Instant now = now();
        return now.isAfter(previous) ? now : previous.plus(1, ChronoUnit.MICROS);
    }

    private int currentYear() {
        return clock.instant().atOffset(ZoneOffset.UTC).getYear();
    }
}
