package org.doctoronboarding.adapter.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doctoronboarding.domain.ValidationException;
import org.doctoronboarding.domain.doctor.Gender;
import org.doctoronboarding.domain.doctor.Title;

/** Reads the doctor's name, title and gender. */
final class IdentityRules {

    private static final Pattern TITLED_NAME = Pattern.compile(
            "^\\(?\\s*(?<title>prof(?:essor)?\\.?\\s*(?:dr\\.?|doctor)?|dr\\.?|doctor)\\s+"
                    + "(?:\\((?:mrs|ms|miss|mr|smt|shri)\\.?\\)\\s*)?(?<name>.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Lu}\\.");
    private static final Set<String> NOT_NAME_WORDS = Set.of("curriculum", "vitae", "cv", "resume", "résumé",
            "profile", "consultant", "senior", "hospital", "clinic", "md", "mbbs", "ms");
    private static final int MAX_NAME_WORDS = 4;
    private static final Pattern LABELLED_GENDER = Pattern.compile(
            "(?i)\\b(?:gender|sex)\\s*[:\\-–]\\s*(male|female|other|m|f)\\b");
    private static final Pattern HONORIFIC = Pattern.compile("^\\(?(Mrs|Ms|Miss|Mr)\\.?\\)?\\s");
    private static final Pattern HONORIFIC_AFTER_TITLE = Pattern.compile("(?i)^(?:dr\\.?|prof\\.?)\\s*\\((mrs|ms|miss|mr)\\.?\\)");
    private static final Pattern MALE_PRONOUN = Pattern.compile("\\b(?:he|his|him|himself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEMALE_PRONOUN = Pattern.compile("\\b(?:she|her|hers|herself)\\b", Pattern.CASE_INSENSITIVE);
    private static final int TOP_LINES_SEARCHED = 12;

    void extract(CvText cv, ProfileFields fields) {
        extractName(cv, fields);
        extractGender(cv, fields);
    }

    // NOTE: a name written without a title ("Anjali Desai" alone) is not read, because without the title
    // a line of two capitalised words is indistinguishable from a heading or a hospital name.
    private void extractName(CvText cv, ProfileFields fields) {
        List<CvLine> candidates = new ArrayList<>(cv.lines().subList(0, Math.min(TOP_LINES_SEARCHED, cv.lines().size())));
        candidates.addAll(cv.lines());
        for (CvLine line : candidates) {
            Optional<TitledName> name = titledName(line.text());
            if (name.isPresent()) {
                putName(name.get(), line, fields);
                return;
            }
        }
        fields.warn("No name with a title such as 'Dr.' was found; enter the doctor's name by hand.");
    }

    private static void putName(TitledName name, CvLine line, ProfileFields fields) {
        List<String> words = name.words();
        fields.put("title", name.title().value(), ProfileFields.LABELLED, line);
        if (words.size() >= 2) {
            fields.put("first_name", String.join(" ", words.subList(0, words.size() - 1)),
                    words.size() == 2 ? ProfileFields.LABELLED : ProfileFields.DERIVED, line);
            fields.put("last_name", words.getLast(), ProfileFields.LABELLED, line);
        } else {
            fields.put("first_name", words.getFirst(), ProfileFields.HEURISTIC, line);
        }
        fields.put("full_name", writtenTitle(name.title()) + " " + String.join(" ", words), ProfileFields.LABELLED, line);
        if (name.wasAllCapitals()) {
            fields.warn("The name is written in capitals; check the spelling of '" + String.join(" ", words) + "'.");
        }
    }

    /** Reads "Dr. Anjali Desai ..." at the start of a line: the title and up to four capitalised words. */
    static Optional<TitledName> titledName(String text) {
        Matcher matcher = TITLED_NAME.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Title title;
        try {
            title = Title.parse(matcher.group("title"));
        } catch (ValidationException e) {
            return Optional.empty();
        }

        String rest = matcher.group("name");
        boolean allCapitals = rest.equals(rest.toUpperCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        for (String token : rest.split("\\s+")) {
            if (words.size() == MAX_NAME_WORDS || !NAME_WORD.matcher(token).matches()
                    || NOT_NAME_WORDS.contains(token.toLowerCase(Locale.ROOT).replace(".", ""))) {
                break;
            }
            words.add(allCapitals ? capitalise(token) : token);
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TitledName(title, words, allCapitals));
    }

    private void extractGender(CvText cv, ProfileFields fields) {
        for (CvLine line : cv.lines()) {
            Matcher labelled = LABELLED_GENDER.matcher(line.text());
            if (labelled.find()) {
                fields.put("gender", Gender.parse(labelled.group(1)).value(), ProfileFields.LABELLED, line);
                return;
            }
        }
        for (CvLine line : cv.lines()) {
            Optional<Gender> byHonorific = genderOfHonorific(line.text());
            if (byHonorific.isPresent()) {
                fields.put("gender", byHonorific.get().value(), ProfileFields.IN_SECTION, line);
                return;
            }
        }
        genderFromPronouns(cv, fields);
    }

    private static Optional<Gender> genderOfHonorific(String text) {
        Matcher matcher = HONORIFIC.matcher(text);
        Matcher afterTitle = HONORIFIC_AFTER_TITLE.matcher(text);
        String honorific = matcher.find() ? matcher.group(1) : afterTitle.find() ? afterTitle.group(1) : null;
        if (honorific == null) {
            return Optional.empty();
        }
        return Optional.of(honorific.equalsIgnoreCase("mr") ? Gender.MALE : Gender.FEMALE);
    }

    /** Uses third-person pronouns in the profile summary, but only when the summary uses one gender's. */
    private static void genderFromPronouns(CvText cv, ProfileFields fields) {
        CvLine maleLine = null;
        CvLine femaleLine = null;
        for (CvLine line : cv.in(Section.SUMMARY)) {
            if (maleLine == null && MALE_PRONOUN.matcher(line.text()).find()) {
                maleLine = line;
            }
            if (femaleLine == null && FEMALE_PRONOUN.matcher(line.text()).find()) {
                femaleLine = line;
            }
        }
        if ((maleLine == null) == (femaleLine == null)) {
            return;
        }
        CvLine line = maleLine != null ? maleLine : femaleLine;
        fields.put("gender", (maleLine != null ? Gender.MALE : Gender.FEMALE).value(), ProfileFields.HEURISTIC, line);
        fields.warn("Gender was inferred from the pronouns in the profile summary; confirm it with the doctor.");
    }

    private static String writtenTitle(Title title) {
        return switch (title) {
            case DR -> "Dr.";
            case PROF -> "Prof.";
            case PROF_DR -> "Prof. Dr.";
        };
    }

    private static String capitalise(String word) {
        StringBuilder result = new StringBuilder(word.length());
        boolean startOfPart = true;
        for (char c : word.toCharArray()) {
            result.append(startOfPart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            startOfPart = c == '-' || c == '\'' || c == '’' || c == '.';
        }
        return result.toString();
    }

    /** A name read after a title; the words are capitalised as a name even when the CV prints capitals. */
    record TitledName(Title title, List<String> words, boolean wasAllCapitals) {
    }
}
