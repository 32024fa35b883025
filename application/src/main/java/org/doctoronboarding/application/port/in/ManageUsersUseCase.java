package org.doctoronboarding.application.port.in;

import java.util.Map;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.user.User;

/** Account administration, for administrators. */
public interface ManageUsersUseCase {

    Page<User> list(UserFilter filter, PageRequest page, Actor actor);

    User get(long userId, Actor actor);

    /** Creates an account from {@code phone}, optional {@code email} and {@code role} (default {@code user}). */
    User create(Map<String, Object> fields, Actor actor);

    /** Changes {@code role}, {@code is_active}, {@code email} or {@code doctor_id}; a null e-mail or link clears it. */
    User update(long userId, Map<String, Object> changes, Actor actor);

    /** Deactivates an account; it can no longer sign in or use its tokens. */
    User deactivate(long userId, Actor actor);

    /** Creates an administrator, or promotes and reactivates the account of that phone number. */
    User createOrPromoteAdmin(String phone, String email);
}
