package org.doctoronboarding.application.port.out;

import org.doctoronboarding.domain.doctor.PhoneNumber;

/** Sends a text message to a mobile number. */
public interface SmsSender {

    /**
     * Sends the message, retrying as the implementation chooses, and returns once the gateway accepted it.
     *
     * @throws org.doctoronboarding.domain.ExternalServiceException {@code SMS_DELIVERY_FAILED} when it could not
     *     be handed over; the message must then be treated as not sent
     */
    void send(PhoneNumber to, String text);
}
