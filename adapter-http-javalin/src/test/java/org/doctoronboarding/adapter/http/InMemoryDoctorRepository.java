package org.doctoronboarding.adapter.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.doctoronboarding.application.port.in.DoctorFilter;
import org.doctoronboarding.application.port.in.Page;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.out.DoctorRepository;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.doctor.Doctor;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.NewDoctor;
import org.doctoronboarding.domain.doctor.OnboardingStatus;
import org.doctoronboarding.domain.doctor.ProfileField;
import org.doctoronboarding.domain.doctor.StatusChange;
import org.doctoronboarding.domain.doctor.StatusHistoryEntry;

/**
 * A {@link DoctorRepository} kept in memory for HTTP tests. Follows the port's contract as the jOOQ adapter
 * does: unique e-mail, phone number and registration number across all rows (soft-deleted ones included,
 * like the database's unique keys), the {@code updated_at} guard on update, the status guard on status
 * changes, and newest-first lists. One lock guards all state, so concurrent requests see atomic writes.
 */
final class InMemoryDoctorRepository implements DoctorRepository {

    private final Object lock = new Object();
    private final Map<Long, Doctor> rows = new LinkedHashMap<>();
    private final Map<Long, List<StatusHistoryEntry>> history = new LinkedHashMap<>();
    private long lastId;

    @Override
    public Doctor create(NewDoctor draft, Instant at) {
        synchronized (lock) {
            Doctor doctor = new Doctor(new DoctorId(lastId + 1), draft.personal(), draft.profile(), OnboardingStatus.PENDING,
                    null, null, null, null, true, at, at, at, null, draft.source(), draft.rawExtractionJson());
            requireUnique(doctor);
            lastId++;
            rows.put(lastId, doctor);
            history.put(lastId, new ArrayList<>());
            return doctor;
        }
    }

    @Override
    public Optional<Doctor> findActive(DoctorId id) {
        synchronized (lock) {
            return Optional.ofNullable(rows.get(id.value())).filter(Doctor::active);
        }
    }

    @Override
    public Page<Doctor> list(DoctorFilter filter, PageRequest page) {
        synchronized (lock) {
            List<Doctor> matching = rows.values().stream()
                    .filter(Doctor::active)
                    .filter(doctor -> matches(doctor, filter))
                    .sorted(Comparator.comparingLong((Doctor doctor) -> doctor.id().value()).reversed())
                    .toList();
            List<Doctor> items = matching.stream().skip(page.offset()).limit(page.pageSize()).toList();
            return new Page<>(items, page.page(), page.pageSize(), matching.size());
        }
    }

    @Override
    public boolean update(Doctor doctor, Instant expectedUpdatedAt) {
        synchronized (lock) {
            Doctor stored = rows.get(doctor.id().value());
            if (stored == null || !stored.active() || !stored.updatedAt().equals(expectedUpdatedAt)) {
                return false;
            }
            requireUnique(doctor);
            rows.put(doctor.id().value(), doctor);
            return true;
        }
    }

    @Override
    public boolean recordStatusChange(StatusChange change, Doctor after) {
        synchronized (lock) {
            Doctor stored = rows.get(change.doctorId().value());
            if (stored == null || !stored.active() || stored.status() != change.previous()) {
                return false;
            }
            rows.put(change.doctorId().value(), after);
            history.get(change.doctorId().value()).add(new StatusHistoryEntry(UUID.randomUUID().toString(),
                    change.doctorId(), change.previous(), change.next(), change.actor().userId(), change.actor().email(),
                    change.reason(), change.notes(), change.actor().ipAddress(), change.actor().userAgent(), change.at()));
            return true;
        }
    }

    @Override
    public boolean softDelete(DoctorId id, Instant at) {
        synchronized (lock) {
            Doctor stored = rows.get(id.value());
            if (stored == null || !stored.active()) {
                return false;
            }
            rows.put(id.value(), stored.deactivate(at));
            return true;
        }
    }

    /** Returns the entries in the order they were recorded, which is oldest first. */
    @Override
    public List<StatusHistoryEntry> statusHistory(DoctorId id) {
        synchronized (lock) {
            return List.copyOf(history.getOrDefault(id.value(), List.of()));
        }
    }

    /** Returns how many doctors are stored, soft-deleted ones included. */
    int size() {
        synchronized (lock) {
            return rows.size();
        }
    }

    /** Throws {@code DOCTOR_ALREADY_EXISTS} when another doctor already has one of the candidate's unique values. */
    private void requireUnique(Doctor candidate) {
        requireUnique(candidate, "email", doctor -> doctor.personal().email().value());
        requireUnique(candidate, "phone_number", doctor -> doctor.personal().phoneNumber().value());
        requireUnique(candidate, "registration_number",
                doctor -> (String) doctor.profile().get(ProfileField.REGISTRATION_NUMBER));
    }

    private void requireUnique(Doctor candidate, String field, Function<Doctor, String> value) {
        String candidateValue = value.apply(candidate);
        if (candidateValue == null) {
            return;
        }
        boolean inUse = rows.values().stream()
                .filter(other -> !other.id().equals(candidate.id()))
                .anyMatch(other -> candidateValue.equals(value.apply(other)));
        if (inUse) {
            throw ConflictException.doctorAlreadyExists(field);
        }
    }

    /** Applies the filter as the jOOQ adapter does: exact case-insensitive specialty and city, substring query. */
    private static boolean matches(Doctor doctor, DoctorFilter filter) {
        if (filter.status() != null && doctor.status() != filter.status()) {
            return false;
        }
        if (filter.specialty() != null && !equalsIgnoreCase(doctor.profile().get(ProfileField.SPECIALTY), filter.specialty())) {
            return false;
        }
        if (filter.city() != null
                && !equalsIgnoreCase(doctor.profile().get(ProfileField.PRIMARY_PRACTICE_LOCATION), filter.city())) {
            return false;
        }
        if (filter.query() == null) {
            return true;
        }
        String query = filter.query().toLowerCase(Locale.ROOT);
        return List.of(
                        Objects.toString(doctor.personal().firstName(), ""),
                        Objects.toString(doctor.personal().lastName(), ""),
                        Objects.toString(doctor.profile().get(ProfileField.FULL_NAME), ""),
                        doctor.personal().email().value(),
                        Objects.toString(doctor.profile().get(ProfileField.REGISTRATION_NUMBER), ""))
                .stream()
                .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(query));
    }

    private static boolean equalsIgnoreCase(Object stored, String expected) {
        return stored instanceof String text && text.equalsIgnoreCase(expected);
    }
}
