package org.doctoronboarding.adapter.persistence;

import static org.doctoronboarding.adapter.persistence.JooqDoctorRepository.instant;
import static org.doctoronboarding.adapter.persistence.JooqDoctorRepository.utc;
import static org.doctoronboarding.adapter.persistence.generated.Tables.OTP_CHALLENGES;
import static org.doctoronboarding.adapter.persistence.generated.Tables.OTP_SENDS;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.doctoronboarding.application.port.out.OtpChallengeRepository;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Stores sign-in codes (as hashes) and the send log in {@code otp_challenges} and {@code otp_sends}. */
public final class JooqOtpChallengeRepository implements OtpChallengeRepository {

    private final DSLContext dsl;

    public JooqOtpChallengeRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public void create(OtpChallenge challenge, String ipAddress) {
        // A new code replaces the older ones, so a code that was superseded can never be used afterwards.
        dsl.update(OTP_CHALLENGES)
                .set(OTP_CHALLENGES.CONSUMED_AT, utc(challenge.createdAt()))
                .where(OTP_CHALLENGES.PHONE.eq(challenge.phone().value()).and(OTP_CHALLENGES.CONSUMED_AT.isNull()))
                .execute();
        dsl.insertInto(OTP_CHALLENGES)
                .set(OTP_CHALLENGES.ID, challenge.id())
                .set(OTP_CHALLENGES.PHONE, challenge.phone().value())
                .set(OTP_CHALLENGES.CODE_HASH, challenge.codeHash())
                .set(OTP_CHALLENGES.CREATED_AT, utc(challenge.createdAt()))
                .set(OTP_CHALLENGES.LAST_SENT_AT, utc(challenge.lastSentAt()))
                .set(OTP_CHALLENGES.EXPIRES_AT, utc(challenge.expiresAt()))
                .set(OTP_CHALLENGES.WRONG_TRIES, challenge.wrongTries())
                .execute();
        recordSend(challenge.phone(), ipAddress, challenge.lastSentAt());
    }

    @Override
    public Optional<OtpChallenge> latestUnused(PhoneNumber phone) {
        return dsl.select(OTP_CHALLENGES.fields())
                .from(OTP_CHALLENGES)
                .where(OTP_CHALLENGES.PHONE.eq(phone.value()).and(OTP_CHALLENGES.CONSUMED_AT.isNull()))
                .orderBy(OTP_CHALLENGES.CREATED_AT.desc())
                .limit(1)
                .fetchOptional(r -> new OtpChallenge(
                        r.get(OTP_CHALLENGES.ID),
                        new PhoneNumber(r.get(OTP_CHALLENGES.PHONE)),
                        r.get(OTP_CHALLENGES.CODE_HASH),
                        instant(r.get(OTP_CHALLENGES.CREATED_AT)),
                        instant(r.get(OTP_CHALLENGES.LAST_SENT_AT)),
                        instant(r.get(OTP_CHALLENGES.EXPIRES_AT)),
                        r.get(OTP_CHALLENGES.WRONG_TRIES)));
    }

    @Override
    public void replaceCode(String challengeId, String codeHash, Instant sentAt, Instant expiresAt, PhoneNumber phone,
            String ipAddress) {
        dsl.update(OTP_CHALLENGES)
                .set(OTP_CHALLENGES.CODE_HASH, codeHash)
                .set(OTP_CHALLENGES.LAST_SENT_AT, utc(sentAt))
                .set(OTP_CHALLENGES.EXPIRES_AT, utc(expiresAt))
                .where(OTP_CHALLENGES.ID.eq(challengeId))
                .execute();
        recordSend(phone, ipAddress, sentAt);
    }

    @Override
    public int recordWrongTry(String challengeId, int maxWrongTries) {
        // The guard in the WHERE clause makes concurrent wrong tries count one by one, never past the budget.
        int updated = dsl.update(OTP_CHALLENGES)
                .set(OTP_CHALLENGES.WRONG_TRIES, OTP_CHALLENGES.WRONG_TRIES.plus(1))
                .where(OTP_CHALLENGES.ID.eq(challengeId)
                        .and(OTP_CHALLENGES.CONSUMED_AT.isNull())
                        .and(OTP_CHALLENGES.WRONG_TRIES.lt(maxWrongTries)))
                .execute();
        if (updated == 0) {
            return -1;
        }
        return dsl.select(OTP_CHALLENGES.WRONG_TRIES).from(OTP_CHALLENGES).where(OTP_CHALLENGES.ID.eq(challengeId))
                .fetchSingle().value1();
    }

    @Override
    public boolean consume(String challengeId, Instant at, int maxWrongTries) {
        return dsl.update(OTP_CHALLENGES)
                .set(OTP_CHALLENGES.CONSUMED_AT, utc(at))
                .where(OTP_CHALLENGES.ID.eq(challengeId)
                        .and(OTP_CHALLENGES.CONSUMED_AT.isNull())
                        .and(OTP_CHALLENGES.WRONG_TRIES.lt(maxWrongTries)))
                .execute() == 1;
    }

    @Override
    public SendCount sendsTo(PhoneNumber phone, Instant since) {
        return count(OTP_SENDS.PHONE.eq(phone.value()), since);
    }

    @Override
    public SendCount sendsFrom(String ipAddress, Instant since) {
        return count(OTP_SENDS.IP_ADDRESS.eq(ipAddress), since);
    }

    private SendCount count(Condition sender, Instant since) {
        var row = dsl.select(DSL.count(), DSL.min(OTP_SENDS.SENT_AT))
                .from(OTP_SENDS)
                .where(sender.and(OTP_SENDS.SENT_AT.gt(utc(since))))
                .fetchSingle();
        OffsetDateTime oldest = row.value2();
        return new SendCount(row.value1(), instant(oldest));
    }

    private void recordSend(PhoneNumber phone, String ipAddress, Instant at) {
        dsl.insertInto(OTP_SENDS)
                .set(OTP_SENDS.ID, UUID.randomUUID().toString())
                .set(OTP_SENDS.PHONE, phone.value())
                .set(OTP_SENDS.IP_ADDRESS, ipAddress == null ? null : ipAddress.substring(0, Math.min(50, ipAddress.length())))
                .set(OTP_SENDS.SENT_AT, utc(at))
                .execute();
    }
}
