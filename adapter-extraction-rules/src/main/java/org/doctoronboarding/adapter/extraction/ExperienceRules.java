package org.doctoronboarding.adapter.extraction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the years of clinical experience and the centres where the doctor works now. */
final class ExperienceRules {

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+";
    static final Pattern DATE_RANGE = Pattern.compile("(?i)(?:" + MONTH + ")?(?<start>19\\d{2}|20\\d{2})\\s*(?:-|–|—|to)\\s*"
            + "(?:" + MONTH + ")?(?<end>19\\d{2}|20\\d{2}|present|till\\s+date|to\\s+date|current|now|ongoing|date)");
    private static final Pattern STATED = Pattern.compile(
            "(?i)(?<years>\\d{1,2})\\s*\\+?\\s*(?:years?|yrs?)\\b");
    private static final Pattern EXPERIENCE_WORD = Pattern.compile("(?i)\\bexperience\\b");
    private static final Pattern INTERNSHIP = Pattern.compile("(?i)\\b(?:intern|internship|house\\s+surgeon|house\\s+officer)\\b");
    private static final Pattern BULLET = Pattern.compile("^[-*•·▪●]\\s");
    private static final Set<Section> NOT_JOBS = Set.of(Section.EDUCATION, Section.FELLOWSHIPS, Section.AWARDS,
            Section.PUBLICATIONS, Section.CONFERENCES, Section.MEMBERSHIPS, Section.REGISTRATION, Section.PERSONAL);
    private static final int MAX_ENTRY_LINES = 3;

    private final Clock clock;

    ExperienceRules(Clock clock) {
        this.clock = clock;
    }

    /** A job with its dates: the line carrying the date range and the lines under it. */
    record Job(int startYear, boolean current, CvLine line, String text) {
    }

    /** Puts the years of experience and returns the jobs found, for the rules that read current centres. */
    List<Job> extract(CvText cv, ProfileFields fields) {
        List<Job> jobs = jobs(cv);
        putExperience(cv, jobs, fields);
        return jobs;
    }

    List<Job> jobs(CvText cv) {
        boolean hasSection = cv.has(Section.EXPERIENCE);
        List<CvLine> lines = cv.lines();
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            CvLine line = lines.get(i);
            boolean inScope = hasSection ? line.section() == Section.EXPERIENCE : !NOT_JOBS.contains(line.section());
            Matcher range = DATE_RANGE.matcher(line.text());
            if (!inScope || line.heading() || !range.find()) {
                continue;
            }
            String end = range.group("end").toLowerCase(Locale.ROOT);
            boolean current = !Character.isDigit(end.charAt(0));
            String text = line.text().substring(0, range.start()) + " " + line.text().substring(range.end())
                    + continuation(lines, i);
            jobs.add(new Job(Integer.parseInt(range.group("start")), current, line, text));
        }
        return jobs;
    }

    /** Returns the undated, unbulleted lines right under a dated line: they name the place of that job. */
    private static String continuation(List<CvLine> lines, int index) {
        StringBuilder text = new StringBuilder();
        CvLine start = lines.get(index);
        for (int i = index + 1; i < lines.size() && i <= index + MAX_ENTRY_LINES; i++) {
            CvLine next = lines.get(i);
            if (next.heading() || next.section() != start.section() || DATE_RANGE.matcher(next.text()).find()
                    || BULLET.matcher(next.text()).find()) {
                break;
            }
            text.append(", ").append(next.text());
        }
        return text.toString();
    }

    private void putExperience(CvText cv, List<Job> jobs, ProfileFields fields) {
        for (CvLine line : cv.lines()) {
            if (line.section() == Section.PUBLICATIONS || !EXPERIENCE_WORD.matcher(line.text()).find()) {
                continue;
            }
            Matcher stated = STATED.matcher(line.text());
            if (stated.find()) {
                fields.put("years_of_clinical_experience", Integer.parseInt(stated.group("years")),
                        ProfileFields.LABELLED, line);
                return;
            }
        }

        Integer mbbsYear = (Integer) fields.value("year_of_mbbs");
        Optional<Job> first = jobs.stream()
                .filter(job -> !INTERNSHIP.matcher(job.text()).find())
                .filter(job -> mbbsYear == null || job.startYear() >= mbbsYear)
                .min((a, b) -> Integer.compare(a.startYear(), b.startYear()));
        if (first.isEmpty()) {
            return;
        }
        int years = LocalDate.now(clock).getYear() - first.get().startYear();
        if (years >= 0) {
            fields.put("years_of_clinical_experience", years, ProfileFields.DERIVED, first.get().line());
            fields.warn("Years of clinical experience were counted from the earliest job after MBBS ("
                    + first.get().startYear() + "); the CV does not state them.");
        }
    }
}
