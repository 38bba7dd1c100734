package org.isoko.logistics.planning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The consolidation planner stays plain Java: it depends on the JDK and nothing else. */
class PlanningArchitectureUnitTests {

	@Test
	void thePlannerDependsOnTheJdkOnly() {
		classes().that()
			.resideInAPackage("org.isoko.logistics.planning..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "org.isoko.logistics.planning..", "org.jspecify..")
			.because("the plan is tested on thousands of random cases and timed without a container")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.isoko.logistics.planning"));
	}

}
