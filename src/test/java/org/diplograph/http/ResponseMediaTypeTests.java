package org.diplograph.http;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.ServerRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The response type chosen from Accept headers as clients send them. */
class ResponseMediaTypeTests {

	@Test
	void noAcceptHeaderGetsJson() throws RequestError {
		assertThat(ResponseMediaType.of(request(null))).isEqualTo(MediaType.APPLICATION_JSON);
	}

	@Test
	void theGraphQlResponseTypeWhenNamedAndPreferredAtLeastAsMuchAsJson() throws RequestError {
		assertThat(ResponseMediaType.of(request("application/graphql-response+json, application/json")))
			.isEqualTo(MediaType.APPLICATION_GRAPHQL_RESPONSE);
		assertThat(ResponseMediaType.of(request("application/graphql-response+json;q=0.5, application/json")))
			.isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(ResponseMediaType.of(request("*/*"))).isEqualTo(MediaType.APPLICATION_JSON);
	}

	@Test
	void theMostSpecificRangeGivesTheQuality() throws RequestError {
		assertThat(ResponseMediaType.of(request("application/*;q=0.9, application/json;q=0")))
			.isEqualTo(MediaType.APPLICATION_GRAPHQL_RESPONSE);
	}

	@Test
	void neitherTypeAcceptedIsNotAcceptable() {
		assertThatExceptionOfType(RequestError.class).isThrownBy(() -> ResponseMediaType.of(request("text/html")))
			.satisfies((error) -> assertThat(error.toResponse(MediaType.APPLICATION_JSON).statusCode())
				.isEqualTo(HttpStatus.NOT_ACCEPTABLE));
	}

	private static ServerRequest request(String accept) {
		MockHttpServletRequest servlet = new MockHttpServletRequest("POST", "/graphql");
		if (accept != null) {
			servlet.addHeader("Accept", accept);
		}
		return ServerRequest.create(servlet, List.of());
	}

}
