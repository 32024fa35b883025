package org.doctoronboarding.bootstrap;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doctoronboarding.application.port.out.SmsSender;
import org.doctoronboarding.domain.doctor.PhoneNumber;

/** Keeps the last message sent to each number, so tests can read the sign-in code a doctor would receive. */
final class CapturingSms implements SmsSender {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final Map<String, String> lastMessage = new ConcurrentHashMap<>();

    @Override
    public void send(PhoneNumber to, String text) {
        lastMessage.put(to.value(), text);
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
