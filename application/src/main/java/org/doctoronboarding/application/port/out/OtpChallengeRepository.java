package org.doctoronboarding.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.doctoronboarding.domain.doctor.PhoneNumber;

/**
 * Stores one-time sign-in codes (as HMACs, never in clear) and the log of codes sent, in the database so
 * that every API node works on the same state.
 */
public interface OtpChallengeRepository {

    /** Stores a new challenge, retires every older unused challenge of the number, and records the send. */
    void create(OtpChallenge challenge, String ipAddress);

    /** Returns the newest challenge of the phone number that has not been used, if any. */
    Optional<OtpChallenge> latestUnused(PhoneNumber phone);

    /** Replaces a challenge's code after a resend, keeping its wrong-try count, and records the send. */
    void replaceCode(String challengeId, String codeHash, Instant sentAt, Instant expiresAt, PhoneNumber phone,
            String ipAddress);

    /**
     * Counts one wrong try, provided the challenge is unused and below the budget.
     *
     * @return the wrong tries after this one, or -1 when the challenge was used or its budget already spent
     */
    int recordWrongTry(String challengeId, int maxWrongTries);

    /**
     * Marks a challenge used, provided it is unused and within the wrong-try budget.
     *
     * @return false when another request used it first or its budget was spent
     */
    boolean consume(String challengeId, Instant at, int maxWrongTries);

    /** Counts the codes sent to a phone number since the given instant. */
    SendCount sendsTo(PhoneNumber phone, Instant since);

    /** Counts the codes requested from an IP address since the given instant. */
    SendCount sendsFrom(String ipAddress, Instant since);

    /** How many codes were sent in a window, and when the oldest of them was sent (null when none). */
    record SendCount(int count, Instant oldest) {
    }

    /**
     * A code waiting to be entered.
     *
     * @param codeHash the hex HMAC-SHA256 of the code under the server's secret
     * @param wrongTries how many wrong codes were entered against it
     */
    record OtpChallenge(String id, PhoneNumber phone, String codeHash, Instant createdAt, Instant lastSentAt,
            Instant expiresAt, int wrongTries) {
    }
}
