package org.doctoronboarding.adapter.persistence;

import static org.doctoronboarding.adapter.persistence.JooqDoctorRepository.instant;
import static org.doctoronboarding.adapter.persistence.JooqDoctorRepository.utc;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DROPDOWN_OPTIONS;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DROPDOWN_OPTION_KEYS;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doctoronboarding.application.port.in.Page;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.out.DropdownOptionRepository;
import org.doctoronboarding.domain.catalogue.DropdownField;
import org.doctoronboarding.domain.catalogue.DropdownOption;
import org.doctoronboarding.domain.catalogue.DropdownStatus;
import org.doctoronboarding.domain.catalogue.OptionText;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores the dropdown catalogue in {@code dropdown_options}, with identity keys in {@code dropdown_option_keys}. */
public final class JooqDropdownOptionRepository implements DropdownOptionRepository {

    private static final Logger log = LoggerFactory.getLogger(JooqDropdownOptionRepository.class);

    private final DSLContext dsl;

    public JooqDropdownOptionRepository(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * Gives every option without an identity key its key, for example the seeded ones. Two existing options
     * with one key keep the older's key; the other is logged so staff can merge them.
     */
    public void ensureKeys() {
        // One transaction for all rows: on SQLite each autocommitted insert would wait for its own sync.
        int added = dsl.transactionResult(() -> {
            var missing = dsl.select(DROPDOWN_OPTIONS.ID, DROPDOWN_OPTIONS.FIELD_NAME, DROPDOWN_OPTIONS.VALUE)
                    .from(DROPDOWN_OPTIONS)
                    .whereNotExists(DSL.selectOne().from(DROPDOWN_OPTION_KEYS)
                            .where(DROPDOWN_OPTION_KEYS.OPTION_ID.eq(DROPDOWN_OPTIONS.ID)))
                    .orderBy(DROPDOWN_OPTIONS.ID)
                    .fetch();
            int inserted = 0;
            for (var row : missing) {
                int count = dsl.insertInto(DROPDOWN_OPTION_KEYS)
                        .set(DROPDOWN_OPTION_KEYS.FIELD_NAME, row.value2())
                        .set(DROPDOWN_OPTION_KEYS.VALUE_KEY, OptionText.key(row.value3()))
                        .set(DROPDOWN_OPTION_KEYS.OPTION_ID, row.value1())
                        .onConflictDoNothing()
                        .execute();
                if (count == 0) {
                    log.warn("Dropdown option {} ('{}' in {}) duplicates another option's value; merge or delete one",
                            row.value1(), row.value3(), row.value2());
                }
                inserted += count;
            }
            return inserted;
        });
        if (added > 0) {
            log.info("Added identity keys for {} dropdown options", added);
        }
    }

    @Override
    public Map<DropdownField, List<DropdownOption>> approved() {
        Map<DropdownField, List<DropdownOption>> byField = new EnumMap<>(DropdownField.class);
        for (DropdownField field : DropdownField.values()) {
            byField.put(field, new java.util.ArrayList<>());
        }
        for (DropdownOption option : selectApproved(DSL.trueCondition())) {
            byField.get(option.field()).add(option);
        }
        return byField;
    }

    @Override
    public List<DropdownOption> approved(DropdownField field) {
        return selectApproved(DROPDOWN_OPTIONS.FIELD_NAME.eq(field.fieldName()));
    }

    @Override
    public Optional<DropdownOption> findById(long id) {
        return dsl.select(DROPDOWN_OPTIONS.fields()).from(DROPDOWN_OPTIONS).where(DROPDOWN_OPTIONS.ID.eq((int) id))
                .fetchOptional(JooqDropdownOptionRepository::toOption);
    }

    @Override
    public Stored insertIfAbsent(NewOption option, Instant at) {
        String key = OptionText.key(option.value());
        Optional<DropdownOption> existing = findByKey(option.field(), key);
        if (existing.isPresent()) {
            return new Stored(existing.get(), false);
        }
        try {
            // A savepoint, so that losing the race to a concurrent insert leaves the caller's transaction usable.
            long id = dsl.transactionResult(() -> insert(option, key, at));
            return new Stored(findById(id).orElseThrow(), true);
        } catch (DataAccessException e) {
            return findByKey(option.field(), key).map(winner -> new Stored(winner, false)).orElseThrow(() -> e);
        }
    }

    @Override
    public Page<DropdownOption> list(DropdownField field, DropdownStatus status, String text, PageRequest page) {
        Condition condition = DSL.trueCondition();
        if (field != null) {
            condition = condition.and(DROPDOWN_OPTIONS.FIELD_NAME.eq(field.fieldName()));
        }
        if (status != null) {
            condition = condition.and(DROPDOWN_OPTIONS.STATUS.eq(status.value()));
        }
        if (text != null && !text.isBlank()) {
            condition = condition.and(DROPDOWN_OPTIONS.VALUE.containsIgnoreCase(text.strip())
                    .or(DROPDOWN_OPTIONS.LABEL.containsIgnoreCase(text.strip())));
        }
        long total = dsl.selectCount().from(DROPDOWN_OPTIONS).where(condition).fetchSingle(0, Long.class);
        List<DropdownOption> items = dsl.select(DROPDOWN_OPTIONS.fields()).from(DROPDOWN_OPTIONS).where(condition)
                .orderBy(DROPDOWN_OPTIONS.FIELD_NAME, DROPDOWN_OPTIONS.DISPLAY_ORDER, DROPDOWN_OPTIONS.ID)
                .limit(page.pageSize()).offset(page.offset())
                .fetch(JooqDropdownOptionRepository::toOption);
        return new Page<>(items, page.page(), page.pageSize(), total);
    }

    @Override
    public long countPending() {
        return dsl.fetchCount(DROPDOWN_OPTIONS, DROPDOWN_OPTIONS.STATUS.eq(DropdownStatus.PENDING.value()));
    }

    @Override
    public List<DropdownOption> submittedBy(String userId) {
        return dsl.select(DROPDOWN_OPTIONS.fields()).from(DROPDOWN_OPTIONS)
                .where(DROPDOWN_OPTIONS.SUBMITTED_BY.eq(userId))
                .orderBy(DROPDOWN_OPTIONS.ID.desc())
                .fetch(JooqDropdownOptionRepository::toOption);
    }

    @Override
    public boolean update(DropdownOption option, DropdownStatus expected) {
        return dsl.update(DROPDOWN_OPTIONS)
                .set(DROPDOWN_OPTIONS.LABEL, option.label())
                .set(DROPDOWN_OPTIONS.DISPLAY_ORDER, option.displayOrder())
                .set(DROPDOWN_OPTIONS.STATUS, option.status().value())
                .set(DROPDOWN_OPTIONS.REVIEWED_BY, option.reviewedBy())
                .set(DROPDOWN_OPTIONS.REVIEWED_BY_EMAIL, option.reviewedByEmail())
                .set(DROPDOWN_OPTIONS.REVIEWED_AT, utc(option.reviewedAt()))
                .set(DROPDOWN_OPTIONS.REVIEW_NOTES, option.reviewNotes())
                .set(DROPDOWN_OPTIONS.UPDATED_AT, utc(option.updatedAt()))
                .where(DROPDOWN_OPTIONS.ID.eq((int) option.id()).and(DROPDOWN_OPTIONS.STATUS.eq(expected.value())))
                .execute() == 1;
    }

    @Override
    public boolean delete(long id) {
        return dsl.deleteFrom(DROPDOWN_OPTIONS)
                .where(DROPDOWN_OPTIONS.ID.eq((int) id).and(DROPDOWN_OPTIONS.IS_SYSTEM.isFalse()))
                .execute() == 1;
    }

    private long insert(NewOption option, String key, Instant at) {
        Integer id = dsl.insertInto(DROPDOWN_OPTIONS)
                .set(DROPDOWN_OPTIONS.FIELD_NAME, option.field().fieldName())
                .set(DROPDOWN_OPTIONS.VALUE, option.value())
                .set(DROPDOWN_OPTIONS.LABEL, option.label())
                .set(DROPDOWN_OPTIONS.STATUS, option.status().value())
                .set(DROPDOWN_OPTIONS.IS_SYSTEM, false)
                .set(DROPDOWN_OPTIONS.DISPLAY_ORDER, option.displayOrder())
                .set(DROPDOWN_OPTIONS.SUBMITTED_BY, option.submittedBy())
                .set(DROPDOWN_OPTIONS.SUBMITTED_BY_EMAIL, option.submittedByEmail())
                .set(DROPDOWN_OPTIONS.CREATED_AT, utc(at))
                .set(DROPDOWN_OPTIONS.UPDATED_AT, utc(at))
                .returningResult(DROPDOWN_OPTIONS.ID)
                .fetchSingle()
                .value1();
        dsl.insertInto(DROPDOWN_OPTION_KEYS)
                .set(DROPDOWN_OPTION_KEYS.FIELD_NAME, option.field().fieldName())
                .set(DROPDOWN_OPTION_KEYS.VALUE_KEY, key)
                .set(DROPDOWN_OPTION_KEYS.OPTION_ID, id)
                .execute();
        return id;
    }

    private Optional<DropdownOption> findByKey(DropdownField field, String key) {
        return dsl.select(DROPDOWN_OPTIONS.fields())
                .from(DROPDOWN_OPTIONS)
                .join(DROPDOWN_OPTION_KEYS).on(DROPDOWN_OPTION_KEYS.OPTION_ID.eq(DROPDOWN_OPTIONS.ID))
                .where(DROPDOWN_OPTION_KEYS.FIELD_NAME.eq(field.fieldName()).and(DROPDOWN_OPTION_KEYS.VALUE_KEY.eq(key)))
                .fetchOptional(JooqDropdownOptionRepository::toOption);
    }

    private List<DropdownOption> selectApproved(Condition condition) {
        return dsl.select(DROPDOWN_OPTIONS.fields())
                .from(DROPDOWN_OPTIONS)
                .where(condition.and(DROPDOWN_OPTIONS.STATUS.eq(DropdownStatus.APPROVED.value())))
                .orderBy(DROPDOWN_OPTIONS.FIELD_NAME, DROPDOWN_OPTIONS.DISPLAY_ORDER,
                        DSL.coalesce(DROPDOWN_OPTIONS.LABEL, DROPDOWN_OPTIONS.VALUE), DROPDOWN_OPTIONS.ID)
                .fetch(JooqDropdownOptionRepository::toOption);
    }

    private static DropdownOption toOption(Record r) {
        return new DropdownOption(
                r.get(DROPDOWN_OPTIONS.ID),
                DropdownField.parse(r.get(DROPDOWN_OPTIONS.FIELD_NAME)),
                r.get(DROPDOWN_OPTIONS.VALUE),
                r.get(DROPDOWN_OPTIONS.LABEL),
                DropdownStatus.parse("status", r.get(DROPDOWN_OPTIONS.STATUS)),
                r.get(DROPDOWN_OPTIONS.IS_SYSTEM),
                r.get(DROPDOWN_OPTIONS.DISPLAY_ORDER),
                r.get(DROPDOWN_OPTIONS.SUBMITTED_BY),
                r.get(DROPDOWN_OPTIONS.SUBMITTED_BY_EMAIL),
                r.get(DROPDOWN_OPTIONS.REVIEWED_BY),
                r.get(DROPDOWN_OPTIONS.REVIEWED_BY_EMAIL),
                instant(r.get(DROPDOWN_OPTIONS.REVIEWED_AT)),
                r.get(DROPDOWN_OPTIONS.REVIEW_NOTES),
                instant(r.get(DROPDOWN_OPTIONS.CREATED_AT)),
                instant(r.get(DROPDOWN_OPTIONS.UPDATED_AT)));
    }
}
