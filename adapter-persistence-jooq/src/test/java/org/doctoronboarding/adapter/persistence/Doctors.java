package org.doctoronboarding.adapter.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.doctoronboarding.application.port.in.CreateDoctorCommand;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.OnboardingSource;

/** Builds create commands for tests, with unique e-mails, phone numbers and registration numbers. */
final class Doctors {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Doctors() {
    }

    /** Returns the fields of a valid, unique manual profile. */
    static Map<String, Object> fields() {
        int n = SEQUENCE.incrementAndGet();
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", "Dr.");
        fields.put("first_name", "Asha");
        fields.put("last_name", "Rao" + n);
        fields.put("email", "asha.rao" + n + "@example.com");
        fields.put("phone_number", String.format("98%08d", n));
        fields.put("specialty", "Cardiology");
        fields.put("primary_practice_location", "Bangalore");
        fields.put("qualifications", List.of("MBBS", "MD", "DM"));
        fields.put("languages_spoken", List.of("English", "Kannada"));
        fields.put("year_of_mbbs", 2005);
        fields.put("year_of_specialisation", 2012);
        fields.put("registration_number", "KMC-" + n);
        fields.put("medical_council", "Karnataka Medical Council");
        fields.put("consultation_fee", 800);
        return fields;
    }

    static CreateDoctorCommand command() {
        return command(fields());
    }

    static CreateDoctorCommand command(Map<String, Object> fields) {
        return new CreateDoctorCommand(fields, OnboardingSource.MANUAL, null, Actor.system());
    }
}
