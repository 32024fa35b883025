package org.doctoronboarding.adapter.http;

import io.javalin.Javalin;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.doctoronboarding.application.port.out.TransactionRunner;
import org.doctoronboarding.application.service.DoctorService;
import org.doctoronboarding.application.service.OnboardingStatusService;
import org.doctoronboarding.application.service.SmartFillService;

/**
 * The real application services wired to in-memory ports and a fixed clock, and the Javalin app built on
 * them. Each test makes its own fixture, so no state leaks between tests.
 */
final class ApiFixture {

    static final Instant NOW = Instant.parse("2025-06-02T09:30:00Z");
    /** Small enough that tests can send a file over the limit without building megabytes. */
    static final long MAX_UPLOAD_BYTES = 2048;

    final InMemoryDoctorRepository doctors = new InMemoryDoctorRepository();
    final SwitchableDatabaseHealth database = new SwitchableDatabaseHealth();
    final StubAuthentication authentication = new StubAuthentication();
    final UseCases useCases;

    ApiFixture() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        TransactionRunner transactions = new DirectTransactionRunner();
        var doctorService = new DoctorService(doctors, new LinkingUsers(authentication), transactions, clock, id -> { },
                DoctorService.ProfileProposals.none());
        var statusService = new OnboardingStatusService(doctors, transactions, clock);
        var smartFillService = new SmartFillService(new StubDocumentTextReader(), new StubProfileExtractor());
        useCases = new UseCases(doctorService, doctorService, doctorService, doctorService, doctorService,
                statusService, statusService, statusService, doctorService, smartFillService, database,
                new UnusedSignIn(), authentication, new UnusedUserAdmin(), UnusedCatalogue.create());
    }

    /** Builds the app with the fixture's use cases and the small upload limit. */
    Javalin javalin() {
        return javalin(useCases);
    }

    /** Builds the app with other use cases, for example one that fails unexpectedly. */
    Javalin javalin(UseCases custom) {
        return HttpApi.javalin(custom, new HttpSettings(MAX_UPLOAD_BYTES));
    }

    /** Runs the work directly, without rollback, because the in-memory repository makes each call atomic. */
    private static final class DirectTransactionRunner implements TransactionRunner {

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }
}
