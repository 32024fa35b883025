package org.doctoronboarding.adapter.persistence;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The schema every migrated database must have, read from {@code schema/expected_schema.json} on the test
 * class path. That file is a hand transcription of the data model's specification.
 */
@JsonIgnoreProperties({"notes"})
record ExpectedSchema(Map<String, List<String>> allowedExtraTables, List<Table> tables) {

    static final String RESOURCE = "/schema/expected_schema.json";

    /** One table: its columns in specification order and its keys. */
    record Table(
            String name,
            List<Column> columns,
            List<String> primaryKey,
            List<List<String>> uniqueKeys,
            List<List<String>> indexes,
            List<ForeignKey> foreignKeys) {
    }

    /**
     * One column. {@code type} is a family shared by both databases, {@code length} is null where the
     * specification gives no VARCHAR length, and {@code defaultValue} is null when the column has no default.
     */
    record Column(String name, String type, Integer length, boolean nullable,
                  @JsonProperty("default") Default defaultValue) {
    }

    /** How a column gets its value when an INSERT leaves it out. */
    record Default(Kind kind, String value, String sequence) {
    }

    enum Kind {
        /** A constant, compared without quotes, casts or case. */
        @JsonProperty("literal") LITERAL,
        /** The current timestamp at insert time. */
        @JsonProperty("now") NOW,
        /** SERIAL or identity on PostgreSQL, an INTEGER PRIMARY KEY (rowid alias) on SQLite. */
        @JsonProperty("auto_increment") AUTO_INCREMENT,
        /** The next value of a named sequence on PostgreSQL, or of the one-row table standing in for it on SQLite. */
        @JsonProperty("sequence") SEQUENCE,
        /** A UUID v4 that the application assigns, so the database default is not checked. */
        @JsonProperty("uuid") UUID
    }

    /** A foreign key with its ON DELETE rule as SQL spells it (CASCADE, SET NULL, NO ACTION, ...). */
    record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns, String onDelete) {
    }

    static ExpectedSchema load() {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = ExpectedSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test class path");
            }
            return mapper.readValue(in, ExpectedSchema.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Returns the tables a database may have besides the specified ones, such as Flyway's history table. */
    List<String> allowedExtraTables(DatabaseDialect dialect) {
        return allowedExtraTables.getOrDefault(dialect.name().toLowerCase(java.util.Locale.ROOT), List.of());
    }
}
