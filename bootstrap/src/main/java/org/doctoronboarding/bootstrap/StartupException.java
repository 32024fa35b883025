package org.doctoronboarding.bootstrap;

import java.net.BindException;
import java.nio.channels.UnresolvedAddressException;
import java.util.function.Supplier;
import org.doctoronboarding.adapter.persistence.DatabaseUnavailableException;

/** A start-up step that failed for a reason an operator can fix. Its message names the reason and the fix. */
final class StartupException extends RuntimeException {

    private StartupException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Runs a start-up step, turning the usual environment failures into one clear line. */
    static <T> T explain(AppConfig config, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            if (has(e, BindException.class) || has(e, UnresolvedAddressException.class)) {
                throw new StartupException("Cannot listen on " + config.httpHost() + ":" + config.httpPort() + ": "
                        + (has(e, UnresolvedAddressException.class) ? "the host name does not resolve"
                                : "the address is not available on this machine or the port is already in use")
                        + ". Check " + AppConfig.HTTP_HOST + " and " + AppConfig.HTTP_PORT + ".", e);
            }
            DatabaseUnavailableException database = find(e, DatabaseUnavailableException.class);
            if (database != null) {
                throw new StartupException(database.getMessage() + " (" + config.maskedDatabaseUrl() + "). Check "
                        + AppConfig.DB_URL + " and that the database server is running.", e);
            }
            throw e;
        }
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type) != null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
