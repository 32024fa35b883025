package org.doctoronboarding.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of the hexagon, checked on the production classes of every module. An empty rule
 * fails too (see archunit.properties), so a rule can never pass by matching nothing.
 */
@AnalyzeClasses(packages = "org.doctoronboarding", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "org.doctoronboarding.domain..";
    private static final String APPLICATION = "org.doctoronboarding.application..";
    private static final String ADAPTERS = "org.doctoronboarding.adapter..";
    private static final String PERSISTENCE = "org.doctoronboarding.adapter.persistence..";
    private static final String HTTP = "org.doctoronboarding.adapter.http..";

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdk = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN);

    /** The JDK's javax.crypto is allowed: sign-in codes are hashed with HMAC in the application layer. */
    @ArchTest
    static final ArchRule applicationDependsOnlyOnDomainAndJdk = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", DOMAIN, APPLICATION);

    @ArchTest
    static final ArchRule coreDoesNotDependOnAdapters = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS, "org.doctoronboarding.bootstrap..");

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = slices().matching("org.doctoronboarding.adapter.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule jooqOnlyInPersistence = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..");

    @ArchTest
    static final ArchRule jdbcOnlyInPersistence = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..",
                    "org.sqlite..", "com.zaxxer..", "org.flywaydb..");

    @ArchTest
    static final ArchRule javalinOnlyInHttp = noClasses().that().resideOutsideOfPackage(HTTP)
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule noLoggingInDomain = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "java.util.logging..", "ch.qos.logback..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.System$Logger");

    @ArchTest
    static final ArchRule persistenceTypesStayInTheirAdapter = classes().that().resideInAPackage(PERSISTENCE)
            .should().onlyBeAccessed().byClassesThat().resideInAnyPackage(PERSISTENCE, "org.doctoronboarding.bootstrap..");
}
