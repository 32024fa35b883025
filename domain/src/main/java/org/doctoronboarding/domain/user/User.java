package org.doctoronboarding.domain.user;

import java.time.Instant;
import java.util.Objects;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.Email;
import org.doctoronboarding.domain.doctor.PhoneNumber;

/**
 * An account that signs in with its phone number. A doctor's account is linked to the doctor's profile once
 * they create it; staff accounts usually have no profile.
 *
 * @param email optional
 * @param doctorId the linked profile, or null
 */
public record User(
        long id,
        PhoneNumber phone,
        Email email,
        Role role,
        boolean active,
        DoctorId doctorId,
        Instant createdAt,
        Instant updatedAt,
        Instant lastLoginAt) {

    public User {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Returns this user with the given changes, updated at the given instant. */
    public User with(Email newEmail, Role newRole, boolean newActive, DoctorId newDoctorId, Instant at) {
        return new User(id, phone, newEmail, newRole, newActive, newDoctorId, createdAt, at, lastLoginAt);
    }
}
