package org.doctoronboarding.application.port.out;

import java.util.List;
import java.util.Objects;

/** The text of a document, one entry per page (a DOCX or plain-text file counts as one page). */
public record DocumentText(String mediaType, List<Page> pages) {

    public DocumentText {
        Objects.requireNonNull(mediaType, "mediaType");
        pages = List.copyOf(pages);
    }

    /** One page's text, with lines separated by {@code \n}; numbers start at 1. */
    public record Page(int number, String text) {
    }
}
