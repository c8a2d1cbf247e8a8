package org.diplograph.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.diplograph.common.Connection;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.Indexes;
import org.diplograph.common.KeysetPager;
import org.diplograph.common.PageRequest;
import org.diplograph.model.Article;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Reads articles: by ID, and a filtered page, newest first. */
@Repository
public class ArticleRepository implements InitializingBean {

	private final MongoTemplate mongo;

	private final KeysetPager<Article> pager;

	ArticleRepository(MongoTemplate mongo) {
		this.mongo = mongo;
		this.pager = new KeysetPager<>(mongo, Article.class, "sortKey", Article::sortKey, Article::id);
	}

	@Override
	public void afterPropertiesSet() {
		Indexes.ensure(this.mongo, Article.class, List.of(new Index().on("actorIds", Sort.Direction.ASC),
				new Index().on("sortKey", Sort.Direction.DESC).on("_id", Sort.Direction.DESC)));
	}

	public Article findById(String id) {
		return this.mongo.findById(id, Article.class);
	}

	public List<Article> findAllById(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Article.class);
	}

	Connection<Article> page(List<String> mentionedActorIds, FuzzyDate from, FuzzyDate to, PageRequest request) {
		List<Criteria> filter = new ArrayList<>();
		if (!mentionedActorIds.isEmpty()) {
			filter.add(Criteria.where("actorIds").all(mentionedActorIds));
		}
		if (from != null) {
			filter.add(Criteria.where("publishedOn.end").gte(from.start()));
		}
		if (to != null) {
			filter.add(Criteria.where("publishedOn.start").lte(to.end()));
		}
		return this.pager.page(filter, true, request);
	}

}
