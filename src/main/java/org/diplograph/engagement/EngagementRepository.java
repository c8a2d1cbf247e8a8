package org.diplograph.engagement;

import org.diplograph.common.DocumentRepository;
import org.diplograph.model.Engagement;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads engagements: by ID, and a filtered page sorted by the start of each engagement's
 * date, undated last.
 */
@Repository
class EngagementRepository extends DocumentRepository<Engagement> {

	EngagementRepository(MongoTemplate mongo) {
		super(mongo, Engagement.class, Engagement::id, "sortKey", Engagement::sortKey, false, "involvedIds", "kind");
	}

}
