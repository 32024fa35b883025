package org.doctoronboarding.application.port.in;

import java.time.Instant;
import org.doctoronboarding.domain.user.User;

/** Phone sign-in with a one-time code sent by SMS. */
public interface SignInUseCase {

    /**
     * Sends a new code to the number. Returns the same way whether or not the number has an account.
     *
     * @throws org.doctoronboarding.domain.RateLimitedException when the number or the client asked too often
     * @throws org.doctoronboarding.domain.ExternalServiceException when the SMS could not be sent
     */
    void requestCode(String mobileNumber, String ipAddress);

    /**
     * Sends a fresh code for the number's pending challenge, keeping its wrong-try count; starts a new
     * challenge when none is pending.
     */
    void resendCode(String mobileNumber, String ipAddress);

    /**
     * Checks a code and signs the number in, creating its account on first sign-in.
     *
     * @throws org.doctoronboarding.domain.AccessDeniedException {@code OTP_INVALID}, {@code OTP_EXPIRED},
     *     {@code OTP_ATTEMPTS_EXCEEDED}, or {@code ACCOUNT_DISABLED}
     */
    SignedIn verifyCode(String mobileNumber, String code);

    /** A successful sign-in: the account and its access token. */
    record SignedIn(User user, String accessToken, Instant expiresAt) {
    }
}
