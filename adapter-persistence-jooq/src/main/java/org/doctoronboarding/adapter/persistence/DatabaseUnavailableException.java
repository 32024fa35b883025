package org.doctoronboarding.adapter.persistence;

/** The database cannot be reached or opened; the message says which database and what the driver reported. */
public final class DatabaseUnavailableException extends RuntimeException {

    DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
