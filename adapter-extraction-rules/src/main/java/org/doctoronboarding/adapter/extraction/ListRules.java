package org.doctoronboarding.adapter.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the list fields: languages, professional memberships, fellowships, awards, publications and areas
 * of clinical interest. Each comes from its own section, so a hospital named in the experience section is
 * never read as a membership.
 */
final class ListRules {

    private static final Pattern LANGUAGE_LABEL = Pattern.compile(
            "(?i)\\blanguages?(?:\\s+(?:spoken|known))?\\s*[:\\-–]\\s*(?<value>.+)$");
    private static final Pattern MEMBER_PREFIX = Pattern.compile(
            "(?i)^(?:(?:life|annual|associate|ordinary|founder|active)\\s+)?member(?:ship)?\\s*(?:of\\b|[,:–—-])?\\s*");
    private static final Pattern MEMBER_SUFFIX = Pattern.compile(
            "(?i)\\s*[,–—-]\\s*(?:(?:life|annual|associate|ordinary|founder|active)\\s+)?member(?:ship)?\\s*$");
    private static final Pattern BRANCH = Pattern.compile(
            "(?i)\\s*(?:,\\s*[\\p{L} ]+\\s+(?:branch|chapter)|\\(\\s*[\\p{L} ]+\\s+(?:branch|chapter)\\s*\\))\\s*$");
    private static final Pattern ABBREVIATION_FIRST = Pattern.compile(
            "^(?<abbreviation>[A-Z][A-Z&]{1,9})\\s*[–—:-]\\s+(?<name>.+)$");
    private static final Pattern ABBREVIATION_LIST = Pattern.compile("^[A-Z][A-Z&]{1,9}(?:\\s*,\\s*[A-Z][A-Z&]{1,9})+$");
    private static final Pattern TRAILING_YEAR = Pattern.compile("\\s*[,–—-]\\s*(?:19|20)\\d{2}\\b.*$");
    private static final Pattern DURATION = Pattern.compile(
            "\\s*\\(\\s*\\d+\\s*(?:months?|weeks?|years?|yrs?)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLICATION_ITEM = Pattern.compile(
            "(?i)^(?:published|publication|paper\\s+(?:on|in)|article|authored|co-authored)\\b");

    private final Vocabulary vocabulary;

    ListRules(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    void extract(CvText cv, ProfileFields fields) {
        putLanguages(cv, fields);
        putMemberships(cv, fields);
        putFellowships(cv, fields);
        putAwardsAndPublications(cv, fields);
        putInterests(cv, fields);
    }

    private void putLanguages(CvText cv, ProfileFields fields) {
        Map<String, CvLine> languages = new LinkedHashMap<>();
        for (CvLine line : cv.lines()) {
            Matcher labelled = LANGUAGE_LABEL.matcher(line.text());
            String text = labelled.find() ? labelled.group("value")
                    : line.section() == Section.LANGUAGES && !line.heading() ? line.text() : null;
            if (text != null) {
                for (TermMatcher.Hit hit : vocabulary.languages().findAll(text)) {
                    languages.putIfAbsent(hit.canonical(), line);
                }
            }
        }
        if (!languages.isEmpty()) {
            fields.put("languages_spoken", List.copyOf(languages.keySet()), ProfileFields.IN_SECTION,
                    languages.values().iterator().next());
        }
    }

    private void putMemberships(CvText cv, ProfileFields fields) {
        List<String> memberships = new ArrayList<>();
        List<ListItems.Item> items = ListItems.split(cv.in(Section.MEMBERSHIPS));
        for (ListItems.Item item : items) {
            String text = MEMBER_PREFIX.matcher(item.text()).replaceFirst("");
            text = MEMBER_SUFFIX.matcher(text).replaceFirst("");
            text = BRANCH.matcher(text).replaceFirst("").strip();
            if (ABBREVIATION_LIST.matcher(text).matches()) {
                for (String abbreviation : text.split("\\s*,\\s*")) {
                    ListItems.addIfNew(memberships, withFullName(abbreviation));
                }
            } else if (!text.isEmpty()) {
                ListItems.addIfNew(memberships, withFullName(text));
            }
        }
        if (!memberships.isEmpty()) {
            fields.put("professional_memberships", memberships, ProfileFields.IN_SECTION, items.getFirst().line());
        }
    }

    /** Writes a body as "Full Name (ABBR)" whether the CV gave "ABBR", "ABBR – Full Name" or the full name. */
    private String withFullName(String text) {
        if (ListItems.isAbbreviation(text)) {
            return vocabulary.organisationOf(text).map(name -> name + " (" + text + ")").orElse(text);
        }
        Matcher abbreviationFirst = ABBREVIATION_FIRST.matcher(text);
        if (abbreviationFirst.matches()) {
            return insertAbbreviation(abbreviationFirst.group("name"), abbreviationFirst.group("abbreviation"));
        }
        return text;
    }

    /** Puts "(ABBR)" after the first part of a name: "Fellowship in X, Body" becomes "Fellowship in X (ABBR), Body". */
    private static String insertAbbreviation(String name, String abbreviation) {
        int comma = name.indexOf(',');
        if (comma < 0) {
            return name + " (" + abbreviation + ")";
        }
        return name.substring(0, comma) + " (" + abbreviation + ")" + name.substring(comma);
    }

    private void putFellowships(CvText cv, ProfileFields fields) {
        List<String> fellowships = new ArrayList<>();
        List<ListItems.Item> items = ListItems.split(cv.in(Section.FELLOWSHIPS));
        for (ListItems.Item item : items) {
            String text = TRAILING_YEAR.matcher(DURATION.matcher(item.text()).replaceAll("")).replaceFirst("").strip();
            ListItems.addIfNew(fellowships, withFullName(text));
        }
        if (!fellowships.isEmpty()) {
            fields.put("fellowships", fellowships, ProfileFields.IN_SECTION, items.getFirst().line());
        }
    }

    private static void putAwardsAndPublications(CvText cv, ProfileFields fields) {
        List<String> awards = new ArrayList<>();
        List<String> publications = new ArrayList<>();
        CvLine awardLine = null;
        CvLine publicationLine = null;

        for (ListItems.Item item : ListItems.split(cv.in(Section.AWARDS))) {
            if (PUBLICATION_ITEM.matcher(item.text()).find()) {
                publications.add(item.text());
                publicationLine = publicationLine == null ? item.line() : publicationLine;
            } else if (ListItems.addIfNew(awards, item.text()) && awardLine == null) {
                awardLine = item.line();
            }
        }
        for (ListItems.Item item : ListItems.split(cv.in(Section.PUBLICATIONS))) {
            publications.add(item.text());
            publicationLine = publicationLine == null ? item.line() : publicationLine;
        }

        if (awardLine != null) {
            fields.put("awards_academic_honours", awards, ProfileFields.IN_SECTION, awardLine);
        }
        if (publicationLine != null) {
            fields.put("publications", publications, ProfileFields.IN_SECTION, publicationLine);
        }
    }

    private static void putInterests(CvText cv, ProfileFields fields) {
        List<String> interests = new ArrayList<>();
        List<ListItems.Item> items = ListItems.split(cv.in(Section.INTERESTS).stream()
                .filter(line -> !LANGUAGE_LABEL.matcher(line.text()).find())
                .toList());
        for (ListItems.Item item : items) {
            for (String part : item.text().split("\\s*;\\s*")) {
                String interest = part.strip().replaceAll("[.;]+$", "");
                if (!interest.isEmpty()) {
                    ListItems.addIfNew(interests, Character.toUpperCase(interest.charAt(0)) + interest.substring(1));
                }
            }
        }
        if (!interests.isEmpty()) {
            fields.put("areas_of_clinical_interest", interests, ProfileFields.HEURISTIC, items.getFirst().line());
        }
    }
}
