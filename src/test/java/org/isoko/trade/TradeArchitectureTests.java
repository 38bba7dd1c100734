package org.isoko.trade;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The trade domain model stays plain Java: no Spring, no JDBC, no servlet or persistence
 * API.
 */
class TradeArchitectureTests {

	static final JavaClasses TRADE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.isoko.trade");

	@Test
	void theTariffDomainHasNoFrameworkDependencies() {
		noClasses().that()
			.resideInAPackage("org.isoko.trade.tariff..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..")
			.because("the landed-cost model is plain Java, testable and fast without a container")
			.check(TRADE);
	}

}
