package org.doctoronboarding.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doctoronboarding.adapter.persistence.generated.Tables.USERS;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.in.UserFilter;
import org.doctoronboarding.application.service.AuthenticationService;
import org.doctoronboarding.application.service.UserAdminService;
import org.doctoronboarding.domain.AccessDeniedException;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.DomainException;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.doctoronboarding.domain.user.Role;
import org.doctoronboarding.domain.user.User;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The account rules on a real database: administrators cannot lock themselves or everyone out, phone and
 * e-mail stay unique, and only administrators manage accounts. Authentication applies a changed account at once
 * on the node that changed it and within the cache lifetime on other nodes. Run once on SQLite and once on
 * PostgreSQL through the subclasses. Before each test the {@code users} table is reset to the seeded
 * administrator alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccountContractTest {

    private static final Instant START = Instant.parse("2025-06-02T09:30:00Z");
    private static final Duration CACHE_TTL = Duration.ofSeconds(30);
    private static final Actor SYSTEM = Actor.system();

    private final AtomicInteger numbers = new AtomicInteger();

    private TestDatabase db;
    private DSLContext dsl;
    private JooqUserRepository users;
    private MutableClock clock;
    private User seededAdmin;

    abstract DatabaseDialect dialect();

    @BeforeAll
    void openDatabase() {
        db = TestDatabase.create(dialect());
        dsl = db.database().dsl();
        users = new JooqUserRepository(db.database());
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void resetAccounts() {
        clock = new MutableClock(START);
        dsl.deleteFrom(USERS).where(USERS.PHONE.ne(TestDatabase.ADMIN_PHONE)).execute();
        dsl.update(USERS)
                .set(USERS.ROLE, Role.ADMIN.value())
                .set(USERS.IS_ACTIVE, true)
                .set(USERS.EMAIL, TestDatabase.ADMIN_EMAIL)
                .where(USERS.PHONE.eq(TestDatabase.ADMIN_PHONE)).execute();
        seededAdmin = users.findByPhone(new PhoneNumber(TestDatabase.ADMIN_PHONE)).orElseThrow();
    }

    @Test
    void update_lastAdmin_cannotBeDemoted() {
        UserAdminService admin = adminService(id -> { });

        assertConflict(() -> admin.update(seededAdmin.id(), Map.of("role", "operational"), SYSTEM), "LAST_ADMIN");

        assertThat(stored(seededAdmin).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void deactivate_lastAdmin_isRejected() {
        UserAdminService admin = adminService(id -> { });

        assertConflict(() -> admin.deactivate(seededAdmin.id(), SYSTEM), "LAST_ADMIN");

        assertThat(stored(seededAdmin).active()).isTrue();
    }

    @Test
    void deactivate_secondAdmin_leavesLastAdminProtected() {
        UserAdminService admin = adminService(id -> { });
        User second = admin.createOrPromoteAdmin(newNumber().value(), null);

        admin.deactivate(second.id(), actor(seededAdmin));

        assertThat(stored(second).active()).isFalse();
        // Requests of the second administrator still carry the admin role until the account cache expires.
        assertConflict(() -> admin.deactivate(seededAdmin.id(), actor(second)), "LAST_ADMIN");
        assertThat(stored(seededAdmin).active()).isTrue();
    }

    @Test
    void update_ownAdminAccount_isRejected() {
        UserAdminService admin = adminService(id -> { });
        admin.createOrPromoteAdmin(newNumber().value(), null);
        Actor self = actor(seededAdmin);

        assertConflict(() -> admin.update(seededAdmin.id(), Map.of("role", "user"), self), "SELF_CHANGE_NOT_ALLOWED");
        assertConflict(() -> admin.update(seededAdmin.id(), Map.of("is_active", false), self), "SELF_CHANGE_NOT_ALLOWED");
        assertConflict(() -> admin.deactivate(seededAdmin.id(), self), "SELF_CHANGE_NOT_ALLOWED");

        assertThat(stored(seededAdmin).role()).isEqualTo(Role.ADMIN);
        assertThat(stored(seededAdmin).active()).isTrue();
    }

    @Test
    void update_ownEmail_isAllowed() {
        UserAdminService admin = adminService(id -> { });

        admin.update(seededAdmin.id(), Map.of("email", "lead@example.com"), actor(seededAdmin));

        assertThat(stored(seededAdmin).email().value()).isEqualTo("lead@example.com");
    }

    @Test
    void update_adminsDemoteEachOther_keepOneAdmin() throws Exception {
        UserAdminService admin = adminService(id -> { });
        User second = admin.createOrPromoteAdmin(newNumber().value(), null);

        for (int round = 1; round <= 10; round++) {
            List<String> outcomes = runTogether(List.of(
                    () -> outcome(() -> admin.update(second.id(), Map.of("role", "operational"), actor(seededAdmin))),
                    () -> outcome(() -> admin.update(seededAdmin.id(), Map.of("role", "operational"), actor(second)))));

            assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("UPDATED", "LAST_ADMIN");
            assertThat(activeAdmins()).as("round %d", round).isEqualTo(1);

            admin.createOrPromoteAdmin(second.phone().value(), null);
            admin.createOrPromoteAdmin(seededAdmin.phone().value(), null);
        }
    }

    @Test
    void create_duplicatePhone_isRejected() {
        UserAdminService admin = adminService(id -> { });
        int before = dsl.fetchCount(USERS);

        assertConflict(() -> admin.create(Map.of("phone", TestDatabase.ADMIN_PHONE), SYSTEM), "USER_ALREADY_EXISTS");

        assertThat(dsl.fetchCount(USERS)).isEqualTo(before);
    }

    @Test
    void create_duplicateEmail_isRejected() {
        UserAdminService admin = adminService(id -> { });
        int before = dsl.fetchCount(USERS);
        Map<String, Object> fields = Map.of("phone", newNumber().value(), "email", TestDatabase.ADMIN_EMAIL.toUpperCase());

        assertConflict(() -> admin.create(fields, SYSTEM), "USER_ALREADY_EXISTS");

        assertThat(dsl.fetchCount(USERS)).isEqualTo(before);
    }

    @Test
    void update_emailOfAnotherAccount_isRejected() {
        UserAdminService admin = adminService(id -> { });
        User staff = admin.create(Map.of("phone", newNumber().value(), "role", "operational"), SYSTEM);

        assertConflict(() -> admin.update(staff.id(), Map.of("email", TestDatabase.ADMIN_EMAIL), SYSTEM),
                "USER_ALREADY_EXISTS");

        assertThat(stored(staff).email()).isNull();
    }

    @Test
    void createOrPromoteAdmin_newNumber_createsAdmin() {
        UserAdminService admin = adminService(id -> { });
        PhoneNumber phone = newNumber();

        User created = admin.createOrPromoteAdmin(phone.value(), "second.admin@example.com");

        User read = stored(created);
        assertThat(read.phone()).isEqualTo(phone);
        assertThat(read.role()).isEqualTo(Role.ADMIN);
        assertThat(read.active()).isTrue();
        assertThat(read.email().value()).isEqualTo("second.admin@example.com");
        assertThat(activeAdmins()).isEqualTo(2);
    }

    @Test
    void createOrPromoteAdmin_deactivatedUser_reactivates() {
        UserAdminService admin = adminService(id -> { });
        User doctor = admin.create(Map.of("phone", newNumber().value(), "email", "doctor@example.com"), SYSTEM);
        admin.deactivate(doctor.id(), SYSTEM);

        User promoted = admin.createOrPromoteAdmin(doctor.phone().value(), null);

        User read = stored(doctor);
        assertThat(promoted.id()).isEqualTo(doctor.id());
        assertThat(read.role()).isEqualTo(Role.ADMIN);
        assertThat(read.active()).isTrue();
        assertThat(read.email().value()).isEqualTo("doctor@example.com");
        assertThat(dsl.fetchCount(USERS, USERS.PHONE.eq(doctor.phone().value()))).isEqualTo(1);
    }

    @Test
    void manageUsers_operationalActor_isForbidden() {
        UserAdminService admin = adminService(id -> { });
        User staff = admin.create(Map.of("phone", newNumber().value(), "role", "operational"), SYSTEM);
        Actor operational = actor(staff);

        assertForbidden(() -> admin.list(new UserFilter(null, null), PageRequest.first(), operational));
        assertForbidden(() -> admin.get(seededAdmin.id(), operational));
        assertForbidden(() -> admin.create(Map.of("phone", newNumber().value()), operational));
        assertForbidden(() -> admin.update(staff.id(), Map.of("role", "admin"), operational));
        assertForbidden(() -> admin.deactivate(seededAdmin.id(), operational));

        assertThat(stored(staff).role()).isEqualTo(Role.OPERATIONAL);
        assertThat(stored(seededAdmin).active()).isTrue();
    }

    @Test
    void authenticate_deactivatedWithForget_isDisabledAtOnce() {
        AuthenticationService authentication = authenticationService(CACHE_TTL);
        UserAdminService admin = adminService(authentication::forget);
        User doctor = admin.create(Map.of("phone", newNumber().value()), SYSTEM);
        assertThat(authentication.authenticate(FakeAccessTokens.tokenFor(doctor.id())).active()).isTrue();

        admin.deactivate(doctor.id(), actor(seededAdmin));

        assertDenied(() -> authentication.authenticate(FakeAccessTokens.tokenFor(doctor.id())), "ACCOUNT_DISABLED");
    }

    @Test
    void authenticate_demotedWithForget_seesRoleAtOnce() {
        AuthenticationService authentication = authenticationService(CACHE_TTL);
        UserAdminService admin = adminService(authentication::forget);
        User staff = admin.create(Map.of("phone", newNumber().value(), "role", "operational"), SYSTEM);
        assertThat(authentication.authenticate(FakeAccessTokens.tokenFor(staff.id())).role()).isEqualTo(Role.OPERATIONAL);

        admin.update(staff.id(), Map.of("role", "user"), actor(seededAdmin));

        assertThat(authentication.authenticate(FakeAccessTokens.tokenFor(staff.id())).role()).isEqualTo(Role.USER);
    }

    @Test
    void authenticate_changeOnOtherNode_seenAfterTtl() {
        AuthenticationService authentication = authenticationService(CACHE_TTL);
        UserAdminService otherNode = adminService(id -> { });
        User staff = otherNode.create(Map.of("phone", newNumber().value(), "role", "operational"), SYSTEM);
        String token = FakeAccessTokens.tokenFor(staff.id());
        assertThat(authentication.authenticate(token).role()).isEqualTo(Role.OPERATIONAL);

        otherNode.update(staff.id(), Map.of("role", "user"), actor(seededAdmin));
        clock.advance(CACHE_TTL.minusSeconds(1));
        assertThat(authentication.authenticate(token).role()).isEqualTo(Role.OPERATIONAL);

        clock.advance(Duration.ofSeconds(1));
        assertThat(authentication.authenticate(token).role()).isEqualTo(Role.USER);
    }

    @Test
    void authenticate_deactivatedOnOtherNode_disabledAfterTtl() {
        AuthenticationService authentication = authenticationService(CACHE_TTL);
        UserAdminService otherNode = adminService(id -> { });
        User doctor = otherNode.create(Map.of("phone", newNumber().value()), SYSTEM);
        String token = FakeAccessTokens.tokenFor(doctor.id());
        authentication.authenticate(token);

        otherNode.deactivate(doctor.id(), actor(seededAdmin));
        clock.advance(CACHE_TTL.minusSeconds(1));
        assertThat(authentication.authenticate(token).active()).isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertDenied(() -> authentication.authenticate(token), "ACCOUNT_DISABLED");
    }

    @Test
    void authenticate_zeroTtl_seesChangeAtOnce() {
        AuthenticationService authentication = authenticationService(Duration.ZERO);
        UserAdminService otherNode = adminService(id -> { });
        User staff = otherNode.create(Map.of("phone", newNumber().value(), "role", "operational"), SYSTEM);
        String token = FakeAccessTokens.tokenFor(staff.id());
        authentication.authenticate(token);

        otherNode.update(staff.id(), Map.of("role", "user"), actor(seededAdmin));
        assertThat(authentication.authenticate(token).role()).isEqualTo(Role.USER);

        otherNode.deactivate(staff.id(), actor(seededAdmin));
        assertDenied(() -> authentication.authenticate(token), "ACCOUNT_DISABLED");
    }

    @Test
    void authenticationService_ttlOver30Seconds_isRejected() {
        assertThatThrownBy(() -> authenticationService(Duration.ofSeconds(31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT31S");
    }

    private UserAdminService adminService(Consumer<Long> accountChanged) {
        return new UserAdminService(users, new JooqDoctorRepository(db.database()), new JooqTransactionRunner(db.database()),
                clock, accountChanged);
    }

    private AuthenticationService authenticationService(Duration ttl) {
        return new AuthenticationService(new FakeAccessTokens(clock), users, clock, ttl);
    }

    private User stored(User user) {
        return users.findById(user.id()).orElseThrow();
    }

    private int activeAdmins() {
        return dsl.fetchCount(USERS, USERS.ROLE.eq(Role.ADMIN.value()).and(USERS.IS_ACTIVE.isTrue()));
    }

    private PhoneNumber newNumber() {
        return new PhoneNumber("+9196" + String.format("%08d", numbers.incrementAndGet()));
    }

    /** Returns the actor a signed-in request of this account carries, with the role it had when loaded. */
    private static Actor actor(User user) {
        String email = user.email() == null ? null : user.email().value();
        return new Actor(String.valueOf(user.id()), email, user.role(), user.doctorId(), "203.0.113.7", "junit");
    }

    private static void assertConflict(ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static void assertDenied(ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static void assertForbidden(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo("FORBIDDEN");
                    assertThat(e.authenticated()).isTrue();
                });
    }

    /** Returns {@code UPDATED}, or the code of the domain failure the call raised. */
    private static String outcome(Callable<User> call) throws Exception {
        try {
            call.call();
            return "UPDATED";
        } catch (DomainException e) {
            return e.code();
        }
    }

    /** Runs the tasks on threads of their own, released together, and returns the results in task order. */
    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
