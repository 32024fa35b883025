package org.doctoronboarding.application.port.in;

import java.util.Objects;

/** A CV file as uploaded: the name the client gave it and its bytes. The name never decides the type. */
public record UploadedDocument(String fileName, byte[] content) {

    public UploadedDocument {
        Objects.requireNonNull(content, "content");
        fileName = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
    }
}
