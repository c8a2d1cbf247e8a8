package org.diplograph.caching;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser, a CDN or a front end's HTTP cache sees: ETags and 304s for unchanged
 * GET answers, nothing stored for mutations and errors, gzip for those who accept it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpCachingTests {

	private static final String DEAL = "{ deal(id: \"deal:boran-howitzers\") { title status items { system quantity } } }";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void anUnchangedQueryAnswerIsRevalidatedWithItsEtag() throws Exception {
		HttpResponse<String> first = send(query(DEAL));
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("MKE Boran 105 mm howitzers for Bangladesh");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("W/\"[0-9a-f]{33}\"");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(first.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Accept"));

		HttpResponse<String> again = send(query(DEAL).header("If-None-Match", etag));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);

		HttpResponse<String> other = send(
				query("{ deal(id: \"deal:tulpar-light-tanks\") { title } }").header("If-None-Match", etag));
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
	}

	@Test
	void errorsAndMutationsAreNeverStored() throws Exception {
		HttpResponse<String> error = send(query("{ visits(first: 1000) { totalCount } }"));
		assertThat(error.body()).contains("BAD_REQUEST");
		assertThat(error.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(error.headers().firstValue("ETag")).isEmpty();

		HttpResponse<String> refused = send(request("/graphql?query=%7B"));
		assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(refused.headers().firstValue("ETag")).isEmpty();

		HttpResponse<String> post = send(request("/graphql").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"query\": \"{ deal(id: \\\"deal:boran-howitzers\\\") { id } }\"}")));
		assertThat(post.statusCode()).isEqualTo(200);
		assertThat(post.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(post.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void theSchemaAndThePagesCarryEtags() throws Exception {
		for (String path : new String[] { "/graphql/schema", "/", "/graphiql" }) {
			HttpResponse<String> page = send(request(path));
			String etag = page.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
			assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
			assertThat(send(request(path).header("If-None-Match", etag)).statusCode()).as(path).isEqualTo(304);
		}
	}

	@Test
	void answersAndTheGraphiqlBundleAreCompressedForClientsThatAcceptGzip() throws Exception {
		HttpResponse<byte[]> bundle = this.http
			.send(request("/webjars/graphiql/2.4.7/graphiql.min.js").header("Accept-Encoding", "gzip, deflate, br")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(bundle.statusCode()).isEqualTo(200);
		assertThat(bundle.headers().firstValue("Content-Encoding")).hasValue("gzip");
		byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(bundle.body())).readAllBytes();
		assertThat(unzipped).hasSize(983_919);
		assertThat(bundle.body().length).isLessThan(400_000);
		// the version is in the path, so the bundle never changes under it
		assertThat(bundle.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000", "immutable");
		// a path without the version resolves to whichever is on the classpath: not kept
		// for a year
		HttpResponse<String> unversioned = send(request("/webjars/echarts/dist/echarts.esm.min.js"));
		assertThat(unversioned.statusCode()).isEqualTo(200);
		assertThat(unversioned.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");

		HttpResponse<byte[]> schema = this.http.send(
				request("/graphql/schema").header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(schema.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(schema.body())).readAllBytes(),
				StandardCharsets.UTF_8))
			.contains("type DefenceDeal implements Node");
		String etag = schema.headers().firstValue("ETag").orElseThrow();
		assertThat(send(request("/graphql/schema").header("Accept-Encoding", "gzip").header("If-None-Match", etag))
			.statusCode()).isEqualTo(304);
		assertThat(send(request("/graphql/schema")).headers().firstValue("Content-Encoding")).isEmpty();
	}

	private HttpRequest.Builder query(String query) {
		return request("/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
