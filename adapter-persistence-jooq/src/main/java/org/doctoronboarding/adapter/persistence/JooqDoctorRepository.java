package org.doctoronboarding.adapter.persistence;

import static org.doctoronboarding.adapter.persistence.generated.Sequences.DOCTOR_ID_SEQ;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DOCTORS;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DOCTOR_DETAILS;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DOCTOR_IDENTITY;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DOCTOR_STATUS_HISTORY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.doctoronboarding.application.port.in.DoctorFilter;
import org.doctoronboarding.application.port.in.Page;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.out.DoctorRepository;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.doctor.Doctor;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.Email;
import org.doctoronboarding.domain.doctor.NewDoctor;
import org.doctoronboarding.domain.doctor.OnboardingSource;
import org.doctoronboarding.domain.doctor.OnboardingStatus;
import org.doctoronboarding.domain.doctor.PersonalDetails;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.doctoronboarding.domain.doctor.Profile;
import org.doctoronboarding.domain.doctor.ProfileField;
import org.doctoronboarding.domain.doctor.StatusChange;
import org.doctoronboarding.domain.doctor.StatusHistoryEntry;
import org.doctoronboarding.domain.doctor.Title;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Stores doctors in {@code doctor_identity}, {@code doctor_details} and the legacy {@code doctors} mirror,
 * all keyed by one doctor number and written together in the caller's transaction.
 */
public final class JooqDoctorRepository implements DoctorRepository {

    private static final String LEGACY_ROLE = "user";

    private final DSLContext dsl;
    private final DatabaseDialect dialect;
    private final List<SelectField<?>> doctorColumns;

    public JooqDoctorRepository(Database database) {
        this.dsl = database.dsl();
        this.dialect = database.dialect();
        List<SelectField<?>> columns = new ArrayList<>(List.of(DOCTOR_IDENTITY.fields()));
        columns.addAll(ProfileColumns.detailColumns(DOCTOR_DETAILS));
        columns.add(DOCTORS.ONBOARDING_SOURCE);
        columns.add(DOCTORS.RAW_EXTRACTION_DATA);
        this.doctorColumns = List.copyOf(columns);
    }

    @Override
    public Doctor create(NewDoctor draft, Instant at) {
        try {
            return dsl.transactionResult(() -> insert(draft, at));
        } catch (DataAccessException e) {
            throw UniqueViolations.doctorField(e).map(ConflictException::doctorAlreadyExists).orElseThrow(() -> e);
        }
    }

    @Override
    public Optional<Doctor> findActive(DoctorId id) {
        return selectDoctors()
                .where(DOCTOR_IDENTITY.DOCTOR_ID.eq(id.value()).and(DOCTOR_IDENTITY.IS_ACTIVE.isTrue()))
                .fetchOptional(this::toDoctor);
    }

    @Override
    public Page<Doctor> list(DoctorFilter filter, PageRequest page) {
        Condition condition = listCondition(filter);
        long total = dsl.selectCount()
                .from(DOCTOR_IDENTITY)
                .join(DOCTOR_DETAILS).on(DOCTOR_DETAILS.DOCTOR_ID.eq(DOCTOR_IDENTITY.DOCTOR_ID))
                .where(condition)
                .fetchSingle(0, Long.class);
        List<Doctor> items = selectDoctors()
                .where(condition)
                .orderBy(DOCTOR_IDENTITY.DOCTOR_ID.desc())
                .limit(page.pageSize())
                .offset(page.offset())
                .fetch(this::toDoctor);
        return new Page<>(items, page.page(), page.pageSize(), total);
    }

    @Override
    public boolean update(Doctor doctor, Instant expectedUpdatedAt) {
        try {
            return dsl.transactionResult(() -> write(doctor, expectedUpdatedAt));
        } catch (DataAccessException e) {
            throw UniqueViolations.doctorField(e).map(ConflictException::doctorAlreadyExists).orElseThrow(() -> e);
        }
    }

    @Override
    public boolean recordStatusChange(StatusChange change, Doctor after) {
        return dsl.transactionResult(() -> {
            long id = change.doctorId().value();
            OffsetDateTime at = utc(change.at());
            int updated = dsl.update(DOCTOR_IDENTITY)
                    .set(DOCTOR_IDENTITY.ONBOARDING_STATUS, change.next().value())
                    .set(DOCTOR_IDENTITY.STATUS_UPDATED_AT, at)
                    .set(DOCTOR_IDENTITY.STATUS_UPDATED_BY, change.actor().userId())
                    .set(DOCTOR_IDENTITY.REJECTION_REASON, after.rejectionReason())
                    .set(DOCTOR_IDENTITY.VERIFIED_AT, utc(after.verifiedAt()))
                    .set(DOCTOR_IDENTITY.UPDATED_AT, at)
                    .where(DOCTOR_IDENTITY.DOCTOR_ID.eq(id)
                            .and(DOCTOR_IDENTITY.ONBOARDING_STATUS.eq(change.previous().value()))
                            .and(DOCTOR_IDENTITY.IS_ACTIVE.isTrue()))
                    .execute();
            if (updated == 0) {
                return false;
            }

            dsl.update(DOCTORS)
                    .set(DOCTORS.ONBOARDING_STATUS, change.next().value())
                    .set(DOCTORS.UPDATED_AT, at)
                    .where(DOCTORS.ID.eq((int) id))
                    .execute();
            dsl.insertInto(DOCTOR_STATUS_HISTORY)
                    .set(DOCTOR_STATUS_HISTORY.HISTORY_ID, UUID.randomUUID().toString())
                    .set(DOCTOR_STATUS_HISTORY.DOCTOR_ID, id)
                    .set(DOCTOR_STATUS_HISTORY.PREVIOUS_STATUS, change.previous().value())
                    .set(DOCTOR_STATUS_HISTORY.NEW_STATUS, change.next().value())
                    .set(DOCTOR_STATUS_HISTORY.CHANGED_BY, change.actor().userId())
                    .set(DOCTOR_STATUS_HISTORY.CHANGED_BY_EMAIL, change.actor().email())
                    .set(DOCTOR_STATUS_HISTORY.REJECTION_REASON, change.reason())
                    .set(DOCTOR_STATUS_HISTORY.NOTES, change.notes())
                    .set(DOCTOR_STATUS_HISTORY.IP_ADDRESS, change.actor().ipAddress())
                    .set(DOCTOR_STATUS_HISTORY.USER_AGENT, change.actor().userAgent())
                    .set(DOCTOR_STATUS_HISTORY.CHANGED_AT, at)
                    .execute();
            return true;
        });
    }

    @Override
    public boolean softDelete(DoctorId id, Instant at) {
        return dsl.transactionResult(() -> {
            OffsetDateTime when = utc(at);
            int updated = dsl.update(DOCTOR_IDENTITY)
                    .set(DOCTOR_IDENTITY.IS_ACTIVE, false)
                    .set(DOCTOR_IDENTITY.DELETED_AT, when)
                    .set(DOCTOR_IDENTITY.UPDATED_AT, when)
                    .where(DOCTOR_IDENTITY.DOCTOR_ID.eq(id.value()).and(DOCTOR_IDENTITY.IS_ACTIVE.isTrue()))
                    .execute();
            if (updated == 0) {
                return false;
            }
            // The legacy table has no soft-delete columns; its row stays and only records the change time.
            dsl.update(DOCTORS).set(DOCTORS.UPDATED_AT, when).where(DOCTORS.ID.eq((int) id.value())).execute();
            return true;
        });
    }

    @Override
    public List<StatusHistoryEntry> statusHistory(DoctorId id) {
        return dsl.select(DOCTOR_STATUS_HISTORY.fields())
                .from(DOCTOR_STATUS_HISTORY)
                .where(DOCTOR_STATUS_HISTORY.DOCTOR_ID.eq(id.value()))
                .orderBy(DOCTOR_STATUS_HISTORY.CHANGED_AT.asc())
                .fetch(r -> new StatusHistoryEntry(
                        r.get(DOCTOR_STATUS_HISTORY.HISTORY_ID),
                        new DoctorId(r.get(DOCTOR_STATUS_HISTORY.DOCTOR_ID)),
                        r.get(DOCTOR_STATUS_HISTORY.PREVIOUS_STATUS) == null ? null
                                : OnboardingStatus.parse(r.get(DOCTOR_STATUS_HISTORY.PREVIOUS_STATUS)),
                        OnboardingStatus.parse(r.get(DOCTOR_STATUS_HISTORY.NEW_STATUS)),
                        r.get(DOCTOR_STATUS_HISTORY.CHANGED_BY),
                        r.get(DOCTOR_STATUS_HISTORY.CHANGED_BY_EMAIL),
                        r.get(DOCTOR_STATUS_HISTORY.REJECTION_REASON),
                        r.get(DOCTOR_STATUS_HISTORY.NOTES),
                        r.get(DOCTOR_STATUS_HISTORY.IP_ADDRESS),
                        r.get(DOCTOR_STATUS_HISTORY.USER_AGENT),
                        instant(r.get(DOCTOR_STATUS_HISTORY.CHANGED_AT))));
    }

    private Doctor insert(NewDoctor draft, Instant at) {
        long id = nextDoctorNumber();
        OffsetDateTime when = utc(at);
        PersonalDetails personal = draft.personal();

        dsl.insertInto(DOCTOR_IDENTITY)
                .set(DOCTOR_IDENTITY.ID, UUID.randomUUID().toString())
                .set(DOCTOR_IDENTITY.DOCTOR_ID, id)
                .set(DOCTOR_IDENTITY.TITLE, titleValue(personal.title()))
                .set(DOCTOR_IDENTITY.FIRST_NAME, personal.firstName())
                .set(DOCTOR_IDENTITY.LAST_NAME, personal.lastName())
                .set(DOCTOR_IDENTITY.EMAIL, personal.email().value())
                .set(DOCTOR_IDENTITY.PHONE_NUMBER, personal.phoneNumber().value())
                .set(DOCTOR_IDENTITY.ONBOARDING_STATUS, OnboardingStatus.PENDING.value())
                .set(DOCTOR_IDENTITY.IS_ACTIVE, true)
                .set(DOCTOR_IDENTITY.REGISTERED_AT, when)
                .set(DOCTOR_IDENTITY.CREATED_AT, when)
                .set(DOCTOR_IDENTITY.UPDATED_AT, when)
                .execute();

        Map<Field<?>, Object> details = detailValues(draft.profile());
        details.put(DOCTOR_DETAILS.DETAIL_ID, UUID.randomUUID().toString());
        details.put(DOCTOR_DETAILS.DOCTOR_ID, id);
        details.put(DOCTOR_DETAILS.CREATED_AT, when);
        details.put(DOCTOR_DETAILS.UPDATED_AT, when);
        dsl.insertInto(DOCTOR_DETAILS).set(details).execute();

        Map<Field<?>, Object> legacy = legacyValues(personal, draft.profile());
        legacy.put(DOCTORS.ID, Math.toIntExact(id));
        legacy.put(DOCTORS.ROLE, LEGACY_ROLE);
        legacy.put(DOCTORS.ONBOARDING_STATUS, OnboardingStatus.PENDING.value());
        legacy.put(DOCTORS.ONBOARDING_SOURCE, draft.source().value());
        legacy.put(DOCTORS.RAW_EXTRACTION_DATA, draft.rawExtractionJson() == null ? null : JSON.valueOf(draft.rawExtractionJson()));
        legacy.put(DOCTORS.CREATED_AT, when);
        legacy.put(DOCTORS.UPDATED_AT, when);
        dsl.insertInto(DOCTORS).set(legacy).execute();

        return new Doctor(new DoctorId(id), personal, draft.profile(), OnboardingStatus.PENDING, null, null, null, null,
                true, at, at, at, null, draft.source(), draft.rawExtractionJson());
    }

    private boolean write(Doctor doctor, Instant expectedUpdatedAt) {
        long id = doctor.id().value();
        OffsetDateTime when = utc(doctor.updatedAt());
        PersonalDetails personal = doctor.personal();

        int updated = dsl.update(DOCTOR_IDENTITY)
                .set(DOCTOR_IDENTITY.TITLE, titleValue(personal.title()))
                .set(DOCTOR_IDENTITY.FIRST_NAME, personal.firstName())
                .set(DOCTOR_IDENTITY.LAST_NAME, personal.lastName())
                .set(DOCTOR_IDENTITY.EMAIL, personal.email().value())
                .set(DOCTOR_IDENTITY.PHONE_NUMBER, personal.phoneNumber().value())
                .set(DOCTOR_IDENTITY.UPDATED_AT, when)
                .where(DOCTOR_IDENTITY.DOCTOR_ID.eq(id)
                        .and(DOCTOR_IDENTITY.UPDATED_AT.eq(utc(expectedUpdatedAt)))
                        .and(DOCTOR_IDENTITY.IS_ACTIVE.isTrue()))
                .execute();
        if (updated == 0) {
            return false;
        }

        Map<Field<?>, Object> details = detailValues(doctor.profile());
        details.put(DOCTOR_DETAILS.UPDATED_AT, when);
        dsl.update(DOCTOR_DETAILS).set(details).where(DOCTOR_DETAILS.DOCTOR_ID.eq(id)).execute();

        Map<Field<?>, Object> legacy = legacyValues(personal, doctor.profile());
        legacy.put(DOCTORS.UPDATED_AT, when);
        dsl.update(DOCTORS).set(legacy).where(DOCTORS.ID.eq(Math.toIntExact(id))).execute();
        return true;
    }

    private long nextDoctorNumber() {
        if (dialect == DatabaseDialect.POSTGRESQL) {
            return dsl.select(DOCTOR_ID_SEQ.nextval()).fetchSingle().value1();
        }
        // SQLite has no sequences: the one-row doctor_id_seq table is bumped inside the creating transaction.
        return dsl.resultQuery("UPDATE doctor_id_seq SET last_value = last_value + 1 WHERE id = 1 RETURNING last_value")
                .fetchSingle(0, Long.class);
    }

    private static Map<Field<?>, Object> detailValues(Profile profile) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        for (ProfileField field : ProfileField.values()) {
            values.put(ProfileColumns.column(DOCTOR_DETAILS, field.column()),
                    ProfileColumns.toColumnValue(field, profile.get(field)));
        }
        return values;
    }

    /** Returns the legacy mirror's columns: identity, every mirrored profile field, and the specialty copy. */
    private static Map<Field<?>, Object> legacyValues(PersonalDetails personal, Profile profile) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(DOCTORS.TITLE, titleValue(personal.title()));
        values.put(DOCTORS.FIRST_NAME, personal.firstName());
        values.put(DOCTORS.LAST_NAME, personal.lastName());
        values.put(DOCTORS.EMAIL, personal.email().value());
        values.put(DOCTORS.PHONE, personal.phoneNumber().value());
        for (ProfileField field : ProfileField.values()) {
            field.legacyColumn().ifPresent(column -> values.put(ProfileColumns.column(DOCTORS, column),
                    ProfileColumns.toColumnValue(field, profile.get(field))));
        }
        values.put(DOCTORS.PRIMARY_SPECIALIZATION, profile.text(ProfileField.SPECIALTY).orElse(null));
        return values;
    }

    private org.jooq.SelectOnConditionStep<Record> selectDoctors() {
        return dsl.select(doctorColumns)
                .from(DOCTOR_IDENTITY)
                .join(DOCTOR_DETAILS).on(DOCTOR_DETAILS.DOCTOR_ID.eq(DOCTOR_IDENTITY.DOCTOR_ID))
                .join(DOCTORS).on(DOCTORS.ID.eq(DOCTOR_IDENTITY.DOCTOR_ID.cast(Integer.class)));
    }

    private static Condition listCondition(DoctorFilter filter) {
        Condition condition = DOCTOR_IDENTITY.IS_ACTIVE.isTrue();
        if (filter.status() != null) {
            condition = condition.and(DOCTOR_IDENTITY.ONBOARDING_STATUS.eq(filter.status().value()));
        }
        if (filter.specialty() != null) {
            condition = condition.and(DSL.lower(DOCTOR_DETAILS.SPECIALTY).eq(filter.specialty().toLowerCase(java.util.Locale.ROOT)));
        }
        if (filter.city() != null) {
            condition = condition.and(DSL.lower(DOCTOR_DETAILS.PRIMARY_PRACTICE_LOCATION)
                    .eq(filter.city().toLowerCase(java.util.Locale.ROOT)));
        }
        if (filter.query() != null) {
            String q = filter.query();
            condition = condition.and(DOCTOR_IDENTITY.FIRST_NAME.containsIgnoreCase(q)
                    .or(DOCTOR_IDENTITY.LAST_NAME.containsIgnoreCase(q))
                    .or(DOCTOR_DETAILS.FULL_NAME.containsIgnoreCase(q))
                    .or(DOCTOR_IDENTITY.EMAIL.containsIgnoreCase(q))
                    .or(DOCTOR_DETAILS.REGISTRATION_NUMBER.containsIgnoreCase(q)));
        }
        return condition;
    }

    private Doctor toDoctor(Record r) {
        String title = r.get(DOCTOR_IDENTITY.TITLE);
        PersonalDetails personal = new PersonalDetails(
                title == null ? null : Title.parse(title),
                r.get(DOCTOR_IDENTITY.FIRST_NAME),
                r.get(DOCTOR_IDENTITY.LAST_NAME),
                new Email(r.get(DOCTOR_IDENTITY.EMAIL)),
                new PhoneNumber(r.get(DOCTOR_IDENTITY.PHONE_NUMBER)));
        String source = r.get(DOCTORS.ONBOARDING_SOURCE);
        JSON raw = r.get(DOCTORS.RAW_EXTRACTION_DATA);
        return new Doctor(
                new DoctorId(r.get(DOCTOR_IDENTITY.DOCTOR_ID)),
                personal,
                ProfileColumns.readProfile(r, DOCTOR_DETAILS),
                OnboardingStatus.parse(r.get(DOCTOR_IDENTITY.ONBOARDING_STATUS)),
                instant(r.get(DOCTOR_IDENTITY.STATUS_UPDATED_AT)),
                r.get(DOCTOR_IDENTITY.STATUS_UPDATED_BY),
                r.get(DOCTOR_IDENTITY.REJECTION_REASON),
                instant(r.get(DOCTOR_IDENTITY.VERIFIED_AT)),
                r.get(DOCTOR_IDENTITY.IS_ACTIVE),
                instant(r.get(DOCTOR_IDENTITY.REGISTERED_AT)),
                instant(r.get(DOCTOR_IDENTITY.CREATED_AT)),
                instant(r.get(DOCTOR_IDENTITY.UPDATED_AT)),
                instant(r.get(DOCTOR_IDENTITY.DELETED_AT)),
                source == null ? OnboardingSource.MANUAL : OnboardingSource.parse(source),
                raw == null ? null : raw.data());
    }

    private static String titleValue(Title title) {
        return title == null ? null : title.value();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
