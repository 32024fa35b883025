package org.doctoronboarding.adapter.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the medical registration number, the council that issued it and the year of registration. */
final class RegistrationRules {

    private static final Pattern REGISTRATION_KEYWORD = Pattern.compile(
            "(?i)\\b(?:reg(?:n|d|istration|istered)?|licen[cs]e|medical\\s+council)\\b");
    private static final Pattern LABELLED_NUMBER = Pattern.compile(
            "(?i)\\b(?:reg(?:n|istration)?\\.?\\s*(?:no|number|num|#)?\\.?|registration|licen[cs]e\\s*(?:no|number)?\\.?)"
                    + "\\s*[:#.\\-–]?\\s*(?<number>[A-Z0-9][A-Z0-9/\\-.]*\\d[A-Z0-9/\\-]*)");
    private static final Pattern BARE_NUMBER = Pattern.compile(
            "(?<![\\w/-])(?<number>(?:[A-Z]{2,}[/-])[A-Z0-9/\\-]*\\d[A-Z0-9/\\-]*|\\d{4,7})(?![\\w/-])");
    private static final Pattern YEAR_AFTER_NUMBER = Pattern.compile("^\\s*\\((19[5-9]\\d|20[0-4]\\d)\\)");
    private static final Pattern REGISTRATION_DATE = Pattern.compile(
            "(?i)\\b(?:date\\s+of\\s+reg(?:istration|n)?\\.?|reg(?:istration|n)?\\.?\\s+date|registered(?:\\s+(?:on|in))?"
                    + "|year\\s+of\\s+reg(?:istration|n)?\\.?|dated|reg(?:istration|n)?\\.?\\s+year)\\s*[:\\-–]?\\s*"
                    + "(?<date>[^;|]{0,24}?(?:19[5-9]\\d|20[0-4]\\d))");

    private final Vocabulary vocabulary;

    RegistrationRules(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    void extract(CvText cv, ProfileFields fields) {
        List<CvLine> context = registrationLines(cv);

        for (CvLine line : context) {
            Optional<Found> number = numberIn(line, cv.has(Section.REGISTRATION));
            if (number.isPresent()) {
                fields.put("registration_number", number.get().number(),
                        number.get().labelled() ? ProfileFields.LABELLED : ProfileFields.IN_SECTION, line);
                yearAfterNumber(line.text(), number.get()).ifPresent(year ->
                        fields.put("registration_year", year, ProfileFields.IN_SECTION, line));
                break;
            }
        }
        if (!fields.has("registration_number")) {
            fields.warn("No medical registration number was found; ask the doctor for it.");
            return;
        }

        putCouncil(context, fields);
        if (!fields.has("registration_year")) {
            putRegistrationDate(context, fields);
        }
    }

    /** Returns the lines of the registration section and every other line that mentions registration. */
    private static List<CvLine> registrationLines(CvText cv) {
        List<CvLine> lines = new ArrayList<>(cv.in(Section.REGISTRATION));
        for (CvLine line : cv.lines()) {
            if (line.section() != Section.REGISTRATION && line.section() != Section.PUBLICATIONS
                    && line.section() != Section.AWARDS && REGISTRATION_KEYWORD.matcher(line.text()).find()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static Optional<Found> numberIn(CvLine line, boolean hasSection) {
        Matcher labelled = LABELLED_NUMBER.matcher(line.text());
        while (labelled.find()) {
            String number = trimNumber(labelled.group("number"));
            if (!isYearOrDate(number)) {
                return Optional.of(new Found(number, labelled.end("number"), true));
            }
        }
        if (line.section() != Section.REGISTRATION && hasSection) {
            return Optional.empty();
        }
        Matcher bare = BARE_NUMBER.matcher(line.text());
        while (bare.find()) {
            String number = trimNumber(bare.group("number"));
            if (!isYearOrDate(number)) {
                return Optional.of(new Found(number, bare.end("number"), false));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> yearAfterNumber(String text, Found number) {
        Matcher matcher = YEAR_AFTER_NUMBER.matcher(text.substring(number.end()));
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    private void putCouncil(List<CvLine> context, ProfileFields fields) {
        for (CvLine line : context) {
            Optional<String> council = vocabulary.councilIn(line.text());
            if (council.isPresent()) {
                fields.put("medical_council", council.get(), ProfileFields.IN_SECTION, line);
                return;
            }
        }
        // A suffix or prefix such as "887766-KMC" or "DMC/R/04518" names the council too.
        String number = (String) fields.value("registration_number");
        for (String part : number.split("[/\\-.]")) {
            Optional<String> council = vocabulary.councilOf(part);
            if (part.length() >= 3 && council.isPresent()) {
                fields.put("medical_council", council.get(), ProfileFields.DERIVED, context.getFirst());
                return;
            }
        }
        fields.warn("The medical council that issued the registration number was not found.");
    }

    private static void putRegistrationDate(List<CvLine> context, ProfileFields fields) {
        for (CvLine line : context) {
            Matcher matcher = REGISTRATION_DATE.matcher(line.text());
            if (matcher.find()) {
                Years.first(matcher.group("date")).ifPresent(year ->
                        fields.put("registration_year", year, ProfileFields.IN_SECTION, line));
                return;
            }
        }
    }

    private static String trimNumber(String number) {
        return number.replaceAll("[.\\-/]+$", "");
    }

    private static boolean isYearOrDate(String number) {
        return number.matches("(19|20)\\d{2}") || number.matches("\\d{1,2}[/\\-.]\\d{1,2}[/\\-.]\\d{2,4}");
    }

    private record Found(String number, int end, boolean labelled) {
    }
}
