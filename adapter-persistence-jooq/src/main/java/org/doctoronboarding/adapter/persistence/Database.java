package org.doctoronboarding.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * A connection pool and a jOOQ context for one database, PostgreSQL or a SQLite file. Transactions are bound
 * to the calling thread, so repositories called inside {@link JooqTransactionRunner#inTransaction} join them.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** How long a SQLite connection waits for another connection's write lock before failing. */
    private static final int SQLITE_BUSY_TIMEOUT_MS = 30_000;

    static {
        // Without these properties jOOQ prints a banner and usage tips on first use.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final DatabaseDialect dialect;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private Database(DatabaseDialect dialect, HikariDataSource dataSource) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        var configuration = new DefaultConfiguration()
                .set(dialect.jooqDialect())
                .set(new Settings().withRenderSchema(false).withExecuteLogging(false))
                .set(new DataSourceConnectionProvider(dataSource));
        configuration.set(new ThreadLocalTransactionProvider(configuration.connectionProvider()));
        this.dsl = DSL.using(configuration);
    }

    /**
     * Opens a pool for the JDBC URL. A SQLite file's folder is created when missing.
     *
     * @param maxConnections the pool size; SQLite serialises writers whatever the size
     */
    public static Database open(String jdbcUrl, int maxConnections) {
        DatabaseDialect dialect = DatabaseDialect.fromJdbcUrl(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setPoolName("onboarding-" + dialect.name().toLowerCase(java.util.Locale.ROOT));
        config.setMaximumPoolSize(maxConnections);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(-1);
        if (dialect == DatabaseDialect.SQLITE) {
            createParentFolder(jdbcUrl);
            config.setDataSource(sqliteDataSource(jdbcUrl));
        } else {
            config.setJdbcUrl(jdbcUrl);
        }
        return new Database(dialect, new HikariDataSource(config));
    }

    /**
     * Applies pending migrations for this dialect.
     *
     * @param placeholders values for the migration scripts' {@code ${name}} placeholders
     */
    public MigrationOutcome migrate(Map<String, String> placeholders) {
        try {
            return migrateOrFail(placeholders);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private MigrationOutcome migrateOrFail(Map<String, String> placeholders) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrationLocation())
                .placeholders(placeholders)
                .loggers("slf4j")
                .load();
        var result = flyway.migrate();
        // The result names a version only when it applied something, so read the version from the schema history.
        var current = flyway.info().current();
        String version = current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion();
        var outcome = new MigrationOutcome(version, result.migrationsExecuted);
        log.info("Database schema at version {} ({} migrations applied now)", outcome.schemaVersion(), outcome.applied());
        return outcome;
    }

    /** The result of a migration run: the schema version reached and the number of migrations applied. */
    public record MigrationOutcome(String schemaVersion, int applied) {
    }

    public DatabaseDialect dialect() {
        return dialect;
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /**
     * Turns a failure to connect into a {@link DatabaseUnavailableException}: SQLState class 08 (connection
     * exceptions, PostgreSQL and the pool) or SQLite's "cannot open" error. Other failures pass unchanged.
     */
    private RuntimeException unavailable(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || String.valueOf(sql.getMessage()).contains("SQLITE_CANTOPEN"))) {
                return new DatabaseUnavailableException("Cannot connect to the " + dialect.name().toLowerCase(java.util.Locale.ROOT)
                        + " database: " + sql.getMessage(), failure);
            }
        }
        return failure;
    }

    private static org.sqlite.SQLiteDataSource sqliteDataSource(String jdbcUrl) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.enforceForeignKeys(true);
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
        // BEGIN IMMEDIATE takes the write lock at the start of a transaction, so two read-then-write
        // transactions wait for each other (up to the busy timeout) instead of failing to upgrade a read lock.
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        var source = new org.sqlite.SQLiteDataSource(sqlite);
        source.setUrl(jdbcUrl);
        return source;
    }

    private static void createParentFolder(String jdbcUrl) {
        String location = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = location.indexOf('?');
        if (query >= 0) {
            location = location.substring(0, query);
        }
        if (location.isEmpty() || location.equals(":memory:") || location.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(location).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + parent + " for the SQLite database", e);
        }
    }
}
