// Article view: the body with entities, quotes, dates and quality flags marked; beside it the lists of each,
// and what cleaning removed. Everything from the article is rendered as text.
import { api, type Analysis } from '../api.js';
import { badge, day, h, note, outLink, qualityBadge, route } from '../dom.js';
import { highlighted } from './highlight.js';

const TYPE_NAMES: Record<string, string> = { PER: 'people', ORG: 'organisations', LOC: 'places', MISC: 'other' };

function legend(): HTMLElement {
  return h('div', { class: 'legend' },
    ['PER', 'ORG', 'LOC', 'MISC'].map((t) => h('span', { class: `ent ent-${t}` }, TYPE_NAMES[t]!)),
    h('span', { class: 'quote' }, 'quote (speaker on hover)'), h('span', { class: 'timex' }, 'date / time'), h('span', { class: 'qflag' }, 'quality flag'));
}

function side(a: Analysis): HTMLElement {
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const byType = ['PER', 'ORG', 'LOC', 'MISC'].map((t) => [t, a.entities.filter((e) => e.type === t)] as const).filter(([, es]) => es.length);
  return h('aside', { class: 'side' },
    h('h3', null, `Entities (${a.entities.length})`),
    byType.map(([t, es]) => h('div', { class: 'ent-group' }, h('span', { class: `lbl ent-${t}` }, t), ' ',
      es.map((e, i) => [i ? ', ' : '', h('a', { href: route('entity', e.name), class: 'ent-link' }, e.name), e.mentions.length > 1 ? ` ×${e.mentions.length}` : '']))),
    h('h3', null, `Quotes (${a.quotes.length})`),
    a.quotes.length ? h('ul', { class: 'quotes-side' }, a.quotes.map((q) => {
      const who = q.speaker ? (q.speaker.entity && names.get(q.speaker.entity)) || q.speaker.text : null;
      return h('li', null, h('q', null, q.text), ' — ', who ? h('a', { href: route('entity', who) }, who) : h('em', null, 'unknown'), ' ', badge(q.kind, 'kind'));
    })) : note('none found'),
    h('h3', null, `Time expressions (${a.timexes.length})`),
    a.timexes.length ? h('ul', { class: 'timexes' }, a.timexes.map((t) => h('li', null, h('span', { class: 'timex' }, t.text), ' → ', h('code', null, t.value), ' ', badge(t.type, 'kind')))) : note('none found'),
    h('h3', null, `Quality flags (${a.quality.flags.length})`),
    a.quality.flags.length ? h('ul', { class: 'flags' }, a.quality.flags.map((f) => h('li', null, badge(f.kind, 'flag'), ' ', f.note ?? '', f.text ? [' — ', h('q', null, f.text.slice(0, 200))] : null))) : note('none'),
    h('h3', null, `What cleaning removed (${a.removed.length})`),
    a.removed.length ? h('ul', { class: 'removed' }, a.removed.map((r) => h('li', null, badge(r.reason, 'reason'), ' ', h('span', { class: 'removed-text' }, r.text.length > 400 ? r.text.slice(0, 400) + '…' : r.text)))) : note('nothing'));
}

/** Renders one stored article. */
export async function articleView(root: HTMLElement, parts: string[]): Promise<void> {
  const id = parts[0];
  if (!id) { root.append(note('No article given.')); return; }
  const a = await api.article(id);
  root.append(
    h('header', { class: 'article-head' },
      h('h1', null, a.title ?? '(untitled)'),
      h('div', { class: 'meta' }, outLink(a.meta?.canonicalUrl ?? a.source, a.meta?.siteName ?? a.source ?? undefined) ?? 'unknown source', ' · ',
        h('time', null, day(a.published)), ' ', badge(a.lang, 'lang'), ' ', qualityBadge(a.quality.score),
        a.meta?.authors?.length ? [' · by ', a.meta.authors.join(', ')] : null)),
    legend(),
    h('div', { class: 'article-grid' }, h('article', { class: 'body', lang: a.lang }, highlighted(a)), side(a)));
}
