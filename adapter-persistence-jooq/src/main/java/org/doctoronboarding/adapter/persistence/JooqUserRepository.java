package org.doctoronboarding.adapter.persistence;

import static org.doctoronboarding.adapter.persistence.JooqDoctorRepository.instant;
import static org.doctoronboarding.adapter.persistence.JooqDoctorRepository.utc;
import static org.doctoronboarding.adapter.persistence.generated.Tables.USERS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doctoronboarding.application.port.in.Page;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.in.UserFilter;
import org.doctoronboarding.application.port.out.UserRepository;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.Email;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.doctoronboarding.domain.user.Role;
import org.doctoronboarding.domain.user.User;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;

/** Stores accounts in the {@code users} table. */
public final class JooqUserRepository implements UserRepository {

    private final DSLContext dsl;
    private final DatabaseDialect dialect;

    public JooqUserRepository(Database database) {
        this.dsl = database.dsl();
        this.dialect = database.dialect();
    }

    @Override
    public User findOrCreate(PhoneNumber phone, Instant at) {
        // The unique key on phone decides between two first sign-ins of one number: one inserts, both read.
        dsl.insertInto(USERS)
                .set(USERS.PHONE, phone.value())
                .set(USERS.ROLE, Role.USER.value())
                .set(USERS.IS_ACTIVE, true)
                .set(USERS.CREATED_AT, utc(at))
                .onConflict(USERS.PHONE).doNothing()
                .execute();
        return findByPhone(phone).orElseThrow(() -> new IllegalStateException("account of " + phone.masked()
                + " vanished right after it was stored"));
    }

    @Override
    public Optional<User> findById(long id) {
        return dsl.select(USERS.fields()).from(USERS).where(USERS.ID.eq((int) id)).fetchOptional(JooqUserRepository::toUser);
    }

    @Override
    public Optional<User> findByPhone(PhoneNumber phone) {
        return dsl.select(USERS.fields()).from(USERS).where(USERS.PHONE.eq(phone.value())).fetchOptional(JooqUserRepository::toUser);
    }

    @Override
    public User create(PhoneNumber phone, Email email, Role role, Instant at) {
        try {
            Integer id = dsl.insertInto(USERS)
                    .set(USERS.PHONE, phone.value())
                    .set(USERS.EMAIL, email == null ? null : email.value())
                    .set(USERS.ROLE, role.value())
                    .set(USERS.IS_ACTIVE, true)
                    .set(USERS.CREATED_AT, utc(at))
                    .set(USERS.UPDATED_AT, utc(at))
                    .returningResult(USERS.ID)
                    .fetchSingle()
                    .value1();
            return new User(id, phone, email, role, true, null, at, at, null);
        } catch (DataAccessException e) {
            throw UniqueViolations.field(e, UniqueViolations.USER_KEYS)
                    .map(field -> ConflictException.of("USER_ALREADY_EXISTS", "Another account already has this " + field + "."))
                    .orElseThrow(() -> e);
        }
    }

    @Override
    public void update(User user) {
        try {
            dsl.update(USERS)
                    .set(USERS.EMAIL, user.email() == null ? null : user.email().value())
                    .set(USERS.ROLE, user.role().value())
                    .set(USERS.IS_ACTIVE, user.active())
                    .set(USERS.DOCTOR_ID, user.doctorId() == null ? null : Math.toIntExact(user.doctorId().value()))
                    .set(USERS.UPDATED_AT, utc(user.updatedAt()))
                    .where(USERS.ID.eq((int) user.id()))
                    .execute();
        } catch (DataAccessException e) {
            throw UniqueViolations.field(e, UniqueViolations.USER_KEYS)
                    .map(field -> ConflictException.of("USER_ALREADY_EXISTS", "Another account already has this " + field + "."))
                    .orElseThrow(() -> e);
        }
    }

    @Override
    public void recordLogin(long id, Instant at) {
        dsl.update(USERS).set(USERS.LAST_LOGIN_AT, utc(at)).where(USERS.ID.eq((int) id)).execute();
    }

    @Override
    public boolean linkDoctor(long userId, DoctorId doctorId, Instant at) {
        return dsl.update(USERS)
                .set(USERS.DOCTOR_ID, Math.toIntExact(doctorId.value()))
                .set(USERS.UPDATED_AT, utc(at))
                .where(USERS.ID.eq((int) userId).and(USERS.DOCTOR_ID.isNull()))
                .execute() == 1;
    }

    @Override
    public int countActiveAdminsForUpdate() {
        var query = dsl.select(USERS.ID).from(USERS)
                .where(USERS.ROLE.eq(Role.ADMIN.value()).and(USERS.IS_ACTIVE.isTrue()));
        // SQLite has no row locks; its transactions hold the database's single write lock from the start.
        return dialect == DatabaseDialect.POSTGRESQL ? query.forUpdate().fetch().size() : query.fetch().size();
    }

    @Override
    public Page<User> list(UserFilter filter, PageRequest page) {
        Condition condition = org.jooq.impl.DSL.trueCondition();
        if (filter.role() != null) {
            condition = condition.and(USERS.ROLE.eq(filter.role().value()));
        }
        if (filter.active() != null) {
            condition = condition.and(USERS.IS_ACTIVE.eq(filter.active()));
        }
        long total = dsl.selectCount().from(USERS).where(condition).fetchSingle(0, Long.class);
        List<User> items = dsl.select(USERS.fields()).from(USERS).where(condition)
                .orderBy(USERS.ID.asc())
                .limit(page.pageSize())
                .offset(page.offset())
                .fetch(JooqUserRepository::toUser);
        return new Page<>(items, page.page(), page.pageSize(), total);
    }

    private static User toUser(Record r) {
        String email = r.get(USERS.EMAIL);
        Integer doctorId = r.get(USERS.DOCTOR_ID);
        return new User(
                r.get(USERS.ID),
                new PhoneNumber(r.get(USERS.PHONE)),
                email == null ? null : new Email(email),
                Role.parse("role", r.get(USERS.ROLE)),
                r.get(USERS.IS_ACTIVE),
                doctorId == null ? null : new DoctorId(doctorId),
                instant(r.get(USERS.CREATED_AT)),
                instant(r.get(USERS.UPDATED_AT)),
                instant(r.get(USERS.LAST_LOGIN_AT)));
    }
}
