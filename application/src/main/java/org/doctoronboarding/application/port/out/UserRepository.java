package org.doctoronboarding.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.doctoronboarding.application.port.in.Page;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.in.UserFilter;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.Email;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.doctoronboarding.domain.user.Role;
import org.doctoronboarding.domain.user.User;

/** Stores the accounts of the {@code users} table. */
public interface UserRepository {

    /**
     * Returns the account of the phone number, creating it with role {@code user} when it does not exist.
     * Two concurrent calls for one number return the same account.
     */
    User findOrCreate(PhoneNumber phone, Instant at);

    Optional<User> findById(long id);

    Optional<User> findByPhone(PhoneNumber phone);

    /**
     * Creates an account.
     *
     * @throws org.doctoronboarding.domain.ConflictException {@code USER_ALREADY_EXISTS} naming the phone or e-mail
     */
    User create(PhoneNumber phone, Email email, Role role, Instant at);

    /**
     * Writes a user's e-mail, role, active flag and profile link.
     *
     * @throws org.doctoronboarding.domain.ConflictException {@code USER_ALREADY_EXISTS} for an e-mail in use
     */
    void update(User user);

    /** Records a successful sign-in. */
    void recordLogin(long id, Instant at);

    /**
     * Links an account to its doctor profile, provided it has none yet.
     *
     * @return false when the account already had a profile
     */
    boolean linkDoctor(long userId, DoctorId doctorId, Instant at);

    /**
     * Counts the active administrators, locking their rows until the transaction ends so that two
     * concurrent demotions cannot both see a second administrator.
     */
    int countActiveAdminsForUpdate();

    /** Lists accounts matching the filter, by id. */
    Page<User> list(UserFilter filter, PageRequest page);
}
