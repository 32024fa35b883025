package org.doctoronboarding.adapter.http;

import org.doctoronboarding.application.port.out.DatabaseHealth;

/** A {@link DatabaseHealth} that passes until a test marks the database as down. */
final class SwitchableDatabaseHealth implements DatabaseHealth {

    /** The message of the check's failure, which tests expect no response to repeat. */
    static final String FAILURE_MESSAGE = "Connection to 10.0.0.5:5432 refused (password for onboarding_app rejected)";

    private volatile boolean down;

    void goDown() {
        down = true;
    }

    @Override
    public void check() {
        if (down) {
            throw new IllegalStateException(FAILURE_MESSAGE);
        }
    }
}
