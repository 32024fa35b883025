package org.doctoronboarding.adapter.persistence;

/** Runs the dropdown catalogue contract on PostgreSQL, in a schema of its own. */
class PostgresCataloguePersistenceTest extends CataloguePersistenceContractTest {

    @Override
    DatabaseDialect dialect() {
        return DatabaseDialect.POSTGRESQL;
    }
}
