package org.doctoronboarding.application.catalogue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doctoronboarding.domain.catalogue.DropdownField;
import org.doctoronboarding.domain.catalogue.OptionText;

/**
 * The aliases of catalogue values and the words to ignore, per dropdown field, as read from a synonyms file.
 * The file format is described at the top of {@code synonyms.txt}.
 */
final class SynonymTable {

    private static final String IGNORE = "ignore";
    private static final String BLOCK = "block";
    private static final String ALL_FIELDS = "all";
    private static final String WHOLE_PHRASE_MARK = "=";

    /** Aliases by field, then by the identity key of the canonical value. */
    private final Map<DropdownField, Map<String, List<Alias>>> aliases;
    /** Folded words to ignore, by field. */
    private final Map<DropdownField, Set<String>> ignoredWords;
    /** Phrases that name no catalogue value, by field. */
    private final Map<DropdownField, List<String>> blockedPhrases;

    private SynonymTable(Map<DropdownField, Map<String, List<Alias>>> aliases,
                         Map<DropdownField, Set<String>> ignoredWords,
                         Map<DropdownField, List<String>> blockedPhrases) {
        this.aliases = aliases;
        this.ignoredWords = ignoredWords;
        this.blockedPhrases = blockedPhrases;
    }

    /**
     * Another written form of a catalogue value.
     *
     * @param text the alias as written in the file, without the whole-phrase mark
     * @param wholePhraseOnly whether the alias matches only a whole phrase, never a part of a longer one
     */
    record Alias(String text, boolean wholePhraseOnly) {
    }

    /**
     * Parses the lines of a synonyms file.
     *
     * @param source the file's name, used in error messages
     * @throws IllegalArgumentException naming the source and line when a line is malformed or names an unknown field
     */
    static SynonymTable parse(String source, List<String> lines) {
        Map<DropdownField, Map<String, List<Alias>>> aliases = new EnumMap<>(DropdownField.class);
        Map<DropdownField, Set<String>> ignoredWords = new EnumMap<>(DropdownField.class);
        Map<DropdownField, List<String>> blockedPhrases = new EnumMap<>(DropdownField.class);
        for (DropdownField field : DropdownField.values()) {
            aliases.put(field, new HashMap<>());
            ignoredWords.put(field, new HashSet<>());
            blockedPhrases.put(field, new ArrayList<>());
        }

        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String location = source + " line " + (i + 1);
            String[] columns = line.split("\\|", -1);
            if (columns.length != 3) {
                throw new IllegalArgumentException(location + ": expected 3 columns separated by '|' but found "
                        + columns.length + " in '" + line + "'");
            }
            List<String> entries = splitEntries(columns[2], location);
            String kind = columns[0].strip();
            if (kind.equals(IGNORE)) {
                for (DropdownField field : parseFields(columns[1], location)) {
                    entries.forEach(entry -> PhraseNormalizer.words(entry)
                            .forEach(word -> ignoredWords.get(field).add(word.text())));
                }
            } else if (kind.equals(BLOCK)) {
                for (DropdownField field : parseFields(columns[1], location)) {
                    blockedPhrases.get(field).addAll(entries);
                }
            } else {
                DropdownField field = parseField(kind, location, "'" + IGNORE + "' or '" + BLOCK + "'");
                String canonicalKey = OptionText.key(columns[1]);
                if (canonicalKey.isEmpty()) {
                    throw new IllegalArgumentException(location + ": the canonical value is missing");
                }
                List<Alias> valueAliases = aliases.get(field).computeIfAbsent(canonicalKey, key -> new ArrayList<>());
                entries.forEach(entry -> valueAliases.add(parseAlias(entry)));
            }
        }
        return new SynonymTable(aliases, ignoredWords, blockedPhrases);
    }

    /** Returns the aliases listed for a canonical value, matched by identity key, or an empty list. */
    List<Alias> aliasesOf(DropdownField field, String value) {
        return aliases.get(field).getOrDefault(OptionText.key(value), List.of());
    }

    /** Returns the phrases that name no value of the field, such as "Table tennis" next to "Tennis". */
    List<String> blockedPhrasesOf(DropdownField field) {
        return blockedPhrases.get(field);
    }

    /** Returns whether a folded word carries no meaning for the field ("consultant" for a specialty). */
    boolean isIgnored(DropdownField field, String foldedWord) {
        return ignoredWords.get(field).contains(foldedWord);
    }

    private static Alias parseAlias(String entry) {
        if (entry.startsWith(WHOLE_PHRASE_MARK)) {
            return new Alias(OptionText.clean(entry.substring(WHOLE_PHRASE_MARK.length())), true);
        }
        return new Alias(entry, false);
    }

    private static List<String> splitEntries(String column, String location) {
        List<String> entries = new ArrayList<>();
        for (String entry : column.split(";")) {
            String cleaned = OptionText.clean(entry);
            if (cleaned.isEmpty()) {
                throw new IllegalArgumentException(location + ": empty entry in the list '" + column.strip()
                        + "'; remove the extra ';'");
            }
            entries.add(cleaned);
        }
        return entries;
    }

    private static List<DropdownField> parseFields(String column, String location) {
        if (column.strip().equals(ALL_FIELDS)) {
            return List.of(DropdownField.values());
        }
        List<DropdownField> fields = new ArrayList<>();
        for (String name : column.split(",")) {
            fields.add(parseField(name.strip(), location, "'" + ALL_FIELDS + "'"));
        }
        return fields;
    }

    private static DropdownField parseField(String name, String location, String otherChoices) {
        return DropdownField.find(name).orElseThrow(() -> new IllegalArgumentException(location + ": '" + name
                + "' is not a dropdown field; use one of " + String.join(", ", DropdownField.names())
                + " or " + otherChoices));
    }
}
