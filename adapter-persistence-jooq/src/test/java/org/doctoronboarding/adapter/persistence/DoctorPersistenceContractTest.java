package org.doctoronboarding.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DOCTORS;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DOCTOR_DETAILS;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DOCTOR_IDENTITY;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DOCTOR_STATUS_HISTORY;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.doctoronboarding.application.port.in.CreateDoctorCommand;
import org.doctoronboarding.application.port.in.DoctorFilter;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.in.StatusCommand;
import org.doctoronboarding.application.port.in.UpdateDoctorCommand;
import org.doctoronboarding.application.service.DoctorService;
import org.doctoronboarding.application.service.OnboardingStatusService;
import org.doctoronboarding.domain.ConflictException;
import org.doctoronboarding.domain.NotFoundException;
import org.doctoronboarding.domain.ValidationException;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.Doctor;
import org.doctoronboarding.domain.doctor.DoctorId;
import org.doctoronboarding.domain.doctor.OnboardingSource;
import org.doctoronboarding.domain.doctor.OnboardingStatus;
import org.doctoronboarding.domain.doctor.ProfileField;
import org.doctoronboarding.domain.doctor.StatusHistoryEntry;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The behaviour every database must show: run once on SQLite and once on PostgreSQL through the subclasses.
 * Tests go through the application services, so they cover the use cases and the adapter together.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DoctorPersistenceContractTest {

    private static final Actor REVIEWER = new Actor("7", "ops@example.com", "203.0.113.9", "curl/8.5");
    private static final Actor SYSTEM = Actor.system();

    private TestDatabase db;
    private DSLContext dsl;
    private DoctorService doctors;
    private OnboardingStatusService statuses;

    abstract DatabaseDialect dialect();

    @BeforeAll
    void openDatabase() {
        db = TestDatabase.create(dialect());
        dsl = db.database().dsl();
        var repository = new JooqDoctorRepository(db.database());
        var transactions = new JooqTransactionRunner(db.database());
        doctors = new DoctorService(repository, new JooqUserRepository(db.database()), transactions, Clock.systemUTC(),
                userId -> { }, DoctorService.ProfileProposals.none());
        statuses = new OnboardingStatusService(repository, transactions, Clock.systemUTC());
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void create_writesOneNumberToAllThreeTables() {
        Doctor created = doctors.create(Doctors.command());

        long id = created.id().value();
        assertThat(dsl.fetchCount(DOCTOR_IDENTITY, DOCTOR_IDENTITY.DOCTOR_ID.eq(id))).isEqualTo(1);
        assertThat(dsl.fetchCount(DOCTOR_DETAILS, DOCTOR_DETAILS.DOCTOR_ID.eq(id))).isEqualTo(1);
        var legacy = dsl.selectFrom(DOCTORS).where(DOCTORS.ID.eq((int) id)).fetchSingle();
        assertThat(legacy.getEmail()).isEqualTo(created.personal().email().value());
        assertThat(legacy.getPhone()).isEqualTo(created.personal().phoneNumber().value());
        assertThat(legacy.getPrimarySpecialization()).isEqualTo("Cardiology");
        assertThat(legacy.getSpecialty()).isEqualTo("Cardiology");
        assertThat(legacy.getMedicalRegistrationNumber()).isEqualTo(created.profile().text(ProfileField.REGISTRATION_NUMBER).orElseThrow());
        assertThat(legacy.getLanguages().data()).contains("Kannada");
        assertThat(legacy.getOnboardingStatus()).isEqualTo("pending");
        assertThat(legacy.getOnboardingSource()).isEqualTo("manual");
    }

    @Test
    void create_thenGet_returnsTheSameProfile() {
        Map<String, Object> fields = Doctors.fields();
        fields.put("content_seeds", List.of(Map.of("topic", "Heart health", "format", "video")));
        fields.put("external_links", Map.of("linkedin", "https://linkedin.example/asha"));
        fields.put("about_me", "Cardiologist who enjoys teaching.");

        Doctor created = doctors.create(Doctors.command(fields));
        Doctor read = doctors.get(created.id(), SYSTEM);

        assertThat(read.personal()).isEqualTo(created.personal());
        assertThat(read.profile()).isEqualTo(created.profile());
        assertThat(read.status()).isEqualTo(OnboardingStatus.PENDING);
        assertThat(read.createdAt()).isEqualTo(created.createdAt());
        assertThat(read.updatedAt()).isEqualTo(created.updatedAt());
    }

    @Test
    void create_fromSmartFill_keepsRawExtraction() {
        String raw = "{\"file_name\":\"cv.pdf\",\"fields\":{}}";
        var command = new CreateDoctorCommand(Doctors.fields(), OnboardingSource.RESUME, raw, Actor.system());

        Doctor read = doctors.get(doctors.create(command).id(), SYSTEM);

        assertThat(read.source()).isEqualTo(OnboardingSource.RESUME);
        assertThat(read.rawExtractionJson()).contains("cv.pdf");
    }

    @Test
    void create_duplicateEmail_writesNothing() {
        Doctor first = doctors.create(Doctors.command());
        Map<String, Object> copy = Doctors.fields();
        copy.put("email", first.personal().email().value().toUpperCase());
        int before = dsl.fetchCount(DOCTOR_IDENTITY);

        assertThatThrownBy(() -> doctors.create(Doctors.command(copy)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOCTOR_ALREADY_EXISTS");
                    assertThat(e.field()).isEqualTo("email");
                });
        assertThat(dsl.fetchCount(DOCTOR_IDENTITY)).isEqualTo(before);
    }

    @Test
    void create_duplicateRegistration_writesNothing() {
        Doctor first = doctors.create(Doctors.command());
        Map<String, Object> copy = Doctors.fields();
        copy.put("registration_number", first.profile().text(ProfileField.REGISTRATION_NUMBER).orElseThrow());
        int identities = dsl.fetchCount(DOCTOR_IDENTITY);
        int legacy = dsl.fetchCount(DOCTORS);

        assertThatThrownBy(() -> doctors.create(Doctors.command(copy)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("registration_number"));
        assertThat(dsl.fetchCount(DOCTOR_IDENTITY)).isEqualTo(identities);
        assertThat(dsl.fetchCount(DOCTORS)).isEqualTo(legacy);
    }

    @Test
    void create_duplicatePhone_namesTheField() {
        Doctor first = doctors.create(Doctors.command());
        Map<String, Object> copy = Doctors.fields();
        copy.put("phone_number", first.personal().phoneNumber().value());

        assertThatThrownBy(() -> doctors.create(Doctors.command(copy)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("phone_number"));
    }

    @Test
    void create_concurrently_givesDistinctNumbers() throws Exception {
        int count = 200;
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CreateDoctorCommand command = Doctors.command();
            tasks.add(() -> doctors.create(command).id().value());
        }

        List<Long> ids = runAll(tasks, 16);

        assertThat(new HashSet<>(ids)).hasSize(count);
        Set<Long> stored = new HashSet<>(dsl.select(DOCTORS.ID).from(DOCTORS)
                .where(DOCTORS.ID.in(ids.stream().map(Long::intValue).toList())).fetch(r -> r.value1().longValue()));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void verifyRejectRace_oneWinsEachPair() throws Exception {
        int pairs = 50;
        List<DoctorId> submitted = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            DoctorId id = doctors.create(Doctors.command()).id();
            statuses.submit(new StatusCommand(id, null, null, REVIEWER));
            submitted.add(id);
        }
        List<Callable<String>> tasks = new ArrayList<>();
        for (DoctorId id : submitted) {
            tasks.add(() -> outcome(() -> statuses.verify(
                    new StatusCommand(id, null, null, OnboardingStatus.SUBMITTED, REVIEWER))));
            tasks.add(() -> outcome(() -> statuses.reject(
                    new StatusCommand(id, "Registration not found", null, OnboardingStatus.SUBMITTED, REVIEWER))));
        }

        List<String> outcomes = runAll(tasks, 16);

        for (int i = 0; i < pairs; i++) {
            DoctorId id = submitted.get(i);
            List<String> pair = outcomes.subList(2 * i, 2 * i + 2);
            assertThat(pair).as("outcomes for doctor %s", id).containsOnlyOnce("won");
            assertThat(pair).as("outcomes for doctor %s", id).containsOnlyOnce("STATUS_CHANGED");
            OnboardingStatus winner = pair.get(0).equals("won") ? OnboardingStatus.VERIFIED : OnboardingStatus.REJECTED;
            assertThat(doctors.get(id, SYSTEM).status()).isEqualTo(winner);
            List<StatusHistoryEntry> history = doctors.history(id, SYSTEM);
            assertThat(history).extracting(StatusHistoryEntry::newStatus)
                    .containsExactly(OnboardingStatus.SUBMITTED, winner);
            assertThat(dsl.select(DOCTORS.ONBOARDING_STATUS).from(DOCTORS).where(DOCTORS.ID.eq((int) id.value()))
                    .fetchSingle().value1()).isEqualTo(winner.value());
        }
    }

    @Test
    void verify_recordsHistoryWithActorAndClearsReason() {
        DoctorId id = doctors.create(Doctors.command()).id();
        statuses.submit(new StatusCommand(id, null, null, REVIEWER));
        statuses.reject(new StatusCommand(id, "Council certificate unreadable", "Asked for a new scan", REVIEWER));
        statuses.submit(new StatusCommand(id, null, null, REVIEWER));

        Doctor verified = statuses.verify(new StatusCommand(id, null, "Checked with council", REVIEWER));

        assertThat(verified.verifiedAt()).isNotNull();
        Doctor read = doctors.get(id, SYSTEM);
        assertThat(read.status()).isEqualTo(OnboardingStatus.VERIFIED);
        assertThat(read.rejectionReason()).isNull();
        assertThat(read.verifiedAt()).isEqualTo(verified.verifiedAt());
        assertThat(read.statusUpdatedBy()).isEqualTo("7");
        List<StatusHistoryEntry> history = doctors.history(id, SYSTEM);
        assertThat(history).extracting(StatusHistoryEntry::newStatus).containsExactly(
                OnboardingStatus.SUBMITTED, OnboardingStatus.REJECTED, OnboardingStatus.SUBMITTED, OnboardingStatus.VERIFIED);
        StatusHistoryEntry rejection = history.get(1);
        assertThat(rejection.previousStatus()).isEqualTo(OnboardingStatus.SUBMITTED);
        assertThat(rejection.rejectionReason()).isEqualTo("Council certificate unreadable");
        assertThat(rejection.notes()).isEqualTo("Asked for a new scan");
        assertThat(rejection.changedBy()).isEqualTo("7");
        assertThat(rejection.changedByEmail()).isEqualTo("ops@example.com");
        assertThat(rejection.ipAddress()).isEqualTo("203.0.113.9");
        assertThat(rejection.userAgent()).isEqualTo("curl/8.5");
    }

    @Test
    void refusedTransition_writesNoHistory() {
        DoctorId id = doctors.create(Doctors.command()).id();

        assertThatThrownBy(() -> statuses.verify(new StatusCommand(id, null, null, REVIEWER)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("TRANSITION_NOT_ALLOWED");
                    assertThat(e.allowed()).containsExactly("submitted");
                });
        assertThat(dsl.fetchCount(DOCTOR_STATUS_HISTORY, DOCTOR_STATUS_HISTORY.DOCTOR_ID.eq(id.value()))).isZero();
        assertThat(doctors.get(id, SYSTEM).status()).isEqualTo(OnboardingStatus.PENDING);
    }

    @Test
    void update_changesOnlyGivenFieldsAndClearsNulls() {
        Doctor created = doctors.create(Doctors.command());
        Map<String, Object> changes = new HashMap<>();
        changes.put("specialty", "Pediatrics");
        changes.put("consultation_fee", null);
        changes.put("email", "New.Address@Example.com");

        Doctor updated = doctors.update(new UpdateDoctorCommand(created.id(), changes, REVIEWER));

        Doctor read = doctors.get(created.id(), SYSTEM);
        assertThat(read).isEqualTo(updated);
        assertThat(read.profile().text(ProfileField.SPECIALTY)).contains("Pediatrics");
        assertThat(read.profile().decimal(ProfileField.CONSULTATION_FEE)).isEmpty();
        assertThat(read.profile().strings(ProfileField.QUALIFICATIONS)).containsExactly("MBBS", "MD", "DM");
        assertThat(read.personal().email().value()).isEqualTo("new.address@example.com");
        var legacy = dsl.selectFrom(DOCTORS).where(DOCTORS.ID.eq((int) created.id().value())).fetchSingle();
        assertThat(legacy.getPrimarySpecialization()).isEqualTo("Pediatrics");
        assertThat(legacy.getEmail()).isEqualTo("new.address@example.com");
        assertThat(legacy.getConsultationFee()).isNull();
    }

    @Test
    void update_invalidValue_changesNothing() {
        Doctor created = doctors.create(Doctors.command());

        assertThatThrownBy(() -> doctors.update(new UpdateDoctorCommand(created.id(),
                Map.of("specialty", "Neurology", "year_of_mbbs", 1800), REVIEWER)))
                .isInstanceOf(ValidationException.class);
        assertThat(doctors.get(created.id(), SYSTEM)).isEqualTo(created);
    }

    @Test
    void delete_hidesFromGetAndList() {
        Doctor created = doctors.create(Doctors.command());

        doctors.delete(created.id(), REVIEWER);

        assertThatThrownBy(() -> doctors.get(created.id(), SYSTEM)).isInstanceOf(NotFoundException.class);
        assertThat(doctors.list(new DoctorFilter(null, null, null, created.personal().email().value()), PageRequest.first(), SYSTEM)
                .items()).isEmpty();
        assertThatThrownBy(() -> doctors.delete(created.id(), REVIEWER)).isInstanceOf(NotFoundException.class);
        var identity = dsl.selectFrom(DOCTOR_IDENTITY).where(DOCTOR_IDENTITY.DOCTOR_ID.eq(created.id().value())).fetchSingle();
        assertThat(identity.getIsActive()).isFalse();
        assertThat(identity.getDeletedAt()).isNotNull();
    }

    @Test
    void list_filtersAndPagesNewestFirst() {
        String marker = "zq" + System.nanoTime();
        List<DoctorId> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> fields = Doctors.fields();
            fields.put("last_name", "Iyer-" + marker + "-" + i);
            fields.put("specialty", i % 2 == 0 ? "Dermatology" : "Neurology");
            fields.put("primary_practice_location", i < 3 ? "Chennai" : "Pune");
            created.add(doctors.create(Doctors.command(fields)).id());
        }
        statuses.submit(new StatusCommand(created.get(4), null, null, REVIEWER));

        var firstPage = doctors.list(new DoctorFilter(null, null, null, marker.toUpperCase()), new PageRequest(1, 2), SYSTEM);
        var lastPage = doctors.list(new DoctorFilter(null, null, null, marker), new PageRequest(3, 2), SYSTEM);
        var dermatologyInChennai = doctors.list(new DoctorFilter(null, "dermatology", "CHENNAI", marker), PageRequest.first(), SYSTEM);
        var submitted = doctors.list(new DoctorFilter(OnboardingStatus.SUBMITTED, null, null, marker), PageRequest.first(), SYSTEM);

        assertThat(firstPage.total()).isEqualTo(5);
        assertThat(firstPage.items()).extracting(Doctor::id).containsExactly(created.get(4), created.get(3));
        assertThat(lastPage.items()).extracting(Doctor::id).containsExactly(created.get(0));
        assertThat(dermatologyInChennai.items()).extracting(Doctor::id).containsExactly(created.get(2), created.get(0));
        assertThat(submitted.items()).extracting(Doctor::id).containsExactly(created.get(4));
    }

    @Test
    void list_queryMatchesRegistrationNumberWithWildcardsLiterally() {
        Map<String, Object> fields = Doctors.fields();
        String registration = "TN_" + System.nanoTime() + "%";
        fields.put("registration_number", registration);
        Doctor created = doctors.create(Doctors.command(fields));

        var byRegistration = doctors.list(new DoctorFilter(null, null, null, registration), PageRequest.first(), SYSTEM);
        var wildcardOnly = doctors.list(new DoctorFilter(null, null, null, "%_%_%"), PageRequest.first(), SYSTEM);

        assertThat(byRegistration.items()).extracting(Doctor::id).containsExactly(created.id());
        assertThat(wildcardOnly.items()).isEmpty();
    }

    private static String outcome(Runnable action) {
        try {
            action.run();
            return "won";
        } catch (ConflictException e) {
            return e.code();
        }
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = pool.invokeAll(tasks, 5, TimeUnit.MINUTES);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
