package org.doctoronboarding.adapter.http;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doctoronboarding.application.port.in.ExtractedField;
import org.doctoronboarding.application.port.in.Page;
import org.doctoronboarding.application.port.in.SmartFillResult;
import org.doctoronboarding.domain.catalogue.DropdownOption;
import org.doctoronboarding.domain.doctor.Doctor;
import org.doctoronboarding.domain.doctor.FieldKind;
import org.doctoronboarding.domain.doctor.PersonalDetails;
import org.doctoronboarding.domain.doctor.ProfileField;
import org.doctoronboarding.domain.doctor.StatusHistoryEntry;
import org.doctoronboarding.domain.user.User;

/**
 * Builds the JSON bodies of the API as ordered maps whose keys are the schema's column names. Shared with
 * the command line, so {@code smart-fill} prints exactly what the HTTP endpoint returns.
 */
public final class JsonViews {

    private JsonViews() {
    }

    /** Returns the whole profile: identity, review status, source and every professional field. */
    public static Map<String, Object> doctor(Doctor doctor) {
        Map<String, Object> json = new LinkedHashMap<>();
        PersonalDetails personal = doctor.personal();
        json.put("doctor_id", doctor.id().value());
        json.put("title", personal.title() == null ? null : personal.title().value());
        json.put("first_name", personal.firstName());
        json.put("last_name", personal.lastName());
        json.put("email", personal.email().value());
        json.put("phone_number", personal.phoneNumber().value());
        json.put("onboarding_status", doctor.status().value());
        json.put("status_updated_at", timestamp(doctor.statusUpdatedAt()));
        json.put("status_updated_by", doctor.statusUpdatedBy());
        json.put("rejection_reason", doctor.rejectionReason());
        json.put("verified_at", timestamp(doctor.verifiedAt()));
        json.put("is_active", doctor.active());
        json.put("onboarding_source", doctor.source().value());
        json.put("registered_at", timestamp(doctor.registeredAt()));
        json.put("created_at", timestamp(doctor.createdAt()));
        json.put("updated_at", timestamp(doctor.updatedAt()));
        for (ProfileField field : ProfileField.values()) {
            json.put(field.column(), profileValue(field, doctor.profile().get(field)));
        }
        return json;
    }

    /** Returns a page of profiles with its paging figures. */
    public static Map<String, Object> doctors(Page<Doctor> page) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", page.items().stream().map(JsonViews::doctor).toList());
        json.put("page", page.page());
        json.put("page_size", page.pageSize());
        json.put("total", page.total());
        return json;
    }

    public static Map<String, Object> history(long doctorId, List<StatusHistoryEntry> entries) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("doctor_id", doctorId);
        json.put("items", entries.stream().map(JsonViews::historyEntry).toList());
        return json;
    }

    /** Returns an account as administrators and its owner see it. */
    public static Map<String, Object> user(User user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", user.id());
        json.put("phone", user.phone().value());
        json.put("email", user.email() == null ? null : user.email().value());
        json.put("role", user.role().value());
        json.put("is_active", user.active());
        json.put("doctor_id", user.doctorId() == null ? null : user.doctorId().value());
        json.put("created_at", timestamp(user.createdAt()));
        json.put("updated_at", timestamp(user.updatedAt()));
        json.put("last_login_at", timestamp(user.lastLoginAt()));
        return json;
    }

    public static Map<String, Object> users(Page<User> page) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", page.items().stream().map(JsonViews::user).toList());
        json.put("page", page.page());
        json.put("page_size", page.pageSize());
        json.put("total", page.total());
        return json;
    }

    /** Returns an option as forms show it: value, label and order. */
    public static Map<String, Object> publicOption(DropdownOption option) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", option.id());
        json.put("value", option.value());
        json.put("label", option.displayLabel());
        json.put("display_order", option.displayOrder());
        return json;
    }

    /** Returns an option with its review state, for staff and for the doctor who proposed it. */
    public static Map<String, Object> option(DropdownOption option) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", option.id());
        json.put("field_name", option.field().fieldName());
        json.put("value", option.value());
        json.put("label", option.displayLabel());
        json.put("status", option.status().value());
        json.put("is_system", option.system());
        json.put("display_order", option.displayOrder());
        json.put("submitted_by", option.submittedBy());
        json.put("submitted_by_email", option.submittedByEmail());
        json.put("reviewed_by", option.reviewedBy());
        json.put("reviewed_by_email", option.reviewedByEmail());
        json.put("reviewed_at", timestamp(option.reviewedAt()));
        json.put("review_notes", option.reviewNotes());
        json.put("created_at", timestamp(option.createdAt()));
        json.put("updated_at", timestamp(option.updatedAt()));
        return json;
    }

    /** Returns the Smart-Fill output: file facts, fields with confidence and source, and warnings. */
    public static Map<String, Object> smartFill(SmartFillResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file_name", result.fileName());
        json.put("media_type", result.mediaType());
        json.put("pages", result.pages());
        json.put("elapsed_ms", result.elapsedMs());
        Map<String, Object> fields = new LinkedHashMap<>();
        result.fields().forEach((name, field) -> fields.put(name, extractedField(field)));
        json.put("fields", fields);
        json.put("warnings", result.warnings());
        return json;
    }

    private static Map<String, Object> extractedField(ExtractedField field) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", field.value());
        json.put("confidence", Math.round(field.confidence() * 100) / 100.0);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("page", field.source().page());
        source.put("text", field.source().text());
        json.put("source", source);
        return json;
    }

    private static Map<String, Object> historyEntry(StatusHistoryEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("history_id", entry.historyId());
        json.put("previous_status", entry.previousStatus() == null ? null : entry.previousStatus().value());
        json.put("new_status", entry.newStatus().value());
        json.put("changed_by", entry.changedBy());
        json.put("changed_by_email", entry.changedByEmail());
        json.put("rejection_reason", entry.rejectionReason());
        json.put("notes", entry.notes());
        json.put("ip_address", entry.ipAddress());
        json.put("user_agent", entry.userAgent());
        json.put("changed_at", timestamp(entry.changedAt()));
        return json;
    }

    private static Object profileValue(ProfileField field, Object value) {
        if (value == null) {
            return switch (field.kind()) {
                case STRING_LIST, OBJECT_LIST -> List.of();
                case OBJECT -> Map.of();
                default -> null;
            };
        }
        if (field.kind() == FieldKind.DECIMAL) {
            BigDecimal decimal = (BigDecimal) value;
            return decimal.scale() <= 0 ? decimal.toBigInteger() : decimal;
        }
        return value;
    }

    private static String timestamp(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
