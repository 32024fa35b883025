package org.doctoronboarding.adapter.persistence;

/** Runs the schema conformance contract on a freshly migrated SQLite file. */
class SqliteSchemaConformanceTest extends SchemaConformanceContractTest {

    @Override
    DatabaseDialect dialect() {
        return DatabaseDialect.SQLITE;
    }
}
