package org.doctoronboarding.bootstrap;

import org.doctoronboarding.adapter.persistence.DatabaseDialect;

/** The onboarding flow end to end on a SQLite file. */
class SqliteEndToEndTest extends EndToEndContractTest {

    @Override
    DatabaseDialect dialect() {
        return DatabaseDialect.SQLITE;
    }
}
