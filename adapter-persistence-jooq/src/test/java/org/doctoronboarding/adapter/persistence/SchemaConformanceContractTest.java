package org.doctoronboarding.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DOCTORS;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DOCTOR_DETAILS;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DOCTOR_IDENTITY;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DOCTOR_MEDIA;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DOCTOR_STATUS_HISTORY;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DROPDOWN_OPTIONS;
import static org.doctoronboarding.adapter.persistence.generated.Tables.USERS;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Checks that the migrated database has exactly the specified tables, columns, keys and seed rows, and that
 * its foreign keys are enforced. Runs once on SQLite and once on PostgreSQL through the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SchemaConformanceContractTest {

    /** The dropdown fields the system seeds, each with approved system values. */
    private static final Set<String> DROPDOWN_FIELDS = Set.of(
            "specialty", "sub_specialties", "qualifications", "fellowships", "professional_memberships",
            "languages_spoken", "age_groups_treated", "primary_practice_location", "practice_segments",
            "training_experience", "motivation_in_practice", "unwinding_after_work", "quality_time_interests",
            "conditions_treated", "procedures_performed");
    private static final int MIN_SYSTEM_DROPDOWN_VALUES = 205;

    private TestDatabase db;
    private DSLContext dsl;
    private ExpectedSchema expected;
    private CatalogSchema actual;

    abstract DatabaseDialect dialect();

    @BeforeAll
    void readSchemas() throws SQLException {
        expected = ExpectedSchema.load();
        db = TestDatabase.create(dialect());
        dsl = db.database().dsl();
        try (Connection connection = db.connect()) {
            actual = CatalogSchema.read(connection, dialect());
        }
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    // Tables and columns

    @Test
    void tables_areTheSpecifiedSeven() {
        Set<String> specified = expected.tables().stream().map(ExpectedSchema.Table::name).collect(Collectors.toSet());
        Set<String> allowedExtras = Set.copyOf(expected.allowedExtraTables(dialect()));

        Set<String> missing = difference(specified, actual.tableNames());
        Set<String> extra = difference(actual.tableNames(), union(specified, allowedExtras));

        assertThat(specified).hasSize(7);
        assertThat(missing).withFailMessage("tables missing from the database: %s", missing).isEmpty();
        assertThat(extra).withFailMessage("tables not in the specification: %s", extra).isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> columns_matchSpecification() {
        return expected.tables().stream().map(table -> DynamicContainer.dynamicContainer(table.name(),
                Stream.concat(
                        Stream.of(DynamicTest.dynamicTest("no extra columns", () -> assertNoExtraColumns(table))),
                        table.columns().stream().map(column -> DynamicTest.dynamicTest(column.name(),
                                () -> assertColumn(table.name(), column))))));
    }

    private void assertNoExtraColumns(ExpectedSchema.Table table) {
        CatalogSchema.Table live = liveTable(table.name());
        Set<String> specified = table.columns().stream().map(ExpectedSchema.Column::name).collect(Collectors.toSet());

        Set<String> extra = difference(live.columns().keySet(), specified);

        assertThat(extra).withFailMessage("%s has columns not in the specification: %s", table.name(), extra).isEmpty();
    }

    private void assertColumn(String tableName, ExpectedSchema.Column column) {
        String qualified = tableName + "." + column.name();
        CatalogSchema.Table table = liveTable(tableName);
        CatalogSchema.Column live = table.columns().get(column.name());
        assertThat(live).withFailMessage("%s: missing from the database", qualified).isNotNull();

        String expectedType = column.length() == null ? column.type() : column.type() + "(" + column.length() + ")";
        String actualType = column.length() == null ? live.family() : live.describeType();
        String declared = live.typeName().equalsIgnoreCase(live.family()) ? "" : " (declared as " + live.typeName() + ")";
        assertThat(actualType)
                .withFailMessage("%s: expected %s, found %s%s", qualified, expectedType, actualType, declared)
                .isEqualTo(expectedType);

        assertThat(live.nullable())
                .withFailMessage("%s: expected %s, found %s", qualified, nullability(column.nullable()), nullability(live.nullable()))
                .isEqualTo(column.nullable());

        assertDefault(qualified, column.defaultValue(), live, table.primaryKey());
    }

    private void assertDefault(String qualified, ExpectedSchema.Default expectedDefault, CatalogSchema.Column live,
                               List<String> primaryKey) {
        String found = live.defaultExpression() == null ? "no default" : "default " + live.defaultExpression();
        if (expectedDefault == null) {
            assertThat(live.defaultExpression()).withFailMessage("%s: expected no default, found %s", qualified, found).isNull();
            return;
        }
        switch (expectedDefault.kind()) {
            case LITERAL -> assertThat(literal(live.defaultExpression()))
                    .withFailMessage("%s: expected default '%s', found %s", qualified, expectedDefault.value(), found)
                    .isEqualToIgnoringCase(expectedDefault.value());
            case NOW -> assertThat(isCurrentTimestamp(live.defaultExpression()))
                    .withFailMessage("%s: expected the current timestamp as default, found %s", qualified, found)
                    .isTrue();
            case AUTO_INCREMENT -> assertThat(isAutoIncrement(live, primaryKey))
                    .withFailMessage("%s: expected an auto-increment key, found %s %s", qualified, live.typeName(), found)
                    .isTrue();
            case SEQUENCE -> {
                // SQLite has no sequences, so the application reads the number from a table (see doctorIdSeq_backsDoctorIdentityDoctorId).
                if (dialect() == DatabaseDialect.POSTGRESQL) {
                    assertThat(live.defaultExpression())
                            .withFailMessage("%s: expected default nextval('%s'), found %s", qualified,
                                    expectedDefault.sequence(), found)
                            .startsWith("nextval('" + expectedDefault.sequence() + "'");
                }
            }
            case UUID -> {
                // The application assigns the UUID, so any database default is acceptable.
            }
        }
    }

    /** Strips the quotes, parentheses and PostgreSQL casts around a constant default such as {@code 'pending'::character varying}. */
    private static String literal(String defaultExpression) {
        if (defaultExpression == null) {
            return null;
        }
        String value = defaultExpression.strip();
        String previous;
        do {
            previous = value;
            value = value.replaceAll("::[a-z ]+(\\[])?$", "").strip();
            if (value.startsWith("(") && value.endsWith(")")) {
                value = value.substring(1, value.length() - 1).strip();
            }
        } while (!value.equals(previous));
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static boolean isCurrentTimestamp(String defaultExpression) {
        if (defaultExpression == null) {
            return false;
        }
        String lower = defaultExpression.toLowerCase(Locale.ROOT);
        return lower.contains("current_timestamp") || lower.contains("now()")
                || lower.contains("strftime(") && lower.contains("'now'");
    }

    /** True for a PostgreSQL SERIAL or identity column, or an SQLite INTEGER PRIMARY KEY, which aliases the rowid. */
    private boolean isAutoIncrement(CatalogSchema.Column live, List<String> primaryKey) {
        if (live.autoIncrement()) {
            return true;
        }
        return dialect() == DatabaseDialect.SQLITE && live.typeName().equalsIgnoreCase("INTEGER")
                && primaryKey.equals(List.of(live.name()));
    }

    private static String nullability(boolean nullable) {
        return nullable ? "nullable" : "NOT NULL";
    }

    // Keys and indexes

    @TestFactory
    Stream<DynamicNode> keys_matchSpecification() {
        return expected.tables().stream().map(table -> DynamicContainer.dynamicContainer(table.name(), Stream.of(
                DynamicTest.dynamicTest("primary key", () -> assertThat(liveTable(table.name()).primaryKey())
                        .withFailMessage("%s: expected primary key %s, found %s", table.name(),
                                columnList(table.primaryKey()), columnList(liveTable(table.name()).primaryKey()))
                        .isEqualTo(table.primaryKey())),
                DynamicTest.dynamicTest("unique keys", () -> assertSameSet(table.name(), "unique keys",
                        table.uniqueKeys().stream().map(key -> (Set<String>) new TreeSet<>(key)).collect(Collectors.toSet()),
                        liveTable(table.name()).uniqueKeys(),
                        key -> columnList(List.copyOf(key)))),
                DynamicTest.dynamicTest("indexes", () -> assertSameSet(table.name(), "indexes",
                        Set.copyOf(table.indexes()), liveTable(table.name()).indexes(),
                        SchemaConformanceContractTest::columnList)),
                DynamicTest.dynamicTest("foreign keys", () -> assertSameSet(table.name(), "foreign keys",
                        Set.copyOf(table.foreignKeys()), liveTable(table.name()).foreignKeys(),
                        SchemaConformanceContractTest::describeForeignKey)))));
    }

    private static <T> void assertSameSet(String table, String what, Set<T> expectedItems, Set<T> actualItems,
                                          Function<T, String> describe) {
        List<String> missing = difference(expectedItems, actualItems).stream().map(describe).sorted().toList();
        List<String> extra = difference(actualItems, expectedItems).stream().map(describe).sorted().toList();

        assertThat(actualItems)
                .withFailMessage("%s: %s differ; missing from the database: %s, not in the specification: %s",
                        table, what, missing, extra)
                .isEqualTo(expectedItems);
    }

    private static String columnList(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    private static String describeForeignKey(ExpectedSchema.ForeignKey key) {
        return columnList(key.columns()) + " -> " + key.referencedTable() + columnList(key.referencedColumns())
                + " ON DELETE " + key.onDelete();
    }

    // doctor_id_seq

    @Test
    void doctorIdSeq_backsDoctorIdentityDoctorId() {
        if (dialect() == DatabaseDialect.POSTGRESQL) {
            String defaultExpression = liveTable("doctor_identity").columns().get("doctor_id").defaultExpression();

            assertThat(actual.sequenceNames()).contains("doctor_id_seq");
            assertThat(defaultExpression).isEqualTo("nextval('doctor_id_seq'::regclass)");
        } else {
            Result<org.jooq.Record> rows = dsl.fetch("SELECT id, last_value FROM doctor_id_seq");

            assertThat(actual.tableNames()).contains("doctor_id_seq");
            assertThat(rows).hasSize(1);
            assertThat(rows.getFirst().get("id", Integer.class)).isEqualTo(1);
            assertThat(rows.getFirst().get("last_value", Long.class)).isNotNegative();
        }
    }

    // Seed rows

    @Test
    void adminUser_isSeeded() {
        Result<Record3<String, String, Boolean>> admins = dsl
                .select(USERS.ROLE, USERS.EMAIL, USERS.IS_ACTIVE)
                .from(USERS)
                .where(USERS.PHONE.eq(TestDatabase.ADMIN_PHONE))
                .fetch();

        assertThat(admins).hasSize(1);
        assertThat(admins.getFirst().value1()).isEqualTo("admin");
        assertThat(admins.getFirst().value2()).isEqualTo(TestDatabase.ADMIN_EMAIL);
        assertThat(admins.getFirst().value3()).isTrue();
    }

    @Test
    void dropdownSeed_coversFifteenFields() {
        var approvedSystemRows = DROPDOWN_OPTIONS.STATUS.eq("approved").and(DROPDOWN_OPTIONS.IS_SYSTEM.isTrue());

        int count = dsl.fetchCount(DROPDOWN_OPTIONS, approvedSystemRows);
        Set<String> fields = new HashSet<>(dsl.selectDistinct(DROPDOWN_OPTIONS.FIELD_NAME)
                .from(DROPDOWN_OPTIONS)
                .where(approvedSystemRows)
                .fetch(DROPDOWN_OPTIONS.FIELD_NAME));

        assertThat(count).isGreaterThanOrEqualTo(MIN_SYSTEM_DROPDOWN_VALUES);
        assertThat(fields).containsExactlyInAnyOrderElementsOf(DROPDOWN_FIELDS);
    }

    // Foreign keys at work, through the application's connection pool

    @Test
    void details_withoutIdentity_isRejected() {
        long orphanDoctorId = 990_001;

        DataAccessException thrown = catchThrowableOfType(DataAccessException.class, () -> dsl
                .insertInto(DOCTOR_DETAILS, DOCTOR_DETAILS.DETAIL_ID, DOCTOR_DETAILS.DOCTOR_ID)
                .values(uuid(), orphanDoctorId)
                .execute());

        assertThat(thrown).withFailMessage("inserting doctor_details for a missing doctor_identity succeeded").isNotNull();
        assertThat(isForeignKeyViolation(thrown.getCause(SQLException.class)))
                .withFailMessage("expected a foreign key violation, got: %s", thrown.getMessage())
                .isTrue();
        assertThat(dsl.fetchCount(DOCTOR_DETAILS, DOCTOR_DETAILS.DOCTOR_ID.eq(orphanDoctorId))).isZero();
    }

    @Test
    void deleteIdentity_cascadesToDetailsMediaAndHistory() {
        long doctorId = 990_002;
        insertIdentity(doctorId);
        dsl.insertInto(DOCTOR_DETAILS, DOCTOR_DETAILS.DETAIL_ID, DOCTOR_DETAILS.DOCTOR_ID)
                .values(uuid(), doctorId)
                .execute();
        dsl.insertInto(DOCTOR_MEDIA, DOCTOR_MEDIA.MEDIA_ID, DOCTOR_MEDIA.DOCTOR_ID, DOCTOR_MEDIA.MEDIA_TYPE,
                        DOCTOR_MEDIA.MEDIA_CATEGORY, DOCTOR_MEDIA.FILE_URI, DOCTOR_MEDIA.FILE_NAME)
                .values(uuid(), doctorId, "image", "profile_photo", "media/990002/photo.jpg", "photo.jpg")
                .execute();
        dsl.insertInto(DOCTOR_STATUS_HISTORY, DOCTOR_STATUS_HISTORY.HISTORY_ID, DOCTOR_STATUS_HISTORY.DOCTOR_ID,
                        DOCTOR_STATUS_HISTORY.PREVIOUS_STATUS, DOCTOR_STATUS_HISTORY.NEW_STATUS)
                .values(uuid(), doctorId, "pending", "submitted")
                .execute();

        int deleted = dsl.deleteFrom(DOCTOR_IDENTITY).where(DOCTOR_IDENTITY.DOCTOR_ID.eq(doctorId)).execute();

        assertThat(deleted).isEqualTo(1);
        assertThat(dsl.fetchCount(DOCTOR_DETAILS, DOCTOR_DETAILS.DOCTOR_ID.eq(doctorId))).isZero();
        assertThat(dsl.fetchCount(DOCTOR_MEDIA, DOCTOR_MEDIA.DOCTOR_ID.eq(doctorId))).isZero();
        assertThat(dsl.fetchCount(DOCTOR_STATUS_HISTORY, DOCTOR_STATUS_HISTORY.DOCTOR_ID.eq(doctorId))).isZero();
    }

    @Test
    void deleteDoctor_setsUserDoctorIdNull() {
        int doctorId = 990_003;
        String phone = "+919000990003";
        dsl.insertInto(DOCTORS, DOCTORS.ID, DOCTORS.FIRST_NAME, DOCTORS.LAST_NAME)
                .values(doctorId, "Meera", "Iyer")
                .execute();
        dsl.insertInto(USERS, USERS.PHONE, USERS.DOCTOR_ID)
                .values(phone, doctorId)
                .execute();

        int deleted = dsl.deleteFrom(DOCTORS).where(DOCTORS.ID.eq(doctorId)).execute();

        assertThat(deleted).isEqualTo(1);
        assertThat(dsl.fetchCount(USERS, USERS.PHONE.eq(phone))).isEqualTo(1);
        assertThat(dsl.select(USERS.DOCTOR_ID).from(USERS).where(USERS.PHONE.eq(phone)).fetchOne(USERS.DOCTOR_ID)).isNull();
    }

    private void insertIdentity(long doctorId) {
        dsl.insertInto(DOCTOR_IDENTITY, DOCTOR_IDENTITY.ID, DOCTOR_IDENTITY.DOCTOR_ID, DOCTOR_IDENTITY.FIRST_NAME,
                        DOCTOR_IDENTITY.LAST_NAME, DOCTOR_IDENTITY.EMAIL, DOCTOR_IDENTITY.PHONE_NUMBER)
                .values(uuid(), doctorId, "Asha", "Rao", "doctor" + doctorId + "@example.com", "+919845012345")
                .execute();
    }

    /** PostgreSQL reports SQLState 23503. sqlite-jdbc has no specific SQLState for constraint violations, so its message is checked. */
    private boolean isForeignKeyViolation(SQLException failure) {
        if (failure == null) {
            return false;
        }
        if (dialect() == DatabaseDialect.POSTGRESQL) {
            return "23503".equals(failure.getSQLState());
        }
        return String.valueOf(failure.getMessage()).contains("FOREIGN KEY constraint failed");
    }

    // Helpers

    private CatalogSchema.Table liveTable(String name) {
        CatalogSchema.Table table = actual.tables().get(name);
        assertThat(table).withFailMessage("table %s: missing from the database", name).isNotNull();
        return table;
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private static <T> Set<T> difference(Set<T> items, Set<T> minus) {
        Set<T> result = new HashSet<>(items);
        result.removeAll(minus);
        return result;
    }

    private static <T> Set<T> union(Set<T> first, Set<T> second) {
        Set<T> result = new HashSet<>(first);
        result.addAll(second);
        return result;
    }
}
