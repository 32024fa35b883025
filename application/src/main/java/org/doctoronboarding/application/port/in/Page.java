package org.doctoronboarding.application.port.in;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total count of matching items across all pages. */
public record Page<T>(List<T> items, int page, int pageSize, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, pageSize, total);
    }
}
