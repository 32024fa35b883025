package org.doctoronboarding.adapter.persistence;

import org.doctoronboarding.application.port.out.DatabaseHealth;
import org.jooq.DSLContext;

/** Checks the database with a trivial query. */
public final class JooqDatabaseHealth implements DatabaseHealth {

    private final DSLContext dsl;

    public JooqDatabaseHealth(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public void check() {
        dsl.selectOne().fetch();
    }
}
