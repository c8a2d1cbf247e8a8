package org.diplograph.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageRequestTests {

	@Test
	void defaultsToTwentyForward() {
		PageRequest request = PageRequest.of(null, null, null, null);
		assertThat(request.size()).isEqualTo(20).isEqualTo(Limits.DEFAULT_PAGE_SIZE);
		assertThat(request.backward()).isFalse();
		assertThat(request.after()).isNull();
		assertThat(request.before()).isNull();
	}

	@Test
	void firstSetsTheSizeForward() {
		PageRequest request = PageRequest.of(5, null, null, null);
		assertThat(request.size()).isEqualTo(5);
		assertThat(request.backward()).isFalse();
	}

	@Test
	void lastSetsTheSizeBackward() {
		PageRequest request = PageRequest.of(null, null, 7, null);
		assertThat(request.size()).isEqualTo(7);
		assertThat(request.backward()).isTrue();
	}

	@Test
	void zeroAndHundredAreAllowed() {
		assertThat(PageRequest.of(0, null, null, null).size()).isZero();
		assertThat(PageRequest.of(100, null, null, null).size()).isEqualTo(100);
		assertThat(PageRequest.of(null, null, 100, null).size()).isEqualTo(100);
	}

	@Test
	void moreThanHundredIsABadRequestNamingTheCap() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> PageRequest.of(101, null, null, null))
			.withMessageContaining("first is 101")
			.withMessageContaining("at most 100");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> PageRequest.of(null, null, 500, null))
			.withMessageContaining("last is 500")
			.withMessageContaining("at most 100");
	}

	@Test
	void negativeSizeIsABadRequest() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> PageRequest.of(-1, null, null, null))
			.withMessageContaining("first is -1")
			.withMessageContaining("0 or more");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> PageRequest.of(null, null, -3, null))
			.withMessageContaining("last is -3");
	}

	@Test
	void firstAndLastTogetherIsABadRequest() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> PageRequest.of(5, null, 5, null))
			.withMessage("Give either first or last, not both.");
	}

	@Test
	void cursorsAreDecoded() {
		String after = new Cursor("2025-07-01", "visit:a").encode();
		String before = new Cursor("2025-08-01", "visit:b").encode();
		PageRequest request = PageRequest.of(10, after, null, before);
		assertThat(request.after()).isEqualTo(new Cursor("2025-07-01", "visit:a"));
		assertThat(request.before()).isEqualTo(new Cursor("2025-08-01", "visit:b"));
	}

	@Test
	void garbageCursorIsABadRequestNamingTheArgument() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> PageRequest.of(null, "not-a-cursor", null, null))
			.withMessageContaining("after is not a cursor of this list");
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> PageRequest.of(null, null, 3, "%%%"))
			.withMessageContaining("before is not a cursor of this list");
	}

}
