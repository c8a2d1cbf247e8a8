package org.diplograph.model;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.mapping.Document;

import static org.assertj.core.api.Assertions.assertThat;

class NodeTypeTests {

	@Test
	void everyNodeTypeIsADocumentWithItsPrefix() throws ReflectiveOperationException {
		for (NodeType type : NodeType.values()) {
			assertThat(type.documentType().isAnnotationPresent(Document.class)).as(type.name()).isTrue();
			assertThat(type.documentType().getField("ID_PREFIX").get(null)).as(type.name()).isEqualTo(type.prefix());
		}
	}

	@Test
	void everyDocumentWithAnIdPrefixIsANodeType() {
		Set<Class<?>> prefixed = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.diplograph.model")
			.stream()
			.filter((type) -> type.isAnnotatedWith(Document.class))
			.filter((type) -> type.tryGetField("ID_PREFIX").isPresent())
			.map(JavaClass::reflect)
			.collect(Collectors.toSet());
		assertThat(prefixed).as("documents with an ID_PREFIX; add a NodeType for each")
			.containsExactlyInAnyOrderElementsOf(Stream.of(NodeType.values()).map(NodeType::documentType).toList());
	}

	@Test
	void typeOfAnIdIsFoundByItsPrefix() {
		assertThat(NodeType.ofId("actor:haluk-gorgun")).isEqualTo(NodeType.ACTOR);
		assertThat(NodeType.ofId("deal:boran-howitzers")).isEqualTo(NodeType.DEAL);
		assertThat(NodeType.ofId("engagement:2024-bangladesh-pakistan-leaders-cairo").documentType())
			.isEqualTo(Engagement.class);
		assertThat(NodeType.ofId("article:000_x").documentType()).isEqualTo(Article.class);
		assertThat(NodeType.ofId("person:haluk-gorgun")).isNull();
		assertThat(NodeType.ofId(null)).isNull();
	}

	@Test
	void prefixesAreListedInTheOrderErrorMessagesGiveThem() {
		assertThat(NodeIds.PREFIXES).containsExactly("article:", "actor:", "visit:", "deal:", "engagement:",
				"candidate:");
	}

}
