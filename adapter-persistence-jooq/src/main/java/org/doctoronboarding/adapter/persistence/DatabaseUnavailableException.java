package org.doctoronboarding.adapter.persistence;

/** A database that cannot be reached or opened. The message names the database and the driver's error. */
public final class DatabaseUnavailableException extends RuntimeException {

    DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
