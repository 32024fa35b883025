package org.doctoronboarding.domain.doctor;

/** The one doctor number used in every table and in the API, drawn from {@code doctor_id_seq}. */
public record DoctorId(long value) {

    public DoctorId {
        if (value <= 0) {
            throw new IllegalArgumentException("doctor_id must be a positive number, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
