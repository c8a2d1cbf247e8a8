package org.diplograph.http;

import graphql.schema.idl.SchemaPrinter;

import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The schema as SDL at {@code /graphql/schema}, for GET and HEAD, declared as UTF-8 so
 * that a browser shows "Görgün" rather than guessing another charset.
 */
final class SchemaDocument {

	static final MediaType TEXT_PLAIN_UTF8 = MediaType.parseMediaType("text/plain;charset=UTF-8");

	private final GraphQlSource source;

	private volatile String printed;

	SchemaDocument(GraphQlSource source) {
		this.source = source;
	}

	ServerResponse get(ServerRequest request) {
		return ServerResponse.ok().contentType(TEXT_PLAIN_UTF8).body(sdl());
	}

	private String sdl() {
		String sdl = this.printed;
		if (sdl == null) {
			// the schema is fixed once the application has started: print it once
			sdl = new SchemaPrinter().print(this.source.schema());
			this.printed = sdl;
		}
		return sdl;
	}

}
