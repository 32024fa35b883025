package org.doctoronboarding.application.port.out;

/** Checks that the database responds. */
public interface DatabaseHealth {

    /** Runs a trivial query. Returns normally when the query succeeded and throws otherwise. */
    void check();
}
