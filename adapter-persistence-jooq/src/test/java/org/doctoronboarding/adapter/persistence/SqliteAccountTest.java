package org.doctoronboarding.adapter.persistence;

/** Runs the account contract on a SQLite file. */
class SqliteAccountTest extends AccountContractTest {

    @Override
    DatabaseDialect dialect() {
        return DatabaseDialect.SQLITE;
    }
}
