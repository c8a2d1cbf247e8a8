package org.diplograph.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Pages through a collection sorted by one key and then by _id, with cursors that hold
 * both (keyset paging): a page costs one indexed query however deep it is, and a count
 * only when the total is asked for. A cursor is bound to its list: used on another
 * collection, order or filter, it is a BAD_REQUEST rather than a silently wrong page.
 */
final class KeysetPager<T> {

	private final MongoTemplate mongo;

	private final Class<T> type;

	private final String sortField;

	private final Function<T, String> sortKeyOf;

	private final Function<T, String> idOf;

	KeysetPager(MongoTemplate mongo, Class<T> type, String sortField, Function<T, String> sortKeyOf,
			Function<T, String> idOf) {
		this.mongo = mongo;
		this.type = type;
		this.sortField = sortField;
		this.sortKeyOf = sortKeyOf;
		this.idOf = idOf;
	}

	Connection<T> page(List<Criteria> filter, boolean descending, PageRequest request) {
		return page(filter, descending, request, List.of());
	}

	/**
	 * A page whose documents leave out these fields (null in what is returned): what the
	 * request does not select.
	 */
	Connection<T> page(List<Criteria> filter, boolean descending, PageRequest request, Collection<String> without) {
		String list = fingerprint(filter, descending);
		if (request.after() != null) {
			request.after().requireList("after", list);
		}
		if (request.before() != null) {
			request.before().requireList("before", list);
		}
		List<Criteria> criteria = new ArrayList<>(filter);
		if (request.after() != null) {
			criteria.add(beyond(request.after(), !descending));
		}
		if (request.before() != null) {
			criteria.add(beyond(request.before(), descending));
		}
		boolean reverse = request.backward() != descending;
		Sort.Direction direction = reverse ? Sort.Direction.DESC : Sort.Direction.ASC;
		Query query = Conditions.query(criteria)
			.with(Sort.by(direction, this.sortField).and(Sort.by(direction, "_id")))
			.limit(request.size() + 1);
		without.forEach(query.fields()::exclude);
		List<T> found = (request.size() == 0) ? List.of() : new ArrayList<>(this.mongo.find(query, this.type));
		boolean more = found.size() > request.size();
		if (more) {
			found = found.subList(0, request.size());
		}
		if (request.backward()) {
			Collections.reverse(found);
		}
		List<Connection.Edge<T>> edges = found.stream()
			.map((item) -> new Connection.Edge<>(
					new Cursor(list, this.sortKeyOf.apply(item), this.idOf.apply(item)).encode(), item))
			.toList();
		boolean hasNext = request.backward() ? request.before() != null : more;
		boolean hasPrevious = request.backward() ? more : request.after() != null;
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		Query counted = Conditions.query(filter);
		return new Connection<>(edges, new Connection.PageInfo(hasNext, hasPrevious, start, end),
				() -> this.mongo.count(counted, this.type));
	}

	/**
	 * What a cursor of this page is bound to: the collection, the sort and its direction,
	 * and the filter with its actor references resolved (so "Gorgun" and
	 * actor:haluk-gorgun page the same list), hashed to 12 URL-safe characters.
	 */
	private String fingerprint(List<Criteria> filter, boolean descending) {
		String list = this.type.getName() + "\n" + this.sortField + "\n" + (descending ? "desc" : "asc") + "\n"
				+ Conditions.query(filter).getQueryObject();
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(list.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

	/**
	 * Items after the cursor in ascending (key, _id) order when {@code greater}, else
	 * before it.
	 */
	private Criteria beyond(Cursor cursor, boolean greater) {
		Criteria sameKey = Criteria.where(this.sortField).is(cursor.sortKey());
		Criteria key = Criteria.where(this.sortField);
		Criteria id = Criteria.where("_id");
		if (greater) {
			return new Criteria().orOperator(key.gt(cursor.sortKey()),
					new Criteria().andOperator(sameKey, id.gt(cursor.id())));
		}
		return new Criteria().orOperator(key.lt(cursor.sortKey()),
				new Criteria().andOperator(sameKey, id.lt(cursor.id())));
	}

}
