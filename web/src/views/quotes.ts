// Quotes by speaker, across articles and languages ("Putin" finds what "Poutine" said).
import { api, type QuoteRow } from '../api.js';
import { badge, h, note, route, routeQuery } from '../dom.js';
import { quoteItem } from './entity.js';

/** Renders quotes grouped by speaker, optionally for one speaker (?speaker=NAME). */
export async function quotesView(root: HTMLElement, _parts: string[], query: URLSearchParams): Promise<void> {
  const speaker = query.get('speaker') ?? '';
  const quotes = await api.quotes(speaker || undefined);
  const form = h('form', { class: 'inline' }, h('label', null, 'Speaker ', h('input', { name: 'speaker', value: speaker, placeholder: 'any language, e.g. Lindtvedt' })),
    h('button', { type: 'submit' }, 'Show'), speaker ? h('a', { href: '#/quotes', class: 'clear' }, 'all speakers') : null);
  form.addEventListener('submit', (e) => { e.preventDefault(); location.hash = routeQuery('quotes', { speaker: String(new FormData(form).get('speaker') ?? '').trim() }); });
  root.append(h('h1', null, speaker ? `Quotes: ${speaker}` : 'Quotes by speaker'), form);
  if (!quotes.length) { root.append(note('No quote found.')); return; }
  const groups = new Map<string, QuoteRow[]>();
  for (const q of quotes) {
    const k = q.entity ? `e:${q.entity.id}` : `t:${q.speaker ?? ''}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(q);
  }
  const sorted = [...groups.values()].sort((a, b) => b.length - a.length);
  root.append(h('p', { class: 'count' }, `${quotes.length} quotes from ${sorted.length} speakers`),
    ...sorted.map((qs) => {
      const first = qs[0]!;
      const langs = [...new Set(qs.map((q) => q.lang))];
      return h('section', { class: 'speaker' },
        h('h2', null, first.entity ? h('a', { href: route('entity', first.entity.id) }, first.entity.name) : first.speaker ?? 'Unknown speaker',
          ' ', h('span', { class: 'count' }, `${qs.length} quote${qs.length > 1 ? 's' : ''}`), ' ', langs.map((l) => [badge(l, 'lang'), ' '])),
        h('ul', { class: 'quote-list' }, qs.map((q) => quoteItem(q))));
    }));
}
