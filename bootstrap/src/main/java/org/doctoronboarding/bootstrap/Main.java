package org.doctoronboarding.bootstrap;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.doctoronboarding.adapter.http.Json;
import org.doctoronboarding.adapter.http.JsonViews;
import org.doctoronboarding.adapter.persistence.Database;
import org.doctoronboarding.application.port.in.UploadedDocument;
import org.doctoronboarding.adapter.security.JwtSettings;
import org.doctoronboarding.domain.UnprocessableDocumentException;
import org.doctoronboarding.domain.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The command line of {@code doctor-onboarding.jar}: {@code serve}, {@code migrate} and {@code smart-fill}. */
@Command(name = "doctor-onboarding", mixinStandardHelpOptions = true, version = "doctor-onboarding 0.1.0",
        description = "Doctor Onboarding Smart-Fill: the onboarding API and its tools. Settings come from"
                + " ONBOARDING_* environment variables (see the README).",
        subcommands = {Main.Serve.class, Main.Migrate.class, Main.SmartFill.class, Main.CreateAdmin.class})
public final class Main implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Main.class);

    /** Exit code for a bad configuration or an unreadable input file. */
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigurationException) {
                cmd.getErr().println(e.getMessage());
                return EXIT_USAGE;
            }
            if (e instanceof StartupException) {
                log.debug("Start-up failed", e);
                cmd.getErr().println(e.getMessage());
                return 1;
            }
            log.error("Command failed", e);
            cmd.getErr().println("Failed: " + e.getMessage());
            return 1;
        });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Starts the API and serves until the process is stopped. */
    @Command(name = "serve", description = "Migrate the database and serve the HTTP API until stopped.")
    static final class Serve implements Callable<Integer> {

        @Override
        public Integer call() throws InterruptedException {
            AppConfig config = AppConfig.from(System.getenv());
            SecurityConfig security = SecurityConfig.from(System.getenv(), config.httpHost(), JwtSettings::randomSecret);
            log.info("Starting with database {}, HTTP {}:{}, max upload {} MB, SMS via {}, tokens valid {} min",
                    config.maskedDatabaseUrl(), config.httpHost(), config.httpPort(), config.maxUploadMb(),
                    security.sms().name().toLowerCase(java.util.Locale.ROOT), security.tokenLifetime().toMinutes());
            if (security.generatedSecret()) {
                log.warn("Development mode: no {} is set, so tokens are signed with a random secret and stop"
                        + " working when the server stops", SecurityConfig.JWT_SECRET);
            }
            Application application = StartupException.explain(config,
                    () -> Application.create(config, security, Clock.systemUTC()).start());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                application.close();
                stopped.countDown();
            }, "shutdown"));
            stopped.await();
            return 0;
        }
    }

    /** Applies pending migrations and exits. */
    @Command(name = "migrate", description = "Apply pending database migrations and exit.")
    static final class Migrate implements Callable<Integer> {

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            AppConfig config = AppConfig.from(System.getenv());
            try (Database database = Database.open(config.databaseUrl(), 2)) {
                var result = StartupException.explain(config, () -> database.migrate(config.migrationPlaceholders()));
                spec.commandLine().getOut().printf("Database %s is at schema version %s (%d migrations applied now).%n",
                        config.maskedDatabaseUrl(), result.schemaVersion(), result.applied());
            }
            return 0;
        }
    }

    /** Creates an administrator, or promotes the account of that phone number. */
    @Command(name = "create-admin", description = "Create an administrator account, or promote and reactivate the"
            + " account of that phone number.")
    static final class CreateAdmin implements Callable<Integer> {

        @CommandLine.Option(names = "--phone", required = true, description = "Mobile number, e.g. +919845012345.")
        private String phone;

        @CommandLine.Option(names = "--email", description = "E-mail address (optional).")
        private String email;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            AppConfig config = AppConfig.from(System.getenv());
            try (Database database = Database.open(config.databaseUrl(), 2)) {
                StartupException.explain(config, () -> database.migrate(config.migrationPlaceholders()));
                var admin = Application.userAdmin(database, Clock.systemUTC()).createOrPromoteAdmin(phone, email);
                spec.commandLine().getOut().printf("Account %d (%s) is an active administrator.%n", admin.id(),
                        admin.phone().masked());
                return 0;
            } catch (ValidationException e) {
                spec.commandLine().getErr().println("Cannot create the administrator: " + e.getMessage());
                return EXIT_USAGE;
            }
        }
    }

    /** Prints the Smart-Fill result for one CV file as JSON. */
    @Command(name = "smart-fill", description = "Extract a profile from a CV file (PDF, DOCX or text) and print it as JSON.")
    static final class SmartFill implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The CV file to read.")
        private Path file;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                err.println("Cannot read " + file + ": the file does not exist.");
                return EXIT_USAGE;
            } catch (IOException e) {
                err.println("Cannot read " + file + ": " + e.getMessage());
                return EXIT_USAGE;
            }

            AppConfig config = AppConfig.from(System.getenv());
            try {
                var result = Application.smartFill(config, Clock.systemUTC())
                        .smartFill(new UploadedDocument(file.getFileName().toString(), content));
                spec.commandLine().getOut().println(Json.pretty(JsonViews.smartFill(result)));
                return 0;
            } catch (UnprocessableDocumentException e) {
                err.println("Cannot smart-fill " + file + " (" + e.code() + "): " + e.getMessage());
                return EXIT_USAGE;
            }
        }
    }
}
