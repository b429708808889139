// Entity page: names in each language, mentions over time, what they said, whom they met, and the entities seen
// with them as a graph.
import { api, type QuoteRow } from '../api.js';
import { dayBars } from '../charts/bars.js';
import { cooccurrenceGraph } from '../charts/graph.js';
import { badge, day, h, note, route, routeQuery } from '../dom.js';

/** One quote with its article and language (shared with the quotes view). */
export function quoteItem(q: QuoteRow, withSpeaker = false): HTMLElement {
  return h('li', { class: 'quote-item' },
    h('blockquote', { lang: q.lang }, q.kind === 'direct' ? `“${q.text}”` : q.text),
    h('div', { class: 'meta' }, withSpeaker ? [q.entity ? h('a', { href: route('entity', q.entity.id) }, q.entity.name) : q.speaker ?? 'unknown', ' · '] : null,
      q.cue ? [h('em', null, q.cue), ' · '] : null, badge(q.lang, 'lang'), ' ', badge(q.kind, 'kind'), ' · ', h('time', null, day(q.published)), ' · ',
      h('a', { href: route('article', q.article) }, 'article')));
}

/** Renders an entity's profile (by store id or name). */
export async function entityView(root: HTMLElement, parts: string[]): Promise<void> {
  const key = parts[0];
  if (!key) { root.append(note('No entity given.')); return; }
  const p = await api.entity(key);
  const width = Math.max(480, Math.min(900, (document.getElementById('app')?.clientWidth ?? 900) - 40));
  root.append(
    h('header', { class: 'entity-head' },
      h('h1', null, p.name, ' ', h('span', { class: `lbl ent-${p.type}` }, p.type)),
      h('div', { class: 'meta' }, p.kb ? ['KB ', h('code', null, p.kb), ' · '] : null,
        h('a', { href: routeQuery('search', { entity: p.name }) }, 'articles'), ' · ',
        h('a', { href: routeQuery('timeline', { entity: p.name }) }, 'timeline'), ' · ',
        h('a', { href: routeQuery('quotes', { speaker: p.name }) }, 'quotes'))),
    h('section', { class: 'names' }, h('h2', null, 'Names'),
      h('table', null, h('tbody', null, p.names.map((n) => h('tr', null, h('td', null, n.name), h('td', null, n.langs.map((l) => [badge(l, 'lang'), ' ']))))))),
    h('section', null, h('h2', null, 'Mentions over time'),
      p.mentions.length ? dayBars(p.mentions.map((m) => ({ date: m.date, value: m.articles, title: `${day(m.date)}: ${m.articles} article(s), ${m.mentions} mention(s)` })), width) : note('no dated mention')),
    h('div', { class: 'two-col' },
      h('section', null, h('h2', null, `Seen with (${p.cooccurring.length})`),
        p.cooccurring.length ? cooccurrenceGraph(p, p.cooccurring) : note('no other entity in its articles'),
        p.meets.length ? [h('h3', null, 'Met'), h('ul', null, p.meets.map((m) => h('li', null, h('a', { href: route('entity', m.entity.id) }, m.entity.name), ` ×${m.count}`)))] : null),
      h('section', null, h('h2', null, `Quotes (${p.quotes.length})`),
        p.quotes.length ? h('ul', { class: 'quote-list' }, p.quotes.map((q) => quoteItem(q))) : note('no quote'))));
}
