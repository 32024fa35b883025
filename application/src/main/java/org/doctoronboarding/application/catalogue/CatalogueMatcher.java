package org.doctoronboarding.application.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doctoronboarding.domain.catalogue.DropdownField;
import org.doctoronboarding.domain.catalogue.OptionText;

/**
 * Matches a free-text phrase, as doctors and CVs write it, to one approved value of a dropdown field.
 *
 * <p>Phrase and values are first split into folded words, so case, punctuation, dots in degrees, British
 * spellings, plurals and role nouns ("Paediatrician" for "Pediatrics") make no difference, and the field's
 * ignored words ("Consultant", "Dept. of") are dropped. An approved value is compared through its own text,
 * through its text with and without a bracketed part ("IMA" for "Indian Medical Association (IMA)"), and through
 * the aliases in {@code synonyms.txt}. Three tiers are tried in order, and the first one with a candidate decides:
 * <ol>
 *   <li>Equal: the phrase has the form's words. The score is 1 when the identity keys are equal, otherwise 0.97
 *       for the value's own text, 0.95 for a bracketed part and 0.93 for an alias.</li>
 *   <li>Typo: the phrase has as many words as the form, each one equal or a typo of it. A word of 5 to 8 letters
 *       may differ by 1 edit and a longer one by 2. Shorter words and abbreviations ("MD", "IADVL") must be
 *       equal. The score is the form's weight times 0.85, less 0.05 per edit.</li>
 *   <li>Contained: the form's words occur together inside a longer phrase ("MD (Paediatrics)" contains "MD").
 *       The score is the form's weight times a value from 0.4 to 0.7 that grows with the share of the phrase's
 *       words the form covers.</li>
 * </ol>
 * When the phrase has more ignored words than the form's text, the score is multiplied by 0.95.
 *
 * <p>A wrong value is worse than none, so the result is empty when two values are equally good. In the first tier
 * that means the same best score, and in the second the same fewest edits. In the third it means contained forms
 * of two values where neither form's words include the other's ("Hindi, English", "MBBS, MD"). An alias marked
 * whole-phrase-only ("Angiography") never wins in the third tier but still makes a phrase ambiguous there. A
 * blocked phrase of the synonyms file competes like an alias of a value that does not exist, so "Table tennis"
 * covers "Tennis" and the result is empty.
 *
 * <p>Instances are thread-safe. The folded forms of each value are cached, so a call costs one pass over the
 * approved values with hash look-ups, plus an edit distance for forms with the phrase's word count.
 */
public final class CatalogueMatcher {

    private static final String SYNONYMS_RESOURCE = "synonyms.txt";
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");

    private static final double SAME_KEY_SCORE = 1.0;
    private static final double OWN_TEXT_WEIGHT = 0.97;
    private static final double BRACKETED_PART_WEIGHT = 0.95;
    private static final double ALIAS_WEIGHT = 0.93;
    private static final double TYPO_BASE = 0.85;
    private static final double TYPO_PENALTY_PER_EDIT = 0.05;
    private static final double CONTAINED_BASE = 0.4;
    private static final double CONTAINED_COVERAGE_BONUS = 0.3;
    private static final double IGNORED_WORDS_FACTOR = 0.95;
    private static final double SCORE_TOLERANCE = 1e-9;

    /** Maximum length, in words, of a run of phrase words that the contained tier compares with a form. */
    private static final int MAX_CONTAINED_WORDS = 12;
    /** Maximum number of cached values. The seeded catalogue has about 400, which leaves room for many more. */
    private static final int FORM_CACHE_LIMIT = 20_000;

    /** Marker value for a blocked phrase among the candidates. It is never returned. */
    private static final String BLOCKED = "\u0000blocked";

    private final SynonymTable synonyms;
    private final Map<DropdownField, ValueForms> blockedForms = new EnumMap<>(DropdownField.class);
    private final ConcurrentMap<FormCacheKey, ValueForms> formCache = new ConcurrentHashMap<>();

    CatalogueMatcher(SynonymTable synonyms) {
        this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
        for (DropdownField field : DropdownField.values()) {
            Map<String, MatchForm> byCompact = new LinkedHashMap<>();
            synonyms.blockedPhrasesOf(field).forEach(phrase -> addForm(field, phrase, ALIAS_WEIGHT, false, byCompact));
            // An empty key never equals a phrase's key, because a phrase with meaningful words has letters.
            blockedForms.put(field, new ValueForms("", List.copyOf(byCompact.values())));
        }
    }

    /**
     * Returns the shared matcher that uses the synonyms bundled with the application.
     *
     * @throws IllegalStateException if the bundled synonyms file is missing or malformed
     */
    public static CatalogueMatcher standard() {
        return StandardHolder.INSTANCE;
    }

    /**
     * Matches a phrase to one of the approved values of a field.
     *
     * @param field the dropdown field whose aliases and ignored words apply
     * @param phrase the free text, where {@code null} or blank text never matches
     * @param approvedValues the values approved for the field right now; only these can be returned
     * @return the matched value with a score in (0, 1], or empty when nothing matches or two values tie
     */
    public Optional<CatalogueMatch> match(DropdownField field, String phrase, Collection<String> approvedValues) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(approvedValues, "approvedValues");
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }

        List<Word> allWords = PhraseNormalizer.words(phrase);
        List<Word> words = meaningfulWords(field, allWords);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        PhraseWords phraseWords = new PhraseWords(words, allWords.size() - words.size(), OptionText.key(phrase));

        Candidates candidates = new Candidates();
        collectCandidates(phraseWords, BLOCKED, blockedForms.get(field), candidates);
        for (String value : approvedValues) {
            if (value == null || value.isBlank()) {
                continue;
            }
            collectCandidates(phraseWords, value, formsOf(field, value), candidates);
        }
        return candidates.best()
                .filter(best -> !best.value().equals(BLOCKED))
                .map(best -> new CatalogueMatch(best.value(), best.score()));
    }

    private void collectCandidates(PhraseWords phrase, String value, ValueForms valueForms, Candidates candidates) {
        if (valueForms.key().equals(phrase.key())) {
            candidates.offerEqual(value, SAME_KEY_SCORE);
            return;
        }
        for (MatchForm form : valueForms.forms()) {
            double weight = form.weight() * (phrase.ignoredWords() > form.ignoredWords() ? IGNORED_WORDS_FACTOR : 1.0);
            if (form.compact().equals(phrase.compact())) {
                candidates.offerEqual(value, weight);
                continue;
            }
            int formSize = form.words().size();
            if (formSize == phrase.words().size()) {
                int edits = typoEdits(phrase.words(), form.words());
                if (edits > 0) {
                    candidates.offerTypo(value, edits, weight * (TYPO_BASE - TYPO_PENALTY_PER_EDIT * edits));
                }
            } else if (form.compact().length() < phrase.compact().length()) {
                phrase.findRun(form.compact()).ifPresent(run -> {
                    double coverage = (double) (run.end() - run.start()) / phrase.words().size();
                    double score = weight * (CONTAINED_BASE + CONTAINED_COVERAGE_BONUS * coverage);
                    candidates.offerContained(
                            new ContainedHit(value, run.start(), run.end(), score, !form.wholePhraseOnly()));
                });
            }
        }
    }

    /** Returns the total edits when every word pair is equal or a typo, or -1 when some pair is neither. */
    private static int typoEdits(List<Word> phraseWords, List<Word> formWords) {
        int edits = 0;
        for (int i = 0; i < formWords.size(); i++) {
            String written = phraseWords.get(i).text();
            Word expected = formWords.get(i);
            if (written.equals(expected.text())) {
                continue;
            }
            int allowed = expected.abbreviation() ? 0
                    : TypoDistance.allowedEdits(Math.min(written.length(), expected.text().length()));
            if (allowed == 0) {
                return -1;
            }
            int distance = TypoDistance.distance(written, expected.text(), allowed);
            if (distance > allowed) {
                return -1;
            }
            edits += distance;
        }
        return edits;
    }

    private ValueForms formsOf(DropdownField field, String value) {
        FormCacheKey cacheKey = new FormCacheKey(field, value);
        ValueForms cached = formCache.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        if (formCache.size() >= FORM_CACHE_LIMIT) {
            // NOTE: emptying the whole cache is crude, but only a catalogue far larger than any seen so far
            // reaches the limit, and the cost is a re-fold of each value on its next use.
            formCache.clear();
        }
        ValueForms built = new ValueForms(OptionText.key(value), buildForms(field, value));
        formCache.put(cacheKey, built);
        return built;
    }

    private List<MatchForm> buildForms(DropdownField field, String value) {
        Map<String, MatchForm> byCompact = new LinkedHashMap<>();
        addForm(field, value, OWN_TEXT_WEIGHT, false, byCompact);

        Matcher bracketed = BRACKETED.matcher(value);
        if (bracketed.find()) {
            addForm(field, BRACKETED.matcher(value).replaceAll(" "), BRACKETED_PART_WEIGHT, false, byCompact);
            do {
                addForm(field, bracketed.group(1), BRACKETED_PART_WEIGHT, false, byCompact);
            } while (bracketed.find());
        }
        for (SynonymTable.Alias alias : synonyms.aliasesOf(field, value)) {
            addForm(field, alias.text(), ALIAS_WEIGHT, alias.wholePhraseOnly(), byCompact);
        }
        return List.copyOf(byCompact.values());
    }

    /**
     * Adds a form. Of two forms with the same compact text, the one with the higher weight stays, and at equal
     * weight the one without the whole-phrase limit.
     */
    private void addForm(DropdownField field, String text, double weight, boolean wholePhraseOnly,
                         Map<String, MatchForm> byCompact) {
        List<Word> allWords = PhraseNormalizer.words(text);
        List<Word> words = meaningfulWords(field, allWords);
        if (words.isEmpty()) {
            return;
        }
        MatchForm form = MatchForm.of(words, allWords.size() - words.size(), weight, wholePhraseOnly);
        byCompact.merge(form.compact(), form, CatalogueMatcher::strongerForm);
    }

    private static MatchForm strongerForm(MatchForm existing, MatchForm candidate) {
        if (candidate.weight() != existing.weight()) {
            return candidate.weight() > existing.weight() ? candidate : existing;
        }
        return existing.wholePhraseOnly() ? candidate : existing;
    }

    private List<Word> meaningfulWords(DropdownField field, List<Word> words) {
        List<Word> meaningful = new ArrayList<>(words.size());
        for (Word word : words) {
            if (!synonyms.isIgnored(field, word.text())) {
                meaningful.add(word);
            }
        }
        return meaningful;
    }

    private static CatalogueMatcher loadStandard() {
        try (InputStream stream = CatalogueMatcher.class.getResourceAsStream(SYNONYMS_RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("Synonyms resource not found: " + SYNONYMS_RESOURCE
                        + " next to " + CatalogueMatcher.class.getName());
            }
            List<String> lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)).lines()
                    .toList();
            return new CatalogueMatcher(SynonymTable.parse(SYNONYMS_RESOURCE, lines));
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the synonyms resource " + SYNONYMS_RESOURCE, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid bundled synonyms: " + e.getMessage(), e);
        }
    }

    private static final class StandardHolder {
        private static final CatalogueMatcher INSTANCE = loadStandard();
    }

    private record FormCacheKey(DropdownField field, String value) {
    }

    private record ValueForms(String key, List<MatchForm> forms) {
    }

    /** A form found inside the phrase at words [start, end). A hit that is not selectable can only cause a tie. */
    private record ContainedHit(String value, int start, int end, double score, boolean selectable) {

        boolean strictlyCovers(ContainedHit other) {
            return start <= other.start && other.end <= end && end - start > other.end - other.start;
        }
    }

    private record TypoHit(int edits, double score) {
    }

    /** Phrase words [start, end). */
    private record Run(int start, int end) {
    }

    private record Best(String value, double score) {
    }

    /** The phrase's meaningful words, with its compact runs indexed for the contained tier. */
    private static final class PhraseWords {

        private final List<Word> words;
        private final int ignoredWords;
        private final String key;
        private final String compact;
        private Map<String, Run> runs;

        PhraseWords(List<Word> words, int ignoredWords, String key) {
            this.words = words;
            this.ignoredWords = ignoredWords;
            this.key = key;
            this.compact = MatchForm.compactOf(words, 0, words.size());
        }

        List<Word> words() {
            return words;
        }

        int ignoredWords() {
            return ignoredWords;
        }

        String key() {
            return key;
        }

        String compact() {
            return compact;
        }

        /**
         * Returns the first shorter-than-phrase run of words whose compact text equals {@code runCompact}, so
         * "M. Ch. (Neurosurgery)" has a run for "MCh".
         */
        Optional<Run> findRun(String runCompact) {
            if (runs == null) {
                runs = indexRuns();
            }
            return Optional.ofNullable(runs.get(runCompact));
        }

        private Map<String, Run> indexRuns() {
            Map<String, Run> index = new HashMap<>();
            int longest = Math.min(MAX_CONTAINED_WORDS, words.size() - 1);
            for (int start = 0; start < words.size(); start++) {
                for (int size = 1; size <= longest && start + size <= words.size(); size++) {
                    index.putIfAbsent(MatchForm.compactOf(words, start, start + size), new Run(start, start + size));
                }
            }
            return index;
        }
    }

    /** Candidates of the three tiers; the first non-empty tier decides. */
    private static final class Candidates {

        private final Map<String, Double> equal = new HashMap<>();
        private final Map<String, TypoHit> typos = new HashMap<>();
        private final List<ContainedHit> contained = new ArrayList<>();

        void offerEqual(String value, double score) {
            equal.merge(value, score, Math::max);
        }

        void offerTypo(String value, int edits, double score) {
            TypoHit hit = new TypoHit(edits, score);
            typos.merge(value, hit, (existing, candidate) -> candidate.edits() < existing.edits()
                    || candidate.edits() == existing.edits() && candidate.score() > existing.score()
                    ? candidate : existing);
        }

        void offerContained(ContainedHit hit) {
            contained.add(hit);
        }

        Optional<Best> best() {
            if (!equal.isEmpty()) {
                return bestEqual();
            }
            if (!typos.isEmpty()) {
                return bestTypo();
            }
            return bestContained();
        }

        private Optional<Best> bestEqual() {
            Best best = null;
            boolean tied = false;
            for (Map.Entry<String, Double> entry : equal.entrySet()) {
                if (best == null || entry.getValue() > best.score() + SCORE_TOLERANCE) {
                    best = new Best(entry.getKey(), entry.getValue());
                    tied = false;
                } else if (Math.abs(entry.getValue() - best.score()) <= SCORE_TOLERANCE) {
                    tied = true;
                }
            }
            return tied ? Optional.empty() : Optional.ofNullable(best);
        }

        private Optional<Best> bestTypo() {
            Best best = null;
            int fewestEdits = Integer.MAX_VALUE;
            boolean tied = false;
            for (Map.Entry<String, TypoHit> entry : typos.entrySet()) {
                TypoHit hit = entry.getValue();
                if (hit.edits() < fewestEdits) {
                    best = new Best(entry.getKey(), hit.score());
                    fewestEdits = hit.edits();
                    tied = false;
                } else if (hit.edits() == fewestEdits) {
                    tied = true;
                }
            }
            return tied ? Optional.empty() : Optional.ofNullable(best);
        }

        private Optional<Best> bestContained() {
            Set<String> values = new HashSet<>();
            Best best = null;
            for (ContainedHit hit : contained) {
                boolean covered = contained.stream().anyMatch(other -> other.strictlyCovers(hit));
                if (covered) {
                    continue;
                }
                values.add(hit.value());
                if (hit.selectable() && (best == null || hit.score() > best.score())) {
                    best = new Best(hit.value(), hit.score());
                }
            }
            return values.size() == 1 ? Optional.ofNullable(best) : Optional.empty();
        }
    }
}
