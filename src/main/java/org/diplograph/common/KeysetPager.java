package org.diplograph.common;

import java.util.ArrayList;
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
 * only when the total is asked for.
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
		List<T> found = (request.size() == 0) ? List.of() : new ArrayList<>(this.mongo.find(query, this.type));
		boolean more = found.size() > request.size();
		if (more) {
			found = found.subList(0, request.size());
		}
		if (request.backward()) {
			Collections.reverse(found);
		}
		List<Connection.Edge<T>> edges = found.stream()
			.map((item) -> new Connection.Edge<>(new Cursor(this.sortKeyOf.apply(item), this.idOf.apply(item)).encode(),
					item))
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
