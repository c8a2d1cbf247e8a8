package org.diplograph.extraction;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Keeps the engine self-contained: it reads the shared utilities of {@code common} and
 * nothing of the features that will call it.
 */
class ExtractionArchitectureTests {

	@Test
	void theEngineDependsOnNoFeature() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.diplograph");
		classes().that()
			.resideInAPackage("org.diplograph.extraction..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("org.diplograph.extraction..", "org.diplograph.common..", "java..", "opennlp..", "")
			.check(classes);
	}

}
