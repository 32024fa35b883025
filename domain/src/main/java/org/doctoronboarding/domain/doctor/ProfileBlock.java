package org.doctoronboarding.domain.doctor;

/** The six blocks of the onboarding questionnaire, plus the legacy compatibility fields. */
public enum ProfileBlock {
    PROFESSIONAL_IDENTITY,
    CREDENTIALS,
    CLINICAL_FOCUS,
    HUMAN_SIDE,
    PATIENT_VALUE,
    CONTENT_SEED,
    LEGACY
}
