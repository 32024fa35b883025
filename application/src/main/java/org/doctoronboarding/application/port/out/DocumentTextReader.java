package org.doctoronboarding.application.port.out;

import org.doctoronboarding.application.port.in.UploadedDocument;

/** Turns an uploaded CV file (PDF, DOCX or plain text, decided by content) into text, page by page. */
public interface DocumentTextReader {

    /**
     * Reads the document's text.
     *
     * @throws org.doctoronboarding.domain.UnprocessableDocumentException when the file type is not supported,
     *     the file is too large, has too many pages, is encrypted, corrupt, or has no text layer
     */
    DocumentText read(UploadedDocument document);
}
