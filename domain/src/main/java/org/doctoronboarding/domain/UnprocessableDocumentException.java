package org.doctoronboarding.domain;

/** An uploaded CV that cannot be turned into text: wrong type, too large, encrypted, corrupt or text-less. */
public final class UnprocessableDocumentException extends DomainException {

    /** Why the document was refused; each reason has its own stable code. */
    public enum Reason {
        UNSUPPORTED_MEDIA_TYPE,
        DOCUMENT_TOO_LARGE,
        TOO_MANY_PAGES,
        DOCUMENT_ENCRYPTED,
        DOCUMENT_CORRUPT,
        NO_TEXT_LAYER,
        EMPTY_DOCUMENT
    }

    private final Reason reason;

    public UnprocessableDocumentException(Reason reason, String message) {
        super(reason.name(), message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
