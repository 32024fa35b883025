package org.doctoronboarding.application.port.in;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The output of an extractor: fields keyed by column name, in a stable order, and warnings for the reviewer. */
public record ExtractedProfile(Map<String, ExtractedField> fields, List<String> warnings) {

    public ExtractedProfile {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        warnings = List.copyOf(warnings);
    }
}
