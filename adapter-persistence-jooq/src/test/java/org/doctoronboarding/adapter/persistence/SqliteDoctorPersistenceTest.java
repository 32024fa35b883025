package org.doctoronboarding.adapter.persistence;

/** Runs the doctor persistence contract on a SQLite file. */
class SqliteDoctorPersistenceTest extends DoctorPersistenceContractTest {

    @Override
    DatabaseDialect dialect() {
        return DatabaseDialect.SQLITE;
    }
}
