package org.doctoronboarding.application.catalogue;

import java.util.Objects;

/**
 * An approved dropdown value that a free-text phrase was matched to, with the matcher's confidence.
 *
 * @param value the approved value exactly as the catalogue spells it
 * @param score the confidence, greater than 0 and at most 1, where 1 means the phrase has the value's identity key
 */
public record CatalogueMatch(String value, double score) {

    public CatalogueMatch {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("value must not be blank");
        }
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in (0, 1] but was " + score + " for '" + value + "'");
        }
    }
}
