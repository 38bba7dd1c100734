package org.isoko.trade;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The tariff core is plain Java: no Spring, no JDBC, no servlet or persistence API, and
 * nothing of the trade module around it (the module maps the core's own input and output
 * types, see {@link LandedCostQuotes}), so that the core and its module do not depend on
 * each other.
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

	@Test
	void theTariffDomainDoesNotDependOnTheModuleAroundIt() {
		noClasses().that()
			.resideInAPackage("org.isoko.trade.tariff..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.isoko.trade", "org.isoko.trade.web..")
			.because("the core has its own input and output types; the module maps them, not the other way round")
			.check(TRADE);
	}

}
