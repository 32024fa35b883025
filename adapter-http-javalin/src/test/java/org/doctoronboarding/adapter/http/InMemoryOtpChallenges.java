package org.doctoronboarding.adapter.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.doctoronboarding.application.port.out.OtpChallengeRepository;
import org.doctoronboarding.domain.doctor.PhoneNumber;

/** Keeps sign-in challenges and the send log in lists. Every method holds the lock, so each call is atomic. */
final class InMemoryOtpChallenges implements OtpChallengeRepository {

    private final List<Stored> challenges = new ArrayList<>();
    private final List<Send> sends = new ArrayList<>();

    @Override
    public synchronized void create(OtpChallenge challenge, String ipAddress) {
        challenges.replaceAll(stored -> stored.challenge().phone().equals(challenge.phone()) && stored.consumedAt() == null
                ? new Stored(stored.challenge(), challenge.createdAt()) : stored);
        challenges.add(new Stored(challenge, null));
        sends.add(new Send(challenge.phone(), ipAddress, challenge.lastSentAt()));
    }

    @Override
    public synchronized Optional<OtpChallenge> latestUnused(PhoneNumber phone) {
        return challenges.stream()
                .filter(stored -> stored.challenge().phone().equals(phone) && stored.consumedAt() == null)
                .map(Stored::challenge)
                .max(Comparator.comparing(OtpChallenge::createdAt));
    }

    @Override
    public synchronized void replaceCode(String challengeId, String codeHash, Instant sentAt, Instant expiresAt,
            PhoneNumber phone, String ipAddress) {
        int index = indexOf(challengeId);
        OtpChallenge old = challenges.get(index).challenge();
        OtpChallenge replaced = new OtpChallenge(old.id(), old.phone(), codeHash, old.createdAt(), sentAt, expiresAt,
                old.wrongTries());
        challenges.set(index, new Stored(replaced, challenges.get(index).consumedAt()));
        sends.add(new Send(phone, ipAddress, sentAt));
    }

    @Override
    public synchronized int recordWrongTry(String challengeId, int maxWrongTries) {
        int index = indexOf(challengeId);
        Stored stored = challenges.get(index);
        OtpChallenge old = stored.challenge();
        if (stored.consumedAt() != null || old.wrongTries() >= maxWrongTries) {
            return -1;
        }
        OtpChallenge counted = new OtpChallenge(old.id(), old.phone(), old.codeHash(), old.createdAt(), old.lastSentAt(),
                old.expiresAt(), old.wrongTries() + 1);
        challenges.set(index, new Stored(counted, null));
        return counted.wrongTries();
    }

    @Override
    public synchronized boolean consume(String challengeId, Instant at, int maxWrongTries) {
        int index = indexOf(challengeId);
        Stored stored = challenges.get(index);
        if (stored.consumedAt() != null || stored.challenge().wrongTries() >= maxWrongTries) {
            return false;
        }
        challenges.set(index, new Stored(stored.challenge(), at));
        return true;
    }

    @Override
    public synchronized SendCount sendsTo(PhoneNumber phone, Instant since) {
        return count(send -> send.phone().equals(phone), since);
    }

    @Override
    public synchronized SendCount sendsFrom(String ipAddress, Instant since) {
        return count(send -> ipAddress.equals(send.ipAddress()), since);
    }

    private SendCount count(Predicate<Send> matchesSend, Instant since) {
        List<Instant> times = sends.stream().filter(matchesSend).map(Send::sentAt).filter(at -> at.isAfter(since)).toList();
        return new SendCount(times.size(), times.stream().min(Comparator.naturalOrder()).orElse(null));
    }

    private int indexOf(String challengeId) {
        for (int i = 0; i < challenges.size(); i++) {
            if (challenges.get(i).challenge().id().equals(challengeId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no challenge with id " + challengeId);
    }

    private record Stored(OtpChallenge challenge, Instant consumedAt) {
    }

    private record Send(PhoneNumber phone, String ipAddress, Instant sentAt) {
    }
}
