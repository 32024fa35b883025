package org.doctoronboarding.adapter.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for creating doctors; each numbered body has its own e-mail and phone number. */
final class DoctorRequests {

    private DoctorRequests() {
    }

    /** Returns the four required fields only, unique for each {@code n} from 0 to 999. */
    static Map<String, Object> minimal(int n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("first_name", "Ananya");
        body.put("last_name", "Iyer " + n);
        body.put("email", "ananya.iyer" + n + "@example.in");
        body.put("phone_number", String.format("+91 98765 40%03d", n));
        return body;
    }

    /** Returns a cardiologist's profile with identity, credentials and list fields. */
    static Map<String, Object> cardiologist() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Dr.");
        body.put("first_name", "Rohan");
        body.put("last_name", "Mehta");
        body.put("email", "Rohan.Mehta@Example.IN");
        body.put("phone_number", "098765 43210");
        body.put("full_name", "Dr. Rohan Mehta");
        body.put("specialty", "Cardiology");
        body.put("primary_practice_location", "Pune");
        body.put("year_of_mbbs", 2006);
        body.put("year_of_specialisation", 2011);
        body.put("qualifications", List.of("MBBS", "MD (General Medicine)", "DM (Cardiology)"));
        body.put("registration_number", "MMC-2006-04417");
        body.put("medical_council", "Maharashtra Medical Council");
        body.put("consultation_fee", 900);
        body.put("languages_spoken", List.of("English", "Hindi", "Marathi"));
        return body;
    }

    /** Returns {@code base} with the given field set (or replaced); a null value is sent as JSON null. */
    static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(base);
        body.put(field, value);
        return body;
    }

    /** Returns {@code base} without the given fields. */
    static Map<String, Object> without(Map<String, Object> base, String... fields) {
        Map<String, Object> body = new LinkedHashMap<>(base);
        for (String field : fields) {
            body.remove(field);
        }
        return body;
    }
}
