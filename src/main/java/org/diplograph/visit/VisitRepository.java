package org.diplograph.visit;

import org.diplograph.common.DocumentRepository;
import org.diplograph.model.Visit;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Reads visits: by ID, and a filtered page sorted by the start of each visit's date. */
@Repository
class VisitRepository extends DocumentRepository<Visit> {

	VisitRepository(MongoTemplate mongo) {
		super(mongo, Visit.class, Visit::id, "date.start", (visit) -> visit.date().start(), false, "visitorIds",
				"fromCountryId", "hostCountryId", "involvedIds", "articleIds", "status");
	}

}
