package org.doctoronboarding.application.catalogue;

/**
 * One folded word of a phrase or of a catalogue value.
 *
 * @param text the folded, lower-case word
 * @param abbreviation whether the source was written as an abbreviation ("IADVL", "MCh"), which is never typo-matched
 */
record Word(String text, boolean abbreviation) {
}
