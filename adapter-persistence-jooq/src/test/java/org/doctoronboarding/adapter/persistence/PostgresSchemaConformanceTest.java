package org.doctoronboarding.adapter.persistence;

/** Runs the schema conformance contract on PostgreSQL, in a freshly migrated schema of its own. */
class PostgresSchemaConformanceTest extends SchemaConformanceContractTest {

    @Override
    DatabaseDialect dialect() {
        return DatabaseDialect.POSTGRESQL;
    }
}
