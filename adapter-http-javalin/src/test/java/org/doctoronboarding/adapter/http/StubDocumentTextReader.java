package org.doctoronboarding.adapter.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.doctoronboarding.application.port.in.UploadedDocument;
import org.doctoronboarding.application.port.out.DocumentText;
import org.doctoronboarding.application.port.out.DocumentTextReader;
import org.doctoronboarding.domain.UnprocessableDocumentException;

/**
 * Reads every upload as one page of UTF-8 plain text, except files starting with {@value #CORRUPT_MARKER},
 * which it rejects as corrupt.
 */
final class StubDocumentTextReader implements DocumentTextReader {

    static final String CORRUPT_MARKER = "%BAD";

    @Override
    public DocumentText read(UploadedDocument document) {
        byte[] marker = CORRUPT_MARKER.getBytes(StandardCharsets.US_ASCII);
        byte[] content = document.content();
        if (content.length >= marker.length && Arrays.equals(content, 0, marker.length, marker, 0, marker.length)) {
            throw new UnprocessableDocumentException(UnprocessableDocumentException.Reason.DOCUMENT_CORRUPT,
                    "The file is damaged and cannot be read; export the CV again and upload the new file.");
        }
        String text = new String(content, StandardCharsets.UTF_8);
        return new DocumentText("text/plain", List.of(new DocumentText.Page(1, text)));
    }
}
