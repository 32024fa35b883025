package org.doctoronboarding.adapter.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the current centres of practice, the primary practice city and the consultation fee. */
final class PracticeRules {

    private static final Pattern CLINIC_LABEL = Pattern.compile(
            "(?i)^\\s*(?:clinic(?:\\s+address)?|hospital|current\\s+practice|practice|centre|center|works\\s+at)"
                    + "\\s*[:\\-–]\\s*(?<value>.+)$");
    private static final Pattern LOCATION_LABEL = Pattern.compile(
            "(?i)\\b(?:(?:location|city|practice\\s+location|place\\s+of\\s+practice)\\s*[:\\-–]|based\\s+(?:in|at))"
                    + "\\s*(?<value>[^|]+)");
    private static final Pattern ADDRESS_LABEL = Pattern.compile("(?i)\\b(?:address|clinic)\\b");
    private static final Pattern FEE_WORD = Pattern.compile("(?i)\\b(?:fees?|consultation|consulting|charges)\\b");
    private static final Pattern AMOUNT = Pattern.compile(
            "(?i)(?:₹|\\brs\\.?|\\binr|\\brupees)\\s*(?<amount>\\d[\\d,]*(?:\\.\\d{1,2})?)|(?<slash>\\d[\\d,]*)\\s*/-");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
    private static final Set<Section> ADDRESS_SECTIONS = Set.of(Section.CONTACT, Section.PERSONAL, Section.TOP);
    private static final double MIN_FEE = 50;
    private static final double MAX_FEE = 100_000;

    private final Vocabulary vocabulary;
    private final Organisations organisations;

    PracticeRules(Vocabulary vocabulary, Organisations organisations) {
        this.vocabulary = vocabulary;
        this.organisations = organisations;
    }

    void extract(CvText cv, List<ExperienceRules.Job> jobs, ProfileFields fields) {
        putCentres(cv, jobs, fields);
        putLocation(cv, jobs, fields);
        putFee(cv, fields);
    }

    private void putCentres(CvText cv, List<ExperienceRules.Job> jobs, ProfileFields fields) {
        List<String> centres = new ArrayList<>();
        List<CvLine> sources = new ArrayList<>();

        for (CvLine line : cv.lines()) {
            Matcher labelled = CLINIC_LABEL.matcher(line.text());
            if (labelled.matches()) {
                organisations.nameIn(labelled.group("value"), false).ifPresent(name -> add(centres, sources, name, line));
            }
        }
        for (ExperienceRules.Job job : jobs) {
            if (job.current()) {
                organisations.nameIn(job.text(), true).ifPresent(name -> add(centres, sources, name, job.line()));
            }
        }
        for (CvLine line : cv.in(Section.PRACTICE)) {
            organisations.nameIn(line.text(), false).ifPresent(name -> add(centres, sources, name, line));
        }

        if (!centres.isEmpty()) {
            fields.put("centres_of_practice", centres, ProfileFields.IN_SECTION, sources.getFirst());
        }
    }

    private static void add(List<String> centres, List<CvLine> sources, String name, CvLine line) {
        if (ListItems.addIfNew(centres, name)) {
            sources.add(line);
        }
    }

    private void putLocation(CvText cv, List<ExperienceRules.Job> jobs, ProfileFields fields) {
        for (CvLine line : cv.lines()) {
            Matcher labelled = LOCATION_LABEL.matcher(line.text());
            if (labelled.find() && putFirstCity(labelled.group("value"), line, ProfileFields.LABELLED, fields)) {
                return;
            }
        }
        for (CvLine line : cv.in(Section.TOP)) {
            if (putFirstCity(line.text(), line, ProfileFields.IN_SECTION, fields)) {
                return;
            }
        }
        for (CvLine line : cv.lines()) {
            boolean addressLine = ADDRESS_SECTIONS.contains(line.section()) && ADDRESS_LABEL.matcher(line.text()).find()
                    || line.section() == Section.CONTACT;
            if (addressLine && putFirstCity(line.text(), line, ProfileFields.IN_SECTION, fields)) {
                return;
            }
        }
        for (ExperienceRules.Job job : jobs) {
            if (job.current() && putFirstCity(job.text(), job.line(), ProfileFields.DERIVED, fields)) {
                return;
            }
        }
    }

    private boolean putFirstCity(String text, CvLine line, double confidence, ProfileFields fields) {
        String withoutEmails = EMAIL.matcher(text).replaceAll(" ");
        Optional<TermMatcher.Hit> city = vocabulary.cities().findFirst(withoutEmails);
        city.ifPresent(hit -> fields.put("primary_practice_location",
                cityAsWritten(withoutEmails.substring(hit.start(), hit.end()), hit.canonical()), confidence, line));
        return city.isPresent();
    }

    /**
     * Keeps the city's name as the CV writes it ("Bengaluru" stays "Bengaluru"), because both the old and the
     * new names are in use. A name written in capitals falls back to the vocabulary's spelling.
     */
    private static String cityAsWritten(String written, String canonical) {
        boolean mixedCase = !written.equals(written.toUpperCase(java.util.Locale.ROOT))
                && Character.isUpperCase(written.charAt(0));
        return mixedCase ? written : canonical;
    }

    private void putFee(CvText cv, ProfileFields fields) {
        List<CvLine> lines = cv.lines();
        List<Double> fees = new ArrayList<>();
        boolean previousMentionsFee = false;
        for (int i = 0; i < lines.size(); i++) {
            CvLine line = lines.get(i);
            boolean mentionsFee = FEE_WORD.matcher(line.text()).find();
            boolean feeContext = line.section() == Section.PRACTICE || mentionsFee || previousMentionsFee;
            previousMentionsFee = mentionsFee;
            if (!feeContext || line.section() == Section.PUBLICATIONS) {
                continue;
            }
            Optional<Double> amount = amountIn(line.text());
            if (amount.isPresent()) {
                if (fees.isEmpty()) {
                    fields.put("consultation_fee", amount.get(), ProfileFields.IN_SECTION, line);
                }
                if (!fees.contains(amount.get())) {
                    fees.add(amount.get());
                }
            }
        }
        if (fees.size() > 1) {
            fields.warn("The CV lists several fees " + fees + "; the first was taken as the consultation fee.");
        }
    }

    private static Optional<Double> amountIn(String text) {
        Matcher matcher = AMOUNT.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group("amount") != null ? matcher.group("amount") : matcher.group("slash");
            double amount = Double.parseDouble(digits.replace(",", ""));
            if (amount >= MIN_FEE && amount <= MAX_FEE) {
                return Optional.of(amount);
            }
        }
        return Optional.empty();
    }
}
