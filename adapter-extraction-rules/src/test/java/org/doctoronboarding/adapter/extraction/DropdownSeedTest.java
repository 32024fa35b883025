package org.doctoronboarding.adapter.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks the dropdown seed of the first migration against the extractor: every canonical value the
 * extractor can emit for a dropdown field must be an option of that field, spelt the same way. Both
 * dialects' migrations must seed the same statement.
 */
class DropdownSeedTest {

    private static final Path MIGRATIONS = Path.of("..", "migrations", "src", "main", "resources", "db", "migration");
    private static final Path FRAGMENT = MIGRATIONS.resolve("postgresql").resolve("V1__initial_schema.sql");
    private static final Path SQLITE_MIGRATION = MIGRATIONS.resolve("sqlite").resolve("V1__initial_schema.sql");
    private static final String INSERT = "INSERT INTO dropdown_options";
    private static final Pattern ROW = Pattern.compile(
            "\\(\\s*'((?:[^']|'')*)'\\s*,\\s*'((?:[^']|'')*)'\\s*,\\s*'((?:[^']|'')*)'\\s*,\\s*'approved'\\s*,\\s*TRUE\\s*,\\s*(\\d+)\\s*\\)");
    private static final List<String> FIELDS = List.of("specialty", "sub_specialties", "qualifications", "fellowships",
            "professional_memberships", "languages_spoken", "age_groups_treated", "primary_practice_location",
            "practice_segments", "training_experience", "motivation_in_practice", "unwinding_after_work",
            "quality_time_interests", "conditions_treated", "procedures_performed");

    private final Vocabulary vocabulary = Vocabulary.standard();
    private String sql;
    private Map<String, List<String>> valuesByField;
    private Map<String, List<Integer>> ordersByField;

    @BeforeEach
    void readFragment() throws IOException {
        assumeTrue(Files.isRegularFile(FRAGMENT), "Skipping the dropdown seed checks: " + FRAGMENT.toAbsolutePath()
                + " is absent");
        sql = seedStatement(FRAGMENT);
        valuesByField = new LinkedHashMap<>();
        ordersByField = new LinkedHashMap<>();
        Matcher row = ROW.matcher(sql);
        while (row.find()) {
            String value = row.group(2).replace("''", "'");
            assertThat(row.group(3).replace("''", "'")).as("label of %s", value).isEqualTo(value);
            valuesByField.computeIfAbsent(row.group(1), field -> new ArrayList<>()).add(value);
            ordersByField.computeIfAbsent(row.group(1), field -> new ArrayList<>()).add(Integer.parseInt(row.group(4)));
        }
    }

    @Test
    void seed_isOneInsertStatement() {
        String statement = sql.strip();

        assertThat(statement).startsWith(
                "INSERT INTO dropdown_options (field_name, value, label, status, is_system, display_order) VALUES");
        assertThat(statement).endsWith(";");
        assertThat(statement.indexOf(';')).isEqualTo(statement.length() - 1);
    }

    @Test
    void seed_isTheSameOnBothDialects() throws IOException {
        assertThat(seedStatement(SQLITE_MIGRATION)).isEqualTo(sql);
    }

    /** Returns the dropdown INSERT statement of a migration script, up to and including its semicolon. */
    private static String seedStatement(Path script) throws IOException {
        String text = Files.readString(script);
        int start = text.indexOf(INSERT);
        assertThat(start).as("%s seeds dropdown_options", script).isNotNegative();
        return text.substring(start, text.indexOf(";\n", start) + 1);
    }

    @Test
    void seed_hasAllFifteenFieldsAndEnoughRows() {
        int rows = valuesByField.values().stream().mapToInt(List::size).sum();

        assertThat(valuesByField.keySet()).containsExactlyInAnyOrderElementsOf(FIELDS);
        assertThat(rows).isGreaterThanOrEqualTo(230);
        long tupleLines = sql.lines().filter(line -> line.strip().startsWith("(")).count();
        assertThat(rows).as("rows in the expected shape").isEqualTo(tupleLines);
    }

    @Test
    void displayOrder_countsFromOneWithinEachField() {
        ordersByField.forEach((field, orders) -> assertThat(orders).as(field)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, orders.size()).boxed().toList()));
    }

    @Test
    void values_areUniqueWithinEachField() {
        valuesByField.forEach((field, values) -> assertThat(values).as(field).doesNotHaveDuplicates());
    }

    @Test
    void extractorValues_areDropdownOptions() {
        assertThat(valuesByField.get("specialty")).containsAll(vocabulary.specialtyValues());
        assertThat(valuesByField.get("qualifications")).containsAll(vocabulary.degreeValues());
        assertThat(valuesByField.get("languages_spoken")).containsAll(vocabulary.languageValues());
        assertThat(valuesByField.get("primary_practice_location")).containsAll(vocabulary.cityValues());
    }

    @Test
    void specialty_hasTheCoreCatalogue() {
        assertThat(valuesByField.get("specialty")).contains("Cardiology", "Pediatrics", "Orthopedics", "Gynecology",
                "Obstetrics and Gynecology", "Family Medicine", "Dermatology", "General Medicine", "General Surgery",
                "Neurology", "ENT", "Ophthalmology", "Psychiatry", "Radiology", "Anesthesiology", "Oncology",
                "Nephrology", "Urology", "Gastroenterology", "Pulmonology", "Endocrinology");
    }
}
