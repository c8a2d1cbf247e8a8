package org.diplograph;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoOperations;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the features from reaching into each other's internals. */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.diplograph");

	@Test
	void commonDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("org.diplograph.common..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.diplograph.article..", "org.diplograph.actor..", "org.diplograph.visit..",
					"org.diplograph.deal..", "org.diplograph.seed..", "org.diplograph.node..",
					"org.diplograph.graphiql..")
			.check(this.classes);
	}

	@Test
	void onlyTheApplicationStartsTheSeedLoader() {
		noClasses().that()
			.resideOutsideOfPackage("org.diplograph.seed..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.diplograph.seed..")
			.check(this.classes);
	}

	@Test
	void nothingDependsOnTheEmbeddedDatabase() {
		noClasses().that()
			.resideOutsideOfPackage("org.diplograph.database..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.diplograph.database..")
			.check(this.classes);
	}

	@Test
	void onlyTheSeedLoaderWritesToTheDatabase() {
		noClasses().that()
			.resideOutsideOfPackage("org.diplograph.seed..")
			.should()
			.callMethodWhere(JavaCall.Predicates
				.target(HasOwner.Predicates.With.owner(assignableTo(MongoOperations.class)))
				.and(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
						"insert.*|save|remove|bulkOps|update.*|upsert|findAndModify|findAndReplace|findAllAndRemove|dropCollection"))))
			.because("the API is read-only; data changes only through the seed loader")
			.check(this.classes);
	}

}
