package org.doctoronboarding.adapter.http;

import io.javalin.http.Context;
import org.doctoronboarding.domain.ValidationException;

/** Reads the numeric ids in route paths, such as {@code {doctor_id}}. */
final class PathParams {

    private PathParams() {
    }

    /**
     * Returns the path parameter as a positive number.
     *
     * @param description the kind of id, for the error message ("a doctor number")
     * @throws ValidationException naming the parameter and the value otherwise
     */
    static long positiveId(Context ctx, String name, String description) {
        String raw = ctx.pathParam(name);
        try {
            long value = Long.parseLong(raw);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the rule.
        }
        throw ValidationException.of(name, "'" + raw + "' is not " + description + "; it must be a positive whole number");
    }
}
