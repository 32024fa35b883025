package org.doctoronboarding.application.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.doctoronboarding.domain.doctor.PhoneNumber;

/**
 * Makes six-digit sign-in codes and their keyed hashes. Only the hash is stored, bound to the phone number,
 * so a leaked table reveals no code and a hash cannot be replayed for another number.
 */
public final class OtpCodes {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    /** @param key the server secret, at least 32 bytes, shared by every node */
    public OtpCodes(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the code hashing key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** Returns a new code of six decimal digits, uniformly drawn. */
    public String newCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /** Returns the hex HMAC-SHA256 of the code for the number. */
    public String hash(PhoneNumber phone, String code) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((phone.value() + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    /** Compares a code with a stored hash in time that does not depend on where they differ. */
    public boolean matches(PhoneNumber phone, String code, String storedHash) {
        byte[] expected = storedHash.getBytes(StandardCharsets.US_ASCII);
        byte[] actual = hash(phone, code).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
