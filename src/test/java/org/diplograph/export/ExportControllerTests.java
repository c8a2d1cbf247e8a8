package org.diplograph.export;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports as an analyst opens them in a spreadsheet and an integrator loads them into
 * a pipeline: every document once, actor names beside IDs, evidence whose quote is the
 * article's own words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportControllerTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void visitsAsCsvHaveAHeaderRowAndOneRowPerVisitWithNamesAndEvidence() throws Exception {
		HttpResponse<String> csv = get("/export/visits.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;header=present;charset=UTF-8");
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"diplograph-visits.csv\"");
		List<List<String>> rows = parseCsv(csv.body());
		assertThat(rows.get(0))
			.startsWith("id", "date.iso", "date.precision", "date.until", "status", "summary", "visitors.id",
					"visitors.name")
			.endsWith("sources.article", "sources.start", "sources.end", "sources.quote");
		assertThat(rows).hasSize(1 + count("visits"));
		Map<String, String> gorgun = row(rows, "visit:2025-07-haluk-gorgun-dhaka");
		assertThat(gorgun.get("date.iso")).isEqualTo("2025-07");
		assertThat(gorgun.get("visitors.id")).isEqualTo("actor:haluk-gorgun");
		assertThat(gorgun.get("visitors.name")).isEqualTo("Haluk Görgün");
		assertThat(gorgun.get("fromCountry.name")).isEqualTo("Türkiye");
		assertThat(gorgun.get("hostCountry.id")).isEqualTo("actor:country-bd");
		List<String> articles = List.of(gorgun.get("sources.article").split("\n"));
		List<String> quotes = List.of(gorgun.get("sources.quote").split("\n"));
		assertThat(articles).isNotEmpty().hasSameSizeAs(List.of(gorgun.get("sources.start").split("\n")));
		assertThat(articles).allSatisfy((article) -> assertThat(article).startsWith("article:"));
		assertThat(quotes).hasSameSizeAs(articles);
	}

	@Test
	void dealsAsJsonLinesCarryPartiesItemsAndTheExactEvidence() throws Exception {
		HttpResponse<String> jsonl = get("/export/deals.jsonl");
		assertThat(jsonl.statusCode()).isEqualTo(200);
		assertThat(jsonl.headers().firstValue("Content-Type")).hasValue("application/x-ndjson;charset=UTF-8");
		String[] lines = jsonl.body().split("\n");
		assertThat(lines).hasSize(count("deals"));
		JsonNode boran = null;
		for (String line : lines) {
			JsonNode deal = JsonMapper.shared().readTree(line);
			if (deal.path("id").asString().equals("deal:boran-howitzers")) {
				boran = deal;
			}
		}
		assertThat(boran).isNotNull();
		assertThat(boran.path("status").asString()).isEqualTo("SIGNED");
		assertThat(boran.path("date").path("iso").asString()).isEqualTo("2024");
		assertThat(boran.path("buyer").path("name").asString()).isEqualTo("Bangladesh");
		assertThat(boran.path("supplier").path("name").asString()).isEqualTo("Türkiye");
		JsonNode item = boran.path("items").path(0);
		assertThat(item.path("manufacturer").path("name").asString()).isEqualTo("Makina ve Kimya Endüstrisi");
		assertThat(item.path("quantity").asInt()).isEqualTo(18);
		assertThat(item.path("plannedQuantity").asInt()).isEqualTo(200);
		JsonNode source = boran.path("sources").path(0);
		assertThat(source.path("article").asString()).isEqualTo("article:001_141978add01e0fce");
		assertThat(source.path("start").asInt()).isEqualTo(1412);
		assertThat(source.path("end").asInt()).isEqualTo(1482);
		String body = graphQl("{ article(id: \"article:001_141978add01e0fce\") { body } }").path("data")
			.path("article")
			.path("body")
			.asString();
		assertThat(source.path("quote").asString()).isEqualTo(body.substring(1412, 1482));
	}

	@Test
	void articlesAndActorsExportEveryDocument() throws Exception {
		String[] articles = get("/export/articles.jsonl").body().split("\n");
		assertThat(articles).hasSize(count("articles"));
		JsonNode article = JsonMapper.shared().readTree(articles[0]);
		assertThat(article.path("body").asString()).hasSizeGreaterThan(1000);
		List<List<String>> articleRows = parseCsv(get("/export/articles.csv").body());
		assertThat(articleRows).hasSize(1 + count("articles"));
		assertThat(articleRows.get(0)).doesNotContain("body").contains("mentions.actor.name", "visits", "deals");
		assertThat(row(articleRows, "article:002_e51cdd4034850a5f").get("mentions.actor.name"))
			.contains("Haluk Görgün");

		List<List<String>> actors = parseCsv(get("/export/actors.csv").body());
		assertThat(actors).hasSize(1 + count("actors"));
		Map<String, String> gorgun = row(actors, "actor:haluk-gorgun");
		assertThat(gorgun.get("name")).isEqualTo("Haluk Görgün");
		assertThat(gorgun.get("kind")).isEqualTo("PERSON");
		assertThat(gorgun.get("aliases").split("\n")).contains("Gorgun");
		assertThat(gorgun.get("country.name")).isEqualTo("Türkiye");
		assertThat(Integer.parseInt(gorgun.get("visitCount"))).isPositive();
	}

	@Test
	void engagementsAsCsvCarryKindCountriesHostAndSpans() throws Exception {
		List<List<String>> rows = parseCsv(get("/export/engagements.csv").body());
		assertThat(rows).hasSize(1 + count("engagements"));
		Map<String, String> cairo = row(rows, "engagement:2024-bangladesh-pakistan-leaders-cairo");
		assertThat(cairo.get("kind")).isEqualTo("MEETING");
		assertThat(cairo.get("date.iso")).isEqualTo("2024");
		assertThat(cairo.get("countries.name").split("\n")).containsExactly("Bangladesh", "Pakistan");
		assertThat(cairo.get("hostCountry.name")).isEqualTo("Egypt");
		assertThat(cairo.get("participants.id")).isEmpty();
		Map<String, String> call = row(rows, "engagement:2024-recep-tayyip-erdogan-calls-muhammad-yunus");
		assertThat(call.get("date.iso")).isEqualTo("2024-08");
		assertThat(call.get("date.until")).isEqualTo("2025");
		assertThat(call.get("participants.name").split("\n")).containsExactly("Recep Tayyip Erdoğan", "Muhammad Yunus");
		assertThat(row(parseCsv(get("/export/visits.csv").body()), "visit:2025-isi-dhaka").get("date.until"))
			.isEqualTo("2025-10");
	}

	@Test
	void unknownExportsAreNotFoundAndHeadSendsOnlyTheHeaders() throws Exception {
		for (String path : new String[] { "/export/meetings.csv", "/export/visits.xml", "/export/visits" }) {
			HttpResponse<String> missing = get(path);
			assertThat(missing.statusCode()).as(path).isEqualTo(404);
			assertThat(missing.body()).contains("the exports are actors, articles, deals, engagements, visits");
		}
		HttpResponse<String> head = this.http.send(
				request("/export/visits.csv").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.headers().firstValue("Content-Type")).hasValue("text/csv;header=present;charset=UTF-8");
		assertThat(head.body()).isEmpty();
	}

	@Test
	void exportsAreGzippedForClientsThatAcceptIt() throws Exception {
		HttpResponse<byte[]> gzipped = this.http.send(
				request("/export/visits.jsonl").header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String text = new String(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(text).isEqualTo(get("/export/visits.jsonl").body());
	}

	private int count(String list) throws Exception {
		return graphQl("{ " + list + "(first: 0) { totalCount } }").path("data").path(list).path("totalCount").asInt();
	}

	private JsonNode graphQl(String query) throws Exception {
		HttpResponse<String> answer = this.http.send(request("/graphql").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(Map.of("query", query))))
			.build(), HttpResponse.BodyHandlers.ofString());
		return JsonMapper.shared().readTree(answer.body());
	}

	private static Map<String, String> row(List<List<String>> rows, String id) {
		List<String> header = rows.get(0);
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.get(0).equals(id)) {
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					cells.put(header.get(i), row.get(i));
				}
				return cells;
			}
		}
		throw new AssertionError("no row for " + id);
	}

	/**
	 * RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and line
	 * breaks.
	 */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					cell.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				cell.append(ch);
			}
		}
		assertThat(quoted).as("an unterminated quoted field").isFalse();
		assertThat(cell).as("text after the last CRLF").isEmpty();
		rows.forEach((parsed) -> assertThat(parsed).hasSameSizeAs(rows.get(0)));
		return rows;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

}
