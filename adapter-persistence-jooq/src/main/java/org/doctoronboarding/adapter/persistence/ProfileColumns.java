package org.doctoronboarding.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.doctoronboarding.domain.doctor.Profile;
import org.doctoronboarding.domain.doctor.ProfileField;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Converts between profile values and the columns of {@code doctor_details} and the legacy {@code doctors}
 * table. Lists and objects are stored as JSON text; fees as double precision.
 */
final class ProfileColumns {

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, Object>>> OBJECTS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private ProfileColumns() {
    }

    /** Returns the column of {@code table} named like the field. */
    @SuppressWarnings("unchecked")
    static Field<Object> column(Table<?> table, String name) {
        Field<?> field = table.field(name);
        if (field == null) {
            throw new IllegalStateException("table " + table.getName() + " has no column " + name);
        }
        return (Field<Object>) field;
    }

    /** Returns every profile column of {@code doctor_details}, in field order. */
    static List<Field<?>> detailColumns(Table<?> details) {
        return java.util.Arrays.stream(ProfileField.values()).<Field<?>>map(f -> column(details, f.column())).toList();
    }

    /** Returns the database value for a field; empty lists and objects become {@code []} and {@code {}}. */
    static Object toColumnValue(ProfileField field, Object value) {
        return switch (field.kind()) {
            case TEXT, LONG_TEXT, INTEGER -> value;
            case DECIMAL -> value == null ? null : ((BigDecimal) value).doubleValue();
            case STRING_LIST, OBJECT_LIST -> json(value == null ? List.of() : value);
            case OBJECT -> json(value == null ? Map.of() : value);
        };
    }

    /** Rebuilds a profile from a record holding every column of {@link #detailColumns}. */
    static Profile readProfile(Record record, Table<?> details) {
        Map<ProfileField, Object> values = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            Object raw = record.get(column(details, field.column()));
            Object value = fromColumnValue(field, raw);
            if (value != null) {
                values.put(field, value);
            }
        }
        return Profile.reconstitute(values);
    }

    static JSON json(Object value) {
        try {
            return JSON.valueOf(JSON_MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Object fromColumnValue(ProfileField field, Object raw) {
        if (raw == null) {
            return null;
        }
        return switch (field.kind()) {
            case TEXT, LONG_TEXT -> raw.toString();
            case INTEGER -> ((Number) raw).intValue();
            case DECIMAL -> new BigDecimal(raw.toString()).stripTrailingZeros();
            case STRING_LIST -> parse(raw, STRINGS);
            case OBJECT_LIST -> parse(raw, OBJECTS);
            case OBJECT -> parse(raw, OBJECT);
        };
    }

    private static <T> T parse(Object raw, TypeReference<T> type) {
        String text = raw instanceof JSON json ? json.data() : raw.toString();
        try {
            return JSON_MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type.getType() + ": " + e.getOriginalMessage(), e);
        }
    }
}
