package org.doctoronboarding.application.port.out;

import java.util.function.Supplier;

/** Runs a unit of work in one database transaction: every write inside commits together or not at all. */
public interface TransactionRunner {

    /**
     * Runs {@code work} in a transaction and returns its result. A transaction already open on this thread
     * is joined. Any exception thrown by {@code work} rolls the transaction back and is rethrown unchanged.
     */
    <T> T inTransaction(Supplier<T> work);
}
