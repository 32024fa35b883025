package org.doctoronboarding.adapter.persistence;

/** Runs the account contract on PostgreSQL, in a schema of its own. */
class PostgresAccountTest extends AccountContractTest {

    @Override
    DatabaseDialect dialect() {
        return DatabaseDialect.POSTGRESQL;
    }
}
