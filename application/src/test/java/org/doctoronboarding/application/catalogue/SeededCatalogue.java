package org.doctoronboarding.application.catalogue;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doctoronboarding.domain.catalogue.DropdownField;

/** The approved dropdown values seeded by the V1 migration, read from the SQL file so tests and seed agree. */
final class SeededCatalogue {

    static final Path MIGRATION = Path.of(
            "../migrations/src/main/resources/db/migration/postgresql/V1__initial_schema.sql");

    private static final String INSERT = "INSERT INTO dropdown_options";
    /** One approved row, ('field_name', 'value', 'label', 'approved', ...), where a quote in a value is doubled. */
    private static final Pattern APPROVED_ROW = Pattern.compile(
            "\\(\\s*'((?:[^']|'')*)'\\s*,\\s*'((?:[^']|'')*)'\\s*,\\s*'(?:[^']|'')*'\\s*,\\s*'approved'");

    private static Map<DropdownField, List<String>> cached;

    private SeededCatalogue() {
    }

    /** Returns the seeded approved values of every field, in seed order. */
    static synchronized Map<DropdownField, List<String>> approvedValues() {
        if (cached == null) {
            cached = read();
        }
        return cached;
    }

    static List<String> approvedValues(DropdownField field) {
        return approvedValues().getOrDefault(field, List.of());
    }

    private static Map<DropdownField, List<String>> read() {
        Path migration = MIGRATION.toAbsolutePath().normalize();
        if (!Files.isRegularFile(migration)) {
            fail("Seed migration not found at " + migration + "; run the tests from the application module"
                    + " of a full checkout, which has the migrations module next to it");
        }
        String sql;
        try {
            sql = Files.readString(migration, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the seed migration " + migration, e);
        }
        int insert = sql.indexOf(INSERT);
        if (insert < 0) {
            fail("No '" + INSERT + "' statement in " + migration);
        }

        Map<DropdownField, List<String>> values = new EnumMap<>(DropdownField.class);
        Matcher row = APPROVED_ROW.matcher(sql);
        row.region(insert, sql.length());
        while (row.find()) {
            DropdownField field = DropdownField.find(row.group(1)).orElseThrow(() -> new IllegalStateException(
                    "Seed row names an unknown field '" + row.group(1) + "' in " + migration));
            values.computeIfAbsent(field, key -> new ArrayList<>()).add(row.group(2).replace("''", "'"));
        }
        if (values.isEmpty()) {
            fail("No approved dropdown values found after '" + INSERT + "' in " + migration);
        }
        return values;
    }
}
