package org.doctoronboarding.adapter.http;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.doctoronboarding.application.port.in.Page;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.out.DropdownOptionRepository;
import org.doctoronboarding.domain.catalogue.DropdownField;
import org.doctoronboarding.domain.catalogue.DropdownOption;
import org.doctoronboarding.domain.catalogue.DropdownStatus;
import org.doctoronboarding.domain.catalogue.OptionText;

/**
 * A {@link DropdownOptionRepository} kept in memory for HTTP tests. Follows the port's contract as the jOOQ
 * adapter does: one option per identity key and field, the status guard on update, and no deletion of system
 * options. Every method is synchronized, so concurrent requests see each call as atomic.
 */
final class InMemoryDropdownOptionRepository implements DropdownOptionRepository {

    private static final Comparator<DropdownOption> DISPLAY_ORDER = Comparator.comparingInt(DropdownOption::displayOrder)
            .thenComparing(DropdownOption::displayLabel)
            .thenComparingLong(DropdownOption::id);
    private static final Comparator<DropdownOption> STAFF_ORDER = Comparator
            .comparing((DropdownOption option) -> option.field().fieldName())
            .thenComparingInt(DropdownOption::displayOrder)
            .thenComparingLong(DropdownOption::id);

    private final Map<Long, DropdownOption> options = new LinkedHashMap<>();
    /** Option ids by field name and identity key, like the {@code dropdown_option_keys} table. */
    private final Map<String, Long> idsByKey = new HashMap<>();
    private long nextId = 1;

    /** Stores an option as migrations or earlier requests would have left it, and returns its id. */
    synchronized long seed(DropdownField field, String value, DropdownStatus status, boolean system, int displayOrder,
            String submittedBy, Instant at) {
        long id = nextId++;
        store(new DropdownOption(id, field, value, null, status, system, displayOrder, submittedBy, null, null, null,
                null, null, at, at));
        return id;
    }

    @Override
    public synchronized Map<DropdownField, List<DropdownOption>> approved() {
        Map<DropdownField, List<DropdownOption>> byField = new EnumMap<>(DropdownField.class);
        for (DropdownField field : DropdownField.values()) {
            byField.put(field, approved(field));
        }
        return byField;
    }

    @Override
    public synchronized List<DropdownOption> approved(DropdownField field) {
        return options.values().stream()
                .filter(option -> option.field() == field && option.status() == DropdownStatus.APPROVED)
                .sorted(DISPLAY_ORDER)
                .toList();
    }

    @Override
    public synchronized Optional<DropdownOption> findById(long id) {
        return Optional.ofNullable(options.get(id));
    }

    @Override
    public synchronized Stored insertIfAbsent(NewOption option, Instant at) {
        Long existing = idsByKey.get(keyOf(option.field(), option.value()));
        if (existing != null) {
            return new Stored(options.get(existing), false);
        }
        DropdownOption created = new DropdownOption(nextId++, option.field(), option.value(), option.label(),
                option.status(), false, option.displayOrder(), option.submittedBy(), option.submittedByEmail(), null,
                null, null, null, at, at);
        store(created);
        return new Stored(created, true);
    }

    @Override
    public synchronized Page<DropdownOption> list(DropdownField field, DropdownStatus status, String text, PageRequest page) {
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        List<DropdownOption> matching = options.values().stream()
                .filter(option -> field == null || option.field() == field)
                .filter(option -> status == null || option.status() == status)
                .filter(option -> needle == null || contains(option.value(), needle) || contains(option.label(), needle))
                .sorted(STAFF_ORDER)
                .toList();
        List<DropdownOption> items = matching.stream().skip(page.offset()).limit(page.pageSize()).toList();
        return new Page<>(items, page.page(), page.pageSize(), matching.size());
    }

    @Override
    public synchronized long countPending() {
        return options.values().stream().filter(option -> option.status() == DropdownStatus.PENDING).count();
    }

    @Override
    public synchronized List<DropdownOption> submittedBy(String userId) {
        return options.values().stream()
                .filter(option -> userId.equals(option.submittedBy()))
                .sorted(Comparator.comparingLong(DropdownOption::id).reversed())
                .toList();
    }

    @Override
    public synchronized boolean update(DropdownOption option, DropdownStatus expected) {
        DropdownOption current = options.get(option.id());
        if (current == null || current.status() != expected) {
            return false;
        }
        options.put(option.id(), option);
        return true;
    }

    @Override
    public synchronized boolean delete(long id) {
        DropdownOption current = options.get(id);
        if (current == null || current.system()) {
            return false;
        }
        options.remove(id);
        idsByKey.remove(keyOf(current.field(), current.value()));
        return true;
    }

    private void store(DropdownOption option) {
        Long previous = idsByKey.putIfAbsent(keyOf(option.field(), option.value()), option.id());
        if (previous != null) {
            throw new IllegalStateException("cannot store '" + option.value() + "': option " + previous + " already has its identity key");
        }
        options.put(option.id(), option);
    }

    private static String keyOf(DropdownField field, String value) {
        return field.fieldName() + "\u0000" + OptionText.key(value);
    }

    private static boolean contains(String text, String lowerCaseNeedle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
    }
}
