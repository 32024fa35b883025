package org.doctoronboarding.application.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doctoronboarding.domain.catalogue.DropdownField;

/**
 * One row of {@code matcher_cases.csv}: a phrase as doctors write it and the approved value it should match.
 *
 * @param line the row's line number in the file, for failure messages
 * @param expected the value a reviewer accepts, or empty when no value is right
 * @param unambiguous whether the matcher must return exactly {@code expected}. Other rows may also match nothing,
 *     but any other value counts against precision.
 */
record MatcherCase(int line, DropdownField field, String phrase, Optional<String> expected, boolean unambiguous) {

    static final String RESOURCE = "matcher_cases.csv";
    private static final int COLUMNS = 4;

    @Override
    public String toString() {
        return "line " + line + ": " + field.fieldName() + " '" + phrase + "' -> " + expected.orElse("(none)");
    }

    /** Reads every case of the CSV resource next to this class; the first line is the header. */
    static List<MatcherCase> readAll() {
        try (InputStream stream = MatcherCase.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("Test resource not found: " + RESOURCE);
            }
            List<String> lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)).lines()
                    .toList();
            List<MatcherCase> cases = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    cases.add(parse(i + 1, lines.get(i)));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + RESOURCE, e);
        }
    }

    private static MatcherCase parse(int line, String text) {
        List<String> columns = splitCsv(text);
        if (columns.size() != COLUMNS) {
            throw new IllegalArgumentException(RESOURCE + " line " + line + ": expected " + COLUMNS
                    + " columns but found " + columns.size() + " in: " + text);
        }
        DropdownField field = DropdownField.find(columns.get(0)).orElseThrow(() -> new IllegalArgumentException(
                RESOURCE + " line " + line + ": unknown field '" + columns.get(0) + "'"));
        String unambiguous = columns.get(3);
        if (!unambiguous.equals("true") && !unambiguous.equals("false")) {
            throw new IllegalArgumentException(RESOURCE + " line " + line
                    + ": the unambiguous column must be true or false but was '" + unambiguous + "'");
        }
        Optional<String> expected = columns.get(2).isEmpty() ? Optional.empty() : Optional.of(columns.get(2));
        return new MatcherCase(line, field, columns.get(1), expected, Boolean.parseBoolean(unambiguous));
    }

    /** Splits one CSV line; a field in double quotes may contain commas, and "" inside it is one quote. */
    private static List<String> splitCsv(String text) {
        List<String> columns = new ArrayList<>();
        StringBuilder column = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                column.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                columns.add(column.toString());
                column.setLength(0);
            } else {
                column.append(c);
            }
        }
        columns.add(column.toString());
        return columns;
    }
}
