package org.doctoronboarding.adapter.http;

import io.javalin.http.Context;
import java.util.List;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.domain.FieldError;
import org.doctoronboarding.domain.ValidationException;

/** Reads the paging parameters shared by every list route, adding each problem to {@code errors}. */
final class QueryParams {

    private QueryParams() {
    }

    /** Returns the requested page, or null when {@code page} or {@code page_size} is invalid. */
    static PageRequest page(Context ctx, List<FieldError> errors) {
        int page = integer(ctx, "page", 1, errors);
        int pageSize = integer(ctx, "page_size", PageRequest.DEFAULT_PAGE_SIZE, errors);
        try {
            return new PageRequest(page, pageSize);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static int integer(Context ctx, String name, int fallback, List<FieldError> errors) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "'" + raw + "' is not a whole number"));
            return fallback;
        }
    }
}
