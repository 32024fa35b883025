package org.doctoronboarding.adapter.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds vocabulary terms in text as whole words and maps each hit to its canonical value. Where terms
 * overlap, the leftmost hit wins and, at one position, the longest term.
 */
final class TermMatcher {

    /** One term found in a text: its canonical value and where it sits. */
    record Hit(String canonical, int start, int end) {
    }

    private final Pattern pattern;
    private final Map<String, String> canonicalByTerm;
    private final boolean ignoreCase;

    private TermMatcher(Pattern pattern, Map<String, String> canonicalByTerm, boolean ignoreCase) {
        this.pattern = pattern;
        this.canonicalByTerm = canonicalByTerm;
        this.ignoreCase = ignoreCase;
    }

    /**
     * Builds a matcher over the terms of the entries.
     *
     * @param ignoreCase whether "Hindi" and "HINDI" both match; degree abbreviations need exact case
     */
    static TermMatcher of(List<VocabularyFile> entries, boolean ignoreCase) {
        Map<String, String> canonicalByTerm = new HashMap<>();
        List<String> terms = new ArrayList<>();
        for (VocabularyFile entry : entries) {
            for (String term : entry.terms()) {
                String key = ignoreCase ? term.toLowerCase(Locale.ROOT) : term;
                if (canonicalByTerm.putIfAbsent(key, entry.canonical()) == null) {
                    terms.add(term);
                }
            }
        }
        terms.sort(Comparator.comparingInt(String::length).reversed());

        StringBuilder alternation = new StringBuilder();
        for (String term : terms) {
            if (!alternation.isEmpty()) {
                alternation.append('|');
            }
            alternation.append(termPattern(term));
        }
        // A term is a whole word: no letter or digit right before it, and after it neither a letter nor a
        // dot that starts another abbreviation ("D.M" must not match inside "D.M.R.D.").
        String regex = "(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}]|\\.[\\p{L}])";
        int flags = Pattern.UNICODE_CASE | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        return new TermMatcher(Pattern.compile(regex, flags), Map.copyOf(canonicalByTerm), ignoreCase);
    }

    /** Returns every hit in the text, left to right. */
    List<Hit> findAll(String text) {
        List<Hit> hits = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            hits.add(new Hit(canonicalOf(matcher.group()), matcher.start(), matcher.end()));
        }
        return hits;
    }

    /** Returns the leftmost hit in the text, if any. */
    Optional<Hit> findFirst(String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(new Hit(canonicalOf(matcher.group()), matcher.start(), matcher.end()))
                : Optional.empty();
    }

    /** Returns the canonical value when the whole text is one term. */
    Optional<String> lookup(String text) {
        String key = normaliseSpaces(text.strip());
        return Optional.ofNullable(canonicalByTerm.get(ignoreCase ? key.toLowerCase(Locale.ROOT) : key));
    }

    private String canonicalOf(String matched) {
        String key = normaliseSpaces(matched);
        String canonical = canonicalByTerm.get(ignoreCase ? key.toLowerCase(Locale.ROOT) : key);
        if (canonical == null) {
            throw new IllegalStateException("Matched text '" + matched + "' has no canonical value");
        }
        return canonical;
    }

    /** Quotes a term and lets each space in it match any run of white space. */
    private static String termPattern(String term) {
        StringBuilder regex = new StringBuilder();
        for (String word : term.split(" ")) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(word));
        }
        return regex.toString();
    }

    private static String normaliseSpaces(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
