package org.diplograph.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Reads the body of a GraphQL POST: JSON by its Content-Type, read in full and decoded
 * strictly in the charset it names (UTF-8 when none), or a 4xx that says what is wrong.
 */
final class RequestBody {

	private RequestBody() {
	}

	/** The body as text. */
	static String read(ServerRequest request) throws RequestError {
		Charset charset = charset(request);
		return decode(bytes(request), charset);
	}

	private static byte[] bytes(ServerRequest request) throws RequestError {
		try {
			return request.servletRequest().getInputStream().readAllBytes();
		}
		catch (IOException ex) {
			// a stream cut off by the client, or by a filter enforcing a size limit
			throw new RequestError(HttpStatus.CONTENT_TOO_LARGE,
					"The request body could not be read in full: it is too large or was cut off.");
		}
	}

	private static Charset charset(ServerRequest request) throws RequestError {
		MediaType contentType;
		try {
			contentType = request.headers().contentType().orElse(null);
		}
		catch (InvalidMediaTypeException ex) {
			contentType = null;
		}
		if (contentType == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(contentType)) {
			throw new RequestError(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Send the request body as JSON with the header Content-Type: application/json.")
				.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
		}
		Charset charset = contentType.getCharset();
		return (charset != null) ? charset : StandardCharsets.UTF_8;
	}

	private static String decode(byte[] body, Charset charset) throws RequestError {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new RequestError(HttpStatus.BAD_REQUEST, "The request body is not valid " + charset.name() + ".");
		}
	}

}
