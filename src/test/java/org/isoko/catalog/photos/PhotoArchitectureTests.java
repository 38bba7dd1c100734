package org.isoko.catalog.photos;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The photo core is plain Java (ImageIO and Thumbnailator): no Spring, no JDBC, no
 * servlet API, nothing of the catalog around it.
 */
class PhotoArchitectureTests {

	static final JavaClasses CATALOG = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.isoko.catalog");

	@Test
	void thePhotoCoreIsPlainJava() {
		noClasses().that()
			.resideInAPackage("org.isoko.catalog.photos..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..", "org.isoko.catalog",
					"org.isoko.catalog.web..")
			.because("checking and re-encoding an image needs no container and knows nothing of products")
			.check(CATALOG);
	}

}
