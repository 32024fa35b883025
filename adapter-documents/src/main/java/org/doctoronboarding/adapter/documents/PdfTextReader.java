package org.doctoronboarding.adapter.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.doctoronboarding.application.port.out.DocumentText;
import org.doctoronboarding.domain.UnprocessableDocumentException;
import org.doctoronboarding.domain.UnprocessableDocumentException.Reason;

/** Reads a PDF's text layer with PDFBox, one entry per page, lines in reading order. */
final class PdfTextReader {

    static final String NO_TEXT_LAYER_MESSAGE = "The PDF has no text layer; scanned CVs are not supported yet.";

    private final int maxPages;

    PdfTextReader(int maxPages) {
        this.maxPages = maxPages;
    }

    List<DocumentText.Page> read(byte[] content) {
        try (PDDocument document = load(content)) {
            int pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw new UnprocessableDocumentException(Reason.DOCUMENT_CORRUPT,
                        "The PDF contains no pages; it may be damaged. Export it again and upload the new file.");
            }
            if (pageCount > maxPages) {
                throw new UnprocessableDocumentException(Reason.TOO_MANY_PAGES,
                        "The PDF has " + pageCount + " pages; at most " + maxPages + " pages are accepted.");
            }
            List<DocumentText.Page> pages = extractPages(document, pageCount);
            if (pages.stream().allMatch(page -> page.text().isBlank())) {
                throw new UnprocessableDocumentException(Reason.NO_TEXT_LAYER, NO_TEXT_LAYER_MESSAGE);
            }
            return pages;
        } catch (UnprocessableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged content streams with IOException and, for some malformed objects,
            // with unchecked exceptions; either way the file cannot be read.
            throw corrupt(e);
        }
    }

    private static PDDocument load(byte[] content) {
        try {
            return Loader.loadPDF(content);
        } catch (InvalidPasswordException e) {
            throw new UnprocessableDocumentException(Reason.DOCUMENT_ENCRYPTED,
                    "The PDF is protected by a password. Upload a copy saved without a password.");
        } catch (IOException | RuntimeException e) {
            throw corrupt(e);
        }
    }

    private static List<DocumentText.Page> extractPages(PDDocument document, int pageCount) throws IOException {
        // Sorting by position puts text in top-to-bottom, left-to-right order even when the
        // generator wrote it to the content stream in another order.
        ColumnAwareTextStripper stripper = new ColumnAwareTextStripper();
        List<DocumentText.Page> pages = new ArrayList<>(pageCount);
        for (int number = 1; number <= pageCount; number++) {
            pages.add(new DocumentText.Page(number, TextLines.tidy(stripper.pageText(document, number))));
        }
        return pages;
    }

    private static UnprocessableDocumentException corrupt(Exception cause) {
        return new UnprocessableDocumentException(Reason.DOCUMENT_CORRUPT,
                "The PDF could not be read (" + cause.getClass().getSimpleName()
                        + "); it may be damaged or incomplete. Export it again and upload the new file.");
    }
}
