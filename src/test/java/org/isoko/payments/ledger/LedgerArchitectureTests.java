package org.isoko.payments.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The ledger is a pure domain model: no Spring, no JDBC, nothing of the module around it.
 */
class LedgerArchitectureTests {

	static final JavaClasses LEDGER = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.isoko.payments.ledger");

	@Test
	void ledgerDoesNotDependOnSpring() {
		noClasses().that()
			.resideInAPackage("org.isoko.payments.ledger..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..")
			.check(LEDGER);
	}

	@Test
	void ledgerDoesNotDependOnTheModuleAroundIt() {
		noClasses().that()
			.resideInAPackage("org.isoko.payments.ledger..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.isoko.payments")
			.check(LEDGER);
	}

}
