package org.doctoronboarding.adapter.documents;

import java.util.regex.Pattern;

/** Normalises extracted text: {@code \n} line breaks, no trailing spaces, no leading or trailing blank lines. */
final class TextLines {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+$", Pattern.MULTILINE);

    private TextLines() {
    }

    static String tidy(String text) {
        String unixBreaks = LINE_BREAK.matcher(text).replaceAll("\n");
        String trimmedLines = TRAILING_SPACE.matcher(unixBreaks).replaceAll("");
        return stripBlankEdges(trimmedLines);
    }

    private static String stripBlankEdges(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\n') {
            start++;
        }
        int end = text.length();
        while (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(start, end);
    }
}
