package org.doctoronboarding.adapter.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A freshly migrated database for one test class: a new SQLite file, or a new PostgreSQL schema on the
 * server named by {@code ONBOARDING_TEST_PG_URL}. PostgreSQL tests are skipped with one line when the server
 * is unreachable, unless {@code ONBOARDING_REQUIRE_PG=1}, which turns that into a failure.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    public static final String ADMIN_PHONE = "+919000000001";
    public static final String ADMIN_EMAIL = "admin@example.com";

    private final Database database;
    private final String jdbcUrl;
    private final Runnable cleanup;

    private TestDatabase(String jdbcUrl, Runnable cleanup) {
        this.jdbcUrl = jdbcUrl;
        this.cleanup = cleanup;
        this.database = Database.open(jdbcUrl, 8);
        this.database.migrate(Map.of("admin_phone", ADMIN_PHONE, "admin_email", ADMIN_EMAIL));
    }

    /** Opens and migrates a database of the given dialect. */
    public static TestDatabase create(DatabaseDialect dialect) {
        return dialect == DatabaseDialect.SQLITE ? sqlite() : postgres();
    }

    public static TestDatabase sqlite() {
        try {
            Path folder = Files.createTempDirectory("onboarding-test-");
            Path file = folder.resolve("onboarding.db");
            return new TestDatabase("jdbc:sqlite:" + file, () -> deleteQuietly(folder));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static TestDatabase postgres() {
        String serverUrl = postgresUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(serverUrl)) {
            connection.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("1".equals(System.getenv("ONBOARDING_REQUIRE_PG"))) {
                throw new IllegalStateException("PostgreSQL is required (ONBOARDING_REQUIRE_PG=1) but " + serverUrl
                        + " is unreachable: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL tests skipped: " + serverUrl + " is unreachable (" + e.getMessage()
                    + "); set ONBOARDING_TEST_PG_URL to run them");
        }
        String separator = serverUrl.contains("?") ? "&" : "?";
        return new TestDatabase(serverUrl + separator + "currentSchema=" + schema, () -> dropSchema(serverUrl, schema));
    }

    public Database database() {
        return database;
    }

    public DatabaseDialect dialect() {
        return database.dialect();
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Opens a plain JDBC connection to the same database, for catalog queries. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    @Override
    public void close() {
        database.close();
        cleanup.run();
    }

    private static String postgresUrl() {
        String url = System.getenv("ONBOARDING_TEST_PG_URL");
        return url == null || url.isBlank() ? DEFAULT_PG_URL : url;
    }

    private static void dropSchema(String serverUrl, String schema) {
        try (Connection connection = DriverManager.getConnection(serverUrl)) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("Could not delete " + folder + ": " + e.getMessage());
        }
    }
}
