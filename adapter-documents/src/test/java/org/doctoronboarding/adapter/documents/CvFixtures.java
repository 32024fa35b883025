package org.doctoronboarding.adapter.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Builds the CV files the reader tests need, in memory, so that no binary fixture is committed. */
final class CvFixtures {

    private static final float MARGIN = 60;
    private static final float LEADING = 16;
    private static final float FONT_SIZE = 11;

    private CvFixtures() {
    }

    /** Returns a PDF with one page per entry, each entry's lines written top to bottom. */
    static byte[] pdf(List<List<String>> pages) {
        try (PDDocument document = new PDDocument()) {
            for (List<String> lines : pages) {
                addTextPage(document, lines);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a PDF whose single page contains the lines, readable only with the given user password. */
    static byte[] encryptedPdf(List<String> lines, String userPassword) {
        try (PDDocument document = new PDDocument()) {
            addTextPage(document, lines);
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a one-page PDF with a filled rectangle and no text, like a scan without OCR. */
    static byte[] pdfWithoutText() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.addRect(100, 400, 300, 200);
                stream.fill();
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a PDF whose content is drawn right column first, so only position sorting yields reading order. */
    static byte[] pdfDrawnOutOfOrder() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float top = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                writeAt(stream, font, 300, top, "doctor@example.com");
                writeAt(stream, font, 300, top - LEADING, "+91 98450 12345");
                writeAt(stream, font, MARGIN, top - LEADING, "MBBS, MD (Paediatrics)");
                writeAt(stream, font, MARGIN, top, "Dr. Kavya Rao");
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a .docx with a header, two paragraphs, a two-row table and a closing paragraph, in that order.
     */
    static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph().createRun().setText("Curriculum Vitae - Dr. Nisha Iyer");
            document.createParagraph().createRun().setText("Dr. Nisha Iyer");
            document.createParagraph().createRun().setText("QUALIFICATIONS");
            XWPFTable table = document.createTable(2, 3);
            fillRow(table.getRow(0), "Degree", "Institution", "Year");
            fillRow(table.getRow(1), "M.B.B.S.", "Madras Medical College", "2009");
            document.createParagraph().createRun().setText("Languages: Tamil, English");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a ZIP archive with one text entry and no Word parts. */
    static byte[] plainZip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("not a CV".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Returns a ZIP archive that names word/document.xml but whose part is not Word XML. */
    static byte[] brokenDocx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Returns the eight-byte PNG signature followed by the start of an IHDR chunk. */
    static byte[] pngHeader() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    /** Returns bytes from a seeded generator, so the same bytes come back on every run. */
    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static void addTextPage(PDDocument document, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float y = page.getMediaBox().getHeight() - MARGIN;
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            for (String line : lines) {
                writeAt(stream, font, MARGIN, y, line);
                y -= LEADING;
            }
        }
    }

    private static void writeAt(PDPageContentStream stream, PDType1Font font, float x, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, FONT_SIZE);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    private static void fillRow(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).setText(cells[i]);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
