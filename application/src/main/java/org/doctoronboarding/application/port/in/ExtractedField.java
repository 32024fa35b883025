package org.doctoronboarding.application.port.in;

import java.util.Objects;

/**
 * One value Smart-Fill found in a CV.
 *
 * @param value a String, an Integer, a Double or a List of Strings
 * @param confidence how sure the extractor is, from 0 to 1
 * @param source the page and line the value came from
 */
public record ExtractedField(Object value, double confidence, Source source) {

    public ExtractedField {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
        }
    }

    /** The place a value was read from: page number (from 1) and the text of the line. */
    public record Source(int page, String text) {
    }
}
