package org.doctoronboarding.application.port.in;

import java.util.List;
import java.util.Map;

/** The outcome of Smart-Fill on one CV: what the file was and the fields found in it. */
public record SmartFillResult(
        String fileName,
        String mediaType,
        int pages,
        long elapsedMs,
        Map<String, ExtractedField> fields,
        List<String> warnings) {
}
