package org.doctoronboarding.adapter.persistence;

/** Runs the sign-in contract on PostgreSQL, in a schema of its own. */
class PostgresSignInTest extends SignInContractTest {

    @Override
    DatabaseDialect dialect() {
        return DatabaseDialect.POSTGRESQL;
    }
}
