package org.doctoronboarding.domain.doctor;

import java.time.Instant;

/** Builds valid doctors and their parts for domain tests, with fixed instants so results are exact. */
final class DoctorFixtures {

    static final Instant REGISTERED_AT = Instant.parse("2025-01-10T08:00:00Z");
    static final Instant LAST_CHANGED_AT = Instant.parse("2025-02-01T09:30:00Z");
    static final Instant VERIFIED_AT = Instant.parse("2025-02-01T09:30:00Z");
    static final Instant NOW = Instant.parse("2025-03-15T12:00:00Z");
    static final String EARLIER_REJECTION_REASON = "Registration certificate is unreadable";
    static final Actor REVIEWER = new Actor("42", "reviewer@example.com", "192.0.2.10", "Mozilla/5.0");

    private DoctorFixtures() {
    }

    static PersonalDetails personalDetails() {
        return new PersonalDetails(Title.DR, "Asha", "Rao", Email.parse("asha.rao@example.com"),
                PhoneNumber.parse("98450 12345"));
    }

    /** Returns an active doctor in the given status, with the timestamps that status implies. */
    static Doctor doctorIn(OnboardingStatus status) {
        Instant verifiedAt = status == OnboardingStatus.VERIFIED ? VERIFIED_AT : null;
        String rejectionReason = status == OnboardingStatus.REJECTED ? EARLIER_REJECTION_REASON : null;
        Instant statusUpdatedAt = status == OnboardingStatus.PENDING ? null : LAST_CHANGED_AT;
        String statusUpdatedBy = status == OnboardingStatus.PENDING ? null : "7";
        return new Doctor(new DoctorId(1001), personalDetails(), Profile.empty(), status, statusUpdatedAt,
                statusUpdatedBy, rejectionReason, verifiedAt, true, REGISTERED_AT, REGISTERED_AT, LAST_CHANGED_AT,
                null, OnboardingSource.MANUAL, null);
    }

    /** Returns an otherwise empty profile with the given MBBS and specialisation years (null leaves one out). */
    static Profile profileWithYears(Integer mbbs, Integer specialisation) {
        return Profile.empty()
                .with(ProfileField.YEAR_OF_MBBS, mbbs)
                .with(ProfileField.YEAR_OF_SPECIALISATION, specialisation);
    }
}
