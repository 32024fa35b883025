package org.doctoronboarding.adapter.http;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.doctoronboarding.application.port.in.Page;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.in.UserFilter;
import org.doctoronboarding.application.port.out.UserRepository;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.Email;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.doctoronboarding.domain.user.Role;
import org.doctoronboarding.domain.user.User;

/** Keeps accounts in a map by id. Listing, profile links and the administrator count are not supported. */
final class InMemoryUsers implements UserRepository {

    private final Map<Long, User> byId = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized User findOrCreate(PhoneNumber phone, Instant at) {
        return findByPhone(phone).orElseGet(() -> create(phone, null, Role.USER, at));
    }

    @Override
    public synchronized Optional<User> findById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<User> findByPhone(PhoneNumber phone) {
        return byId.values().stream().filter(user -> user.phone().equals(phone)).findFirst();
    }

    @Override
    public synchronized User create(PhoneNumber phone, Email email, Role role, Instant at) {
        User user = new User(++lastId, phone, email, role, true, null, at, at, null);
        byId.put(user.id(), user);
        return user;
    }

    @Override
    public synchronized void update(User user) {
        byId.put(user.id(), user);
    }

    @Override
    public synchronized void recordLogin(long id, Instant at) {
        User user = byId.get(id);
        byId.put(id, new User(user.id(), user.phone(), user.email(), user.role(), user.active(), user.doctorId(),
                user.createdAt(), user.updatedAt(), at));
    }

    /** Returns how many accounts exist. */
    synchronized int count() {
        return byId.size();
    }

    @Override
    public boolean linkDoctor(long userId, DoctorId doctorId, Instant at) {
        throw new UnsupportedOperationException("not used by the sign-in route tests");
    }

    @Override
    public int countActiveAdminsForUpdate() {
        throw new UnsupportedOperationException("not used by the sign-in route tests");
    }

    @Override
    public Page<User> list(UserFilter filter, PageRequest page) {
        throw new UnsupportedOperationException("not used by the sign-in route tests");
    }
}
