package org.doctoronboarding.adapter.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One entry of a vocabulary resource file. Each line reads {@code canonical [tag] = alias | alias}, where
 * the tag and the aliases are optional and a trailing {@code *} on the canonical value is short for the tag
 * {@code *}. Blank lines and lines starting with {@code #} are skipped.
 */
record VocabularyFile(String canonical, String tag, List<String> aliases) {

    static final String RESOURCE_FOLDER = "/org/doctoronboarding/adapter/extraction/";

    /** Returns the canonical value followed by its aliases. */
    List<String> terms() {
        List<String> terms = new ArrayList<>();
        terms.add(canonical);
        terms.addAll(aliases);
        return terms;
    }

    /** Reads the named file from this package's resource folder. */
    static List<VocabularyFile> load(String fileName) {
        String path = RESOURCE_FOLDER + fileName;
        try (InputStream in = VocabularyFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Vocabulary resource " + path + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<VocabularyFile> entries = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String content = line.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    entries.add(parse(content, path));
                }
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read vocabulary resource " + path, e);
        }
    }

    private static VocabularyFile parse(String line, String path) {
        int equals = line.indexOf(" = ");
        String head = equals < 0 ? line : line.substring(0, equals).strip();
        List<String> aliases = equals < 0 ? List.of() : Arrays.stream(line.substring(equals + 3).split("\\|"))
                .map(String::strip)
                .filter(alias -> !alias.isEmpty())
                .toList();

        String tag = "";
        int bracket = head.indexOf('[');
        if (bracket >= 0) {
            int close = head.indexOf(']', bracket);
            if (close < 0) {
                throw new IllegalStateException("Unclosed [tag] in " + path + ": " + line);
            }
            tag = head.substring(bracket + 1, close).strip();
            head = head.substring(0, bracket).strip();
        }
        boolean starred = head.endsWith("*");
        if (starred) {
            head = head.substring(0, head.length() - 1).strip();
            tag = tag.isEmpty() ? "*" : tag;
        }
        return new VocabularyFile(head, tag, aliases);
    }
}
