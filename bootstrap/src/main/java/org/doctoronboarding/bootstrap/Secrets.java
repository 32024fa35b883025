package org.doctoronboarding.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Derives purpose-bound keys from the one configured secret, so no key serves two purposes. */
final class Secrets {

    private Secrets() {
    }

    /** Returns HMAC-SHA256(secret, purpose): 32 bytes that reveal nothing about the secret. */
    static byte[] derive(byte[] secret, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
