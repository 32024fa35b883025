package org.doctoronboarding.adapter.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doctoronboarding.application.port.out.SmsSender;
import org.doctoronboarding.domain.ExternalServiceException;
import org.doctoronboarding.domain.doctor.PhoneNumber;

/**
 * Keeps the last message sent to each number, so tests can read the sign-in code a user would receive.
 * After {@link #failFromNow()} every send throws {@code SMS_DELIVERY_FAILED}, as a broken gateway would.
 */
final class CapturingSms implements SmsSender {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final Map<String, String> lastMessage = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private volatile boolean failing;

    @Override
    public void send(PhoneNumber to, String text) {
        if (failing) {
            throw new ExternalServiceException("SMS_DELIVERY_FAILED", "The test gateway rejects every message.");
        }
        lastMessage.put(to.value(), text);
        sent.incrementAndGet();
    }

    void failFromNow() {
        failing = true;
    }

    /** Returns how many messages were handed over. */
    int sentCount() {
        return sent.get();
    }

    /** Returns the six-digit code of the last message to the number. */
    String lastCode(PhoneNumber to) {
        String text = lastMessage.get(to.value());
        if (text == null) {
            throw new AssertionError("no SMS was sent to " + to);
        }
        Matcher matcher = CODE.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("the SMS to " + to + " has no 6-digit code: " + text);
        }
        return matcher.group(1);
    }
}
