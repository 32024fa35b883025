package org.doctoronboarding.adapter.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.doctoronboarding.application.port.in.UploadedDocument;
import org.doctoronboarding.application.port.out.DocumentText;
import org.doctoronboarding.application.port.out.DocumentTextReader;
import org.doctoronboarding.domain.UnprocessableDocumentException;
import org.doctoronboarding.domain.UnprocessableDocumentException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CV uploaded as PDF, Word (.docx) or UTF-8 plain text into page texts. The type is decided by the
 * file's content, never by its name, and files outside the size and page limits are rejected.
 */
public final class CvDocumentReader implements DocumentTextReader {

    private static final Logger LOG = LoggerFactory.getLogger(CvDocumentReader.class);
    private static final double BYTES_PER_MB = 1024.0 * 1024.0;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final DocumentLimits limits;
    private final PdfTextReader pdfReader;
    private final DocxTextReader docxReader = new DocxTextReader();

    public CvDocumentReader(DocumentLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.pdfReader = new PdfTextReader(limits.maxPages());
    }

    @Override
    public DocumentText read(UploadedDocument document) {
        byte[] content = document.content();
        checkSize(content.length);

        DocumentFormat format = FormatDetector.detect(content);
        List<DocumentText.Page> pages = switch (format) {
            case PDF -> pdfReader.read(content);
            case DOCX -> List.of(new DocumentText.Page(1, requireText(docxReader.read(content), "Word document")));
            case TEXT -> List.of(new DocumentText.Page(1, requireText(decodeText(content), "text file")));
        };

        LOG.debug("Read CV: mediaType={}, pages={}, bytes={}", format.mediaType(), pages.size(), content.length);
        return new DocumentText(format.mediaType(), pages);
    }

    private void checkSize(long bytes) {
        if (bytes == 0) {
            throw new UnprocessableDocumentException(Reason.EMPTY_DOCUMENT,
                    "The file is empty (0 bytes). Upload the CV file again.");
        }
        if (bytes > limits.maxBytes()) {
            throw new UnprocessableDocumentException(Reason.DOCUMENT_TOO_LARGE,
                    "The file is " + megabytes(bytes) + " MB (" + bytes + " bytes); the maximum is "
                            + megabytes(limits.maxBytes()) + " MB. Upload a smaller file.");
        }
    }

    private static String decodeText(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        return TextLines.tidy(text);
    }

    private static String requireText(String text, String kind) {
        if (text.isBlank()) {
            throw new UnprocessableDocumentException(Reason.EMPTY_DOCUMENT,
                    "The " + kind + " contains no text. Upload the CV with its text.");
        }
        return text;
    }

    /** Formats a size in MiB, written "MB" as users expect, with decimals only when it is not whole. */
    private static String megabytes(long bytes) {
        double value = bytes / BYTES_PER_MB;
        if (value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
