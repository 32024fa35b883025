package org.doctoronboarding.adapter.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doctoronboarding.domain.ValidationException;
import org.doctoronboarding.domain.doctor.Email;
import org.doctoronboarding.domain.doctor.PhoneNumber;

/** Reads the e-mail address and the mobile number. */
final class ContactRules {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE_CANDIDATE = Pattern.compile("(?<![\\d/])\\+?\\d[\\d\\s().-]{7,18}\\d(?![\\d/])");
    private static final Pattern LANDLINE_LABEL = Pattern.compile(
            "(?i)\\b(?:clinic|landline|tel|telephone|office|hospital|fax|res|residence|std)\\b");
    private static final Pattern MOBILE_LABEL = Pattern.compile("(?i)\\b(?:mobile|mob|cell|whatsapp|m)\\b\\s*[:.]");
    private static final Set<Section> SKIPPED = Set.of(Section.PUBLICATIONS, Section.CONFERENCES);

    void extract(CvText cv, ProfileFields fields) {
        extractEmail(cv, fields);
        extractPhone(cv, fields);
    }

    private void extractEmail(CvText cv, ProfileFields fields) {
        Map<String, CvLine> found = new LinkedHashMap<>();
        for (CvLine line : cv.lines()) {
            if (line.text().indexOf('@') < 0) {
                continue;
            }
            Matcher matcher = EMAIL.matcher(line.text());
            while (matcher.find()) {
                try {
                    found.putIfAbsent(Email.parse(matcher.group()).value(), line);
                } catch (ValidationException e) {
                    // Text shaped like an address that the Email rules reject is not an address.
                }
            }
        }
        if (found.isEmpty()) {
            fields.warn("No e-mail address was found.");
            return;
        }
        Map.Entry<String, CvLine> first = found.entrySet().iterator().next();
        fields.put("email", first.getKey(), ProfileFields.LABELLED, first.getValue());
        if (found.size() > 1) {
            fields.warn("The CV lists " + found.size() + " e-mail addresses " + found.keySet()
                    + "; the first was taken.");
        }
    }

    private void extractPhone(CvText cv, ProfileFields fields) {
        List<PhoneCandidate> mobiles = new ArrayList<>();
        for (CvLine line : cv.lines()) {
            if (SKIPPED.contains(line.section())) {
                continue;
            }
            Matcher matcher = PHONE_CANDIDATE.matcher(line.text());
            while (matcher.find()) {
                parseMobile(matcher.group()).ifPresent(number ->
                        mobiles.add(new PhoneCandidate(number, line, isMarkedLandline(line.text(), matcher.end()),
                                MOBILE_LABEL.matcher(line.text()).find())));
            }
        }
        if (mobiles.isEmpty()) {
            fields.warn("No Indian mobile number was found.");
            return;
        }

        PhoneCandidate chosen = mobiles.stream().filter(PhoneCandidate::labelledMobile).findFirst()
                .or(() -> mobiles.stream().filter(candidate -> !candidate.markedLandline()).findFirst())
                .orElse(mobiles.getFirst());
        fields.put("phone_number", chosen.number(),
                chosen.markedLandline() ? ProfileFields.HEURISTIC : ProfileFields.LABELLED, chosen.line());

        long distinct = mobiles.stream().map(PhoneCandidate::number).distinct().count();
        if (distinct > 1) {
            fields.warn("The CV lists " + distinct + " different phone numbers; check that "
                    + chosen.number() + " is the doctor's mobile.");
        }
    }

    private static Optional<String> parseMobile(String raw) {
        try {
            return Optional.of(PhoneNumber.parse(raw).value());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** Returns whether the words right after the number mark it as a clinic or landline number. */
    private static boolean isMarkedLandline(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 14));
        return LANDLINE_LABEL.matcher(after).find();
    }

    private record PhoneCandidate(String number, CvLine line, boolean markedLandline, boolean labelledMobile) {
    }
}
