package org.isoko;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every module keeps its HTTP in its {@code web} sub-package, so a controller is found
 * where a newcomer looks for it. Two exceptions, named here so they stay visible:
 * <ul>
 * <li>the simulators of external providers ({@code payments.simulator}) are controllers
 * because they speak the provider's HTTP protocol; they are not Isoko's pages or
 * API;</li>
 * <li>identity's five controllers ({@code IdentityApi}, {@code IdentityPages},
 * {@code OperationsPages}, {@code TokenApi}, {@code TimeZonePages}) sit at identity's
 * root on purpose: they work on the module's internals (accounts with their password
 * hashes, tokens, throttles, the principal), which would have to become public, i.e. part
 * of identity's API to every other module, for a {@code web} package to reach them. The
 * list only shrinks.</li>
 * </ul>
 */
class ControllerPlacementArchitectureTests {

	static final JavaClasses ISOKO = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.isoko");

	@Test
	void controllersLiveInAWebPackage() {
		classes().that()
			.areMetaAnnotatedWith(Controller.class)
			.and()
			.resideOutsideOfPackage("org.isoko.payments.simulator")
			.and()
			.doNotHaveFullyQualifiedName("org.isoko.identity.IdentityApi")
			.and()
			.doNotHaveFullyQualifiedName("org.isoko.identity.IdentityPages")
			.and()
			.doNotHaveFullyQualifiedName("org.isoko.identity.OperationsPages")
			.and()
			.doNotHaveFullyQualifiedName("org.isoko.identity.TokenApi")
			.and()
			.doNotHaveFullyQualifiedName("org.isoko.identity.TimeZonePages")
			.should()
			.resideInAPackage("org.isoko.*.web..")
			.check(ISOKO);
	}

}
