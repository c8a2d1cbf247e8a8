package org.diplograph.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one GraphQL request may ask for. Every limit refuses the request with a
 * BAD_REQUEST error that names it and its property.
 *
 * @param maxDepth deepest nesting of fields
 * @param maxAliases aliases in one document
 * @param maxTokens grammar tokens in one document
 * @param maxDocumentLength characters in one document
 * @param maxComplexity estimated cost: each field costs 1 plus its selections, times the
 * page size of a paged field ({@code first}/{@code last}, 20 by default) or
 * {@link #listFanOut} for another list
 * @param listFanOut the items a list field without paging arguments is counted as
 * @param maxBodySize bytes in one HTTP request body
 * @param maxWriteBodySize bytes in the body of a request with an editor's token (an
 * article to import)
 * @param requestTimeout longest a request may run
 */
@ConfigurationProperties("diplograph.limits")
public record LimitsProperties(Integer maxDepth, Integer maxAliases, Integer maxTokens, Integer maxDocumentLength,
		Integer maxComplexity, Integer listFanOut, Long maxBodySize, Long maxWriteBodySize, Duration requestTimeout) {

	public LimitsProperties {
		maxDepth = (maxDepth != null) ? maxDepth : 12;
		maxAliases = (maxAliases != null) ? maxAliases : 30;
		maxTokens = (maxTokens != null) ? maxTokens : 3000;
		maxDocumentLength = (maxDocumentLength != null) ? maxDocumentLength : 20_000;
		maxComplexity = (maxComplexity != null) ? maxComplexity : 50_000;
		listFanOut = (listFanOut != null) ? listFanOut : 5;
		maxBodySize = (maxBodySize != null) ? maxBodySize : 100_000L;
		maxWriteBodySize = (maxWriteBodySize != null) ? maxWriteBodySize : 1_000_000L;
		requestTimeout = (requestTimeout != null) ? requestTimeout : Duration.ofSeconds(10);
	}

}
