package org.diplograph.deal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.diplograph.common.Connection;
import org.diplograph.common.Indexes;
import org.diplograph.common.KeysetPager;
import org.diplograph.common.PageRequest;
import org.diplograph.model.DealKind;
import org.diplograph.model.DealStatus;
import org.diplograph.model.DefenceDeal;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Reads deals: by ID, and a filtered page sorted by date, undated last. */
@Repository
public class DealRepository implements InitializingBean {

	private final MongoTemplate mongo;

	private final KeysetPager<DefenceDeal> pager;

	DealRepository(MongoTemplate mongo) {
		this.mongo = mongo;
		this.pager = new KeysetPager<>(mongo, DefenceDeal.class, "sortKey", DefenceDeal::sortKey, DefenceDeal::id);
	}

	@Override
	public void afterPropertiesSet() {
		List<Index> indexes = new ArrayList<>();
		for (String field : List.of("partyIds", "buyerId", "supplierId", "kind", "status")) {
			indexes.add(new Index().on(field, Sort.Direction.ASC));
		}
		indexes.add(new Index().on("sortKey", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
		Indexes.ensure(this.mongo, DefenceDeal.class, indexes);
	}

	public DefenceDeal findById(String id) {
		return this.mongo.findById(id, DefenceDeal.class);
	}

	public List<DefenceDeal> findAllById(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), DefenceDeal.class);
	}

	Connection<DefenceDeal> page(DealCriteria criteria, PageRequest request) {
		List<Criteria> filter = new ArrayList<>();
		if (criteria.partyId() != null) {
			filter.add(Criteria.where("partyIds").is(criteria.partyId()));
		}
		if (criteria.buyerId() != null) {
			filter.add(Criteria.where("buyerId").is(criteria.buyerId()));
		}
		if (criteria.supplierId() != null) {
			filter.add(Criteria.where("supplierId").is(criteria.supplierId()));
		}
		if (criteria.kind() != null) {
			filter.add(Criteria.where("kind").is(criteria.kind()));
		}
		if (criteria.status() != null) {
			filter.add(Criteria.where("status").is(criteria.status()));
		}
		if (criteria.systemKey() != null) {
			filter.add(Criteria.where("items.systemKey").regex(Pattern.quote(criteria.systemKey())));
		}
		return this.pager.page(filter, false, request);
	}

	/**
	 * A deals filter with its actor references resolved to IDs and its system name
	 * folded.
	 */
	record DealCriteria(String partyId, String buyerId, String supplierId, DealKind kind, DealStatus status,
			String systemKey) {
	}

}
