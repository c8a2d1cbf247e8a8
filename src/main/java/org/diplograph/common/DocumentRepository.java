package org.diplograph.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What the repository of every document type shares: reads by ID, a filtered page in the
 * order of one sort key and then _id, and the indexes the filters and that order need,
 * created at startup. A feature's repository adds the queries only it makes.
 */
public abstract class DocumentRepository<T> implements InitializingBean {

	protected final MongoTemplate mongo;

	private final Class<T> type;

	private final String sortField;

	private final boolean descending;

	private final List<String> filteredFields;

	private final KeysetPager<T> pager;

	/**
	 * @param sortField the field lists are sorted by, then by _id
	 * @param descending whether lists run from the highest sort key down by default
	 * @param filteredFields the fields the filters look up, each given an ascending index
	 */
	protected DocumentRepository(MongoTemplate mongo, Class<T> type, Function<T, String> idOf, String sortField,
			Function<T, String> sortKeyOf, boolean descending, String... filteredFields) {
		this.mongo = mongo;
		this.type = type;
		this.sortField = sortField;
		this.descending = descending;
		this.filteredFields = List.of(filteredFields);
		this.pager = new KeysetPager<>(mongo, type, sortField, sortKeyOf, idOf);
	}

	@Override
	public void afterPropertiesSet() {
		Sort.Direction direction = this.descending ? Sort.Direction.DESC : Sort.Direction.ASC;
		List<Index> indexes = new ArrayList<>();
		this.filteredFields.forEach((field) -> indexes.add(new Index().on(field, Sort.Direction.ASC)));
		indexes.add(new Index().on(this.sortField, direction).on("_id", direction));
		Indexes.ensure(this.mongo, this.type, indexes);
	}

	public T findById(String id) {
		return this.mongo.findById(id, this.type);
	}

	public List<T> findAllById(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), this.type);
	}

	/** A page of the documents the filter matches, in the default order. */
	public Connection<T> page(QueryFilter filter, PageRequest request) {
		return page(filter, this.descending, request);
	}

	public Connection<T> page(QueryFilter filter, boolean descending, PageRequest request) {
		return this.pager.page(filter.criteria(), descending, request);
	}

	/**
	 * A page in the default order whose documents leave out these fields (null in them),
	 * for a request that does not select them.
	 */
	public Connection<T> page(QueryFilter filter, PageRequest request, Collection<String> without) {
		return this.pager.page(filter.criteria(), this.descending, request, without);
	}

}
