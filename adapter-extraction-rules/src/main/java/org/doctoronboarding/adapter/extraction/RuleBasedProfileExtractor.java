package org.doctoronboarding.adapter.extraction;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.doctoronboarding.application.port.in.ExtractedProfile;
import org.doctoronboarding.application.port.out.DocumentText;
import org.doctoronboarding.application.port.out.ProfileExtractor;

/**
 * Extracts profile fields from a CV's text with fixed rules and word lists, without any network service.
 * Every field is taken from a line that states it; a field the CV does not state is left out.
 */
public final class RuleBasedProfileExtractor implements ProfileExtractor {

    private final Vocabulary vocabulary = Vocabulary.standard();
    private final IdentityRules identity = new IdentityRules();
    private final ContactRules contact = new ContactRules();
    private final EducationRules education = new EducationRules(vocabulary);
    private final RegistrationRules registration = new RegistrationRules(vocabulary);
    private final ExperienceRules experience;
    private final PracticeRules practice;
    private final ListRules lists = new ListRules(vocabulary);

    /**
     * Creates an extractor.
     *
     * @param clock the clock that gives the current year, from which experience is counted when a CV
     *     lists job dates but states no total
     */
    public RuleBasedProfileExtractor(Clock clock) {
        this.experience = new ExperienceRules(Objects.requireNonNull(clock, "clock"));
        this.practice = new PracticeRules(vocabulary, new Organisations(vocabulary));
    }

    @Override
    public ExtractedProfile extract(DocumentText text) {
        CvText cv = CvText.of(text, vocabulary);
        ProfileFields fields = new ProfileFields();

        identity.extract(cv, fields);
        contact.extract(cv, fields);
        education.extract(cv, fields);
        registration.extract(cv, fields);
        List<ExperienceRules.Job> jobs = experience.extract(cv, fields);
        practice.extract(cv, jobs, fields);
        lists.extract(cv, fields);

        return fields.toProfile();
    }
}
