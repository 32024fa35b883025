package org.doctoronboarding.adapter.documents;

/** The CV formats this adapter reads, each with its IANA media type. */
enum DocumentFormat {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    TEXT("text/plain");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }
}
