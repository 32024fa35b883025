package org.doctoronboarding.domain.catalogue;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The two forms of an option's text: the display form (trimmed, inner spaces collapsed) and the key that
 * decides whether two values are the same option (case, spacing and punctuation ignored).
 */
public final class OptionText {

    private OptionText() {
    }

    /** Trims the text and collapses runs of whitespace into one space. */
    public static String clean(String raw) {
        return raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    }

    /** Returns the identity key: Unicode-normalised, lower-case letters and digits only ("M.B.B.S." → "mbbs"). */
    public static String key(String raw) {
        String folded = Normalizer.normalize(clean(raw), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        // Vowel signs of Indic scripts are combining marks, not letters, and must stay part of the key.
        folded.codePoints().filter(c -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK).forEach(key::appendCodePoint);
        return key.toString();
    }
}
