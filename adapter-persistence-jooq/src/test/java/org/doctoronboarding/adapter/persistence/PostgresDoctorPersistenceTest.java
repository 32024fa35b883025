package org.doctoronboarding.adapter.persistence;

/** Runs the doctor persistence contract on PostgreSQL, in a schema of its own. */
class PostgresDoctorPersistenceTest extends DoctorPersistenceContractTest {

    @Override
    DatabaseDialect dialect() {
        return DatabaseDialect.POSTGRESQL;
    }
}
