package org.doctoronboarding.application.port.in;

import java.util.ArrayList;
import java.util.List;
import org.doctoronboarding.domain.FieldError;
import org.doctoronboarding.domain.ValidationException;

/** The page of a list to return: {@code page} counts from 1, {@code pageSize} is 1 to 100. */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    public PageRequest {
        List<FieldError> errors = new ArrayList<>();
        if (page < 1) {
            errors.add(new FieldError("page", page + " is invalid; pages are numbered from 1"));
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            errors.add(new FieldError("page_size", pageSize + " is invalid; it must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_PAGE_SIZE);
    }

    /** Returns the number of rows to skip. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
