package org.doctoronboarding.adapter.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doctoronboarding.application.port.in.ExtractedField;
import org.doctoronboarding.application.port.in.ExtractedProfile;
import org.doctoronboarding.application.port.out.DocumentText;
import org.doctoronboarding.application.port.out.ProfileExtractor;

/**
 * Extracts every {@code column: value} line of the text as a field with confidence 0.9, citing the page and
 * line. Text without such lines yields no fields and one warning.
 */
final class StubProfileExtractor implements ProfileExtractor {

    static final String NOTHING_FOUND = "No profile fields were found in the document.";

    @Override
    public ExtractedProfile extract(DocumentText text) {
        Map<String, ExtractedField> fields = new LinkedHashMap<>();
        for (DocumentText.Page page : text.pages()) {
            for (String line : page.text().split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String column = line.substring(0, colon).strip();
                    String value = line.substring(colon + 1).strip();
                    fields.put(column, new ExtractedField(value, 0.9, new ExtractedField.Source(page.number(), line.strip())));
                }
            }
        }
        List<String> warnings = fields.isEmpty() ? List.of(NOTHING_FOUND) : List.of();
        return new ExtractedProfile(fields, warnings);
    }
}
