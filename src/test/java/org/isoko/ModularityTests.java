package org.isoko;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Guards the module structure (no cycles, no access to another module's internals, only
 * declared dependencies) and writes the module documentation the README links to
 * (docs/modules).
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(IsokoApplication.class);

	@Test
	void verifiesModularStructure() {
		MODULES.verify();
	}

	/**
	 * An allowed dependency nobody uses invites the next one without a decision: every
	 * module's declared dependencies are the ones its code has.
	 */
	@Test
	void everyAllowedDependencyIsUsed() throws ClassNotFoundException {
		List<String> unused = new ArrayList<>();
		for (var module : MODULES) {
			String packageName = module.getBasePackage().getName();
			var declared = Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
			if (declared == null) {
				continue;
			}
			var used = module.getDirectDependencies(MODULES);
			for (String allowed : declared.allowedDependencies()) {
				// "ordering :: placement" allows one named interface of ordering
				if (!used.containsModuleNamed(allowed.split("::")[0].trim())) {
					unused.add(module.getIdentifier() + " -> " + allowed);
				}
			}
		}
		assertThat(unused).as("allowed dependencies no code uses").isEmpty();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		// No module canvases: Modulith 2.0.3 reads the collected Javadoc with Boot's
		// BasicJsonParser, which fails
		// on escaped quotes in comments. The diagrams are what the README links to.
		sortRelations(Path.of("docs/modules"));
	}

	/**
	 * The Documenter writes the relations of a diagram in hash order, which changes from
	 * run to run; sorting them keeps the committed diagrams stable so that a build leaves
	 * the working tree clean.
	 */
	static void sortRelations(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(file);
				List<String> relations = lines.stream().filter(ModularityTests::isRelation).sorted().toList();
				Iterator<String> sorted = relations.iterator();
				List<String> result = lines.stream().map(line -> isRelation(line) ? sorted.next() : line).toList();
				Files.write(file, result);
			}
		}
	}

	private static boolean isRelation(String line) {
		return line.startsWith("Rel(") || line.startsWith("Rel_") || line.contains("-->") || line.contains("..>");
	}

}
