package org.diplograph.review;

import java.util.List;

import org.diplograph.common.Conditions;
import org.diplograph.common.QueryFilter;
import org.diplograph.model.Article;
import org.diplograph.model.CandidateStatus;
import org.diplograph.model.CandidateType;
import org.diplograph.model.NodeIds;

import org.springframework.data.mongodb.core.query.Criteria;

/** The candidates filter: a status, a type and an article, each optional. */
record CandidateFilter(CandidateStatus status, CandidateType type, String article) implements QueryFilter {

	static final CandidateFilter NONE = new CandidateFilter(null, null, null);

	@Override
	public List<Criteria> criteria() {
		return new Conditions().is("status", this.status)
			.is("type", this.type)
			.is("articleId",
					(this.article != null) ? NodeIds.require(this.article, Article.ID_PREFIX, "filter.article") : null)
			.list();
	}

}
