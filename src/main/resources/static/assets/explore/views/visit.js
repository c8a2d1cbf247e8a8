// /explore/visit/{id}: a visit and the article sentences that report it, highlighted in place.

import { h } from '../dom.js';
import { evidenceSection, SOURCE_FIELDS } from '../evidence.js';
import { enumLabel, fuzzyDate, plural } from '../format.js';
import { href } from '../router.js';
import { NotFound, actorLink, actorLinks, facts, pageHeader } from '../view.js';

const VISIT = `query Visit($id: ID!) {
  visit(id: $id) {
    id
    summary
    date { iso precision }
    status
    durationDays
    place
    purpose
    visitors { id name kind }
    fromCountry { id name kind }
    hostCountry { id name kind }
    metWith { id name kind }
    ${SOURCE_FIELDS}
  }
}`;

export default {
	name: 'visit',
	path: 'visit/:id',
	title: 'Visit',
	async render(context) {
		const data = await context.graphql(VISIT, { id: context.params.id });
		const visit = data.visit;
		if (!visit) {
			throw new NotFound(`No visit has the ID “${context.params.id}”.`);
		}
		context.setTitle(visit.summary);
		return h('div', { class: 'fact-view visit-view' },
			pageHeader({ eyebrow: `Visit · ${fuzzyDate(visit.date)}`, title: visit.summary }),
			facts([
				['When', `${fuzzyDate(visit.date)}${visit.durationDays ? `, ${plural(visit.durationDays, 'day')}` : ''}`],
				['Status', enumLabel(visit.status)],
				['Visitors', actorLinks(visit.visitors)],
				['From', actorLink(visit.fromCountry)],
				['To', [actorLink(visit.hostCountry), visit.place ? ` (${visit.place})` : '']],
				['Met', visit.metWith.length > 0 ? actorLinks(visit.metWith) : null],
				['Purpose', visit.purpose],
				['Between the countries', h('a', { href: href('relationship', { a: visit.fromCountry.id, b: visit.hostCountry.id }) },
					`${visit.fromCountry.name} and ${visit.hostCountry.name}`)],
			]),
			evidenceSection(visit.sources, visit.id));
	},
};
