package org.doctoronboarding.adapter.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.doctoronboarding.application.port.out.DocumentText;

/**
 * A CV as a list of lines, each tagged with its section. Page numbers and running headers and footers
 * (lines that appear on more than one page) are removed, so each fact is read once. A running header
 * within the first three lines of page 1 is kept there once, because it often carries the name.
 */
final class CvText {

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)\\s*\\bpage\\s+\\d+\\s*(?:of|/)\\s*\\d+\\s*$");
    private static final Pattern NO_BREAK_SPACE = Pattern.compile("[\\u00A0\\u2007\\u202F]");
    private static final Pattern RULE_LINE = Pattern.compile("[-=_*~.\\s]{3,}");
    private static final int MAX_HEADING_WORDS = 9;
    private static final int RUNNING_HEADER_LINES_KEPT = 3;

    private final List<CvLine> lines;

    private CvText(List<CvLine> lines) {
        this.lines = List.copyOf(lines);
    }

    static CvText of(DocumentText document, Vocabulary vocabulary) {
        Set<String> running = runningLines(document);
        List<CvLine> lines = new ArrayList<>();
        Set<String> runningHeadersKept = new HashSet<>();
        Section section = Section.TOP;
        for (DocumentText.Page page : document.pages()) {
            int lineOnPage = 0;
            for (String raw : page.text().split("\n")) {
                String text = tidy(raw);
                if (text.isEmpty()) {
                    continue;
                }
                lineOnPage++;
                // A running header is kept once where it opens the CV, since it often carries the name.
                boolean opensCv = page.number() == 1 && lineOnPage <= RUNNING_HEADER_LINES_KEPT;
                if (running.contains(text) && (!opensCv || !runningHeadersKept.add(text))) {
                    continue;
                }
                Optional<Section> opened = headingSection(text, vocabulary);
                if (opened.isPresent()) {
                    section = opened.get();
                }
                lines.add(new CvLine(page.number(), lines.size(), text, section, opened.isPresent()));
            }
        }
        return new CvText(lines);
    }

    /** Returns the lines that appear on more than one page: running headers and footers. */
    private static Set<String> runningLines(DocumentText document) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (DocumentText.Page page : document.pages()) {
            Set<String> onPage = new HashSet<>();
            for (String raw : page.text().split("\n")) {
                String text = tidy(raw);
                if (!text.isEmpty() && onPage.add(text) && !seen.add(text)) {
                    repeated.add(text);
                }
            }
        }
        return repeated;
    }

    private static String tidy(String raw) {
        // No-break spaces ("Rs.\u00A01000") would defeat every pattern that expects a space.
        String spaced = NO_BREAK_SPACE.matcher(raw).replaceAll(" ");
        // The cheap checks skip the patterns on the many lines that cannot match them.
        String text = spaced.toLowerCase(Locale.ROOT).contains("page")
                ? PAGE_NUMBER.matcher(spaced).replaceAll("").strip() : spaced.strip();
        boolean mayBeRule = !text.isEmpty() && "-=_*~.".indexOf(text.charAt(0)) >= 0;
        return mayBeRule && RULE_LINE.matcher(text).matches() ? "" : text;
    }

    private static Optional<Section> headingSection(String text, Vocabulary vocabulary) {
        String withoutColon = text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
        if (wordCount(withoutColon) > MAX_HEADING_WORDS) {
            return Optional.empty();
        }
        return vocabulary.sectionOf(withoutColon);
    }

    private static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    List<CvLine> lines() {
        return lines;
    }

    /** Returns the content lines (headings left out) of every section of the given kind, in order. */
    List<CvLine> in(Section section) {
        return lines.stream().filter(line -> line.section() == section && !line.heading()).toList();
    }

    /** Returns whether the CV has a heading for the section. */
    boolean has(Section section) {
        return lines.stream().anyMatch(line -> line.section() == section && line.heading());
    }
}
