package de.kommsync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Fails the build when the core crosses a layer: it speaks of roles, never of HTTP or products. */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("de.kommsync");

  @Test
  void coreDependsOnNoAdapterHttpOrTestkitCode() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "de.kommsync.espocrm..",
            "de.kommsync.advoware..",
            "de.kommsync.testkit..",
            "de.kommsync.cli..",
            "java.net.http..",
            "com.sun.net.httpserver..",
            "picocli..")
        .check(CORE);
  }

  @Test
  void coreClassesAreNotNamedAfterAProduct() {
    noClasses()
        .should()
        .haveSimpleNameContaining("Espo")
        .orShould()
        .haveSimpleNameContaining("Advoware")
        .check(CORE);
  }

  @Test
  void spiDependsOnlyOnModelAndRootPackage() {
    noClasses()
        .that()
        .resideInAPackage("de.kommsync.spi..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("de.kommsync.plan..", "de.kommsync.apply..", "de.kommsync.internal..")
        .check(CORE);
  }
}
