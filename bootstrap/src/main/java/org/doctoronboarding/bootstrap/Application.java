package org.doctoronboarding.bootstrap;

import java.time.Clock;
import org.doctoronboarding.adapter.documents.CvDocumentReader;
import org.doctoronboarding.adapter.documents.DocumentLimits;
import org.doctoronboarding.adapter.extraction.RuleBasedProfileExtractor;
import org.doctoronboarding.adapter.http.HttpApi;
import org.doctoronboarding.adapter.http.HttpServer;
import org.doctoronboarding.adapter.http.HttpSettings;
import org.doctoronboarding.adapter.http.UseCases;
import org.doctoronboarding.adapter.persistence.Database;
import org.doctoronboarding.adapter.persistence.JooqDatabaseHealth;
import org.doctoronboarding.adapter.notifications.HttpSmsGateway;
import org.doctoronboarding.adapter.notifications.LogSmsSender;
import org.doctoronboarding.adapter.persistence.JooqDoctorRepository;
import org.doctoronboarding.adapter.persistence.JooqDropdownOptionRepository;
import org.doctoronboarding.adapter.persistence.JooqOtpChallengeRepository;
import org.doctoronboarding.adapter.persistence.JooqTransactionRunner;
import org.doctoronboarding.adapter.persistence.JooqUserRepository;
import org.doctoronboarding.adapter.security.JwtAccessTokens;
import org.doctoronboarding.adapter.security.JwtSettings;
import org.doctoronboarding.application.port.out.SmsSender;
import org.doctoronboarding.application.service.AuthenticationService;
import org.doctoronboarding.application.service.CatalogueService;
import org.doctoronboarding.application.service.DoctorService;
import org.doctoronboarding.application.service.OnboardingStatusService;
import org.doctoronboarding.application.service.OtpCodes;
import org.doctoronboarding.application.service.SignInService;
import org.doctoronboarding.application.service.SmartFillService;
import org.doctoronboarding.application.service.UserAdminService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The wired application: database, services and HTTP API, started and stopped together. */
public final class Application implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Application.class);

    /** The issuer and audience written into every access token and required when one is checked. */
    static final String TOKEN_ISSUER = "doctor-onboarding";
    static final String TOKEN_AUDIENCE = "doctor-onboarding-api";

    /** The maximum number of pages of a CV. */
    public static final int MAX_CV_PAGES = 30;
    private static final int DATABASE_POOL_SIZE = 10;

    private final AppConfig config;
    private final Database database;
    private final HttpServer http;

    private Application(AppConfig config, Database database, HttpServer http) {
        this.config = config;
        this.database = database;
        this.http = http;
    }

    /** Opens and migrates the database and builds the HTTP API without starting it. */
    public static Application create(AppConfig config, SecurityConfig security, Clock clock) {
        return create(config, security, clock, smsSender(security));
    }

    /** Like {@link #create(AppConfig, SecurityConfig, Clock)} with the given SMS sender, for tests. */
    public static Application create(AppConfig config, SecurityConfig security, Clock clock, SmsSender sms) {
        Database database = Database.open(config.databaseUrl(), DATABASE_POOL_SIZE);
        try {
            database.migrate(config.migrationPlaceholders());
            new JooqDropdownOptionRepository(database).ensureKeys();
            HttpSettings settings = new HttpSettings(config.maxUploadBytes(), security.https(), security.corsOrigins());
            HttpServer http = HttpApi.create(useCases(database, config, security, clock, sms), settings);
            return new Application(config, database, http);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Builds account administration alone, for the create-admin command. */
    public static UserAdminService userAdmin(Database database, Clock clock) {
        return new UserAdminService(new JooqUserRepository(database), new JooqDoctorRepository(database),
                new JooqTransactionRunner(database), clock, userId -> { });
    }

    /** Builds the Smart-Fill use case alone; it needs no database. */
    public static SmartFillService smartFill(AppConfig config, Clock clock) {
        return new SmartFillService(new CvDocumentReader(new DocumentLimits(config.maxUploadBytes(), MAX_CV_PAGES)),
                new RuleBasedProfileExtractor(clock));
    }

    /** Starts serving on the configured host and port (port 0 picks a free one). */
    public Application start() {
        http.start(config.httpHost(), config.httpPort());
        log.info("Serving the onboarding API on http://{}:{}/api/v1 (database {}, uploads up to {} MB)",
                config.httpHost(), port(), database.dialect().name().toLowerCase(java.util.Locale.ROOT), config.maxUploadMb());
        return this;
    }

    /** Returns the port the server listens on. */
    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        http.stop();
        database.close();
        log.info("Stopped the onboarding API");
    }

    private static UseCases useCases(Database database, AppConfig config, SecurityConfig security, Clock clock,
            SmsSender sms) {
        var repository = new JooqDoctorRepository(database);
        var users = new JooqUserRepository(database);
        var transactions = new JooqTransactionRunner(database);
        var tokens = new JwtAccessTokens(new JwtSettings(security.jwtSecret(), TOKEN_ISSUER, TOKEN_AUDIENCE,
                security.tokenLifetime(), clock));
        var authentication = new AuthenticationService(tokens, users, clock, AuthenticationService.DEFAULT_CACHE_TTL);
        var catalogue = new CatalogueService(new JooqDropdownOptionRepository(database),
                CatalogueService.OptionMatcher.standard(), transactions, clock);
        var doctors = new DoctorService(repository, users, transactions, clock, authentication::forget,
                catalogue::proposeUnmatched);
        var statuses = new OnboardingStatusService(repository, transactions, clock);
        var signIn = new SignInService(new JooqOtpChallengeRepository(database), users, sms, tokens,
                new OtpCodes(Secrets.derive(security.jwtSecret(), "otp-codes")), transactions, clock);
        var userAdmin = new UserAdminService(users, repository, transactions, clock, authentication::forget);
        return new UseCases(doctors, doctors, doctors, doctors, doctors, statuses, statuses, statuses, doctors,
                smartFill(config, clock), new JooqDatabaseHealth(database), signIn, authentication, userAdmin, catalogue);
    }

    private static SmsSender smsSender(SecurityConfig security) {
        return security.sms() == SecurityConfig.SmsChannel.HTTP ? new HttpSmsGateway(security.httpSms()) : new LogSmsSender();
    }
}
