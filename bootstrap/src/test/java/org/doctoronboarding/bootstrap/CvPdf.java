package org.doctoronboarding.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes a one-page text PDF, one line per entry: a CV fixture made in the test rather than copied. */
final class CvPdf {

    private CvPdf() {
    }

    static byte[] of(List<String> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(15);
                content.beginText();
                content.newLineAtOffset(50, 740);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a short CV of a fictional dermatologist with every basic field stated once. */
    static byte[] dermatologist() {
        return of(List.of(
                "Dr. Kavya Nair",
                "Consultant Dermatologist",
                "Email: kavya.nair@example.com",
                "Mobile: +91 98450 12345",
                "",
                "QUALIFICATIONS",
                "MBBS - Government Medical College, Kozhikode (2009)",
                "MD (Dermatology) - JIPMER, Puducherry (2013)",
                "",
                "REGISTRATION",
                "Kerala State Medical Council, Reg. No. 45678",
                "",
                "LANGUAGES",
                "English, Malayalam, Tamil"));
    }
}
