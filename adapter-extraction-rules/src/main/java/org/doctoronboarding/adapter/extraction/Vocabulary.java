package org.doctoronboarding.adapter.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists the extractor matches against, read once from the resource files of this package:
 * specialties, degrees, medical councils, languages, cities, professional bodies and section headings.
 */
final class Vocabulary {

    /** How far a degree goes; decides which degree year is the year of specialisation. */
    enum DegreeLevel {
        UNDERGRADUATE, POSTGRADUATE, SUPER_SPECIALTY, DIPLOMA, POST_NOMINAL
    }

    private final TermMatcher specialties;
    private final Set<String> superSpecialties;
    private final List<String> specialtyValues;
    private final TermMatcher degrees;
    private final Map<String, DegreeLevel> degreeLevels;
    private final List<String> degreeValues;
    private final TermMatcher councilsByName;
    private final Pattern councilByState;
    private final Map<String, String> councilByStateKey;
    private final TermMatcher councilAbbreviations;
    private final TermMatcher languages;
    private final List<String> languageValues;
    private final TermMatcher cities;
    private final List<String> cityValues;
    private final Map<String, String> organisationByAbbreviation;
    private final Map<String, Section> sectionByHeading;

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NOT_LETTER_OR_SPACE = Pattern.compile("[^\\p{L}\\s]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Vocabulary INSTANCE = new Vocabulary();

    private Vocabulary() {
        List<VocabularyFile> specialtyEntries = VocabularyFile.load("specialties.txt");
        specialties = TermMatcher.of(specialtyEntries, true);
        superSpecialties = specialtyEntries.stream().filter(entry -> entry.tag().equals("*"))
                .map(VocabularyFile::canonical).collect(Collectors.toUnmodifiableSet());
        specialtyValues = canonicalValues(specialtyEntries);

        List<VocabularyFile> degreeEntries = VocabularyFile.load("degrees.txt");
        degrees = TermMatcher.of(degreeEntries, false);
        degreeLevels = new HashMap<>();
        for (VocabularyFile entry : degreeEntries) {
            degreeLevels.put(entry.canonical(), levelOf(entry));
        }
        degreeValues = canonicalValues(degreeEntries);

        List<VocabularyFile> councilEntries = VocabularyFile.load("medical-councils.txt");
        councilsByName = TermMatcher.of(councilEntries.stream()
                .map(entry -> new VocabularyFile(entry.canonical(), "", List.of())).toList(), true);
        // Abbreviations of three or more capitals stand alone ("KMC"); shorter ones such as "UP" only count
        // when "Medical Council" follows them.
        councilAbbreviations = TermMatcher.of(councilEntries.stream()
                .map(entry -> new VocabularyFile(entry.canonical(), "", entry.aliases().stream()
                        .filter(alias -> isAbbreviation(alias) && alias.length() >= 3 && !alias.contains("."))
                        .toList()))
                .toList(), false);
        councilByStateKey = new HashMap<>();
        List<String> stateNames = new ArrayList<>();
        for (VocabularyFile entry : councilEntries) {
            for (String alias : entry.aliases()) {
                councilByStateKey.put(stateKey(alias), entry.canonical());
                stateNames.add(Pattern.quote(alias));
            }
        }
        stateNames.sort((a, b) -> b.length() - a.length());
        councilByState = Pattern.compile("(?<![\\p{L}])(" + String.join("|", stateNames)
                + ")\\s*(?:State\\s+)?Medical\\s+Council", Pattern.CASE_INSENSITIVE);

        List<VocabularyFile> languageEntries = VocabularyFile.load("languages.txt");
        languages = TermMatcher.of(languageEntries, true);
        languageValues = canonicalValues(languageEntries);

        List<VocabularyFile> cityEntries = VocabularyFile.load("cities.txt");
        cities = TermMatcher.of(cityEntries, true);
        cityValues = canonicalValues(cityEntries);

        organisationByAbbreviation = new HashMap<>();
        for (VocabularyFile entry : VocabularyFile.load("organisations.txt")) {
            organisationByAbbreviation.put(entry.canonical(), entry.aliases().getFirst());
        }

        sectionByHeading = new HashMap<>();
        for (VocabularyFile entry : VocabularyFile.load("section-headings.txt")) {
            Section section = Section.valueOf(entry.canonical().toUpperCase(Locale.ROOT));
            for (String heading : entry.aliases()) {
                sectionByHeading.put(headingKey(heading), section);
            }
        }
    }

    /** Returns the vocabulary read from this package's resources; the files are read once per class loader. */
    static Vocabulary standard() {
        return INSTANCE;
    }

    /** Returns the specialty that a term such as "Paediatrician" or "Orthopaedic Surgeon" names. */
    Optional<String> specialtyOf(String term) {
        return specialties.lookup(term);
    }

    TermMatcher specialties() {
        return specialties;
    }

    boolean isSuperSpecialty(String specialty) {
        return superSpecialties.contains(specialty);
    }

    List<String> specialtyValues() {
        return specialtyValues;
    }

    /** Returns the degree abbreviation for a written form such as "M.B.B.S." or "M.Ch.". */
    Optional<String> degreeOf(String written) {
        return degrees.lookup(written);
    }

    TermMatcher degrees() {
        return degrees;
    }

    DegreeLevel degreeLevel(String degree) {
        return degreeLevels.get(degree);
    }

    List<String> degreeValues() {
        return degreeValues;
    }

    /** Returns the first council the text names, as a full name, skipping names inside "(formerly ...)". */
    Optional<String> councilIn(String text) {
        String current = text.replaceAll("(?i)\\((?:formerly|earlier|previously|erstwhile)[^)]*\\)", " ");

        List<TermMatcher.Hit> hits = new ArrayList<>();
        councilsByName.findFirst(current).ifPresent(hits::add);
        Matcher state = councilByState.matcher(current);
        if (state.find()) {
            String council = councilByStateKey.get(stateKey(state.group(1)));
            if (council != null) {
                hits.add(new TermMatcher.Hit(council, state.start(), state.end()));
            }
        }
        councilAbbreviations.findFirst(current).ifPresent(hits::add);
        return hits.stream().min((a, b) -> Integer.compare(a.start(), b.start())).map(TermMatcher.Hit::canonical);
    }

    /** Returns the full council name for an abbreviation such as "KMC", or a state name such as "Karnataka". */
    Optional<String> councilOf(String abbreviationOrState) {
        return Optional.ofNullable(councilByStateKey.get(stateKey(abbreviationOrState)));
    }

    TermMatcher languages() {
        return languages;
    }

    List<String> languageValues() {
        return languageValues;
    }

    TermMatcher cities() {
        return cities;
    }

    /** Returns the canonical city for a name such as "Bengaluru" or "Bombay". */
    Optional<String> cityOf(String name) {
        return cities.lookup(name);
    }

    List<String> cityValues() {
        return cityValues;
    }

    /** Returns the full name of a professional body written as an abbreviation, such as "IMA". */
    Optional<String> organisationOf(String abbreviation) {
        return Optional.ofNullable(organisationByAbbreviation.get(abbreviation.strip()));
    }

    /** Returns the section a heading line opens, if the line is a known heading. */
    Optional<Section> sectionOf(String line) {
        return Optional.ofNullable(sectionByHeading.get(headingKey(line)));
    }

    /** Reduces a heading to lower-case words: no bracketed note, "&" read as "and", no punctuation. */
    static String headingKey(String heading) {
        String key = BRACKETED.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll(" ").replace("&", " and ");
        key = NOT_LETTER_OR_SPACE.matcher(key).replaceAll(" ");
        return SPACES.matcher(key).replaceAll(" ").strip();
    }

    private static String stateKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}&]", "");
    }

    private static boolean isAbbreviation(String alias) {
        return alias.replace(".", "").replace("&", "").chars().allMatch(Character::isUpperCase)
                && alias.replace(".", "").length() >= 2;
    }

    private static DegreeLevel levelOf(VocabularyFile entry) {
        return switch (entry.tag()) {
            case "ug" -> DegreeLevel.UNDERGRADUATE;
            case "pg" -> DegreeLevel.POSTGRADUATE;
            case "super" -> DegreeLevel.SUPER_SPECIALTY;
            case "diploma" -> DegreeLevel.DIPLOMA;
            case "post-nominal" -> DegreeLevel.POST_NOMINAL;
            default -> throw new IllegalStateException("Degree " + entry.canonical()
                    + " has unknown level [" + entry.tag() + "]; use ug, pg, super, diploma or post-nominal");
        };
    }

    private static List<String> canonicalValues(List<VocabularyFile> entries) {
        return entries.stream().map(VocabularyFile::canonical).toList();
    }
}
