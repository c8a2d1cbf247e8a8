// /explore/engagement/{id}: an engagement (a meeting, call, summit, exercise, message) and the
// article sentences that report it, highlighted in place.

import { h } from '../dom.js';
import { evidenceSection, SOURCE_FIELDS } from '../evidence.js';
import { DATE_FIELDS } from '../facts.js';
import { enumLabel, fuzzyDate } from '../format.js';
import { href } from '../router.js';
import { NotFound, actorLink, actorLinks, facts, pageHeader } from '../view.js';

const ENGAGEMENT = `query Engagement($id: ID!) {
  engagement(id: $id) {
    id
    kind
    summary
    date { ${DATE_FIELDS} }
    status
    place
    occasion
    participants { id name kind }
    countries { id name kind }
    hostCountry { id name kind }
    ${SOURCE_FIELDS}
  }
}`;

export default {
	name: 'engagement',
	path: 'engagement/:id',
	title: 'Engagement',
	async render(context) {
		const data = await context.graphql(ENGAGEMENT, { id: context.params.id });
		const engagement = data.engagement;
		if (!engagement) {
			throw new NotFound(`No engagement has the ID “${context.params.id}”.`);
		}
		context.setTitle(engagement.summary);
		const [first, second] = engagement.countries;
		return h('div', { class: 'fact-view engagement-view' },
			pageHeader({ eyebrow: `${enumLabel(engagement.kind)} · ${fuzzyDate(engagement.date)}`, title: engagement.summary }),
			facts([
				['What', enumLabel(engagement.kind)],
				['When', fuzzyDate(engagement.date)],
				['Status', enumLabel(engagement.status)],
				['Countries', actorLinks(engagement.countries)],
				['Taking part', engagement.participants.length > 0 ? actorLinks(engagement.participants) : 'not named in the sources'],
				['Where', engagement.hostCountry || engagement.place
					? [engagement.hostCountry ? actorLink(engagement.hostCountry) : '', engagement.place ? ` (${engagement.place})` : '']
					: null],
				['Occasion', engagement.occasion],
				['Between the countries', first && second
					? h('a', { href: href('relationship', { a: first.id, b: second.id }) }, `${first.name} and ${second.name}`)
					: null],
			]),
			evidenceSection(engagement.sources, engagement.id));
	},
};
