package org.doctoronboarding.application.port.in;

/** Extracts a structured profile from a CV for the doctor to review; stores nothing. */
public interface SmartFillUseCase {

    /**
     * @throws org.doctoronboarding.domain.UnprocessableDocumentException when the file cannot be read as a CV
     */
    SmartFillResult smartFill(UploadedDocument document);
}
