package org.doctoronboarding.application.port.out;

/** Checks that the database answers. */
public interface DatabaseHealth {

    /** Runs a trivial query; returns normally when the database answered, throws otherwise. */
    void check();
}
