package org.doctoronboarding.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DROPDOWN_OPTIONS;
import static org.doctoronboarding.adapter.persistence.generated.Tables.DROPDOWN_OPTION_KEYS;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.doctoronboarding.application.port.in.CatalogueUseCase.BulkOutcome;
import org.doctoronboarding.application.port.in.CatalogueUseCase.Proposal;
import org.doctoronboarding.application.port.in.CatalogueUseCase.StaffPage;
import org.doctoronboarding.application.port.in.CreateDoctorCommand;
import org.doctoronboarding.application.port.in.PageRequest;
import org.doctoronboarding.application.port.in.UpdateDoctorCommand;
import org.doctoronboarding.application.service.CatalogueService;
import org.doctoronboarding.application.service.DoctorService;
import org.doctoronboarding.domain.AccessDeniedException;
import org.doctoronboarding.domain.NotFoundException;
import org.doctoronboarding.domain.ValidationException;
import org.doctoronboarding.domain.catalogue.DropdownField;
import org.doctoronboarding.domain.catalogue.DropdownOption;
import org.doctoronboarding.domain.catalogue.DropdownStatus;
import org.doctoronboarding.domain.catalogue.OptionText;
import org.doctoronboarding.domain.doctor.Actor;
import org.doctoronboarding.domain.doctor.Doctor;
import org.doctoronboarding.domain.doctor.OnboardingSource;
import org.doctoronboarding.domain.doctor.PhoneNumber;
import org.doctoronboarding.domain.doctor.ProfileField;
import org.doctoronboarding.domain.user.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The dropdown catalogue every database must store the same way: run on SQLite and on PostgreSQL through the
 * subclasses. Tests share one migrated database, so each works on values of its own and compares counts
 * before and after instead of assuming totals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CataloguePersistenceContractTest {

    /** Rows that migration V1 seeds into {@code dropdown_options}, all approved system options. */
    private static final int SEEDED_OPTIONS = 406;

    private static final Actor DOCTOR = new Actor("301", "asha@example.com", Role.USER, null, "203.0.113.5", "Firefox/128");
    private static final Actor OTHER_DOCTOR = new Actor("302", "vikram@example.com", Role.USER, null, "203.0.113.6", "Safari/17");
    private static final Actor STAFF = new Actor("7", "ops@example.com", Role.OPERATIONAL, null, "203.0.113.9", "curl/8.5");
    private static final Actor ADMIN = new Actor("1", "admin@example.com", Role.ADMIN, null, "203.0.113.1", "curl/8.5");
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    private TestDatabase db;
    private DSLContext dsl;
    private JooqDropdownOptionRepository repository;
    private JooqUserRepository users;
    private CatalogueService catalogue;
    private DoctorService doctors;

    abstract DatabaseDialect dialect();

    @BeforeAll
    void openDatabase() {
        db = TestDatabase.create(dialect());
        dsl = db.database().dsl();
        repository = new JooqDropdownOptionRepository(db.database());
        repository.ensureKeys();
        users = new JooqUserRepository(db.database());
        var transactions = new JooqTransactionRunner(db.database());
        catalogue = new CatalogueService(repository, CatalogueService.OptionMatcher.exact(), transactions, Clock.systemUTC());
        doctors = new DoctorService(new JooqDoctorRepository(db.database()), users, transactions, Clock.systemUTC(),
                userId -> { }, catalogue::proposeUnmatched);
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void ensureKeys_givesEverySeededOptionItsKey() {
        var seeded = dsl.select(DROPDOWN_OPTIONS.ID, DROPDOWN_OPTIONS.FIELD_NAME, DROPDOWN_OPTIONS.VALUE,
                        DROPDOWN_OPTION_KEYS.FIELD_NAME, DROPDOWN_OPTION_KEYS.VALUE_KEY)
                .from(DROPDOWN_OPTIONS)
                .leftJoin(DROPDOWN_OPTION_KEYS).on(DROPDOWN_OPTION_KEYS.OPTION_ID.eq(DROPDOWN_OPTIONS.ID))
                .where(DROPDOWN_OPTIONS.IS_SYSTEM.isTrue())
                .fetch();

        assertThat(seeded).hasSize(SEEDED_OPTIONS);
        for (var row : seeded) {
            assertThat(row.value5()).as("key of option %s '%s'", row.value1(), row.value3()).isEqualTo(OptionText.key(row.value3()));
            assertThat(row.value4()).as("key field of option %s", row.value1()).isEqualTo(row.value2());
        }
    }

    @Test
    void ensureKeys_secondRun_addsNothing() {
        int before = dsl.fetchCount(DROPDOWN_OPTION_KEYS);

        repository.ensureKeys();

        assertThat(dsl.fetchCount(DROPDOWN_OPTION_KEYS)).isEqualTo(before);
        assertThat(dsl.fetchCount(DROPDOWN_OPTION_KEYS)).isEqualTo(dsl.fetchCount(DROPDOWN_OPTIONS));
    }

    @Test
    void approved_returnsAllFieldsInDisplayOrder() {
        Map<DropdownField, List<DropdownOption>> approved = catalogue.approvedOptions();

        assertThat(approved.keySet()).containsExactlyInAnyOrder(DropdownField.values());
        long systemOptions = approved.values().stream().flatMap(List::stream).filter(DropdownOption::system).count();
        assertThat(systemOptions).isEqualTo(SEEDED_OPTIONS);
        approved.forEach((field, options) -> {
            assertThat(options).as("options of %s", field).isNotEmpty();
            assertThat(options).as("fields of %s", field).allMatch(option -> option.field() == field);
            assertThat(options).as("statuses of %s", field).allMatch(option -> option.status() == DropdownStatus.APPROVED);
            assertThat(options).as("order of %s", field).extracting(DropdownOption::displayOrder).isSorted();
        });
        assertThat(approved.get(DropdownField.SPECIALTY)).filteredOn(DropdownOption::system)
                .extracting(DropdownOption::value).startsWith("Anesthesiology", "Cardiology").hasSize(36);
    }

    @Test
    void approved_sameDisplayOrder_sortsByLabel() {
        createApproved(DropdownField.QUALITY_TIME_INTERESTS, "Zither playing", null, 900);
        createApproved(DropdownField.QUALITY_TIME_INTERESTS, "Astronomy", null, 900);
        createApproved(DropdownField.QUALITY_TIME_INTERESTS, "Aaa backyard birding", "Pottery", 900);
        createApproved(DropdownField.QUALITY_TIME_INTERESTS, "Kite flying", null, 900);
        catalogue.propose("quality_time_interests", "Quilting", null, DOCTOR);

        List<DropdownOption> options = catalogue.approvedOptions("quality_time_interests");

        assertThat(options).extracting(DropdownOption::displayLabel).doesNotContain("Quilting");
        assertThat(options.stream().filter(option -> option.displayOrder() == 900).map(DropdownOption::displayLabel))
                .containsExactly("Astronomy", "Kite flying", "Pottery", "Zither playing");
        assertThat(options.getLast().displayOrder()).isEqualTo(900);
    }

    @Test
    void propose_concurrentSpellings_storeOneRow() throws Exception {
        List<String> spellings = List.of("Sleep Medicine", "sleep medicine", "SLEEP MEDICINE", " Sleep  Medicine ",
                "Sleep-Medicine", "Sleep Medicine.", "sleep.medicine", "Sleep\tMedicine", "SLEEP-medicine",
                "Sleep / Medicine", "(Sleep Medicine)", "sleep  medicine!", "Sleep_Medicine", "SleepMedicine",
                "s l e e p medicine", "Sleep, Medicine", "Sleep Medicine;", "sLeEp MeDiCiNe", "Sleep'Medicine",
                "Sleep Medicine?");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Proposal>> tasks = new ArrayList<>();
        for (int i = 0; i < spellings.size(); i++) {
            String spelling = spellings.get(i);
            Actor proposer = new Actor(String.valueOf(400 + i), null, Role.USER, null, null, null);
            tasks.add(() -> {
                start.await();
                return catalogue.propose("specialty", spelling, null, proposer);
            });
        }

        List<Proposal> proposals = runAll(tasks, start);

        assertThat(proposals).extracting(proposal -> proposal.option().id()).containsOnly(proposals.getFirst().option().id());
        assertThat(proposals).filteredOn(Proposal::created).hasSize(1);
        assertThat(dsl.fetchCount(DROPDOWN_OPTION_KEYS, DROPDOWN_OPTION_KEYS.FIELD_NAME.eq("specialty")
                .and(DROPDOWN_OPTION_KEYS.VALUE_KEY.eq("sleepmedicine")))).isEqualTo(1);
        List<String> stored = dsl.select(DROPDOWN_OPTIONS.VALUE).from(DROPDOWN_OPTIONS)
                .where(DROPDOWN_OPTIONS.FIELD_NAME.eq("specialty")).fetch(DROPDOWN_OPTIONS.VALUE);
        assertThat(stored).filteredOn(value -> OptionText.key(value).equals("sleepmedicine")).hasSize(1);
    }

    @Test
    void propose_byDoctor_isPendingWithSubmitter() {
        Proposal proposal = catalogue.propose("procedures_performed", "  Capsule   endoscopy ", "Capsule endoscopy (PillCam)", DOCTOR);

        DropdownOption stored = repository.findById(proposal.option().id()).orElseThrow();
        assertThat(proposal.created()).isTrue();
        assertThat(stored.status()).isEqualTo(DropdownStatus.PENDING);
        assertThat(stored.value()).isEqualTo("Capsule endoscopy");
        assertThat(stored.label()).isEqualTo("Capsule endoscopy (PillCam)");
        assertThat(stored.system()).isFalse();
        assertThat(stored.submittedBy()).isEqualTo("301");
        assertThat(stored.submittedByEmail()).isEqualTo("asha@example.com");
        assertThat(stored.reviewedAt()).isNull();
        assertThat(stored.createdAt()).isNotNull();
    }

    @Test
    void propose_byStaffOrAdmin_isApproved() {
        Proposal byStaff = catalogue.propose("procedures_performed", "Bronchial thermoplasty", null, STAFF);
        Proposal byAdmin = catalogue.propose("procedures_performed", "Cochlear implantation", null, ADMIN);
        Proposal byTrustedCaller = catalogue.propose("procedures_performed", "Deep brain stimulation", null, Actor.system());

        assertThat(byStaff.option().status()).isEqualTo(DropdownStatus.APPROVED);
        assertThat(byAdmin.option().status()).isEqualTo(DropdownStatus.APPROVED);
        assertThat(byTrustedCaller.option().status()).isEqualTo(DropdownStatus.APPROVED);
        assertThat(byStaff.option().submittedBy()).isEqualTo("7");
        assertThat(catalogue.approvedOptions("procedures_performed")).extracting(DropdownOption::value)
                .contains("Bronchial thermoplasty", "Cochlear implantation", "Deep brain stimulation");
    }

    @Test
    void propose_seededValue_returnsSeededOption() {
        DropdownOption cardiology = seeded(DropdownField.SPECIALTY, "Cardiology");

        Proposal proposal = catalogue.propose("specialty", " CARDIOLOGY. ", null, DOCTOR);

        assertThat(proposal.created()).isFalse();
        assertThat(proposal.option().id()).isEqualTo(cardiology.id());
        assertThat(proposal.option().status()).isEqualTo(DropdownStatus.APPROVED);
        assertThat(proposal.option().value()).isEqualTo("Cardiology");
        assertThat(proposal.option().system()).isTrue();
    }

    @Test
    void propose_pendingValueAgain_returnsExistingPending() {
        Proposal first = catalogue.propose("conditions_treated", "Long COVID", null, DOCTOR);

        Proposal second = catalogue.propose("conditions_treated", "long-covid", null, OTHER_DOCTOR);

        assertThat(second.created()).isFalse();
        assertThat(second.option().id()).isEqualTo(first.option().id());
        assertThat(second.option().status()).isEqualTo(DropdownStatus.PENDING);
        assertThat(second.option().submittedBy()).isEqualTo("301");
        assertThat(catalogue.mySubmissions(OTHER_DOCTOR)).extracting(DropdownOption::id).doesNotContain(first.option().id());
    }

    @Test
    void propose_rejectedValueAgain_returnsRejectedOption() {
        long id = catalogue.propose("conditions_treated", "Tele-ICU Syndrome", null, DOCTOR).option().id();
        catalogue.reject(id, "Not a condition", STAFF);

        Proposal again = catalogue.propose("conditions_treated", "tele icu syndrome", null, OTHER_DOCTOR);

        assertThat(again.created()).isFalse();
        assertThat(again.option().id()).isEqualTo(id);
        assertThat(again.option().status()).isEqualTo(DropdownStatus.REJECTED);
        assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(DropdownStatus.REJECTED);
    }

    @Test
    void propose_invalidInput_namesEachField() {
        ValidationException thrown = catchThrowableOfType(ValidationException.class,
                () -> catalogue.propose("hobbies", " ... ", 42, DOCTOR));

        assertThat(thrown.errors()).extracting(error -> error.field()).containsExactlyInAnyOrder("field_name", "value", "label");
    }

    @Test
    void mySubmissions_listsOwnProposalsNewestFirst() {
        Actor proposer = new Actor("350", null, Role.USER, null, null, null);
        long older = catalogue.propose("unwinding_after_work", "Carnatic vocal practice", null, proposer).option().id();
        long newer = catalogue.propose("unwinding_after_work", "Terrace gardening", null, proposer).option().id();
        catalogue.propose("unwinding_after_work", "Birdwatching walks", null, OTHER_DOCTOR);

        List<DropdownOption> mine = catalogue.mySubmissions(proposer);

        assertThat(mine).extracting(DropdownOption::id).containsExactly(newer, older);
    }

    @Test
    void list_filtersByFieldStatusAndText() {
        long pendingBefore = catalogue.list(null, null, null, PageRequest.first(), STAFF).pendingCount();
        long firstPending = catalogue.propose("fellowships", "Qzv Fellowship One", null, DOCTOR).option().id();
        long secondPending = catalogue.propose("fellowships", "Qzv Fellowship Two", null, DOCTOR).option().id();
        long thirdPending = catalogue.propose("fellowships", "Qzv Fellowship Three", null, DOCTOR).option().id();
        long approved = createApproved(DropdownField.FELLOWSHIPS, "Qzv Fellowship Four", null, 0);
        long rejected = catalogue.propose("fellowships", "Qzv Fellowship Five", null, DOCTOR).option().id();
        catalogue.reject(rejected, null, STAFF);
        long labelled = createApproved(DropdownField.FELLOWSHIPS, "Fellowship in Sleep Surgery", "QZV labelled fellowship", 0);
        long otherField = catalogue.propose("conditions_treated", "Qzv syndrome", null, DOCTOR).option().id();

        StaffPage pendingFellowships = catalogue.list("fellowships", "pending", "qzv", PageRequest.first(), STAFF);
        StaffPage pendingAnywhere = catalogue.list(null, "pending", "QZV", PageRequest.first(), STAFF);
        StaffPage allFellowships = catalogue.list("fellowships", null, "Qzv", PageRequest.first(), STAFF);
        StaffPage approvedFellowships = catalogue.list("fellowships", "approved", "qzv", PageRequest.first(), STAFF);
        StaffPage rejectedFellowships = catalogue.list("fellowships", "rejected", "qzv", PageRequest.first(), STAFF);

        assertThat(ids(pendingFellowships)).containsExactly(firstPending, secondPending, thirdPending);
        assertThat(pendingFellowships.page().total()).isEqualTo(3);
        assertThat(ids(pendingAnywhere)).containsExactly(otherField, firstPending, secondPending, thirdPending);
        assertThat(ids(allFellowships)).containsExactly(firstPending, secondPending, thirdPending, approved, rejected, labelled);
        assertThat(ids(approvedFellowships)).containsExactly(approved, labelled);
        assertThat(ids(rejectedFellowships)).containsExactly(rejected);
        assertThat(pendingFellowships.pendingCount()).isEqualTo(pendingBefore + 4);
    }

    @Test
    void list_pagesInFieldOrderThenId() {
        List<Long> created = new ArrayList<>();
        for (String word : List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo")) {
            created.add(catalogue.propose("motivation_in_practice", "Qzp " + word, null, DOCTOR).option().id());
        }

        StaffPage first = catalogue.list("motivation_in_practice", null, "qzp", new PageRequest(1, 2), STAFF);
        StaffPage last = catalogue.list("motivation_in_practice", null, "qzp", new PageRequest(3, 2), STAFF);
        StaffPage beyond = catalogue.list("motivation_in_practice", null, "qzp", new PageRequest(4, 2), STAFF);

        assertThat(ids(first)).containsExactly(created.get(0), created.get(1));
        assertThat(first.page().total()).isEqualTo(5);
        assertThat(first.page().page()).isEqualTo(1);
        assertThat(first.page().pageSize()).isEqualTo(2);
        assertThat(ids(last)).containsExactly(created.get(4));
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.page().total()).isEqualTo(5);
    }

    @Test
    void list_textWithWildcards_matchesLiterally() {
        long literal = catalogue.propose("training_experience", "Qzw 100% rural posting", null, DOCTOR).option().id();
        catalogue.propose("training_experience", "Qzw 100 rural posting", null, DOCTOR);

        StaffPage percent = catalogue.list("training_experience", null, "100%", PageRequest.first(), STAFF);
        StaffPage underscore = catalogue.list("training_experience", null, "qzw_", PageRequest.first(), STAFF);

        assertThat(ids(percent)).containsExactly(literal);
        assertThat(ids(underscore)).isEmpty();
    }

    @Test
    void list_unknownFieldOrStatus_namesTheParameter() {
        ValidationException thrown = catchThrowableOfType(ValidationException.class,
                () -> catalogue.list("hobbies", "draft", null, PageRequest.first(), STAFF));

        assertThat(thrown.errors()).extracting(error -> error.field()).containsExactly("field_name", "status");
    }

    @Test
    void edit_changesLabelOrderAndNotes() {
        long id = createApproved(DropdownField.UNWINDING_AFTER_WORK, "Silent retreat", null, 0);
        Map<String, Object> changes = Map.of("label", "Silent retreats", "display_order", 42, "review_notes", "  Renamed for the form ");

        DropdownOption edited = catalogue.edit(id, changes, STAFF);

        DropdownOption stored = catalogue.get(id, STAFF);
        assertThat(stored).isEqualTo(edited);
        assertThat(stored.label()).isEqualTo("Silent retreats");
        assertThat(stored.displayOrder()).isEqualTo(42);
        assertThat(stored.reviewNotes()).isEqualTo("Renamed for the form");
        assertThat(stored.value()).isEqualTo("Silent retreat");
        assertThat(stored.status()).isEqualTo(DropdownStatus.APPROVED);
    }

    @Test
    void edit_oneField_keepsTheOthers() {
        long id = createApproved(DropdownField.UNWINDING_AFTER_WORK, "Evening raga listening", "Ragas at dusk", 5);
        catalogue.edit(id, Map.of("review_notes", "Kept the label"), STAFF);

        catalogue.edit(id, Map.of("display_order", 6), STAFF);

        DropdownOption stored = catalogue.get(id, STAFF);
        assertThat(stored.label()).isEqualTo("Ragas at dusk");
        assertThat(stored.displayOrder()).isEqualTo(6);
        assertThat(stored.reviewNotes()).isEqualTo("Kept the label");
    }

    @Test
    void edit_nullLabel_fallsBackToValue() {
        long id = createApproved(DropdownField.UNWINDING_AFTER_WORK, "Rooftop stargazing", "Stargazing", 0);
        Map<String, Object> changes = new HashMap<>();
        changes.put("label", null);

        catalogue.edit(id, changes, STAFF);

        DropdownOption stored = catalogue.get(id, STAFF);
        assertThat(stored.label()).isNull();
        assertThat(stored.displayLabel()).isEqualTo("Rooftop stargazing");
    }

    @Test
    void edit_invalidChanges_namesFieldsAndChangesNothing() {
        long id = createApproved(DropdownField.UNWINDING_AFTER_WORK, "Cooking for friends", null, 3);
        DropdownOption before = catalogue.get(id, STAFF);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("value", "Cooking");
        changes.put("status", "rejected");

        ValidationException unknown = catchThrowableOfType(ValidationException.class, () -> catalogue.edit(id, changes, STAFF));
        ValidationException badOrder = catchThrowableOfType(ValidationException.class,
                () -> catalogue.edit(id, Map.of("display_order", -1), STAFF));

        assertThat(unknown.errors()).extracting(error -> error.field()).containsExactly("status", "value");
        assertThat(badOrder.errors()).extracting(error -> error.field()).containsExactly("display_order");
        assertThat(catalogue.get(id, STAFF)).isEqualTo(before);
    }

    @Test
    void delete_proposedOption_removesRowAndKey() {
        long id = catalogue.propose("age_groups_treated", "Adolescents (13-17)", null, DOCTOR).option().id();

        catalogue.delete(id, STAFF);

        NotFoundException thrown = catchThrowableOfType(NotFoundException.class, () -> catalogue.get(id, STAFF));
        assertThat(thrown.code()).isEqualTo("DROPDOWN_OPTION_NOT_FOUND");
        assertThat(dsl.fetchCount(DROPDOWN_OPTION_KEYS, DROPDOWN_OPTION_KEYS.OPTION_ID.eq((int) id))).isZero();
        Proposal again = catalogue.propose("age_groups_treated", "adolescents 13 17", null, OTHER_DOCTOR);
        assertThat(again.created()).isTrue();
        assertThat(again.option().submittedBy()).isEqualTo("302");
        assertThat(again.option().status()).isEqualTo(DropdownStatus.PENDING);
    }

    @Test
    void delete_systemOption_isForbiddenAndKeepsIt() {
        DropdownOption english = seeded(DropdownField.LANGUAGES_SPOKEN, "English");

        AccessDeniedException thrown = catchThrowableOfType(AccessDeniedException.class,
                () -> catalogue.delete(english.id(), ADMIN));

        assertThat(thrown.code()).isEqualTo("FORBIDDEN");
        assertThat(thrown.getMessage()).contains("system value").contains("reject it");
        assertThat(catalogue.get(english.id(), STAFF)).isEqualTo(english);
        assertThat(dsl.fetchCount(DROPDOWN_OPTION_KEYS, DROPDOWN_OPTION_KEYS.OPTION_ID.eq((int) english.id()))).isEqualTo(1);
    }

    @Test
    void delete_missingOption_isNotFound() {
        NotFoundException thrown = catchThrowableOfType(NotFoundException.class, () -> catalogue.delete(987_654, STAFF));

        assertThat(thrown.code()).isEqualTo("DROPDOWN_OPTION_NOT_FOUND");
    }

    @Test
    void approve_recordsReviewInTheDatabase() {
        long id = catalogue.propose("sub_specialties", "Cardio-oncology", null, DOCTOR).option().id();

        DropdownOption approved = catalogue.approve(id, " Common in tertiary centres ", STAFF);

        DropdownOption stored = catalogue.get(id, STAFF);
        assertThat(stored).isEqualTo(approved);
        assertThat(stored.status()).isEqualTo(DropdownStatus.APPROVED);
        assertThat(stored.reviewedBy()).isEqualTo("7");
        assertThat(stored.reviewedByEmail()).isEqualTo("ops@example.com");
        assertThat(stored.reviewedAt()).isNotNull();
        assertThat(stored.reviewNotes()).isEqualTo("Common in tertiary centres");
        assertThat(catalogue.approvedOptions("sub_specialties")).extracting(DropdownOption::id).contains(id);
    }

    @Test
    void bulkApprove_mixedIds_reportsEachOutcome() {
        long pending = catalogue.propose("practice_segments", "Qzb pending", null, DOCTOR).option().id();
        long rejected = catalogue.propose("practice_segments", "Qzb rejected", null, DOCTOR).option().id();
        catalogue.reject(rejected, null, STAFF);
        long approved = createApproved(DropdownField.PRACTICE_SEGMENTS, "Qzb approved", null, 0);
        long missing = 876_543;

        List<BulkOutcome> outcomes = catalogue.approveAll(List.of(pending, rejected, approved, missing, pending),
                "Batch review", STAFF);

        assertThat(outcomes).containsExactly(
                new BulkOutcome(pending, "updated", "approved"),
                new BulkOutcome(rejected, "updated", "approved"),
                new BulkOutcome(approved, "not_allowed", "approved"),
                new BulkOutcome(missing, "not_found", null));
        assertThat(catalogue.get(rejected, STAFF).reviewNotes()).isEqualTo("Batch review");
    }

    @Test
    void bulkReject_mixedIds_reportsEachOutcome() {
        long pending = catalogue.propose("practice_segments", "Qzr pending", null, DOCTOR).option().id();
        long approved = createApproved(DropdownField.PRACTICE_SEGMENTS, "Qzr approved", null, 0);
        long rejected = catalogue.propose("practice_segments", "Qzr rejected", null, DOCTOR).option().id();
        catalogue.reject(rejected, null, STAFF);
        long missing = 876_544;

        List<BulkOutcome> outcomes = catalogue.rejectAll(List.of(missing, pending, approved, rejected), null, ADMIN);

        assertThat(outcomes).containsExactly(
                new BulkOutcome(missing, "not_found", null),
                new BulkOutcome(pending, "updated", "rejected"),
                new BulkOutcome(approved, "updated", "rejected"),
                new BulkOutcome(rejected, "not_allowed", "rejected"));
        assertThat(catalogue.get(approved, STAFF).status()).isEqualTo(DropdownStatus.REJECTED);
    }

    @Test
    void bulk_moreThan200Ids_isInvalid() {
        List<Long> tooMany = LongStream.rangeClosed(1, 201).boxed().toList();

        ValidationException approve = catchThrowableOfType(ValidationException.class,
                () -> catalogue.approveAll(tooMany, null, STAFF));
        ValidationException reject = catchThrowableOfType(ValidationException.class,
                () -> catalogue.rejectAll(tooMany, null, STAFF));
        ValidationException empty = catchThrowableOfType(ValidationException.class,
                () -> catalogue.approveAll(List.of(), null, STAFF));

        assertThat(approve.errors()).extracting(error -> error.field()).containsExactly("ids");
        assertThat(reject.errors()).extracting(error -> error.field()).containsExactly("ids");
        assertThat(empty.errors()).extracting(error -> error.field()).containsExactly("ids");
    }

    @Test
    void bulk_exactly200Ids_isAccepted() {
        List<Long> ids = LongStream.rangeClosed(800_001, 800_200).boxed().toList();

        List<BulkOutcome> outcomes = catalogue.rejectAll(ids, null, STAFF);

        assertThat(outcomes).hasSize(200).allMatch(outcome -> outcome.result().equals("not_found"));
    }

    @Test
    void staffOperations_doctorRole_isForbidden() {
        long id = catalogue.propose("practice_segments", "Qzf pending", null, DOCTOR).option().id();
        DropdownOption before = repository.findById(id).orElseThrow();
        Map<String, ThrowingCallable> operations = new LinkedHashMap<>();
        operations.put("list", () -> catalogue.list(null, null, null, PageRequest.first(), DOCTOR));
        operations.put("get", () -> catalogue.get(id, DOCTOR));
        operations.put("create", () -> catalogue.create(Map.of("field_name", "practice_segments", "value", "Qzf created"), DOCTOR));
        operations.put("edit", () -> catalogue.edit(id, Map.of("label", "Changed"), DOCTOR));
        operations.put("delete", () -> catalogue.delete(id, DOCTOR));
        operations.put("approve", () -> catalogue.approve(id, null, DOCTOR));
        operations.put("reject", () -> catalogue.reject(id, null, DOCTOR));
        operations.put("approveAll", () -> catalogue.approveAll(List.of(id), null, DOCTOR));
        operations.put("rejectAll", () -> catalogue.rejectAll(List.of(id), null, DOCTOR));

        operations.forEach((name, operation) -> {
            AccessDeniedException thrown = catchThrowableOfType(AccessDeniedException.class, operation);
            assertThat(thrown).as(name).isNotNull();
            assertThat(thrown.code()).as(name).isEqualTo("FORBIDDEN");
            assertThat(thrown.authenticated()).as(name).isTrue();
        });

        assertThat(repository.findById(id).orElseThrow()).isEqualTo(before);
        assertThat(catalogue.list("practice_segments", null, "Qzf created", PageRequest.first(), STAFF).page().items()).isEmpty();
    }

    @Test
    void createProfile_unknownValues_arePending() {
        Actor doctor = newDoctorAccount();
        int qualificationsBefore = optionCount(DropdownField.QUALIFICATIONS);
        int locationsBefore = optionCount(DropdownField.PRIMARY_PRACTICE_LOCATION);
        Map<String, Object> fields = Doctors.fields();
        fields.put("specialty", "Aerospace Medicine");
        fields.put("languages_spoken", List.of("english", "Kannada.", "Sourashtra"));
        fields.put("qualifications", List.of("M.B.B.S.", "md"));
        fields.put("primary_practice_location", "BANGALORE");

        doctors.create(new CreateDoctorCommand(fields, OnboardingSource.MANUAL, null, doctor));

        List<DropdownOption> proposed = catalogue.mySubmissions(doctor);
        assertThat(proposed).extracting(option -> option.field() + "=" + option.value())
                .containsExactlyInAnyOrder("SPECIALTY=Aerospace Medicine", "LANGUAGES_SPOKEN=Sourashtra");
        assertThat(proposed).allMatch(option -> option.status() == DropdownStatus.PENDING);
        assertThat(proposed).allMatch(option -> doctor.email().equals(option.submittedByEmail()));
        assertThat(optionCount(DropdownField.QUALIFICATIONS)).isEqualTo(qualificationsBefore);
        assertThat(optionCount(DropdownField.PRIMARY_PRACTICE_LOCATION)).isEqualTo(locationsBefore);
    }

    @Test
    void updateProfile_otherField_proposesNothingAgain() {
        Actor account = newDoctorAccount();
        Map<String, Object> fields = Doctors.fields();
        fields.put("specialty", "Undersea Medicine");
        Doctor created = doctors.create(new CreateDoctorCommand(fields, OnboardingSource.MANUAL, null, account));
        Actor doctor = account.withDoctor(created.id());
        for (DropdownOption option : catalogue.mySubmissions(doctor)) {
            catalogue.delete(option.id(), STAFF);
        }

        doctors.update(new UpdateDoctorCommand(created.id(), Map.of("consultation_fee", 1200), doctor));

        assertThat(catalogue.mySubmissions(doctor)).isEmpty();

        doctors.update(new UpdateDoctorCommand(created.id(), Map.of("sub_specialities", List.of("Hyperbaric Oxygen Therapy")), doctor));

        assertThat(catalogue.mySubmissions(doctor)).extracting(option -> option.field() + "=" + option.value())
                .containsExactly("SUB_SPECIALTIES=Hyperbaric Oxygen Therapy");
    }

    @Test
    void createProfile_overlongListItem_savesProfile() {
        Actor doctor = newDoctorAccount();
        Map<String, Object> fields = Doctors.fields();
        String longCondition = "Chronic " + "very ".repeat(60) + "rare syndrome";
        fields.put("conditions_treated", List.of(longCondition));

        Doctor created = doctors.create(new CreateDoctorCommand(fields, OnboardingSource.MANUAL, null, doctor));

        assertThat(longCondition.length()).isGreaterThan(DropdownOption.MAX_VALUE_LENGTH);
        assertThat(doctors.get(created.id(), Actor.system()).profile().strings(ProfileField.CONDITIONS_TREATED))
                .containsExactly(longCondition);
        assertThat(catalogue.mySubmissions(doctor)).allMatch(option -> option.value().length() <= DropdownOption.MAX_VALUE_LENGTH);
    }

    @Test
    void createProfile_punctuationOnlyItem_proposesNothing() {
        Actor doctor = newDoctorAccount();
        Map<String, Object> fields = Doctors.fields();
        fields.put("procedures_performed", List.of("—", "..."));

        doctors.create(new CreateDoctorCommand(fields, OnboardingSource.MANUAL, null, doctor));

        assertThat(catalogue.mySubmissions(doctor)).extracting(DropdownOption::value).isEmpty();
    }

    private long createApproved(DropdownField field, String value, String label, int displayOrder) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("field_name", field.fieldName());
        fields.put("value", value);
        fields.put("display_order", displayOrder);
        if (label != null) {
            fields.put("label", label);
        }
        Proposal proposal = catalogue.create(fields, STAFF);
        assertThat(proposal.created()).as("created %s", value).isTrue();
        return proposal.option().id();
    }

    private DropdownOption seeded(DropdownField field, String value) {
        return repository.approved(field).stream().filter(option -> option.value().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no seeded option '" + value + "' in " + field.fieldName()));
    }

    private int optionCount(DropdownField field) {
        return dsl.fetchCount(DROPDOWN_OPTIONS, DROPDOWN_OPTIONS.FIELD_NAME.eq(field.fieldName()));
    }

    /** Creates a sign-in account with role {@code user} and returns it as the actor of its requests. */
    private Actor newDoctorAccount() {
        int n = ACCOUNTS.incrementAndGet();
        var user = users.create(PhoneNumber.parse(String.format("96%08d", n)), null, Role.USER, Instant.now());
        return new Actor(String.valueOf(user.id()), "doctor" + n + "@example.com", Role.USER, null, "203.0.113.7", "Chrome/126");
    }

    private static List<Long> ids(StaffPage page) {
        return page.page().items().stream().map(DropdownOption::id).toList();
    }

    /** Runs the tasks on one thread each, opens the start gate so they begin together, and returns their results. */
    private static <T> List<T> runAll(List<Callable<T>> tasks, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
