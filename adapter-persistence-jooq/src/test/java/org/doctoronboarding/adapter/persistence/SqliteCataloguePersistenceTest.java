package org.doctoronboarding.adapter.persistence;

/** Runs the dropdown catalogue contract on a SQLite file. */
class SqliteCataloguePersistenceTest extends CataloguePersistenceContractTest {

    @Override
    DatabaseDialect dialect() {
        return DatabaseDialect.SQLITE;
    }
}
