package org.isoko;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Guards the module structure (no cycles, no access to another module's internals, only declared dependencies)
 * and writes the module documentation the README links to (docs/modules).
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(IsokoApplication.class);

	@Test
	void verifiesModularStructure() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml();
		// No module canvases: Modulith 2.0.3 reads the collected Javadoc with Boot's BasicJsonParser, which fails
		// on escaped quotes in comments. The diagrams are what the README links to.
	}
}
