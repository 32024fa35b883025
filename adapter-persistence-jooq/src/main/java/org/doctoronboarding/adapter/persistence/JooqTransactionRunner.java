package org.doctoronboarding.adapter.persistence;

import java.util.function.Supplier;
import org.doctoronboarding.application.port.out.TransactionRunner;
import org.jooq.DSLContext;

/** Runs work in a jOOQ transaction bound to the calling thread; nested calls join through savepoints. */
public final class JooqTransactionRunner implements TransactionRunner {

    private final DSLContext dsl;

    public JooqTransactionRunner(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }
}
