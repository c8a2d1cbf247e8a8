package org.diplograph.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CursorTests {

	@Test
	void encodeDecodeRoundTrip() {
		Cursor cursor = new Cursor("2025-07-01", "visit:2025-07-haluk-gorgun-dhaka");
		assertThat(Cursor.decode("after", cursor.encode())).isEqualTo(cursor);
	}

	@Test
	void roundTripKeepsAccentsAndEmptySortKey() {
		Cursor accents = new Cursor("halukgörgün", "actor:haluk-gorgun");
		assertThat(Cursor.decode("after", accents.encode())).isEqualTo(accents);
		Cursor empty = new Cursor("", "deal:x");
		assertThat(Cursor.decode("after", empty.encode())).isEqualTo(empty);
	}

	@Test
	void encodedCursorIsUrlSafeWithoutPadding() {
		for (int i = 0; i < 20; i++) {
			String encoded = new Cursor("9999-99-99".substring(0, i % 10), "deal:" + "?".repeat(i)).encode();
			assertThat(encoded).matches("[A-Za-z0-9_-]+");
		}
	}

	@Test
	void differentPositionsHaveDifferentCursors() {
		assertThat(new Cursor("2025", "a").encode()).isNotEqualTo(new Cursor("2025", "b").encode());
	}

	@Test
	void aCursorKeepsItsListAndIsRefusedByAnother() {
		Cursor cursor = new Cursor("list-a", "2025-07-01", "visit:x");
		Cursor decoded = Cursor.decode("after", cursor.encode());
		assertThat(decoded).isEqualTo(cursor);
		decoded.requireList("after", "list-a");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> decoded.requireList("after", "list-b"))
			.withMessageStartingWith("after is a cursor of another list");
	}

	@Test
	void nullStaysNull() {
		assertThat(Cursor.decode("after", null)).isNull();
	}

	@Test
	void garbageIsABadRequestNamingTheArgument() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Cursor.decode("after", "not-a-cursor"))
			.withMessageStartingWith("after is not a cursor of this list");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Cursor.decode("before", "!!!"))
			.withMessageStartingWith("before is not a cursor of this list");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Cursor.decode("after", ""))
			.withMessageContaining("not a cursor");
	}

	@Test
	void wrongVersionOrShapeIsABadRequest() {
		// a cursor of the first version, bound to no list
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> Cursor.decode("after", base64("c1\nkey\nid")))
			.withMessageContaining("not a cursor");
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> Cursor.decode("after", base64("c2\nkey\nid")))
			.withMessageContaining("not a cursor");
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> Cursor.decode("after", base64("c2\nlist\nkey\n")))
			.withMessageContaining("not a cursor");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Cursor.decode("after", base64("c1\nkey")))
			.withMessageContaining("not a cursor");
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> Cursor.decode("after", base64("c2\nlist\nkey\nid\nextra")))
			.withMessageContaining("not a cursor");
	}

	@Test
	void overlongCursorIsABadRequest() {
		String longCursor = new Cursor("k", "x".repeat(2000)).encode();
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Cursor.decode("after", longCursor))
			.withMessageContaining("not a cursor");
	}

	@Test
	void messageTellsWhereCursorsComeFrom() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Cursor.decode("after", "xyz"))
			.withMessageContaining("endCursor/startCursor");
	}

	private static String base64(String raw) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

}
