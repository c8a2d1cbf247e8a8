package org.diplograph.evidence;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.article.ArticleEvidence;
import org.diplograph.change.Draft;
import org.diplograph.common.Evidence;

/** A fact being edited: a draft with the sources every kind of fact has. */
public abstract class FactDraft extends Draft {

	private List<Evidence> sources = new ArrayList<>();

	/** The articles the sources quote, each once. */
	public List<String> articleIds() {
		return ArticleEvidence.articleIds(this.sources);
	}

	public List<Evidence> getSources() {
		return this.sources;
	}

	public void setSources(List<Evidence> sources) {
		this.sources = new ArrayList<>(sources);
	}

}
