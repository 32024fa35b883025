package org.doctoronboarding.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.doctoronboarding.application.port.out.UserRepository;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.NotFoundException;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.Doctor;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.NewDoctor;
import org.doctoronboarding.domain.doctor.Profile;
import org.doctoronboarding.domain.doctor.ProfileField;
import org.doctoronboarding.domain.doctor.StatusHistoryEntry;
import org.doctoronboarding.domain.user.Role;

/** Creates, reads, lists, edits and soft-deletes doctor profiles. */
public final class DoctorService implements CreateDoctorUseCase, GetDoctorQuery, ListDoctorsQuery,
        UpdateDoctorUseCase, DeleteDoctorUseCase, GetStatusHistoryQuery {

    private final DoctorRepository doctors;
    private final UserRepository users;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final Consumer<Long> accountChanged;
    private final ProfileProposals proposals;

    /** Receives the dropdown-field values of each written profile, to propose the unknown ones for review. */
    @FunctionalInterface
    public interface ProfileProposals {

        /** Proposes unmatched values of the changed fields, in the caller's transaction. */
        void propose(Profile profile, Collection<ProfileField> changed, Actor actor);

        /** Proposes nothing, for embedders without a catalogue. */
        static ProfileProposals none() {
            return (profile, changed, actor) -> { };
        }
    }

    /**
     * @param accountChanged receives the id of an account whose profile link changed, so caches can drop it
     * @param proposals receives every profile written, to propose unknown dropdown values
     */
    public DoctorService(DoctorRepository doctors, UserRepository users, TransactionRunner transactions, Clock clock,
            Consumer<Long> accountChanged, ProfileProposals proposals) {
        this.doctors = Objects.requireNonNull(doctors, "doctors");
        this.users = Objects.requireNonNull(users, "users");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.accountChanged = Objects.requireNonNull(accountChanged, "accountChanged");
        this.proposals = Objects.requireNonNull(proposals, "proposals");
    }

    @Override
    public Doctor create(CreateDoctorCommand command) {
        Actor actor = command.actor();
        boolean ownProfile = !actor.trusted() && actor.role() == Role.USER;
        if (ownProfile && actor.doctorId() != null) {
            throw profileExists(actor);
        }
        var fields = DoctorFields.apply(null, Profile.empty(), command.fields(), currentYear());
        var draft = new NewDoctor(fields.personal(), fields.profile(), command.source(), command.rawExtractionJson());

        Doctor created = transactions.inTransaction(() -> {
            Instant now = now();
            Doctor doctor = doctors.create(draft, now);
            if (ownProfile && !users.linkDoctor(Long.parseLong(actor.userId()), doctor.id(), now)) {
                throw profileExists(actor);
            }
            proposals.propose(doctor.profile(), doctor.profile().values().keySet(), actor);
            return doctor;
        });
        if (ownProfile) {
            accountChanged.accept(Long.parseLong(actor.userId()));
        }
        return created;
    }

    @Override
    public Doctor get(DoctorId doctorId, Actor actor) {
        AccessRules.requireVisible(actor, doctorId);
        return load(doctorId);
    }

    @Override
    public Page<Doctor> list(DoctorFilter filter, PageRequest page, Actor actor) {
        AccessRules.requireStaff(actor, "list doctors");
        return doctors.list(filter, page);
    }

    @Override
    public Doctor update(UpdateDoctorCommand command) {
        AccessRules.requireVisible(command.actor(), command.doctorId());
        return transactions.inTransaction(() -> {
            Doctor current = load(command.doctorId());
            var fields = DoctorFields.apply(current.personal(), current.profile(), command.changes(), currentYear());
            Doctor updated = current.withDetails(fields.personal(), fields.profile(), laterThan(current.updatedAt()));

            if (!doctors.update(updated, current.updatedAt())) {
                throw ConflictException.concurrentUpdate(command.doctorId().value());
            }
            proposals.propose(updated.profile(), changedFields(command), command.actor());
            return updated;
        });
    }

    @Override
    public void delete(DoctorId doctorId, Actor actor) {
        AccessRules.requireStaff(actor, "delete doctors");
        boolean deleted = transactions.inTransaction(() -> doctors.softDelete(doctorId, now()));
        if (!deleted) {
            throw NotFoundException.doctor(doctorId.value());
        }
    }

    @Override
    public List<StatusHistoryEntry> history(DoctorId doctorId, Actor actor) {
        get(doctorId, actor);
        return doctors.statusHistory(doctorId);
    }

    private static List<ProfileField> changedFields(UpdateDoctorCommand command) {
        return command.changes().keySet().stream().map(ProfileField::byColumn).flatMap(Optional::stream).toList();
    }

    private Doctor load(DoctorId doctorId) {
        return doctors.findActive(doctorId).orElseThrow(() -> NotFoundException.doctor(doctorId.value()));
    }

    private static ConflictException profileExists(Actor actor) {
        return ConflictException.of("PROFILE_ALREADY_EXISTS", "Account " + actor.userId()
                + " already has a doctor profile; update it instead of creating another.");
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
