package org.diplograph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the packages free of cycles, the features out of each other's internals, and
 * every write to MongoDB in one place per package. The packages are read from the
 * classes, so a new package is held to the same rules.
 */
class ArchitectureTests {

	private static final String BASE = "org.diplograph";

	/** The calls that change data in MongoDB, through Spring Data or the driver. */
	static final DescribedPredicate<JavaCall<?>> WRITE_TO_DATABASE = writeCall(MongoOperations.class,
			"insert.*|save|remove|bulkOps|update.*|upsert|replace|findAndModify|findAndReplace|findAndRemove"
					+ "|findAllAndRemove|createCollection|dropCollection|execute")
		.or(writeCall(BulkOperations.class, ".*"))
		.or(writeCall(MongoCollection.class,
				"insert.*|update.*|replace.*|delete.*|findOneAnd.*|bulkWrite|drop|renameCollection"))
		.or(writeCall(MongoDatabase.class, "drop|createCollection|createView"));

	/**
	 * Writes come from a class named {@code <Something>Writes}, or from a package-private
	 * step it delegates to that nothing else in the package uses; index creation at
	 * startup ({@code IndexOperations}) is not a write of data and is not covered.
	 */
	static final ArchRule ONLY_WRITES_CLASSES_WRITE = noClasses()
		.that(not(partOfAWritesClass()).and(not(aStepOfAWritesClass())))
		.should()
		.callMethodWhere(WRITE_TO_DATABASE)
		.because("every change to the data goes through the one *Writes class of its package "
				+ "(and the package-private steps only it uses), never through a controller, repository or"
				+ " anything else");

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(BASE);

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void commonDependsOnNoOtherPackage() {
		classes().that()
			.resideInAPackage(BASE + ".common..")
			.should()
			.onlyDependOnClassesThat(resideOutsideOfPackage(BASE + "..").or(resideInAPackage(BASE + ".common..")))
			.check(classes);
	}

	@Test
	void modelDependsOnlyOnCommon() {
		classes().that()
			.resideInAPackage(BASE + ".model..")
			.should()
			.onlyDependOnClassesThat(resideOutsideOfPackage(BASE + "..").or(resideInAPackage(BASE + ".model.."))
				.or(resideInAPackage(BASE + ".common..")))
			.because("every feature depends on the documents, and the documents on no feature")
			.check(classes);
	}

	@Test
	void onlyTheApplicationStartsTheSeedLoader() {
		noClasses().that()
			.resideOutsideOfPackage(BASE + ".seed..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(BASE + ".seed..")
			.check(classes);
	}

	@Test
	void nothingDependsOnTheEmbeddedDatabase() {
		noClasses().that()
			.resideOutsideOfPackage(BASE + ".database..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(BASE + ".database..")
			.check(classes);
	}

	@Test
	void onlyWritesClassesWriteToTheDatabase() {
		ONLY_WRITES_CLASSES_WRITE.check(classes);
	}

	@Test
	void eachPackageHasAtMostOneWritesClass() {
		Map<String, Set<String>> writesByPackage = classes.stream()
			.filter((type) -> !type.isNestedClass() && type.getSimpleName().endsWith("Writes"))
			.collect(Collectors.groupingBy(JavaClass::getPackageName,
					Collectors.mapping(JavaClass::getSimpleName, Collectors.toCollection(TreeSet::new))));
		assertThat(writesByPackage).allSatisfy((pkg, writes) -> assertThat(writes).as(pkg).hasSize(1));
	}

	@Test
	void controllersNeitherWriteNorQueryTheDatabase() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat(assignableTo(MongoOperations.class).or(assignableTo(MongoCollection.class)))
			.because("controllers read through a repository and will write through their package's *Writes class")
			.check(classes);
		noClasses().that(partOfAWritesClass()).should().beAnnotatedWith(Controller.class).check(classes);
	}

	@Test
	void everyPackageSaysWhatItIsAndIsOnTheReadmeMap() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		String layout = readme.substring(readme.indexOf("## Layout"));
		Set<String> packages = classes.stream()
			.map(JavaClass::getPackageName)
			.filter((name) -> name.startsWith(BASE + "."))
			.map((name) -> name.substring(BASE.length() + 1).split("\\.")[0])
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(packages).contains("common", "model", "seed");
		for (String name : packages) {
			assertThat(Path.of("src/main/java/org/diplograph", name, "package-info.java")).as(name).exists();
			assertThat(layout).as("README layout line for %s/", name).containsPattern("\\n  " + name + "/ +\\S");
		}
	}

	// The write rule catches each way of writing, and lets a *Writes class write

	@Test
	void writeRuleCatchesWritesThroughTheTemplateTheDriverAndBulkOperations() {
		for (Class<?> writer : List.of(TemplateWriter.class, CollectionWriter.class, BulkWriter.class)) {
			assertThat(ONLY_WRITES_CLASSES_WRITE.evaluate(new ClassFileImporter().importClasses(writer)).hasViolation())
				.as(writer.getSimpleName())
				.isTrue();
		}
	}

	@Test
	void writeRuleLetsAStepOnlyItsWritesClassUsesWrite() {
		JavaClasses used = new ClassFileImporter().importClasses(StepWrites.class, WriteStep.class, Reader.class);
		assertThat(ONLY_WRITES_CLASSES_WRITE.evaluate(used).hasViolation()).isFalse();
		JavaClasses alsoUsedElsewhere = new ClassFileImporter().importClasses(StepWrites.class, WriteStep.class,
				StepUser.class);
		assertThat(ONLY_WRITES_CLASSES_WRITE.evaluate(alsoUsedElsewhere).hasViolation()).isTrue();
	}

	@Test
	void writeRuleLetsAWritesClassAndItsLambdasWrite() {
		JavaClasses fixture = new ClassFileImporter().importClasses(FixtureWrites.class, Reader.class);
		assertThat(ONLY_WRITES_CLASSES_WRITE.evaluate(fixture).hasViolation()).isFalse();
	}

	private static DescribedPredicate<JavaCall<?>> writeCall(Class<?> owner, String names) {
		return DescribedPredicate.describe(owner.getSimpleName() + "." + names,
				(call) -> call.getTargetOwner().isAssignableTo(owner) && call.getName().matches(names));
	}

	/** A class named *Writes, or one nested in it (lambdas and anonymous classes). */
	private static DescribedPredicate<JavaClass> partOfAWritesClass() {
		return DescribedPredicate.describe("part of a *Writes class", (type) -> {
			for (JavaClass at = type; at != null; at = at.getEnclosingClass().orElse(null)) {
				if (at.getSimpleName().endsWith("Writes")) {
					return true;
				}
			}
			return false;
		});
	}

	/**
	 * A package-private class that the *Writes class of its package uses and that no
	 * class uses but that one and other such steps of it: a part of the write path split
	 * out.
	 */
	private static DescribedPredicate<JavaClass> aStepOfAWritesClass() {
		return DescribedPredicate.describe("a package-private step of its package's *Writes class",
				(type) -> isStepOfAWritesClass(ownerOf(type)));
	}

	/**
	 * Whether every chain of classes using {@code step} ends at the *Writes class of its
	 * package, through package-private classes of that package only.
	 */
	private static boolean isStepOfAWritesClass(JavaClass step) {
		if (step.getModifiers().contains(JavaModifier.PUBLIC)) {
			return false;
		}
		Set<JavaClass> seen = new HashSet<>(List.of(step));
		Deque<JavaClass> todo = new ArrayDeque<>(List.of(step));
		boolean reachesWrites = false;
		while (!todo.isEmpty()) {
			JavaClass at = todo.pop();
			Set<JavaClass> users = at.getDirectDependenciesToSelf()
				.stream()
				.map((dependency) -> ownerOf(dependency.getOriginClass()))
				.filter((user) -> !user.equals(at))
				.collect(Collectors.toSet());
			if (users.isEmpty()) {
				return false;
			}
			for (JavaClass user : users) {
				boolean writes = user.getSimpleName().endsWith("Writes");
				if (!user.getPackageName().equals(step.getPackageName())
						|| (!writes && user.getModifiers().contains(JavaModifier.PUBLIC))) {
					return false;
				}
				if (writes) {
					reachesWrites = true;
				}
				else if (seen.add(user)) {
					todo.add(user);
				}
			}
		}
		return reachesWrites;
	}

	/** The class whose code this is: a lambda's or anonymous class's enclosing class. */
	private static JavaClass ownerOf(JavaClass type) {
		JavaClass owner = type;
		while ((owner.isAnonymousClass() || owner.isLocalClass()) && owner.getEnclosingClass().isPresent()) {
			owner = owner.getEnclosingClass().get();
		}
		return owner;
	}

	private static <T> DescribedPredicate<T> not(DescribedPredicate<T> predicate) {
		return DescribedPredicate.not(predicate);
	}

	static class TemplateWriter {

		void write(MongoTemplate mongo) {
			mongo.remove(new Query(), "visits");
		}

	}

	static class CollectionWriter {

		void write(MongoTemplate mongo) {
			mongo.getCollection("visits").replaceOne(new Document("_id", "x"), new Document());
		}

	}

	static class BulkWriter {

		void write(MongoTemplate mongo) {
			mongo.bulkOps(BulkOperations.BulkMode.ORDERED, "visits").execute();
		}

	}

	static class FixtureWrites {

		void write(MongoTemplate mongo) {
			List.of("visits").forEach((name) -> mongo.getCollection(name).deleteMany(new Document()));
		}

	}

	static class StepWrites {

		void write(MongoTemplate mongo) {
			new WriteStep().write(mongo);
		}

	}

	static class WriteStep {

		void write(MongoTemplate mongo) {
			mongo.remove(new Query(), "visits");
		}

	}

	static class StepUser {

		void write(MongoTemplate mongo) {
			new WriteStep().write(mongo);
		}

	}

	static class Reader {

		long read(MongoTemplate mongo) {
			return mongo.getCollection("visits").countDocuments() + mongo.count(new Query(), "deals");
		}

	}

}
