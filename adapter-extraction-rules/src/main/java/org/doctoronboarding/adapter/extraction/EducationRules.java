package org.doctoronboarding.adapter.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doctoronboarding.adapter.extraction.Vocabulary.DegreeLevel;

/** Reads qualifications, the MBBS year, the specialty and the year of specialisation. */
final class EducationRules {

    private static final Pattern LABELLED_SPECIALTY = Pattern.compile(
            "(?i)^\\s*(?:specialty|speciality|specialisation|specialization|department)\\s*[:\\-–]\\s*(.+)$");
    private static final Pattern LABELLED_QUALIFICATIONS = Pattern.compile(
            "(?i)^\\s*(?:qualifications?|degrees?)\\s*[:\\-–]\\s*(.+)$");
    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s*[|·•;,]\\s*|\\s+[-–—]\\s+");
    private static final Pattern DEGREE_QUALIFIER_END = Pattern.compile("\\s[-–—]\\s|[|,;]|\\s\\d{4}");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
    private static final Set<Section> NEVER_EDUCATION = Set.of(Section.AWARDS, Section.PUBLICATIONS,
            Section.EXPERIENCE, Section.FELLOWSHIPS, Section.CONFERENCES, Section.MEMBERSHIPS, Section.PRACTICE,
            Section.REGISTRATION);
    private static final int QUALIFIER_LENGTH = 45;

    private final Vocabulary vocabulary;

    EducationRules(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A degree as the CV lists it, with the year and specialty written beside it when there are any. */
    record DegreeEntry(String degree, DegreeLevel level, Integer year, String specialty, CvLine line) {
    }

    void extract(CvText cv, ProfileFields fields) {
        List<DegreeEntry> entries = degreeEntries(cv);
        putQualifications(entries, fields);
        putMbbsYear(entries, fields);
        putSpecialty(cv, entries, fields);
        putSpecialisationYear(entries, fields);
    }

    private List<DegreeEntry> degreeEntries(CvText cv) {
        boolean hasEducationSection = cv.has(Section.EDUCATION);
        List<DegreeEntry> entries = new ArrayList<>();
        List<CvLine> lines = cv.lines();
        for (int i = 0; i < lines.size(); i++) {
            CvLine line = lines.get(i);
            if (!isEducationLine(line, hasEducationSection)) {
                continue;
            }
            List<TermMatcher.Hit> hits = vocabulary.degrees().findAll(line.text());
            if (hits.isEmpty()) {
                continue;
            }
            String entryText = line.text() + " " + continuation(lines, i, hasEducationSection);
            boolean oneDegree = hits.size() == 1;
            for (TermMatcher.Hit hit : hits) {
                Integer year = oneDegree && line.section() != Section.TOP ? Years.first(entryText).orElse(null) : null;
                entries.add(new DegreeEntry(hit.canonical(), vocabulary.degreeLevel(hit.canonical()), year,
                        qualifierSpecialty(line.text(), hit).orElse(null), line));
            }
        }
        return entries;
    }

    private boolean isEducationLine(CvLine line, boolean hasEducationSection) {
        if (line.heading()) {
            return false;
        }
        if (line.section() == Section.EDUCATION || line.section() == Section.TOP) {
            return true;
        }
        if (LABELLED_QUALIFICATIONS.matcher(line.text()).matches()) {
            return true;
        }
        return !hasEducationSection && !NEVER_EDUCATION.contains(line.section())
                && Years.first(line.text()).isPresent();
    }

    /** Returns the text of the lines after an education line that carry no degree of their own. */
    private String continuation(List<CvLine> lines, int index, boolean hasEducationSection) {
        StringBuilder text = new StringBuilder();
        CvLine start = lines.get(index);
        for (int i = index + 1; i < lines.size() && i <= index + 3; i++) {
            CvLine next = lines.get(i);
            if (next.heading() || next.section() != start.section()
                    || !vocabulary.degrees().findAll(next.text()).isEmpty()) {
                break;
            }
            text.append(' ').append(next.text());
        }
        return text.toString();
    }

    /** Reads the specialty written right after a degree: "DM in Cardiology", "M.D. (Paed.)", "MS Ortho". */
    private Optional<String> qualifierSpecialty(String text, TermMatcher.Hit hit) {
        String after = text.substring(hit.end(), Math.min(text.length(), hit.end() + QUALIFIER_LENGTH));
        Matcher end = DEGREE_QUALIFIER_END.matcher(after);
        String qualifier = end.find() && end.start() > 0 ? after.substring(0, end.start()) : after;
        return vocabulary.specialties().findFirst(qualifier).map(TermMatcher.Hit::canonical);
    }

    private static void putQualifications(List<DegreeEntry> entries, ProfileFields fields) {
        Map<String, CvLine> degrees = new LinkedHashMap<>();
        for (DegreeEntry entry : entries) {
            degrees.putIfAbsent(entry.degree(), entry.line());
        }
        if (degrees.isEmpty()) {
            fields.warn("No degree (MBBS, MD, MS ...) was found.");
            return;
        }
        fields.put("qualifications", List.copyOf(degrees.keySet()), ProfileFields.IN_SECTION,
                degrees.values().iterator().next());
    }

    private static void putMbbsYear(List<DegreeEntry> entries, ProfileFields fields) {
        entries.stream()
                .filter(entry -> entry.level() == DegreeLevel.UNDERGRADUATE && entry.year() != null)
                .min(Comparator.comparing(DegreeEntry::year))
                .ifPresent(entry -> fields.put("year_of_mbbs", entry.year(), ProfileFields.IN_SECTION, entry.line()));
    }

    private void putSpecialty(CvText cv, List<DegreeEntry> entries, ProfileFields fields) {
        for (CvLine line : cv.lines()) {
            Matcher labelled = LABELLED_SPECIALTY.matcher(line.text());
            if (labelled.matches()) {
                Optional<TermMatcher.Hit> hit = vocabulary.specialties().findFirst(labelled.group(1));
                if (hit.isPresent()) {
                    fields.put("specialty", hit.get().canonical(), ProfileFields.LABELLED, line);
                    return;
                }
            }
        }
        for (CvLine line : cv.in(Section.TOP)) {
            Optional<String> specialty = headlineSpecialty(line.text());
            if (specialty.isPresent()) {
                fields.put("specialty", specialty.get(), ProfileFields.IN_SECTION, line);
                return;
            }
        }
        Optional<DegreeEntry> highest = entries.stream()
                .filter(entry -> entry.specialty() != null)
                .filter(entry -> entry.level() == DegreeLevel.SUPER_SPECIALTY || entry.level() == DegreeLevel.POSTGRADUATE)
                .min(Comparator.comparing((DegreeEntry entry) -> entry.level() != DegreeLevel.SUPER_SPECIALTY));
        if (highest.isPresent()) {
            fields.put("specialty", highest.get().specialty(), ProfileFields.DERIVED, highest.get().line());
            return;
        }
        List<CvLine> summary = cv.in(Section.SUMMARY);
        if (!summary.isEmpty()) {
            vocabulary.specialties().findFirst(withoutEmails(summary.getFirst().text())).ifPresent(hit ->
                    fields.put("specialty", hit.canonical(), ProfileFields.HEURISTIC, summary.getFirst()));
        }
        if (!fields.has("specialty")) {
            fields.warn("No specialty was found; choose one from the list.");
        }
    }

    /** Finds a specialty in a headline line, skipping the parts that list degrees and e-mail addresses. */
    private Optional<String> headlineSpecialty(String text) {
        for (String segment : SEGMENT_SEPARATOR.split(withoutEmails(text))) {
            if (!vocabulary.degrees().findAll(segment).isEmpty()) {
                continue;
            }
            Optional<TermMatcher.Hit> hit = vocabulary.specialties().findFirst(segment);
            if (hit.isPresent()) {
                return Optional.of(hit.get().canonical());
            }
        }
        return Optional.empty();
    }

    private void putSpecialisationYear(List<DegreeEntry> entries, ProfileFields fields) {
        Object specialty = fields.value("specialty");
        // A DM or MCh counts when it is the degree behind the specialty: written beside it ("DM Cardiology"),
        // or written bare while the specialty is one that only a DM or MCh leads to.
        Optional<DegreeEntry> chosen = earliest(entries, entry -> entry.level() == DegreeLevel.SUPER_SPECIALTY
                && (specialty != null && specialty.equals(entry.specialty())
                        || entry.specialty() == null && specialty instanceof String name
                                && vocabulary.isSuperSpecialty(name)))
                .or(() -> earliest(entries, entry -> entry.level() == DegreeLevel.POSTGRADUATE))
                .or(() -> earliest(entries, entry -> entry.level() == DegreeLevel.SUPER_SPECIALTY))
                .or(() -> earliest(entries, entry -> entry.level() == DegreeLevel.DIPLOMA));
        chosen.ifPresent(entry -> fields.put("year_of_specialisation", entry.year(), ProfileFields.IN_SECTION,
                entry.line()));
    }

    private static Optional<DegreeEntry> earliest(List<DegreeEntry> entries,
            Predicate<DegreeEntry> filter) {
        return entries.stream()
                .filter(entry -> entry.year() != null)
                .filter(filter)
                .min(Comparator.comparing(DegreeEntry::year));
    }

    private static String withoutEmails(String text) {
        return EMAIL.matcher(text).replaceAll(" ");
    }
}
