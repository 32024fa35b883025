package org.doctoronboarding.adapter.http;

import java.util.Map;
import org.doctoronboarding.application.port.in.ManageUsersUseCase;
import org.doctoronboarding.application.port.in.Page;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.in.UserFilter;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.user.User;

/** Account administration for route tests that do not use it: every call fails the test. */
final class UnusedUserAdmin implements ManageUsersUseCase {

    @Override
    public Page<User> list(UserFilter filter, PageRequest page, Actor actor) {
        throw new AssertionError("account administration is not part of this test");
    }

    @Override
    public User get(long userId, Actor actor) {
        throw new AssertionError("account administration is not part of this test");
    }

    @Override
    public User create(Map<String, Object> fields, Actor actor) {
        throw new AssertionError("account administration is not part of this test");
    }

    @Override
    public User update(long userId, Map<String, Object> changes, Actor actor) {
        throw new AssertionError("account administration is not part of this test");
    }

    @Override
    public User deactivate(long userId, Actor actor) {
        throw new AssertionError("account administration is not part of this test");
    }

    @Override
    public User createOrPromoteAdmin(String phone, String email) {
        throw new AssertionError("account administration is not part of this test");
    }
}
