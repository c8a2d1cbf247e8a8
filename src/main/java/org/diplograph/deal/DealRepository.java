package org.diplograph.deal;

import org.diplograph.common.DocumentRepository;
import org.diplograph.model.DefenceDeal;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Reads deals: by ID, and a filtered page sorted by date, undated last. */
@Repository
class DealRepository extends DocumentRepository<DefenceDeal> {

	DealRepository(MongoTemplate mongo) {
		super(mongo, DefenceDeal.class, DefenceDeal::id, "sortKey", DefenceDeal::sortKey, false, "partyIds", "buyerId",
				"supplierId", "kind", "status");
	}

}
