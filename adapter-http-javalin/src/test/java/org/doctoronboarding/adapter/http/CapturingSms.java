package org.doctoronboarding.adapter.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private volatile boolean failing;

    @Override
    public void send(PhoneNumber to, String text) {
        if (failing) {
            throw new ExternalServiceException("SMS_DELIVERY_FAILED", "The SMS gateway rejected the message; try again later.");
        }
        lastMessage.put(to.value(), text);
    }

    void failFromNow() {
        failing = true;
    }

    /** Returns the six-digit code of the last message to the number. */
    String lastCode(String e164) {
        String text = lastMessage.get(e164);
        if (text == null) {
            throw new AssertionError("no SMS was sent to " + e164);
        }
        Matcher matcher = CODE.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("the SMS to " + e164 + " has no 6-digit code: " + text);
        }
        return matcher.group(1);
    }
}
