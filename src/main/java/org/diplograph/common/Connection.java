package org.diplograph.common;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * A page of a list, in the shape of the Relay cursor connection spec. The total is
 * counted only when a query asks for {@code totalCount}: on a large collection the count
 * can cost more than the page.
 */
public final class Connection<T> {

	private final List<Edge<T>> edges;

	private final PageInfo pageInfo;

	private final LongSupplier count;

	private Long totalCount;

	public Connection(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier count) {
		this.edges = edges;
		this.pageInfo = pageInfo;
		this.count = count;
	}

	public Connection(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {
		this(edges, pageInfo, () -> totalCount);
	}

	public List<Edge<T>> edges() {
		return this.edges;
	}

	public PageInfo pageInfo() {
		return this.pageInfo;
	}

	public synchronized long totalCount() {
		if (this.totalCount == null) {
			this.totalCount = this.count.getAsLong();
		}
		return this.totalCount;
	}

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
