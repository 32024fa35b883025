package org.doctoronboarding.adapter.persistence;

import java.util.Locale;
import org.jooq.SQLDialect;

/** The two supported databases, chosen by the JDBC URL's prefix. */
public enum DatabaseDialect {
    POSTGRESQL("postgresql", SQLDialect.POSTGRES),
    SQLITE("sqlite", SQLDialect.SQLITE);

    private final String migrationFolder;
    private final SQLDialect jooqDialect;

    DatabaseDialect(String migrationFolder, SQLDialect jooqDialect) {
        this.migrationFolder = migrationFolder;
        this.jooqDialect = jooqDialect;
    }

    /** Returns the Flyway location holding this dialect's migrations. */
    public String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    public SQLDialect jooqDialect() {
        return jooqDialect;
    }

    /**
     * Picks the dialect from a JDBC URL.
     *
     * @throws IllegalArgumentException naming the URL's prefix when it is neither PostgreSQL nor SQLite
     */
    public static DatabaseDialect fromJdbcUrl(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        String prefix = lower.contains(":") && lower.indexOf(':', 5) > 0 ? url.substring(0, url.indexOf(':', 5) + 1) : String.valueOf(url);
        throw new IllegalArgumentException("unsupported JDBC URL '" + prefix + "...': use jdbc:postgresql://... or jdbc:sqlite:FILE");
    }
}
