// /explore/deal/{id}: a defence deal, its items, and the article sentences that report it,
// highlighted in place.

import { h, section } from '../dom.js';
import { evidenceSection, SOURCE_FIELDS } from '../evidence.js';
import { enumLabel, fuzzyDate } from '../format.js';
import { href } from '../router.js';
import { NotFound, actorLink, actorLinks, facts, pageHeader } from '../view.js';

const DEAL = `query Deal($id: ID!) {
  deal(id: $id) {
    id
    title
    kind
    status
    date { iso precision }
    buyer { id name kind }
    supplier { id name kind }
    parties { id name kind }
    items { system category manufacturer { id name kind } quantity plannedQuantity }
    ${SOURCE_FIELDS}
  }
}`;

export default {
	name: 'deal',
	path: 'deal/:id',
	title: 'Deal',
	async render(context) {
		const data = await context.graphql(DEAL, { id: context.params.id });
		const deal = data.deal;
		if (!deal) {
			throw new NotFound(`No deal has the ID “${context.params.id}”.`);
		}
		context.setTitle(deal.title);
		const others = deal.parties.filter((party) => ![deal.buyer, deal.supplier].some((side) => side && side.id === party.id));
		return h('div', { class: 'fact-view deal-view' },
			pageHeader({ eyebrow: `Deal · ${deal.date ? fuzzyDate(deal.date) : 'undated'}`, title: deal.title }),
			facts([
				['Kind', enumLabel(deal.kind)],
				['Status', h('span', { class: 'status' }, enumLabel(deal.status))],
				['When', deal.date ? fuzzyDate(deal.date) : 'undated'],
				['Buyer', actorLink(deal.buyer)],
				['Supplier', actorLink(deal.supplier)],
				['Other parties', others.length > 0 ? actorLinks(others) : null],
				['Between', deal.buyer && deal.supplier ? h('a', { href: href('relationship', { a: deal.buyer.id, b: deal.supplier.id }) },
					`${deal.buyer.name} and ${deal.supplier.name}`) : null],
			]),
			deal.items.length > 0 ? section('Items', { id: 'items' }, h('div', { class: 'table-scroll' }, h('table', { class: 'items' },
				h('thead', {}, h('tr', {}, ['System', 'Category', 'Manufacturer', 'Quantity', 'Planned in total'].map((label) => h('th', { scope: 'col' }, label)))),
				h('tbody', {}, deal.items.map((item) => h('tr', {},
					h('th', { scope: 'row' }, item.system),
					h('td', {}, item.category || '—'),
					h('td', {}, item.manufacturer ? actorLink(item.manufacturer) : '—'),
					h('td', { class: 'number' }, item.quantity ?? '—'),
					h('td', { class: 'number' }, item.plannedQuantity ?? '—'))))))) : null,
			evidenceSection(deal.sources, deal.id));
	},
};
