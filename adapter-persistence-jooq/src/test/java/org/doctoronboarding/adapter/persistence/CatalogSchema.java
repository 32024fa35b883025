package org.doctoronboarding.adapter.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The schema a live database reports through JDBC {@link DatabaseMetaData}, with type names mapped onto the
 * families of {@link ExpectedSchema} so that PostgreSQL and SQLite can be compared with one description.
 */
record CatalogSchema(Set<String> tableNames, Set<String> sequenceNames, Map<String, Table> tables) {

    /** A column as the database reports it; {@code length} is set only for VARCHAR columns with a length. */
    record Column(String name, String typeName, String family, Integer length, boolean nullable,
                  String defaultExpression, boolean autoIncrement) {

        /** Returns the type as the failure messages show it, for example {@code varchar(100)}. */
        String describeType() {
            return length == null ? family : family + "(" + length + ")";
        }
    }

    record Table(
            String name,
            Map<String, Column> columns,
            List<String> primaryKey,
            Set<Set<String>> uniqueKeys,
            Set<List<String>> indexes,
            Set<ExpectedSchema.ForeignKey> foreignKeys) {
    }

    /** Drivers report a column without a declared length with a size above this (2147483647 on PostgreSQL, 2000000000 on SQLite). */
    private static final int NO_LENGTH = 1_000_000;

    /** Reads the tables of the connection's current schema (PostgreSQL) or of the main database (SQLite). */
    static CatalogSchema read(Connection connection, DatabaseDialect dialect) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String schema = connection.getSchema();

        Set<String> tableNames = names(metaData, schema, "TABLE");
        Set<String> sequenceNames = dialect == DatabaseDialect.POSTGRESQL ? names(metaData, schema, "SEQUENCE") : Set.of();

        Map<String, Table> tables = new TreeMap<>();
        for (String table : tableNames) {
            List<String> primaryKey = primaryKey(metaData, schema, table);
            tables.put(table, new Table(table, columns(metaData, schema, table, dialect), primaryKey,
                    uniqueKeys(metaData, schema, table, primaryKey), indexes(metaData, schema, table),
                    foreignKeys(metaData, schema, table)));
        }
        return new CatalogSchema(tableNames, sequenceNames, tables);
    }

    /** Maps a type name as the driver reports it onto a family. An unknown name maps onto itself, lower-cased, so a mismatch shows it. */
    static String family(DatabaseDialect dialect, String typeName) {
        String type = typeName.toLowerCase(Locale.ROOT).replaceAll("\\(.*\\)", "").strip();
        if (dialect == DatabaseDialect.POSTGRESQL) {
            return switch (type) {
                case "varchar", "character varying" -> "varchar";
                case "int4", "serial", "integer" -> "integer";
                case "int8", "bigserial", "bigint" -> "bigint";
                case "bool", "boolean" -> "boolean";
                case "float8", "double precision" -> "double";
                default -> type;
            };
        }
        // SQLite reports the type name exactly as the CREATE TABLE statement declared it.
        return switch (type) {
            case "varchar", "character varying", "nvarchar" -> "varchar";
            case "int", "integer" -> "integer";
            case "timestamp with time zone", "timestamptz" -> "timestamptz";
            case "double precision", "double", "float", "real" -> "double";
            default -> type;
        };
    }

    private static Set<String> names(DatabaseMetaData metaData, String schema, String type) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet rows = metaData.getTables(null, schema, "%", new String[] {type})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static Map<String, Column> columns(DatabaseMetaData metaData, String schema, String table,
                                               DatabaseDialect dialect) throws SQLException {
        Map<String, Column> columns = new LinkedHashMap<>();
        try (ResultSet rows = metaData.getColumns(null, schema, table, "%")) {
            while (rows.next()) {
                String typeName = rows.getString("TYPE_NAME");
                String family = family(dialect, typeName);
                int size = rows.getInt("COLUMN_SIZE");
                Integer length = family.equals("varchar") && size > 0 && size < NO_LENGTH ? size : null;
                Column column = new Column(rows.getString("COLUMN_NAME"), typeName, family, length,
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, rows.getString("COLUMN_DEF"),
                        "YES".equals(rows.getString("IS_AUTOINCREMENT")));
                columns.put(column.name(), column);
            }
        }
        return columns;
    }

    private static List<String> primaryKey(DatabaseMetaData metaData, String schema, String table) throws SQLException {
        Map<Short, String> byPosition = new TreeMap<>();
        try (ResultSet rows = metaData.getPrimaryKeys(null, schema, table)) {
            while (rows.next()) {
                byPosition.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(byPosition.values());
    }

    /** Returns the column sets of the unique indexes, which back unique constraints on both databases, except the primary key's index. */
    private static Set<Set<String>> uniqueKeys(DatabaseMetaData metaData, String schema, String table,
                                               List<String> primaryKey) throws SQLException {
        Set<Set<String>> keys = new HashSet<>();
        for (List<String> columns : indexColumns(metaData, schema, table, true).values()) {
            Set<String> key = new TreeSet<>(columns);
            if (!key.equals(new TreeSet<>(primaryKey))) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Set<List<String>> indexes(DatabaseMetaData metaData, String schema, String table) throws SQLException {
        return new HashSet<>(indexColumns(metaData, schema, table, false).values());
    }

    /** Returns each index of the requested uniqueness by name, with its columns in index order. */
    private static Map<String, List<String>> indexColumns(DatabaseMetaData metaData, String schema, String table,
                                                          boolean unique) throws SQLException {
        Map<String, Map<Short, String>> byIndex = new TreeMap<>();
        try (ResultSet rows = metaData.getIndexInfo(null, schema, table, false, false)) {
            while (rows.next()) {
                String index = rows.getString("INDEX_NAME");
                if (index == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic
                        || rows.getBoolean("NON_UNIQUE") == unique) {
                    continue;
                }
                String column = rows.getString("COLUMN_NAME");
                byIndex.computeIfAbsent(index, name -> new TreeMap<>())
                        .put(rows.getShort("ORDINAL_POSITION"), column == null ? "<expression>" : column);
            }
        }
        Map<String, List<String>> result = new TreeMap<>();
        byIndex.forEach((index, columns) -> result.put(index, List.copyOf(columns.values())));
        return result;
    }

    private static Set<ExpectedSchema.ForeignKey> foreignKeys(DatabaseMetaData metaData, String schema, String table)
            throws SQLException {
        record Part(short position, String column, String referencedTable, String referencedColumn, String onDelete) {
        }
        Map<String, List<Part>> byKey = new TreeMap<>();
        try (ResultSet rows = metaData.getImportedKeys(null, schema, table)) {
            while (rows.next()) {
                String referencedTable = rows.getString("PKTABLE_NAME");
                String name = rows.getString("FK_NAME");
                String key = name == null || name.isEmpty() ? "to " + referencedTable : name;
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Part(rows.getShort("KEY_SEQ"),
                        rows.getString("FKCOLUMN_NAME"), referencedTable, rows.getString("PKCOLUMN_NAME"),
                        deleteRule(rows.getShort("DELETE_RULE"))));
            }
        }
        Set<ExpectedSchema.ForeignKey> keys = new HashSet<>();
        for (List<Part> parts : byKey.values()) {
            parts.sort(java.util.Comparator.comparingInt(Part::position));
            Part first = parts.getFirst();
            keys.add(new ExpectedSchema.ForeignKey(parts.stream().map(Part::column).toList(), first.referencedTable(),
                    parts.stream().map(Part::referencedColumn).toList(), first.onDelete()));
        }
        return keys;
    }

    private static String deleteRule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            case DatabaseMetaData.importedKeyNoAction -> "NO ACTION";
            default -> "rule " + rule;
        };
    }
}
