package org.doctoronboarding.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.doctoronboarding.adapter.persistence.generated.Tables.OTP_CHALLENGES;
import static org.doctoronboarding.adapter.persistence.generated.Tables.OTP_SENDS;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.doctoronboarding.application.port.in.SignInUseCase.SignedIn;
import org.doctoronboarding.application.service.OtpCodes;
import org.doctoronboarding.application.service.SignInService;
import org.doctoronboarding.domain.AccessDeniedException;
import org.doctoronboarding.domain.DomainException;
import org.doctoronboarding.domain.ExternalServiceException;
import org.doctoronboarding.domain.RateLimitedException;
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
 * The sign-in code rules on a real database: lifetime, single use, the wrong-try budget, the resend
 * cooldown and the hourly limits per number and per IP address. Run once on SQLite and once on PostgreSQL
 * through the subclasses. The class shares one database, so every test uses numbers and IP addresses of
 * its own and a fresh clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SignInContractTest {

    private static final Instant START = Instant.parse("2025-06-02T09:30:00Z");
    private static final byte[] HMAC_KEY = "sign-in-contract-test-key-of-32-bytes-or-more".getBytes();

    /** Numbers and addresses unique within the class, so tests sharing the database never meet. */
    private final AtomicInteger numbers = new AtomicInteger();
    private final AtomicInteger addresses = new AtomicInteger();

    private TestDatabase db;
    private DSLContext dsl;
    private JooqUserRepository users;
    private MutableClock clock;
    private CapturingSms sms;
    private SignInService signIn;
    private String ip;

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
    void wireService() {
        clock = new MutableClock(START);
        sms = new CapturingSms();
        signIn = signInService(sms);
        ip = newIp();
    }

    @Test
    void verify_at4Minutes59_signsIn() {
        PhoneNumber phone = newNumber();
        String code = requestCode(phone);

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        SignedIn signedIn = signIn.verifyCode(phone.value(), code);

        assertThat(signedIn.user().phone()).isEqualTo(phone);
    }

    @Test
    void verify_at5Minutes_isExpired() {
        PhoneNumber phone = newNumber();
        String code = requestCode(phone);

        clock.advance(Duration.ofMinutes(5));

        assertDenied(() -> signIn.verifyCode(phone.value(), code), "OTP_EXPIRED");
    }

    @Test
    void verify_after6Minutes_isExpired() {
        PhoneNumber phone = newNumber();
        String code = requestCode(phone);

        clock.advance(Duration.ofMinutes(6));

        assertDenied(() -> signIn.verifyCode(phone.value(), code), "OTP_EXPIRED");
    }

    @Test
    void verify_numberWithoutCode_isInvalid() {
        PhoneNumber phone = newNumber();

        assertDenied(() -> signIn.verifyCode(phone.value(), "123456"), "OTP_INVALID");
    }

    @Test
    void verify_sameCodeTwice_secondIsInvalid() {
        PhoneNumber phone = newNumber();
        String code = requestCode(phone);
        signIn.verifyCode(phone.value(), code);

        assertDenied(() -> signIn.verifyCode(phone.value(), code), "OTP_INVALID");
    }

    @Test
    void verify_sameCodeConcurrently_oneSucceeds() throws Exception {
        PhoneNumber phone = newNumber();
        String code = requestCode(phone);

        List<String> outcomes = runTogether(10, i -> outcome(() -> signIn.verifyCode(phone.value(), code)));

        assertThat(count(outcomes, "SIGNED_IN")).as("outcomes %s", outcomes).isEqualTo(1);
        assertThat(count(outcomes, "OTP_INVALID")).as("outcomes %s", outcomes).isEqualTo(9);
    }

    @Test
    void verify_fiveWrongCodes_blockTheRightCode() {
        PhoneNumber phone = newNumber();
        String code = requestCode(phone);

        for (int attempt = 1; attempt <= 5; attempt++) {
            int left = 5 - attempt;
            assertThatThrownBy(() -> signIn.verifyCode(phone.value(), wrong(code)))
                    .as("wrong attempt %d", attempt)
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("OTP_INVALID"))
                    .hasMessageContaining(left == 0 ? "no tries are left" : left + (left == 1 ? " try is" : " tries are") + " left");
        }

        assertDenied(() -> signIn.verifyCode(phone.value(), code), "OTP_ATTEMPTS_EXCEEDED");
        assertThat(storedWrongTries(phone)).isEqualTo(5);
    }

    @Test
    void verify_20ConcurrentWrongCodes_countFive() throws Exception {
        PhoneNumber phone = newNumber();
        String code = requestCode(phone);

        List<String> outcomes = runTogether(20, i -> outcome(() -> signIn.verifyCode(phone.value(), wrong(code))));

        assertThat(storedWrongTries(phone)).isEqualTo(5);
        assertThat(count(outcomes, "OTP_INVALID")).as("outcomes %s", outcomes).isEqualTo(5);
        assertThat(count(outcomes, "OTP_ATTEMPTS_EXCEEDED")).as("outcomes %s", outcomes).isEqualTo(15);
        assertDenied(() -> signIn.verifyCode(phone.value(), code), "OTP_ATTEMPTS_EXCEEDED");
    }

    @Test
    void resend_within30Seconds_isRateLimited() {
        PhoneNumber phone = newNumber();
        requestCode(phone);

        assertThatThrownBy(() -> signIn.resendCode(phone.value(), ip))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.code()).isEqualTo("OTP_RESEND_TOO_SOON");
                    assertThat(e.retryAfterSeconds()).isEqualTo(30);
                });

        clock.advance(Duration.ofSeconds(29));
        assertThatThrownBy(() -> signIn.resendCode(phone.value(), ip))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.code()).isEqualTo("OTP_RESEND_TOO_SOON");
                    assertThat(e.retryAfterSeconds()).isEqualTo(1);
                });
        assertThat(sms.sentCount()).isEqualTo(1);
    }

    @Test
    void requestCode_within30Seconds_isRateLimited() {
        PhoneNumber phone = newNumber();
        requestCode(phone);
        clock.advance(Duration.ofSeconds(10));

        assertThatThrownBy(() -> signIn.requestCode(phone.value(), ip))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.code()).isEqualTo("OTP_RESEND_TOO_SOON");
                    assertThat(e.retryAfterSeconds()).isEqualTo(20);
                });
    }

    @Test
    void resend_after30Seconds_replacesTheCode() {
        PhoneNumber phone = newNumber();
        String oldCode = requestCode(phone);

        clock.advance(Duration.ofSeconds(30));
        signIn.resendCode(phone.value(), ip);
        String newCode = sms.lastCode(phone);
        assumeThat(newCode).as("the new code happens to equal the old one").isNotEqualTo(oldCode);

        assertThat(dsl.fetchCount(OTP_CHALLENGES, OTP_CHALLENGES.PHONE.eq(phone.value()))).isEqualTo(1);
        assertDenied(() -> signIn.verifyCode(phone.value(), oldCode), "OTP_INVALID");
        assertThat(signIn.verifyCode(phone.value(), newCode).user().phone()).isEqualTo(phone);
    }

    @Test
    void resend_keepsTheWrongTryCount() {
        PhoneNumber phone = newNumber();
        String oldCode = requestCode(phone);
        for (int attempt = 0; attempt < 4; attempt++) {
            assertDenied(() -> signIn.verifyCode(phone.value(), wrong(oldCode)), "OTP_INVALID");
        }

        clock.advance(Duration.ofSeconds(30));
        signIn.resendCode(phone.value(), ip);
        String newCode = sms.lastCode(phone);

        assertThat(storedWrongTries(phone)).isEqualTo(4);
        assertThatThrownBy(() -> signIn.verifyCode(phone.value(), wrong(newCode)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("OTP_INVALID"))
                .hasMessageContaining("no tries are left");
        assertDenied(() -> signIn.verifyCode(phone.value(), newCode), "OTP_ATTEMPTS_EXCEEDED");
    }

    @Test
    void resend_afterFiveWrongTries_isRejected() {
        PhoneNumber phone = newNumber();
        String code = requestCode(phone);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertDenied(() -> signIn.verifyCode(phone.value(), wrong(code)), "OTP_INVALID");
        }
        clock.advance(Duration.ofSeconds(30));

        assertDenied(() -> signIn.resendCode(phone.value(), ip), "OTP_ATTEMPTS_EXCEEDED");
        assertThat(sms.sentCount()).isEqualTo(1);
    }

    @Test
    void resend_restartsTheCodeLifetime() {
        PhoneNumber phone = newNumber();
        requestCode(phone);
        clock.advance(Duration.ofMinutes(4));
        signIn.resendCode(phone.value(), ip);
        String newCode = sms.lastCode(phone);

        clock.advance(Duration.ofMinutes(4));

        assertThat(signIn.verifyCode(phone.value(), newCode).user().phone()).isEqualTo(phone);
    }

    @Test
    void requestCode_sixthInAnHour_isLimited() {
        PhoneNumber phone = newNumber();
        for (int send = 0; send < 5; send++) {
            signIn.requestCode(phone.value(), ip);
            clock.advance(Duration.ofSeconds(30));
        }

        // Five codes went out at 0, 30, 60, 90 and 120 seconds, and the clock is now at 150 seconds.
        long expectedWait = Duration.ofHours(1).minusSeconds(150).toSeconds();
        assertThatThrownBy(() -> signIn.requestCode(phone.value(), ip))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.code()).isEqualTo("OTP_NUMBER_LIMIT");
                    assertThat(e.retryAfterSeconds()).isEqualTo(expectedWait);
                });
        assertDenied(() -> signIn.resendCode(phone.value(), ip), "OTP_NUMBER_LIMIT");
        assertThat(sms.sentCount()).isEqualTo(5);

        clock.advance(Duration.ofSeconds(expectedWait));
        signIn.requestCode(phone.value(), ip);
        assertThat(sms.sentCount()).isEqualTo(6);
    }

    @Test
    void requestCode_21stNumberPerIp_isLimited() {
        for (int i = 0; i < 20; i++) {
            signIn.requestCode(newNumber().value(), ip);
        }
        PhoneNumber twentyFirst = newNumber();

        assertThatThrownBy(() -> signIn.requestCode(twentyFirst.value(), ip))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.code()).isEqualTo("OTP_CLIENT_LIMIT");
                    assertThat(e.retryAfterSeconds()).isEqualTo(3600);
                });
        assertThat(sms.sentCount()).isEqualTo(20);

        signIn.requestCode(twentyFirst.value(), newIp());
        assertThat(sms.sentCount()).isEqualTo(21);
    }

    @Test
    void requestCode_ipLimit_liftsAfterAnHour() {
        for (int i = 0; i < 20; i++) {
            signIn.requestCode(newNumber().value(), ip);
        }
        PhoneNumber twentyFirst = newNumber();
        assertDenied(() -> signIn.requestCode(twentyFirst.value(), ip), "OTP_CLIENT_LIMIT");

        clock.advance(Duration.ofHours(1));
        signIn.requestCode(twentyFirst.value(), ip);

        assertThat(sms.sentCount()).isEqualTo(21);
    }

    @Test
    void requestCode_smsFails_storesNoChallenge() {
        PhoneNumber phone = newNumber();
        sms.failFromNow();

        assertThatThrownBy(() -> signIn.requestCode(phone.value(), ip))
                .isInstanceOfSatisfying(ExternalServiceException.class, e -> assertThat(e.code()).isEqualTo("SMS_DELIVERY_FAILED"));

        assertThat(dsl.fetchCount(OTP_CHALLENGES, OTP_CHALLENGES.PHONE.eq(phone.value()))).isZero();
        assertThat(dsl.fetchCount(OTP_SENDS, OTP_SENDS.PHONE.eq(phone.value()))).isZero();
    }

    @Test
    void requestCode_afterSmsFailure_worksAtOnce() {
        PhoneNumber phone = newNumber();
        var failing = new CapturingSms();
        failing.failFromNow();
        assertThatThrownBy(() -> signInService(failing).requestCode(phone.value(), ip))
                .isInstanceOf(ExternalServiceException.class);

        String code = requestCode(phone);

        assertThat(signIn.verifyCode(phone.value(), code).user().phone()).isEqualTo(phone);
    }

    @Test
    void requestCode_storesOnlyTheHmac() {
        PhoneNumber phone = newNumber();
        String code = requestCode(phone);

        List<String> hashes = dsl.select(OTP_CHALLENGES.CODE_HASH).from(OTP_CHALLENGES)
                .where(OTP_CHALLENGES.PHONE.eq(phone.value())).fetch(OTP_CHALLENGES.CODE_HASH);

        assertThat(hashes).hasSize(1);
        assertThat(hashes.getFirst()).matches("[0-9a-f]{64}");
        assertThat(hashes.getFirst()).doesNotContain(code);
        assertThat(hashes.getFirst()).isEqualTo(new OtpCodes(HMAC_KEY).hash(phone, code));
        assertThat(hashes.getFirst()).isNotEqualTo(new OtpCodes(HMAC_KEY).hash(newNumber(), code));
    }

    /**
     * A code superseded by a newer request must stay rejected after the newer code is used. Otherwise one
     * request opens a second window, with its own five tries, for a code the user already replaced.
     */
    @Test
    void verify_supersededCode_isRejected() {
        PhoneNumber phone = newNumber();
        String firstCode = requestCode(phone);
        clock.advance(Duration.ofSeconds(30));
        String secondCode = requestCode(phone);
        assumeThat(secondCode).as("the second code happens to equal the first").isNotEqualTo(firstCode);
        signIn.verifyCode(phone.value(), secondCode);

        assertDenied(() -> signIn.verifyCode(phone.value(), firstCode), "OTP_INVALID");
    }

    @Test
    void verify_newNumber_createsUserAccount() {
        PhoneNumber phone = newNumber();
        String code = requestCode(phone);

        SignedIn signedIn = signIn.verifyCode(phone.value(), code);

        User user = signedIn.user();
        assertThat(user.role()).isEqualTo(Role.USER);
        assertThat(user.active()).isTrue();
        assertThat(signedIn.accessToken()).isEqualTo(FakeAccessTokens.tokenFor(user.id()));
        assertThat(signedIn.expiresAt()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(dsl.fetchCount(USERS, USERS.PHONE.eq(phone.value()))).isEqualTo(1);
        assertThat(users.findById(user.id()).orElseThrow().lastLoginAt()).isEqualTo(START);
    }

    @Test
    void verify_eachSignIn_writesLastLoginAt() {
        PhoneNumber phone = newNumber();
        long userId = signInOnce(phone).user().id();
        assertThat(users.findById(userId).orElseThrow().lastLoginAt()).isEqualTo(START);

        clock.advance(Duration.ofHours(2));
        signInOnce(phone);

        assertThat(users.findById(userId).orElseThrow().lastLoginAt()).isEqualTo(START.plus(Duration.ofHours(2)));
    }

    @Test
    void verify_deactivatedAccount_isDisabled() {
        PhoneNumber phone = newNumber();
        User user = signInOnce(phone).user();
        users.update(user.with(user.email(), user.role(), false, user.doctorId(), START));

        clock.advance(Duration.ofMinutes(1));
        String code = requestCode(phone);

        assertDenied(() -> signIn.verifyCode(phone.value(), code), "ACCOUNT_DISABLED");
    }

    @Test
    void verify_deactivatedAccount_keepsLastLoginAt() {
        PhoneNumber phone = newNumber();
        User user = signInOnce(phone).user();
        users.update(user.with(user.email(), user.role(), false, user.doctorId(), START));

        clock.advance(Duration.ofMinutes(1));
        String code = requestCode(phone);
        assertDenied(() -> signIn.verifyCode(phone.value(), code), "ACCOUNT_DISABLED");

        assertThat(users.findById(user.id()).orElseThrow().lastLoginAt()).isEqualTo(START);
    }

    @Test
    void findOrCreate_concurrentCalls_createOneAccount() throws Exception {
        PhoneNumber phone = newNumber();

        List<Long> ids = runTogether(20, i -> users.findOrCreate(phone, START).id());

        assertThat(ids).hasSize(20);
        assertThat(ids.stream().distinct().toList()).hasSize(1);
        assertThat(dsl.fetchCount(USERS, USERS.PHONE.eq(phone.value()))).isEqualTo(1);
    }

    private SignInService signInService(CapturingSms sender) {
        return new SignInService(new JooqOtpChallengeRepository(db.database()), users, sender,
                new FakeAccessTokens(clock), new OtpCodes(HMAC_KEY), new JooqTransactionRunner(db.database()), clock);
    }

    private String requestCode(PhoneNumber phone) {
        signIn.requestCode(phone.value(), ip);
        return sms.lastCode(phone);
    }

    private SignedIn signInOnce(PhoneNumber phone) {
        return signIn.verifyCode(phone.value(), requestCode(phone));
    }

    private int storedWrongTries(PhoneNumber phone) {
        return dsl.select(OTP_CHALLENGES.WRONG_TRIES).from(OTP_CHALLENGES)
                .where(OTP_CHALLENGES.PHONE.eq(phone.value()))
                .fetchSingle(OTP_CHALLENGES.WRONG_TRIES);
    }

    private PhoneNumber newNumber() {
        return new PhoneNumber("+9197" + String.format("%08d", numbers.incrementAndGet()));
    }

    private String newIp() {
        int n = addresses.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    /** Returns a six-digit code that differs from the given one. */
    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private static void assertDenied(ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    /** Returns {@code SIGNED_IN}, or the code of the domain failure the call raised. */
    private static String outcome(Callable<SignedIn> call) throws Exception {
        try {
            call.call();
            return "SIGNED_IN";
        } catch (DomainException e) {
            return e.code();
        }
    }

    private static long count(List<String> outcomes, String outcome) {
        Map<String, Long> counts = outcomes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.getOrDefault(outcome, 0L);
    }

    /** Runs the task on that many threads, released together, and returns the results in thread order. */
    private static <T> List<T> runTogether(int threads, CheckedFunction<Integer, T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.apply(index);
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

    @FunctionalInterface
    private interface CheckedFunction<A, R> {
        R apply(A argument) throws Exception;
    }
}
