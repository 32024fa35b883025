package org.doctoronboarding.domain.doctor;

import java.time.Instant;

/** One row of a doctor's audit trail, as read back from {@code doctor_status_history}. */
public record StatusHistoryEntry(
        String historyId,
        DoctorId doctorId,
        OnboardingStatus previousStatus,
        OnboardingStatus newStatus,
        String changedBy,
        String changedByEmail,
        String rejectionReason,
        String notes,
        String ipAddress,
        String userAgent,
        Instant changedAt) {
}
