package org.doctoronboarding.adapter.notifications;

import org.doctoronboarding.application.port.out.SmsSender;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development stand-in for an SMS gateway: writes each message to the server log at WARN and sends nothing.
 * It is the one place where a sign-in code may appear in a log, so it must not run in production.
 */
public final class LogSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LogSmsSender.class);

    public LogSmsSender() {
        log.warn("[DEV SMS] The development SMS adapter is in use, so messages go to this log and no SMS is sent");
    }

    @Override
    public void send(PhoneNumber to, String text) {
        log.warn("[DEV SMS] No SMS was sent because the development SMS adapter is in use. Message for {}: {}",
                to.masked(), text);
    }
}
