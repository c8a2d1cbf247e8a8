package org.diplograph.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code management} profile: metrics on the management port only, the probes still
 * on the API port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("management")
class ManagementPortTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Test
	void metricsAreOnTheManagementPortAndProbesOnTheApiPort() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		assertThat(get(this.managementPort, "/actuator/metrics/jvm.memory.used").body()).contains("\"measurements\"");
		assertThat(get(this.managementPort, "/actuator/health").statusCode()).isEqualTo(200);
		assertThat(get(this.port, "/actuator/metrics").statusCode()).isEqualTo(404);
		assertThat(get(this.port, "/livez").body()).contains("\"status\":\"UP\"");
		assertThat(get(this.port, "/readyz").body()).contains("\"status\":\"UP\"");
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
