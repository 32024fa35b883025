package org.doctoronboarding.adapter.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doctoronboarding.application.port.in.ExtractedField;
import org.doctoronboarding.application.port.in.ExtractedProfile;

/** Collects the fields and warnings of one extraction; the first value put for a field is kept. */
final class ProfileFields {

    /** A value read from a labelled line, such as "Email: ...". */
    static final double LABELLED = 0.95;
    /** A value read from the section that normally contains it. */
    static final double IN_SECTION = 0.85;
    /** A value worked out from indirect evidence, such as experience counted from job dates. */
    static final double DERIVED = 0.65;
    /** A best guess the reviewer should check. */
    static final double HEURISTIC = 0.5;

    private final Map<String, ExtractedField> fields = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    void put(String name, Object value, double confidence, CvLine line) {
        if (value instanceof List<?> list && list.isEmpty()) {
            return;
        }
        fields.putIfAbsent(name, new ExtractedField(value, confidence, line.source()));
    }

    boolean has(String name) {
        return fields.containsKey(name);
    }

    Object value(String name) {
        ExtractedField field = fields.get(name);
        return field == null ? null : field.value();
    }

    void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    ExtractedProfile toProfile() {
        return new ExtractedProfile(fields, warnings);
    }
}
