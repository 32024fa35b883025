package org.doctoronboarding.adapter.http;

import io.javalin.Javalin;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.doctoronboarding.application.port.out.TransactionRunner;
import org.doctoronboarding.application.service.CatalogueService;
import org.doctoronboarding.application.service.DoctorService;
import org.doctoronboarding.application.service.OnboardingStatusService;
import org.doctoronboarding.application.service.SmartFillService;
import org.doctoronboarding.domain.catalogue.DropdownField;
import org.doctoronboarding.domain.catalogue.DropdownStatus;

/**
 * The wiring of {@link ApiFixture} with a real {@link CatalogueService} on an in-memory catalogue, which
 * starts with a few seeded options. Profile writes propose their unknown dropdown values, as in production.
 */
final class CatalogueFixture {

    /** The account id behind {@link StubAuthentication#DOCTOR_TOKEN}. */
    static final String DOCTOR_USER_ID = "3";

    final InMemoryDropdownOptionRepository options = new InMemoryDropdownOptionRepository();
    final InMemoryDoctorRepository doctors = new InMemoryDoctorRepository();
    final StubAuthentication authentication = new StubAuthentication();
    final UseCases useCases;

    /** Approved system options. */
    final long cardiology;
    final long dermatology;
    final long english;
    /** An approved option that staff added, so it may be deleted. */
    final long hindi;
    /** A pending proposal of the doctor behind {@link StubAuthentication#DOCTOR_TOKEN}. */
    final long sleepMedicine;

    CatalogueFixture() {
        cardiology = options.seed(DropdownField.SPECIALTY, "Cardiology", DropdownStatus.APPROVED, true, 1, null, ApiFixture.NOW);
        dermatology = options.seed(DropdownField.SPECIALTY, "Dermatology", DropdownStatus.APPROVED, true, 2, null, ApiFixture.NOW);
        english = options.seed(DropdownField.LANGUAGES_SPOKEN, "English", DropdownStatus.APPROVED, true, 1, null, ApiFixture.NOW);
        hindi = options.seed(DropdownField.LANGUAGES_SPOKEN, "Hindi", DropdownStatus.APPROVED, false, 2, "1", ApiFixture.NOW);
        sleepMedicine = options.seed(DropdownField.SPECIALTY, "Sleep Medicine", DropdownStatus.PENDING, false, 0,
                DOCTOR_USER_ID, ApiFixture.NOW);

        Clock clock = Clock.fixed(ApiFixture.NOW, ZoneOffset.UTC);
        TransactionRunner transactions = new DirectTransactionRunner();
        var catalogue = new CatalogueService(options, CatalogueService.OptionMatcher.exact(), transactions, clock);
        var doctorService = new DoctorService(doctors, new LinkingUsers(authentication), transactions, clock, id -> { },
                catalogue::proposeUnmatched);
        var statusService = new OnboardingStatusService(doctors, transactions, clock);
        var smartFillService = new SmartFillService(new StubDocumentTextReader(), new StubProfileExtractor());
        useCases = new UseCases(doctorService, doctorService, doctorService, doctorService, doctorService,
                statusService, statusService, statusService, doctorService, smartFillService,
                new SwitchableDatabaseHealth(), new UnusedSignIn(), authentication, new UnusedUserAdmin(), catalogue);
    }

    Javalin javalin() {
        return HttpApi.javalin(useCases, new HttpSettings(ApiFixture.MAX_UPLOAD_BYTES));
    }

    /** Runs the work directly, because each call of the in-memory repositories is atomic on its own. */
    private static final class DirectTransactionRunner implements TransactionRunner {

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }
}
