package org.diplograph.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diplograph.common.BadRequestException;
import org.diplograph.common.Evidence;
import org.diplograph.common.Inputs;
import org.diplograph.model.Article;
import org.diplograph.model.NodeIds;

import org.springframework.stereotype.Component;

/**
 * Turns the ranges a write gives as evidence into evidence quoting the article, each
 * checked to name an existing article and to lie within its body.
 */
@Component
public class ArticleEvidence {

	private final ArticleRepository articles;

	ArticleEvidence(ArticleRepository articles) {
		this.articles = articles;
	}

	/**
	 * The evidence for each range, in order, a range given twice kept once; {@code field}
	 * names the input in errors ("input.sources").
	 */
	public List<Evidence> of(String field, List<EvidenceRange> ranges) {
		Inputs.list(field, ranges, Inputs.MAX_SOURCES);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < ranges.size(); i++) {
			EvidenceRange range = ranges.get(i);
			if (range == null || range.article() == null || range.start() == null || range.end() == null) {
				throw new BadRequestException(field + "[" + i + "] needs article, start and end.");
			}
			ids.add(NodeIds.require(range.article(), Article.ID_PREFIX, field + "[" + i + "].article"));
		}
		Map<String, Article> found = this.articles.findAllById(ids.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(Article::id, Function.identity()));
		LinkedHashSet<Evidence> evidence = new LinkedHashSet<>();
		for (int i = 0; i < ranges.size(); i++) {
			EvidenceRange range = ranges.get(i);
			Article article = found.get(range.article());
			String where = field + "[" + i + "]";
			if (article == null) {
				throw new BadRequestException(where + ".article: no article has the ID " + range.article() + ".");
			}
			int length = article.body().length();
			if (range.start() < 0 || range.end() <= range.start() || range.end() > length) {
				throw new BadRequestException(where + ": the range " + range.start() + "-" + range.end()
						+ " is not within the body of " + article.id() + " (0-" + length
						+ "); start must be at least 0 and below end, and end at most the body's length.");
			}
			evidence.add(new Evidence(article.id(), article.body().substring(range.start(), range.end()), range.start(),
					range.end()));
		}
		return List.copyOf(evidence);
	}

	/**
	 * The evidence for the ranges of a fact's sources, as {@link #of(String, List)} gives
	 * it; none at all is refused, since {@code what} ("a visit") is never without
	 * evidence.
	 */
	public List<Evidence> atLeastOne(String field, List<EvidenceRange> ranges, String what) {
		if (ranges.isEmpty()) {
			throw new BadRequestException(
					field + " is empty; " + what + " needs at least one range of an article that reports it.");
		}
		return of(field, ranges);
	}

	/** The evidence for one range; {@code field} names the input in errors. */
	public Evidence of(String field, EvidenceRange range) {
		return of(field, List.of(range)).get(0);
	}

	/** The articles the evidence quotes, each once, in order. */
	public static List<String> articleIds(List<Evidence> sources) {
		return sources.stream().map(Evidence::articleId).distinct().toList();
	}

}
