// Search: a query box with filters (entity, speaker, dates, event type, language) and the matching articles.
import { api, type SearchFilters } from '../api.js';
import { badge, day, h, note, qualityBadge, route, routeQuery } from '../dom.js';
import type { ArticleHit } from '../../../src/store/types.js';

/** CAMEO root codes and their names, for the event-type filter. */
const CAMEO: [string, string][] = [
  ['01', 'public statement'], ['02', 'appeal'], ['03', 'intent to cooperate'], ['04', 'consult / meet'], ['05', 'diplomatic cooperation'],
  ['06', 'material cooperation'], ['07', 'provide aid'], ['08', 'yield'], ['09', 'investigate'], ['10', 'demand'], ['11', 'disapprove'],
  ['12', 'reject'], ['13', 'threaten'], ['14', 'protest'], ['15', 'force posture'], ['16', 'reduce relations'], ['17', 'coerce'],
  ['18', 'assault'], ['19', 'fight'], ['20', 'mass violence'],
];
const LANGS: [string, string][] = [['', 'any language'], ['fr', 'French'], ['en', 'English'], ['de', 'German'], ['es', 'Spanish'], ['it', 'Italian'], ['nl', 'Dutch'], ['pt', 'Portuguese']];
const FIELDS = ['q', 'entity', 'speaker', 'type', 'from', 'to', 'lang'] as const;

/** One result: title, source, date, language, quality, flags, snippet. */
function hitCard(hit: ArticleHit): HTMLElement {
  return h('li', { class: 'hit' },
    h('a', { class: 'hit-title', href: route('article', hit.id) }, hit.title ?? '(untitled)'),
    h('div', { class: 'meta' },
      h('span', { class: 'source' }, hit.source ?? 'unknown source'), ' · ', h('time', null, day(hit.published)), ' ',
      badge(hit.lang, 'lang'), ' ', qualityBadge(hit.quality),
      hit.flags.map((f) => [' ', badge(f, 'flag')]),
      hit.translationOf ? [' ', h('a', { class: 'badge rel', href: route('article', hit.translationOf) }, 'translation')] : null,
      hit.duplicateOf ? [' ', h('a', { class: 'badge rel', href: route('article', hit.duplicateOf) }, 'duplicate')] : null),
    h('p', { class: 'snippet' }, hit.snippet));
}

/** Renders the search view from the hash's query. */
export async function searchView(root: HTMLElement, _parts: string[], query: URLSearchParams): Promise<void> {
  const f: SearchFilters = {};
  for (const k of FIELDS) { const v = query.get(k); if (v) f[k] = v; }
  const input = (name: string, label: string, type = 'text', placeholder = '') =>
    h('label', null, label, h('input', { name, type, value: f[name as keyof SearchFilters] ?? '', placeholder }));
  const select = (name: string, label: string, options: [string, string][]) =>
    h('label', null, label, h('select', { name }, options.map(([v, t]) => h('option', { value: v, selected: (f[name as keyof SearchFilters] ?? '') === v }, t))));
  const form = h('form', { class: 'search', role: 'search' },
    h('div', { class: 'qrow' },
      h('input', { name: 'q', type: 'search', value: f.q ?? '', placeholder: 'Search articles — accents optional (geneve finds Genève)', 'aria-label': 'query', autofocus: true }),
      h('button', { type: 'submit' }, 'Search')),
    h('div', { class: 'filters' },
      input('entity', 'Entity', 'text', 'e.g. European Union'), input('speaker', 'Speaker', 'text', 'e.g. Lindtvedt'),
      input('from', 'From', 'date'), input('to', 'To', 'date'),
      select('type', 'Event type', [['', 'any event'], ...CAMEO.map(([c, n]): [string, string] => [c, `${c} ${n}`])]),
      select('lang', 'Language', LANGS)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    location.hash = routeQuery('search', Object.fromEntries(FIELDS.map((k) => [k, String(data.get(k) ?? '').trim()])));
  });
  const list = h('ol', { class: 'hits' });
  const more = h('button', { class: 'more', type: 'button' }, 'More results');
  const status = h('p', { class: 'count' });
  root.append(form, status, list);
  let shown = 0;
  const load = async (cursor?: string): Promise<void> => {
    const r = await api.search({ ...f, ...(cursor ? { cursor } : {}) });
    shown += r.hits.length;
    list.append(...r.hits.map(hitCard));
    status.textContent = shown ? `${shown} article${shown > 1 ? 's' : ''}${r.next ? ' (more below)' : ''}` : '';
    if (!shown) list.replaceWith(note('No article matches. Try fewer words or filters.'));
    if (r.next) { more.onclick = () => { more.remove(); void load(r.next!); }; root.append(more); }
  };
  await load();
}
