package org.doctoronboarding.application.catalogue;

import java.util.List;

/**
 * One written form of an approved value (its own text, a bracketed part of it, or an alias), already folded.
 *
 * @param words the folded words left after the field's ignored words are removed
 * @param compact the words joined without spaces, so "Neuro surgeon" and "Neurosurgeon" compare equal
 * @param ignoredWords how many of the field's ignored words the form's text had, such as the "of" in a society name
 * @param weight how much a match through this form is trusted, at most 1
 * @param wholePhraseOnly whether the form matches only a whole phrase, never a part of a longer one
 */
record MatchForm(List<Word> words, String compact, int ignoredWords, double weight, boolean wholePhraseOnly) {

    static MatchForm of(List<Word> words, int ignoredWords, double weight, boolean wholePhraseOnly) {
        return new MatchForm(List.copyOf(words), compactOf(words, 0, words.size()), ignoredWords, weight,
                wholePhraseOnly);
    }

    /** Joins the texts of {@code words[from, to)} without spaces. */
    static String compactOf(List<Word> words, int from, int to) {
        StringBuilder compact = new StringBuilder();
        for (int i = from; i < to; i++) {
            compact.append(words.get(i).text());
        }
        return compact.toString();
    }
}
