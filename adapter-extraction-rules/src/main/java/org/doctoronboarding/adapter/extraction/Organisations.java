package org.doctoronboarding.adapter.extraction;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Picks the name of a hospital or clinic out of a line such as "Senior Consultant - Apollo Hospitals, Chennai". */
final class Organisations {

    static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s*[,|:;·\\t]\\s*|\\s+[-–—]\\s+|\\s{3,}");
    private static final Pattern INSTITUTION = Pattern.compile(
            "(?i)\\b(?:hospitals?|clinics?|centre|center|institute|nursing\\s+home|polyclinic|care|healthcare|"
                    + "medical\\s+college|infirmary|dispensary|medicity|health|trust|foundation|diagnostics)\\b");
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(?:consultant|resident|physician|surgeon|officer|director|head|professor|founder|proprietor|"
                    + "lecturer|registrar|fellow|visiting|senior|junior|hod|chief|attending|specialist|intern|"
                    + "partner|owner|practitioner|tutor|in-charge|incharge|department|dept)\\b");
    private static final Pattern SCHEDULE = Pattern.compile(
            "(?i)\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\\b.*|\\b(?:opd|morning|evening|daily|on\\s+call)\\b.*|\\d.*");
    private static final Pattern LEADING_MARKER = Pattern.compile("^(?:[-*•·▪●]|\\d{1,2}[.)])\\s+");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)?");
    private static final int MAX_NAME_WORDS = 7;

    private final Vocabulary vocabulary;

    Organisations(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Returns the segment of the text that names an institution. A segment with a word such as "Hospital"
     * or "Clinic" wins; when there is none and {@code allowUnmarked} is set, the first segment that is not a
     * role, a specialty or a city is taken.
     */
    Optional<String> nameIn(String text, boolean allowUnmarked) {
        String cleaned = BRACKETED.matcher(LEADING_MARKER.matcher(text.strip()).replaceFirst("")).replaceAll(" ");
        String[] segments = SEGMENT_SEPARATOR.split(cleaned);
        for (String segment : segments) {
            String name = withoutSchedule(segment);
            if (INSTITUTION.matcher(name).find() && isNameLike(name) && !isOnlyInstitutionWord(name)) {
                return Optional.of(name);
            }
        }
        if (!allowUnmarked) {
            return Optional.empty();
        }
        for (String segment : segments) {
            String name = withoutSchedule(segment);
            if (isNameLike(name) && !ROLE.matcher(name).find() && vocabulary.cityOf(name).isEmpty()
                    && vocabulary.specialties().findFirst(name).isEmpty()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String withoutSchedule(String segment) {
        return SCHEDULE.matcher(segment).replaceFirst("").strip().replaceAll("[\\s,.–-]+$", "");
    }

    /** Accepts "Lotus Women & Child Hospital" but not "Emergency obstetric calls attended at ...". */
    private static boolean isNameLike(String text) {
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        String[] words = text.split("\\s+");
        if (words.length > MAX_NAME_WORDS) {
            return false;
        }
        for (String word : words) {
            boolean connector = word.equals("&") || Pattern.matches("(?i)of|and|for|the|de|at|in", word);
            if (!connector && !Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOnlyInstitutionWord(String text) {
        return INSTITUTION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").isBlank();
    }
}
