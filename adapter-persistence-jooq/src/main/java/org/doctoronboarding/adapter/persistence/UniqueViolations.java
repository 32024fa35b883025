package org.doctoronboarding.adapter.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jooq.exception.DataAccessException;

/**
 * Recognises unique-key violations on both databases and names the API field they concern. PostgreSQL
 * reports SQLState 23505 with the constraint name; SQLite reports error code 19 (SQLITE_CONSTRAINT), with
 * SQLState often unset, and names the table and column instead.
 */
final class UniqueViolations {

    private static final String POSTGRES_UNIQUE_VIOLATION = "23505";
    private static final int SQLITE_CONSTRAINT = 19;

    record Key(String constraint, String sqliteColumn, String field) {
    }

    static final List<Key> USER_KEYS = List.of(
            new Key("uq_users_phone", "users.phone", "phone"),
            new Key("uq_users_email", "users.email", "email"));

    static final List<Key> DOCTOR_KEYS = List.of(
            new Key("uq_doctor_identity_email", "doctor_identity.email", "email"),
            new Key("uq_doctors_email", "doctors.email", "email"),
            new Key("uq_doctors_phone", "doctors.phone", "phone_number"),
            new Key("uq_doctor_details_registration_number", "doctor_details.registration_number", "registration_number"));

    private UniqueViolations() {
    }

    /** Returns the API field whose unique key a doctor write violated, if that is what the failure was. */
    static Optional<String> doctorField(DataAccessException failure) {
        return field(failure, DOCTOR_KEYS);
    }

    /** Returns the API field whose unique key among {@code keys} a write violated, if that is what the failure was. */
    static Optional<String> field(DataAccessException failure, List<Key> keys) {
        SQLException sql = failure.getCause(SQLException.class);
        if (sql == null || !isUniqueViolation(sql)) {
            return Optional.empty();
        }
        String message = String.valueOf(sql.getMessage());
        return keys.stream()
                .filter(key -> message.contains("\"" + key.constraint() + "\"") || message.contains(key.sqliteColumn()))
                .map(Key::field)
                .findFirst();
    }

    private static boolean isUniqueViolation(SQLException sql) {
        return POSTGRES_UNIQUE_VIOLATION.equals(sql.getSQLState())
                || sql.getErrorCode() == SQLITE_CONSTRAINT && String.valueOf(sql.getMessage()).contains("UNIQUE");
    }
}
