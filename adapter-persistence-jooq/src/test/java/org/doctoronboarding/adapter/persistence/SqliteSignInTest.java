package org.doctoronboarding.adapter.persistence;

/** Runs the sign-in contract on a SQLite file. */
class SqliteSignInTest extends SignInContractTest {

    @Override
    DatabaseDialect dialect() {
        return DatabaseDialect.SQLITE;
    }
}
