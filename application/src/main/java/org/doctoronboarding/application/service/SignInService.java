package org.doctoronboarding.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.doctoronboarding.application.port.in.SignInUseCase;
import org.doctoronboarding.application.port.out.AccessTokens;
import org.doctoronboarding.application.port.out.OtpChallengeRepository;
import org.doctoronboarding.application.port.out.OtpChallengeRepository.OtpChallenge;
import org.doctoronboarding.application.port.out.OtpChallengeRepository.SendCount;
import org.doctoronboarding.application.port.out.SmsSender;
import org.doctoronboarding.application.port.out.TransactionRunner;
import org.doctoronboarding.application.port.out.UserRepository;
import org.doctoronboarding.domain.AccessDeniedException;
import org.doctoronboarding.domain.RateLimitedException;
import org.doctoronboarding.domain.ValidationException;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.doctoronboarding.domain.user.User;

/**
 * Signs users in with a one-time code. A code is valid for five minutes, is used once, and is dead after
 * five wrong tries. A resend waits thirty seconds and keeps the wrong tries. A number receives at most five
 * codes an hour, and one IP address may request at most twenty codes an hour.
 */
public final class SignInService implements SignInUseCase {

    public static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    public static final int MAX_WRONG_TRIES = 5;
    public static final Duration RESEND_COOLDOWN = Duration.ofSeconds(30);
    public static final int MAX_CODES_PER_NUMBER_PER_HOUR = 5;
    public static final int MAX_CODES_PER_IP_PER_HOUR = 20;

    private static final Duration HOUR = Duration.ofHours(1);
    private static final String FIELD = "mobile_number";

    private final OtpChallengeRepository challenges;
    private final UserRepository users;
    private final SmsSender sms;
    private final AccessTokens tokens;
    private final OtpCodes codes;
    private final TransactionRunner transactions;
    private final Clock clock;

    public SignInService(OtpChallengeRepository challenges, UserRepository users, SmsSender sms, AccessTokens tokens,
            OtpCodes codes, TransactionRunner transactions, Clock clock) {
        this.challenges = Objects.requireNonNull(challenges, "challenges");
        this.users = Objects.requireNonNull(users, "users");
        this.sms = Objects.requireNonNull(sms, "sms");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void requestCode(String mobileNumber, String ipAddress) {
        PhoneNumber phone = PhoneNumber.parse(FIELD, mobileNumber);
        Instant now = now();
        challenges.latestUnused(phone).ifPresent(pending -> checkCooldown(pending, now));
        checkHourlyLimits(phone, ipAddress, now);

        String code = codes.newCode();
        sms.send(phone, message(code));

        var challenge = new OtpChallenge(UUID.randomUUID().toString(), phone, codes.hash(phone, code), now, now,
                now.plus(CODE_LIFETIME), 0);
        transactions.inTransaction(() -> {
            challenges.create(challenge, ipAddress);
            return null;
        });
    }

    @Override
    public void resendCode(String mobileNumber, String ipAddress) {
        PhoneNumber phone = PhoneNumber.parse(FIELD, mobileNumber);
        Instant now = now();
        Optional<OtpChallenge> pending = challenges.latestUnused(phone).filter(c -> now.isBefore(c.expiresAt()));
        if (pending.isEmpty()) {
            requestCode(mobileNumber, ipAddress);
            return;
        }
        OtpChallenge challenge = pending.get();
        if (challenge.wrongTries() >= MAX_WRONG_TRIES) {
            throw attemptsExceeded();
        }
        checkCooldown(challenge, now);
        checkHourlyLimits(phone, ipAddress, now);

        String code = codes.newCode();
        sms.send(phone, message(code));

        transactions.inTransaction(() -> {
            challenges.replaceCode(challenge.id(), codes.hash(phone, code), now, now.plus(CODE_LIFETIME), phone, ipAddress);
            return null;
        });
    }

    @Override
    public SignedIn verifyCode(String mobileNumber, String code) {
        PhoneNumber phone = PhoneNumber.parse(FIELD, mobileNumber);
        if (code == null || !code.matches("\\d{6}")) {
            throw ValidationException.of("otp", "must be the 6-digit code from the SMS");
        }
        Instant now = now();
        OtpChallenge challenge = challenges.latestUnused(phone).orElseThrow(() -> AccessDeniedException.unauthenticated(
                "OTP_INVALID", "No code is pending for this number; request a new one."));
        if (challenge.wrongTries() >= MAX_WRONG_TRIES) {
            throw attemptsExceeded();
        }
        if (!now.isBefore(challenge.expiresAt())) {
            throw AccessDeniedException.unauthenticated("OTP_EXPIRED", "The code has expired; request a new one.");
        }

        if (!codes.matches(phone, code, challenge.codeHash())) {
            int wrongTries = challenges.recordWrongTry(challenge.id(), MAX_WRONG_TRIES);
            if (wrongTries < 0) {
                throw attemptsExceeded();
            }
            int left = MAX_WRONG_TRIES - wrongTries;
            throw AccessDeniedException.unauthenticated("OTP_INVALID", left > 0
                    ? "The code is wrong; " + left + (left == 1 ? " try is" : " tries are") + " left."
                    : "The code is wrong and no tries are left; request a new code.");
        }
        if (!challenges.consume(challenge.id(), now, MAX_WRONG_TRIES)) {
            throw AccessDeniedException.unauthenticated("OTP_INVALID", "The code has already been used; request a new one.");
        }

        User user = transactions.inTransaction(() -> {
            User account = users.findOrCreate(phone, now);
            if (!account.active()) {
                return account;
            }
            users.recordLogin(account.id(), now);
            return new User(account.id(), account.phone(), account.email(), account.role(), account.active(),
                    account.doctorId(), account.createdAt(), account.updatedAt(), now);
        });
        if (!user.active()) {
            throw AccessDeniedException.unauthenticated("ACCOUNT_DISABLED",
                    "This account has been deactivated; contact the operations team.");
        }
        var token = tokens.issue(user);
        return new SignedIn(user, token.token(), token.expiresAt());
    }

    private void checkCooldown(OtpChallenge pending, Instant now) {
        Instant allowedAt = pending.lastSentAt().plus(RESEND_COOLDOWN);
        if (now.isBefore(allowedAt)) {
            throw new RateLimitedException("OTP_RESEND_TOO_SOON", "A code was sent less than "
                    + RESEND_COOLDOWN.toSeconds() + " seconds ago; wait before asking for another.", secondsUntil(now, allowedAt));
        }
    }

    private void checkHourlyLimits(PhoneNumber phone, String ipAddress, Instant now) {
        SendCount toNumber = challenges.sendsTo(phone, now.minus(HOUR));
        if (toNumber.count() >= MAX_CODES_PER_NUMBER_PER_HOUR) {
            throw new RateLimitedException("OTP_NUMBER_LIMIT", "This number has received "
                    + MAX_CODES_PER_NUMBER_PER_HOUR + " codes in the last hour; try again later.",
                    secondsUntil(now, toNumber.oldest().plus(HOUR)));
        }
        if (ipAddress != null) {
            SendCount fromIp = challenges.sendsFrom(ipAddress, now.minus(HOUR));
            if (fromIp.count() >= MAX_CODES_PER_IP_PER_HOUR) {
                throw new RateLimitedException("OTP_CLIENT_LIMIT", "Too many codes were requested from this address"
                        + " in the last hour; try again later.", secondsUntil(now, fromIp.oldest().plus(HOUR)));
            }
        }
    }

    private static AccessDeniedException attemptsExceeded() {
        return AccessDeniedException.unauthenticated("OTP_ATTEMPTS_EXCEEDED",
                "Too many wrong codes were entered; request a new code.");
    }

    private static String message(String code) {
        return "Your Doctor Onboarding sign-in code is " + code + ". It expires in "
                + CODE_LIFETIME.toMinutes() + " minutes. Never share it.";
    }

    private static long secondsUntil(Instant now, Instant then) {
        return Math.max(1, (Duration.between(now, then).toMillis() + 999) / 1000);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
