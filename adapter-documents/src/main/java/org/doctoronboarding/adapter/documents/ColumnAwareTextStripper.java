package org.doctoronboarding.adapter.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Extracts one page's text sorted by position, and un-mixes a side column. Position sorting merges text that
 * sits at about the same height into one line, so a sidebar and the main column come out interleaved
 * ("LANGUAGES Dr. Ram Manohar Lohia Hospital"). Where several merged lines join pieces whose baselines
 * differ across one common gap (the gutter), the lines around them are split at the gutter and the left
 * column is written before the right one.
 *
 * <p>NOTE: a side column whose lines share baselines with the main column gives no such signal, so its
 * lines stay merged with the main column's.
 */
final class ColumnAwareTextStripper extends PDFTextStripper {

    /** Narrowest horizontal gap, in PDF points, that can separate two columns. */
    private static final float MIN_GUTTER_WIDTH = 6f;
    /** Baselines further apart than this, in points, belong to different text flows. */
    private static final float BASELINE_TOLERANCE = 1f;
    /** Merged lines with offset baselines needed before a gutter is believed. */
    private static final int MIN_OFFSET_LINES = 3;

    private final List<List<Chunk>> lines = new ArrayList<>();
    private List<Chunk> currentLine = new ArrayList<>();

    ColumnAwareTextStripper() {
        setSortByPosition(true);
        setLineSeparator("\n");
        setParagraphStart("");
        setParagraphEnd("");
    }

    /** Returns the text of one page (numbered from 1), lines separated by {@code \n}. */
    String pageText(PDDocument document, int pageNumber) throws IOException {
        lines.clear();
        currentLine = new ArrayList<>();
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        getText(document);
        finishLine();
        return layout(lines);
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) {
        if (textPositions.isEmpty() || text.isBlank()) {
            return;
        }
        TextPosition first = textPositions.getFirst();
        TextPosition last = textPositions.getLast();
        currentLine.add(new Chunk(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                first.getYDirAdj()));
    }

    @Override
    protected void writeWordSeparator() {
        // Chunks keep their positions; layout() puts the spaces back.
    }

    @Override
    protected void writeLineSeparator() {
        finishLine();
    }

    private void finishLine() {
        if (!currentLine.isEmpty()) {
            lines.add(currentLine);
            currentLine = new ArrayList<>();
        }
    }

    /** Writes the lines as text, left column first wherever a gutter splits a run of lines. */
    static String layout(List<List<Chunk>> lines) {
        Float gutter = findGutter(lines);
        List<String> out = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (List<Chunk> line : lines) {
            if (gutter == null || crosses(line, gutter)) {
                flushColumns(left, right, out);
                out.add(join(line));
                continue;
            }
            addIfPresent(left, join(line.stream().filter(chunk -> chunk.x1() <= gutter).toList()));
            addIfPresent(right, join(line.stream().filter(chunk -> chunk.x0() >= gutter).toList()));
        }
        flushColumns(left, right, out);
        return String.join("\n", out);
    }

    /**
     * Returns the x position of a gutter that at least {@link #MIN_OFFSET_LINES} merged lines straddle with
     * pieces on different baselines, or null when the page has a single flow of text.
     */
    private static Float findGutter(List<List<Chunk>> lines) {
        List<float[]> gaps = new ArrayList<>();
        for (List<Chunk> line : lines) {
            for (int i = 1; i < line.size(); i++) {
                Chunk before = line.get(i - 1);
                Chunk after = line.get(i);
                boolean wide = after.x0() - before.x1() >= MIN_GUTTER_WIDTH;
                boolean offset = Math.abs(after.baseline() - before.baseline()) > BASELINE_TOLERANCE;
                if (wide && offset) {
                    gaps.add(new float[] {before.x1(), after.x0()});
                }
            }
        }

        Float best = null;
        int bestCount = 0;
        for (float[] candidate : gaps) {
            float x = (candidate[0] + candidate[1]) / 2;
            int count = 0;
            float start = Float.NEGATIVE_INFINITY;
            float end = Float.POSITIVE_INFINITY;
            for (float[] gap : gaps) {
                if (gap[0] <= x && x <= gap[1]) {
                    count++;
                    start = Math.max(start, gap[0]);
                    end = Math.min(end, gap[1]);
                }
            }
            if (count > bestCount) {
                bestCount = count;
                best = (start + end) / 2;
            }
        }
        return bestCount >= MIN_OFFSET_LINES ? best : null;
    }

    private static boolean crosses(List<Chunk> line, float gutter) {
        return line.stream().anyMatch(chunk -> chunk.x0() < gutter && gutter < chunk.x1());
    }

    private static void flushColumns(List<String> left, List<String> right, List<String> out) {
        out.addAll(left);
        out.addAll(right);
        left.clear();
        right.clear();
    }

    private static void addIfPresent(List<String> column, String text) {
        if (!text.isEmpty()) {
            column.add(text);
        }
    }

    private static String join(List<Chunk> chunks) {
        return String.join(" ", chunks.stream().map(Chunk::text).toList());
    }

    /** A run of text written without a gap, with its horizontal extent and baseline in PDF points. */
    record Chunk(String text, float x0, float x1, float baseline) {
    }
}
