package org.doctoronboarding.adapter.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.doctoronboarding.application.port.in.UploadedDocument;
import org.doctoronboarding.application.port.out.DocumentText;
import org.doctoronboarding.domain.UnprocessableDocumentException;
import org.doctoronboarding.domain.UnprocessableDocumentException.Reason;
import org.junit.jupiter.api.Test;

class CvDocumentReaderTest {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String TEXT = "text/plain";

    private final CvDocumentReader reader = new CvDocumentReader(DocumentLimits.defaults());

    @Test
    void pdf_onePage_returnsLinesInOrder() {
        byte[] pdf = CvFixtures.pdf(List.of(List.of("Dr. Kavya Rao", "MBBS, MD (Paediatrics)", "Bengaluru")));

        DocumentText text = reader.read(upload("cv.pdf", pdf));

        assertThat(text.mediaType()).isEqualTo(PDF);
        assertThat(text.pages()).hasSize(1);
        assertThat(text.pages().getFirst().number()).isEqualTo(1);
        assertThat(text.pages().getFirst().text()).isEqualTo("Dr. Kavya Rao\nMBBS, MD (Paediatrics)\nBengaluru");
    }

    @Test
    void pdf_twoPages_returnsOneEntryPerPage() {
        byte[] pdf = CvFixtures.pdf(List.of(List.of("Page one line"), List.of("Page two line")));

        DocumentText text = reader.read(upload("cv.pdf", pdf));

        assertThat(text.pages()).extracting(DocumentText.Page::number).containsExactly(1, 2);
        assertThat(text.pages()).extracting(DocumentText.Page::text).containsExactly("Page one line", "Page two line");
    }

    @Test
    void pdf_drawnOutOfOrder_readsInOrder() {
        DocumentText text = reader.read(upload("cv.pdf", CvFixtures.pdfDrawnOutOfOrder()));

        List<String> lines = text.pages().getFirst().text().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Dr. Kavya Rao").endsWith("doctor@example.com");
        assertThat(lines.get(1)).startsWith("MBBS, MD (Paediatrics)").endsWith("+91 98450 12345");
    }

    @Test
    void pdf_withUserPassword_isEncrypted() {
        byte[] pdf = CvFixtures.encryptedPdf(List.of("Dr. Kavya Rao"), "secret");

        assertRejected(pdf, Reason.DOCUMENT_ENCRYPTED);
    }

    @Test
    void pdf_withOnlyDrawing_hasNoTextLayer() {
        UnprocessableDocumentException error = rejection(CvFixtures.pdfWithoutText());

        assertThat(error.reason()).isEqualTo(Reason.NO_TEXT_LAYER);
        assertThat(error.getMessage()).isEqualTo("The PDF has no text layer; scanned CVs are not supported yet.");
    }

    @Test
    void pdf_with31Pages_isTooManyPages() {
        List<List<String>> pages = IntStream.rangeClosed(1, 31).mapToObj(n -> List.of("Page " + n)).toList();

        UnprocessableDocumentException error = rejection(CvFixtures.pdf(pages));

        assertThat(error.reason()).isEqualTo(Reason.TOO_MANY_PAGES);
        assertThat(error.getMessage()).contains("31").contains("30");
    }

    @Test
    void pdf_with30Pages_isAccepted() {
        List<List<String>> pages = IntStream.rangeClosed(1, 30).mapToObj(n -> List.of("Page " + n)).toList();

        DocumentText text = reader.read(upload("cv.pdf", CvFixtures.pdf(pages)));

        assertThat(text.pages()).hasSize(30);
    }

    @Test
    void pdf_truncated_isCorrupt() {
        byte[] pdf = CvFixtures.pdf(List.of(List.of("Dr. Kavya Rao", "MBBS")));
        byte[] truncated = Arrays.copyOf(pdf, 40);

        assertRejected(truncated, Reason.DOCUMENT_CORRUPT);
    }

    @Test
    void pdf_headerThenGarbage_isCorrupt() {
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] garbage = CvFixtures.randomBytes(2_000);
        byte[] content = Arrays.copyOf(header, header.length + garbage.length);
        System.arraycopy(garbage, 0, content, header.length, garbage.length);

        assertRejected(content, Reason.DOCUMENT_CORRUPT);
    }

    @Test
    void docx_readsParagraphsAndTableRowsInOrder() {
        DocumentText text = reader.read(upload("cv.docx", CvFixtures.docx()));

        assertThat(text.mediaType()).isEqualTo(DOCX);
        assertThat(text.pages()).hasSize(1);
        assertThat(text.pages().getFirst().text().lines().toList()).containsExactly(
                "Curriculum Vitae - Dr. Nisha Iyer",
                "Dr. Nisha Iyer",
                "QUALIFICATIONS",
                "Degree | Institution | Year",
                "M.B.B.S. | Madras Medical College | 2009",
                "Languages: Tamil, English");
    }

    @Test
    void docx_withBrokenDocumentPart_isCorrupt() {
        assertRejected(CvFixtures.brokenDocx(), Reason.DOCUMENT_CORRUPT);
    }

    @Test
    void docx_nameIgnored_typeFromContent() {
        DocumentText text = reader.read(upload("cv.pdf", CvFixtures.docx()));

        assertThat(text.mediaType()).isEqualTo(DOCX);
    }

    @Test
    void text_crlfAndBom_areNormalised() {
        byte[] content = "\uFEFFDr. Ravi Shankar\r\nMBBS\r\n\r\nChennai\r\n".getBytes(StandardCharsets.UTF_8);

        DocumentText text = reader.read(upload("cv.txt", content));

        assertThat(text.mediaType()).isEqualTo(TEXT);
        assertThat(text.pages()).containsExactly(new DocumentText.Page(1, "Dr. Ravi Shankar\nMBBS\n\nChennai"));
    }

    @Test
    void text_withDevanagari_isAccepted() {
        byte[] content = "Dr. Arun Verma (डॉ. अरुण वर्मा)".getBytes(StandardCharsets.UTF_8);

        DocumentText text = reader.read(upload("cv", content));

        assertThat(text.pages().getFirst().text()).isEqualTo("Dr. Arun Verma (डॉ. अरुण वर्मा)");
    }

    @Test
    void text_onlyWhitespace_isEmpty() {
        assertRejected(" \n\t\n".getBytes(StandardCharsets.UTF_8), Reason.EMPTY_DOCUMENT);
    }

    @Test
    void text_withNulByte_isUnsupported() {
        assertRejected("Dr. A\0B".getBytes(StandardCharsets.UTF_8), Reason.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void png_isUnsupportedAndNamed() {
        UnprocessableDocumentException error = rejection(CvFixtures.pngHeader());

        assertThat(error.reason()).isEqualTo(Reason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(error.getMessage()).contains("PNG image").contains("PDF").contains("plain text");
    }

    @Test
    void randomBytes_areUnsupported() {
        UnprocessableDocumentException error = rejection(CvFixtures.randomBytes(4_096));

        assertThat(error.reason()).isEqualTo(Reason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(error.getMessage()).contains("unknown type");
    }

    @Test
    void legacyDoc_isUnsupportedAndNamed() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        UnprocessableDocumentException error = rejection(ole2);

        assertThat(error.reason()).isEqualTo(Reason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(error.getMessage()).contains(".doc");
    }

    @Test
    void zipWithoutWordPart_isUnsupported() {
        UnprocessableDocumentException error = rejection(CvFixtures.plainZip());

        assertThat(error.reason()).isEqualTo(Reason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(error.getMessage()).contains("ZIP archive");
    }

    @Test
    void emptyFile_isEmptyDocument() {
        assertRejected(new byte[0], Reason.EMPTY_DOCUMENT);
    }

    @Test
    void fileOverLimit_isTooLarge() {
        CvDocumentReader smallLimit = new CvDocumentReader(new DocumentLimits(1024 * 1024, 30));
        byte[] content = "a".repeat(1024 * 1024 + 1).getBytes(StandardCharsets.UTF_8);

        UnprocessableDocumentException error = catchThrowableOfType(UnprocessableDocumentException.class,
                () -> smallLimit.read(upload("cv.txt", content)));

        assertThat(error.reason()).isEqualTo(Reason.DOCUMENT_TOO_LARGE);
        assertThat(error.getMessage()).contains("1.00 MB").contains("maximum is 1 MB");
    }

    @Test
    void fileAtLimit_isAccepted() {
        CvDocumentReader smallLimit = new CvDocumentReader(new DocumentLimits(1024, 30));
        List<String> words = new ArrayList<>();
        while (String.join(" ", words).length() < 1024 - 5) {
            words.add("word");
        }
        byte[] content = String.join(" ", words).getBytes(StandardCharsets.UTF_8);

        assertThat(smallLimit.read(upload("cv.txt", content)).pages()).hasSize(1);
    }

    @Test
    void limits_rejectNonPositiveValues() {
        assertThatThrownBy(() -> new DocumentLimits(0, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentLimits(1024, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRejected(byte[] content, Reason reason) {
        assertThat(rejection(content).reason()).isEqualTo(reason);
    }

    private UnprocessableDocumentException rejection(byte[] content) {
        UnprocessableDocumentException error = catchThrowableOfType(UnprocessableDocumentException.class,
                () -> reader.read(upload("upload.bin", content)));
        assertThat(error).as("expected the reader to reject the file").isNotNull();
        return error;
    }

    private static UploadedDocument upload(String fileName, byte[] content) {
        return new UploadedDocument(fileName, content);
    }
}
