package org.diplograph.importing;

import java.security.Principal;

import org.diplograph.model.Article;
import org.diplograph.model.Origin;
import org.diplograph.security.RequiresEdit;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code importArticle}, through {@link ImportWrites}, and the URL of an imported
 * article.
 */
@Controller
class ImportController {

	private final ImportWrites writes;

	ImportController(ImportWrites writes) {
		this.writes = writes;
	}

	@MutationMapping
	@RequiresEdit
	ImportPayload importArticle(@Argument ImportInput input, Principal principal) {
		return this.writes.importArticle(input, principal.getName());
	}

	/** An imported article's sourceFile is the URL it was given, if any. */
	@SchemaMapping(typeName = "Article")
	String url(Article article) {
		return (article.origin() == Origin.IMPORTED && !article.sourceFile().startsWith(ImportWrites.IMPORTED_SOURCE))
				? article.sourceFile() : null;
	}

}
