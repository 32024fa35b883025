package org.doctoronboarding.application.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into folded words, so that spellings a doctor may use for the same term compare equal.
 *
 * <p>The same folding is applied to phrases and to catalogue values, so a fold only has to make variants equal
 * and never has to produce a real word: "Paediatrician", "Pediatrics" and "paediatric" all become "pediatry".
 */
final class PhraseNormalizer {

    /** Suffix rewrites, applied in this order, each at most once per word. */
    private static final List<SuffixRule> SUFFIX_RULES = List.of(
            new SuffixRule("ician", "ic", 0),            // paediatrician, obstetrician → paediatric, obstetric
            new SuffixRule("iatrist", "iatry", 0),       // psychiatrist
            new SuffixRule("iatric", "iatry", 0),        // pediatric, psychiatric, geriatric
            new SuffixRule("ologist", "ology", 0),       // cardiologist
            new SuffixRule("ological", "ology", 0),      // gynaecological
            new SuffixRule("ologic", "ology", 0),        // gynecologic
            new SuffixRule("surgeon", "surgery", 0),     // neurosurgeon, plastic surgeon
            new SuffixRule("isation", "ization", 0),     // fertilisation, nebulisation
            new SuffixRule("ised", "ized", 6),           // generalised
            new SuffixRule("speciality", "specialty", 0),
            new SuffixRule("lling", "ling", 0),          // travelling, counselling
            new SuffixRule("tre", "ter", 5),             // centre
            new SuffixRule("our", "or", 6));             // tumour, behaviour, but not "four" or "hour"

    private PhraseNormalizer() {
    }

    /**
     * Splits the text into folded words. Dots and apostrophes join their neighbours ("M.B.B.S." is one word),
     * "&" and "+" read as "and", any other character that is not a letter or digit separates words, and a run
     * of single letters ("M. D.", "M S") is joined into one word.
     */
    static List<Word> words(String text) {
        List<String> chunks = splitChunks(Normalizer.normalize(text, Normalizer.Form.NFKC));
        List<Word> words = new ArrayList<>(chunks.size());
        StringBuilder letterRun = new StringBuilder();

        for (String chunk : chunks) {
            String lower = chunk.toLowerCase(Locale.ROOT);
            if (lower.length() == 1 && Character.isLetter(lower.charAt(0))) {
                letterRun.append(lower);
                continue;
            }
            flushLetterRun(letterRun, words);
            words.add(new Word(fold(lower), isAbbreviation(chunk)));
        }
        flushLetterRun(letterRun, words);
        return words;
    }

    /** Folds one lower-case word: British spellings, plurals, role nouns and adjectives. */
    static String fold(String word) {
        if (word.length() < 3) {
            return word;
        }
        String folded = foldDigraphs(word);
        folded = stripPlural(folded);
        for (SuffixRule rule : SUFFIX_RULES) {
            folded = rule.apply(folded);
        }
        return folded;
    }

    private static List<String> splitChunks(String text) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();

        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '.' || c == '\'' || c == '\u2019' || c == '\u2018') {
                continue;
            }
            if (isWordCharacter(c)) {
                chunk.appendCodePoint(c);
                continue;
            }
            flushChunk(chunk, chunks);
            if (c == '&' || c == '+') {
                chunks.add("and");
            }
        }
        flushChunk(chunk, chunks);
        return chunks;
    }

    private static boolean isWordCharacter(int c) {
        // Vowel signs of Indic scripts are combining marks and belong to the word ("हिन्दी").
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static void flushChunk(StringBuilder chunk, List<String> chunks) {
        if (!chunk.isEmpty()) {
            chunks.add(chunk.toString());
            chunk.setLength(0);
        }
    }

    private static void flushLetterRun(StringBuilder letterRun, List<Word> words) {
        if (letterRun.isEmpty()) {
            return;
        }
        words.add(new Word(letterRun.toString(), letterRun.length() > 1));
        letterRun.setLength(0);
    }

    /** Returns whether a word as written has two or more capitals and no run of three lower-case letters. */
    private static boolean isAbbreviation(String chunk) {
        int capitals = 0;
        int lowerRun = 0;
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
                lowerRun = 0;
            } else if (Character.isLowerCase(c) && ++lowerRun >= 3) {
                return false;
            }
        }
        return capitals >= 2;
    }

    /** Maps "ae" to "e" (haematology) and "oe" before a letter to "e" (oedema, foetal, diarrhoea). */
    private static String foldDigraphs(String word) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : ' ';
            boolean dropA = c == 'a' && next == 'e';
            boolean dropO = c == 'o' && next == 'e' && i + 2 < word.length() && Character.isLetter(word.charAt(i + 2));
            if (dropA || dropO) {
                continue;
            }
            folded.append(c);
        }
        return folded.toString();
    }

    /** Strips an English plural from words of five or more letters, keeping "-ss", "-us" and "-is" endings. */
    private static String stripPlural(String word) {
        if (word.length() < 5 || !word.endsWith("s")) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        return word.substring(0, word.length() - 1);
    }

    private record SuffixRule(String suffix, String replacement, int minimumLength) {

        String apply(String word) {
            if (word.length() < minimumLength || !word.endsWith(suffix)) {
                return word;
            }
            return word.substring(0, word.length() - suffix.length()) + replacement;
        }
    }
}
