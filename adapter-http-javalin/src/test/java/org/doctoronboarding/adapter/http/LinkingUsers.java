package org.doctoronboarding.adapter.http;

import java.time.Instant;
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

/** Records the profile a doctor creates on the stub accounts; the route tests need nothing else of it. */
final class LinkingUsers implements UserRepository {

    private final StubAuthentication accounts;

    LinkingUsers(StubAuthentication accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean linkDoctor(long userId, DoctorId doctorId, Instant at) {
        String token = userId == 3 ? StubAuthentication.DOCTOR_TOKEN : StubAuthentication.OTHER_DOCTOR_TOKEN;
        accounts.linkDoctor(token, doctorId.value());
        return true;
    }

    @Override
    public User findOrCreate(PhoneNumber phone, Instant at) {
        throw new UnsupportedOperationException("not used by the route tests");
    }

    @Override
    public Optional<User> findById(long id) {
        throw new UnsupportedOperationException("not used by the route tests");
    }

    @Override
    public Optional<User> findByPhone(PhoneNumber phone) {
        throw new UnsupportedOperationException("not used by the route tests");
    }

    @Override
    public User create(PhoneNumber phone, Email email, Role role, Instant at) {
        throw new UnsupportedOperationException("not used by the route tests");
    }

    @Override
    public void update(User user) {
        throw new UnsupportedOperationException("not used by the route tests");
    }

    @Override
    public void recordLogin(long id, Instant at) {
        throw new UnsupportedOperationException("not used by the route tests");
    }

    @Override
    public int countActiveAdminsForUpdate() {
        throw new UnsupportedOperationException("not used by the route tests");
    }

    @Override
    public Page<User> list(UserFilter filter, PageRequest page) {
        throw new UnsupportedOperationException("not used by the route tests");
    }
}
