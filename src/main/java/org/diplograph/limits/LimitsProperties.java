package org.diplograph.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one GraphQL request may ask for and use. A request over a limit is refused with a
 * BAD_REQUEST error that names the limit and its property; the fixed limits are in
 * {@link Limits}.
 *
 * @param maxDepth the deepest nesting of fields (introspection is exempt)
 * @param maxAliases aliases in one document
 * @param maxTokens grammar tokens in one document
 * @param maxDocumentLength characters in one document
 * @param maxComplexity the estimated cost of a query, checked before it runs: about the
 * number of values its answer holds, each list counted by its page size, the number of
 * IDs asked for, or the average size of that list in the data, plus the work of networks
 * and searches (introspection is exempt)
 * @param listFanOut the items a list whose size the data does not tell is counted as
 * @param maxResultNodes values (fields and list items) in one answer, counted while it is
 * built; the request stops as soon as it passes them
 * @param maxResultCharacters characters of text in one answer, counted while it is built
 * @param maxBodySize bytes in one HTTP request body (413 over it)
 * @param maxWriteBodySize bytes in the body of a request with an editor's token (an
 * article to import; 413 over it)
 * @param requestTimeout the longest a request may run, waiting its turn included; past it
 * the request stops and answers with one error
 * @param maxConcurrentRequests GraphQL requests that run at once; the others wait their
 * turn (a few dozen per running one, then the server answers that it is busy)
 */
@ConfigurationProperties("diplograph.limits")
public record LimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("30") int maxAliases,
		@DefaultValue("3000") int maxTokens, @DefaultValue("20000") int maxDocumentLength,
		@DefaultValue("50000") long maxComplexity, @DefaultValue("5") int listFanOut,
		@DefaultValue("50000") int maxResultNodes, @DefaultValue("5000000") long maxResultCharacters,
		@DefaultValue("100000") long maxBodySize, @DefaultValue("1000000") long maxWriteBodySize,
		@DefaultValue("10s") Duration requestTimeout, @DefaultValue("4") int maxConcurrentRequests) {

	public LimitsProperties {
		positive("max-depth", maxDepth);
		positive("max-aliases", maxAliases);
		positive("max-tokens", maxTokens);
		positive("max-document-length", maxDocumentLength);
		positive("max-complexity", maxComplexity);
		positive("list-fan-out", listFanOut);
		positive("max-result-nodes", maxResultNodes);
		positive("max-result-characters", maxResultCharacters);
		positive("max-body-size", maxBodySize);
		positive("max-write-body-size", maxWriteBodySize);
		positive("max-concurrent-requests", maxConcurrentRequests);
		if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
			throw new IllegalArgumentException(
					"diplograph.limits.request-timeout must be positive, such as 10s; it is " + requestTimeout + ".");
		}
	}

	private static void positive(String property, long value) {
		if (value <= 0) {
			throw new IllegalArgumentException(
					"diplograph.limits." + property + " must be positive; it is " + value + ".");
		}
	}

}
