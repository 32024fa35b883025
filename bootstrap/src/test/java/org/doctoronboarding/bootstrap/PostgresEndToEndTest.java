package org.doctoronboarding.bootstrap;

import org.doctoronboarding.adapter.persistence.DatabaseDialect;

/** The onboarding flow end to end on PostgreSQL. */
class PostgresEndToEndTest extends EndToEndContractTest {

    @Override
    DatabaseDialect dialect() {
        return DatabaseDialect.POSTGRESQL;
    }
}
