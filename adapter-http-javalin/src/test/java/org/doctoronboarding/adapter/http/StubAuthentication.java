package org.doctoronboarding.adapter.http;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.doctoronboarding.application.port.in.AuthenticateUseCase;
import org.doctoronboarding.domain.AccessDeniedException;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.doctoronboarding.domain.user.Role;
import org.doctoronboarding.domain.user.User;

/**
 * Accepts a few fixed tokens, one per kind of caller, so route tests need no real sign-in. A doctor token
 * can be bound to a profile with {@link #linkDoctor}.
 */
final class StubAuthentication implements AuthenticateUseCase {

    static final String ADMIN_TOKEN = "admin-token";
    static final String STAFF_TOKEN = "staff-token";
    static final String DOCTOR_TOKEN = "doctor-token";
    static final String OTHER_DOCTOR_TOKEN = "other-doctor-token";

    private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

    private final Map<String, User> users = new ConcurrentHashMap<>(Map.of(
            ADMIN_TOKEN, user(1, "9000000001", Role.ADMIN),
            STAFF_TOKEN, user(2, "9000000002", Role.OPERATIONAL),
            DOCTOR_TOKEN, user(3, "9000000003", Role.USER),
            OTHER_DOCTOR_TOKEN, user(4, "9000000004", Role.USER)));

    @Override
    public User authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            throw AccessDeniedException.unauthenticated("TOKEN_MISSING", "Sign in first.");
        }
        User user = users.get(bearerToken);
        if (user == null) {
            throw AccessDeniedException.unauthenticated("TOKEN_INVALID", "The access token is not valid; sign in again.");
        }
        return user;
    }

    /** Links the account behind a token to a profile, as creating one does. */
    void linkDoctor(String token, long doctorId) {
        users.computeIfPresent(token, (key, user) -> user.with(user.email(), user.role(), true, new DoctorId(doctorId), CREATED));
    }

    private static User user(long id, String phone, Role role) {
        return new User(id, PhoneNumber.parse(phone), null, role, true, null, CREATED, CREATED, null);
    }
}
