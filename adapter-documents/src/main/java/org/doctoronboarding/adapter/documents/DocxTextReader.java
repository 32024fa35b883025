package org.doctoronboarding.adapter.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.doctoronboarding.domain.UnprocessableDocumentException;
import org.doctoronboarding.domain.UnprocessableDocumentException.Reason;

/**
 * Reads a Word (.docx) document with Apache POI as one page: paragraphs and table rows in document order,
 * each table row on one line with its cells separated by {@code " | "}. Header lines come first and footer
 * lines last, each distinct line once, because Word repeats them on every printed page.
 */
final class DocxTextReader {

    static final String CELL_SEPARATOR = " | ";

    String read(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<String> lines = new ArrayList<>(headerLines(document));
            appendBody(document.getBodyElements(), lines);
            lines.addAll(footerLines(document));
            return TextLines.tidy(String.join("\n", lines));
        } catch (IOException | RuntimeException e) {
            // POI signals a damaged package or malformed XML with IOException or with unchecked
            // exceptions such as POIXMLException and NotOfficeXmlFileException.
            throw new UnprocessableDocumentException(Reason.DOCUMENT_CORRUPT,
                    "The Word document could not be read (" + e.getClass().getSimpleName()
                            + "); it may be damaged. Save it again as .docx and upload the new file.");
        }
    }

    private static void appendBody(List<IBodyElement> elements, List<String> lines) {
        for (IBodyElement element : elements) {
            switch (element) {
                case XWPFParagraph paragraph -> lines.add(paragraph.getText());
                case XWPFTable table -> appendTable(table, lines);
                case XWPFSDT contentControl -> lines.add(contentControl.getContent().getText());
                default -> {
                    // Other body elements carry no text.
                }
            }
        }
    }

    private static void appendTable(XWPFTable table, List<String> lines) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cellText(cell));
            }
            lines.add(String.join(CELL_SEPARATOR, cells));
        }
    }

    /** Joins a cell's paragraphs and nested tables with spaces so that the row stays on one line. */
    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        appendBody(cell.getBodyElements(), parts);
        return String.join(" ", parts.stream().map(String::strip).filter(part -> !part.isEmpty()).toList())
                .replace('\n', ' ');
    }

    private static SequencedSet<String> headerLines(XWPFDocument document) {
        SequencedSet<String> lines = new LinkedHashSet<>();
        for (XWPFHeader header : document.getHeaderList()) {
            List<String> headerText = new ArrayList<>();
            appendBody(header.getBodyElements(), headerText);
            addNonBlank(headerText, lines);
        }
        return lines;
    }

    private static SequencedSet<String> footerLines(XWPFDocument document) {
        SequencedSet<String> lines = new LinkedHashSet<>();
        for (XWPFFooter footer : document.getFooterList()) {
            List<String> footerText = new ArrayList<>();
            appendBody(footer.getBodyElements(), footerText);
            addNonBlank(footerText, lines);
        }
        return lines;
    }

    private static void addNonBlank(List<String> source, SequencedSet<String> target) {
        for (String line : source) {
            if (!line.isBlank()) {
                target.add(line.strip());
            }
        }
    }
}
