package org.doctoronboarding.adapter.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares extracted values with a CV's expected values the way the Smart-Fill scorer does. Text is
 * compared after NFKC, case folding and removing everything but letters and digits. Phone numbers are
 * compared by their last ten digits, numbers by value, and some list fields by containment or word overlap.
 */
final class GroundTruth {

    static final List<String> SCALARS = List.of("title", "first_name", "last_name", "full_name", "email",
            "phone_number", "gender", "specialty", "year_of_mbbs", "year_of_specialisation",
            "years_of_clinical_experience", "registration_number", "medical_council", "registration_year",
            "primary_practice_location", "consultation_fee");
    static final List<String> LISTS = List.of("qualifications", "languages_spoken", "professional_memberships",
            "fellowships", "awards_academic_honours", "centres_of_practice");
    private static final Set<String> LOOSE_LISTS = Set.of("centres_of_practice", "awards_academic_honours", "fellowships");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    private static final double MIN_WORD_OVERLAP = 0.6;

    private GroundTruth() {
    }

    static boolean isEmpty(JsonNode expected) {
        return expected == null || expected.isNull() || expected.isTextual() && expected.asText().isEmpty()
                || expected.isArray() && expected.isEmpty();
    }

    static boolean scalarMatches(String field, JsonNode expected, Object actual) {
        if (field.equals("phone_number")) {
            return lastTenDigits(expected.asText()).equals(lastTenDigits(String.valueOf(actual)));
        }
        if (expected.isNumber()) {
            return actual instanceof Number number && number.doubleValue() == expected.asDouble();
        }
        String want = squash(expected.asText());
        String got = squash(String.valueOf(actual));
        return switch (field) {
            case "primary_practice_location" -> !want.isEmpty() && !got.isEmpty()
                    && (want.contains(got) || got.contains(want));
            case "medical_council" -> squash(BRACKETED.matcher(expected.asText()).replaceAll(""))
                    .equals(squash(BRACKETED.matcher(String.valueOf(actual)).replaceAll("")));
            default -> want.equals(got);
        };
    }

    /** Returns the expected items that no actual item matches, and the actual items left over. */
    static ListDifference compareList(String field, List<String> expected, List<String> actual) {
        List<String> unmatched = new ArrayList<>(actual);
        List<String> missing = new ArrayList<>();
        for (String want : expected) {
            String hit = unmatched.stream().filter(got -> itemMatches(field, want, got)).findFirst().orElse(null);
            if (hit == null) {
                missing.add(want);
            } else {
                unmatched.remove(hit);
            }
        }
        return new ListDifference(missing, unmatched);
    }

    record ListDifference(List<String> missing, List<String> unexpected) {
        boolean isEmpty() {
            return missing.isEmpty() && unexpected.isEmpty();
        }
    }

    private static boolean itemMatches(String field, String expected, String actual) {
        if (field.equals("professional_memberships")) {
            String wantAbbreviation = abbreviation(expected);
            if (wantAbbreviation != null && (wantAbbreviation.equals(abbreviation(actual))
                    || wantAbbreviation.equals(squash(actual)))) {
                return true;
            }
            return squash(BRACKETED.matcher(expected).replaceAll(""))
                    .equals(squash(BRACKETED.matcher(actual).replaceAll("")));
        }
        if (LOOSE_LISTS.contains(field)) {
            String want = squash(expected);
            String got = squash(actual);
            if (!want.isEmpty() && (want.contains(got) || got.contains(want))) {
                return true;
            }
            return wordOverlap(normalise(expected), normalise(actual)) >= MIN_WORD_OVERLAP;
        }
        return squash(expected).equals(squash(actual));
    }

    private static double wordOverlap(String expected, String actual) {
        Set<String> want = Set.of(expected.replace(",", " ").split("\\s+"));
        Set<String> got = new HashSet<>(List.of(actual.replace(",", " ").split("\\s+")));
        Set<String> union = new HashSet<>(want);
        union.addAll(got);
        got.retainAll(want);
        return (double) got.size() / Math.max(1, union.size());
    }

    private static String abbreviation(String text) {
        Matcher matcher = Pattern.compile("\\(([^)]+)\\)").matcher(text);
        return matcher.find() ? squash(matcher.group(1)) : null;
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ").replaceAll("^[ .,;:-]+|[ .,;:-]+$", "");
    }

    static String squash(String text) {
        return normalise(text).replaceAll("[^a-z0-9]", "");
    }

    private static String lastTenDigits(String text) {
        String digits = text.replaceAll("\\D", "");
        return digits.length() <= 10 ? digits : digits.substring(digits.length() - 10);
    }
}
