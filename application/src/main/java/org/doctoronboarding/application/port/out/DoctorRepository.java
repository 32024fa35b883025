package org.doctoronboarding.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doctoronboarding.application.port.in.DoctorFilter;
import org.doctoronboarding.application.port.in.Page;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.domain.doctor.Doctor;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.NewDoctor;
import org.doctoronboarding.domain.doctor.StatusChange;
import org.doctoronboarding.domain.doctor.StatusHistoryEntry;

/**
 * Stores doctors across {@code doctor_identity}, {@code doctor_details} and the legacy {@code doctors} mirror,
 * always writing all three with one doctor number. Callers wrap calls in a {@link TransactionRunner} when
 * several must commit together; each method is atomic on its own.
 */
public interface DoctorRepository {

    /**
     * Stores a new doctor with the next number from {@code doctor_id_seq}, in status {@code pending}.
     *
     * @param at the creation instant, written to every timestamp of the new rows
     * @throws org.doctoronboarding.domain.ConflictException {@code DOCTOR_ALREADY_EXISTS} naming the field when
     *     the e-mail, phone number or registration number belongs to another doctor
     */
    Doctor create(NewDoctor doctor, Instant at);

    /** Finds a doctor that has not been soft-deleted. */
    Optional<Doctor> findActive(DoctorId id);

    /** Lists active doctors matching the filter, newest first (by doctor number, descending). */
    Page<Doctor> list(DoctorFilter filter, PageRequest page);

    /**
     * Writes a doctor's personal details and profile, provided no other write changed it since it was read.
     *
     * @param expectedUpdatedAt the {@code updated_at} the caller read; the write is refused when it differs
     * @return false when the guard failed (a concurrent change won), true when the rows were written
     * @throws org.doctoronboarding.domain.ConflictException {@code DOCTOR_ALREADY_EXISTS} on a duplicate unique value
     */
    boolean update(Doctor doctor, Instant expectedUpdatedAt);

    /**
     * Applies an accepted status transition and appends its history row, provided the stored status is still
     * {@code change.previous()}.
     *
     * @param after the doctor as it is after the change (its status fields are written)
     * @return false when the stored status was no longer {@code change.previous()}; nothing is written then
     */
    boolean recordStatusChange(StatusChange change, Doctor after);

    /**
     * Soft-deletes a doctor: {@code is_active} false and {@code deleted_at} set in every table.
     *
     * @return false when no active doctor has this number
     */
    boolean softDelete(DoctorId id, Instant at);

    /** Returns a doctor's status history, oldest first. */
    List<StatusHistoryEntry> statusHistory(DoctorId id);
}
