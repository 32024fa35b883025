package org.doctoronboarding.application.port.out;

import org.doctoronboarding.application.port.in.ExtractedProfile;

/**
 * Turns a CV's text into profile fields, each with a confidence and the line it came from. Implementations
 * leave out any value the text does not state rather than guess it.
 */
public interface ProfileExtractor {

    /** Extracts what the text states. Never returns null; an empty profile has no fields. */
    ExtractedProfile extract(DocumentText text);
}
