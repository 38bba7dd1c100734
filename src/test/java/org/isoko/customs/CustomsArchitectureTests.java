package org.isoko.customs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CEB messages and match rules are plain Java: no Spring, no JDBC, no servlet API and
 * nothing of the customs module around them, so that the simulator, the declaring side
 * and the tests use the same rules without a container.
 */
class CustomsArchitectureTests {

	static final JavaClasses CUSTOMS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.isoko.customs");

	@Test
	void theMessageCoreHasNoFrameworkDependencies() {
		noClasses().that()
			.resideInAnyPackage("org.isoko.customs.ceb..", "org.isoko.customs.eac..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..")
			.because("the CEB messages and the match rules are plain Java, testable without a container")
			.check(CUSTOMS);
	}

	@Test
	void theMessageCoreDoesNotDependOnTheModuleAroundIt() {
		noClasses().that()
			.resideInAnyPackage("org.isoko.customs.ceb..", "org.isoko.customs.eac..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.isoko.customs", "org.isoko.customs.web..")
			.because("the module maps its declarations to the core's messages, not the other way round")
			.check(CUSTOMS);
	}

}
