// Timeline: events (one lane per place) and dated quotes (one lane per speaker) on a real time axis, filterable
// by entity. A short span (a news week) shows each item as a labelled chip in its day; a long one as dots.
import { api, type EventRow, type QuoteRow } from '../api.js';
import { dayMs, timeAxis, timeScale } from '../charts/time.js';
import { badge, day, h, note, route, routeQuery, s } from '../dom.js';

/** One mark on the chart. */
interface Item { lane: string; kind: 'event' | 'quote'; ms: number; label: string; title: string; article: string }

const LABEL_W = 190, CHIP_H = 20, GAP = 3, LANE_PAD = 8, AXIS_H = 28;
/** Chips shown per lane and day before "+n". */
const MAX_STACK = 4;
/** Speakers given their own lane; the others share one. */
const MAX_SPEAKERS = 6;
/** Lane key of events without a place: drawn after the places. */
const NO_PLACE = 'event:no place stated';

function eventItem(e: EventRow): Item {
  const who = e.actors.map((a) => a.name).join(', ');
  const whom = e.targets.map((t) => t.name).join(', ');
  return {
    lane: e.place?.name ?? NO_PLACE.slice(6), kind: 'event', ms: dayMs(e.date ?? e.published), article: e.article,
    label: `${who ? who + ' · ' : ''}${e.trigger}`,
    title: `${day(e.date ?? e.published)} — ${who ? who + ' ' : ''}${e.trigger}${whom ? ' ' + whom : ''}${e.place ? ' in ' + e.place.name : ''} (CAMEO ${e.code ?? e.type})`,
  };
}

/** Attribution cues that come before the speaker ("selon X", "according to X"), not after (X "a déclaré"). */
const SOURCE_CUE = /^(selon|d['’]apr[eè]s|according to|per)$/i;

/** "Maren Lindtvedt a déclaré", "Selon Alliance Méthane Zéro", or the speaker alone. */
function said(who: string, cue: string | null): string {
  if (!cue) return who;
  return SOURCE_CUE.test(cue.trim()) ? `${cue.trim()[0]!.toUpperCase()}${cue.trim().slice(1)} ${who}` : `${who} ${cue}`;
}

function quoteItems(qs: QuoteRow[]): Item[] {
  const count = new Map<string, number>();
  const who = (q: QuoteRow) => q.entity?.name ?? q.speaker ?? 'unknown speaker';
  for (const q of qs) count.set(who(q), (count.get(who(q)) ?? 0) + 1);
  const top = new Set([...count.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_SPEAKERS).map(([n]) => n));
  return qs.map((q) => ({
    lane: top.has(who(q)) ? who(q) : 'other speakers', kind: 'quote', ms: dayMs(q.published), article: q.article,
    label: `“${q.text}”`, title: `${day(q.published)} — ${said(who(q), q.cue)}: “${q.text}” (${q.lang})`,
  }));
}

/** The chart: lanes of chips (or dots) over a time axis. */
function chart(items: Item[], width: number): SVGSVGElement {
  // lanes: places first (in order of their first event: the week's route), then speakers by number of quotes
  const laneOf = new Map<string, { key: string; kind: Item['kind']; first: number; n: number }>();
  for (const it of items) {
    const key = `${it.kind}:${it.lane}`;
    const l = laneOf.get(key) ?? laneOf.set(key, { key, kind: it.kind, first: it.ms, n: 0 }).get(key)!;
    l.first = Math.min(l.first, it.ms);
    l.n++;
  }
  const lanes = [...laneOf.values()].sort((a, b) => (a.kind !== b.kind ? (a.kind === 'event' ? -1 : 1)
    : a.kind === 'event' ? Number(a.key === NO_PLACE) - Number(b.key === NO_PLACE) || a.first - b.first || a.key.localeCompare(b.key)
      : b.n - a.n || a.key.localeCompare(b.key))).map((l) => l.key);
  const sc = timeScale(items.map((i) => i.ms), LABEL_W, width - 10);
  const chips = sc.dayWidth >= 60;
  // stack per lane and day
  const cells = new Map<string, Item[]>();
  for (const it of items) { const k = `${it.kind}:${it.lane}|${it.ms}`; (cells.get(k) ?? cells.set(k, []).get(k)!).push(it); }
  const laneH = new Map(lanes.map((l) => {
    let most = 1;
    for (const [k, v] of cells) if (k.startsWith(l + '|')) most = Math.max(most, Math.min(v.length, MAX_STACK + 1));
    return [l, chips ? most * (CHIP_H + GAP) + LANE_PAD : CHIP_H + LANE_PAD];
  }));
  const height = [...laneH.values()].reduce((a, b) => a + b, 0);
  const svg = s('svg', { class: 'timeline', width, height: height + AXIS_H, viewBox: `0 0 ${width} ${height + AXIS_H}`, role: 'img', 'aria-label': 'timeline of events and quotes' });
  svg.append(timeAxis(sc, 0, height));
  let y = 0;
  for (const l of lanes) {
    const lh = laneH.get(l)!;
    const kind = l.startsWith('event:') ? 'event' : 'quote', name = l.slice(kind.length + 1);
    svg.append(s('rect', { x: 0, y, width, height: lh, class: `lane lane-${kind}` }),
      s('rect', { x: 6, y: y + 8, width: 9, height: 9, rx: kind === 'event' ? 0 : 5, class: `key key-${kind}` }),
      s('text', { x: 21, y: y + 17, class: 'lane-label' }, s('title', null, `${kind === 'event' ? 'events in' : 'quotes of'} ${name}`), name.length > 24 ? name.slice(0, 23) + '…' : name));
    for (const [k, v] of cells) {
      if (!k.startsWith(l + '|')) continue;
      const cx = sc.x(v[0]!.ms);
      v.slice(0, chips ? MAX_STACK : 1).forEach((it, i) => {
        const a = s('a', { href: route('article', it.article), class: `mark mark-${it.kind}` }, s('title', null, it.title));
        if (chips) {
          const w = sc.dayWidth - 8, cy = y + LANE_PAD / 2 + i * (CHIP_H + GAP);
          const clip = `c${Math.round(cx)}-${Math.round(cy)}`;
          a.append(s('clipPath', { id: clip }, s('rect', { x: cx - w / 2, y: cy, width: w - 4, height: CHIP_H })),
            s('rect', { x: cx - w / 2, y: cy, width: w, height: CHIP_H, rx: 4 }),
            s('text', { x: cx - w / 2 + 5, y: cy + 14, 'clip-path': `url(#${clip})` }, it.label));
        } else {
          a.append(s('circle', { cx, cy: y + lh / 2, r: Math.min(9, 4 + v.length) }));
        }
        svg.append(a);
      });
      if (chips && v.length > MAX_STACK) svg.append(s('text', { x: cx, y: y + LANE_PAD / 2 + MAX_STACK * (CHIP_H + GAP) + 14, class: 'more-n', 'text-anchor': 'middle' }, `+${v.length - MAX_STACK} more`));
    }
    y += lh;
  }
  return svg;
}

/** Renders the timeline, optionally for one entity (?entity=NAME). */
export async function timelineView(root: HTMLElement, _parts: string[], query: URLSearchParams): Promise<void> {
  const entity = query.get('entity') ?? '';
  const [events, quotes] = await Promise.all([api.events(entity ? { entity } : {}), api.quotes(entity || undefined, 500)]);
  const items = [...events.map(eventItem), ...quoteItems(quotes)].filter((i) => !Number.isNaN(i.ms));
  const form = h('form', { class: 'inline' }, h('label', null, 'Entity ', h('input', { name: 'entity', value: entity, placeholder: 'any entity, e.g. Geneva' })), h('button', { type: 'submit' }, 'Filter'),
    entity ? h('a', { href: '#/timeline', class: 'clear' }, 'clear') : null);
  form.addEventListener('submit', (e) => { e.preventDefault(); location.hash = routeQuery('timeline', { entity: String(new FormData(form).get('entity') ?? '').trim() }); });
  root.append(h('h1', null, entity ? `Timeline: ${entity}` : 'Timeline'), form,
    h('p', { class: 'count' }, `${events.length} events · ${quotes.length} quotes · `, badge('■ events, one row per place', 'k-event'), ' ', badge('● quotes, one row per speaker', 'k-quote')));
  if (!items.length) { root.append(note('Nothing dated to show.')); return; }
  const box = h('div', { class: 'chart-box' });
  root.append(box);
  // the view is drawn off-screen: size the chart from <main> (minus its padding and the box's)
  box.append(chart(items, Math.max(720, Math.min(1400, (document.getElementById('app')?.clientWidth ?? 1000) - 70))));
  // the same items as a list by day, for reading and for screen readers
  const days = [...new Set(items.map((i) => i.ms))].sort((a, b) => a - b);
  root.append(h('div', { class: 'by-day' }, days.map((d) => h('section', null, h('h3', null, day(new Date(d).toISOString().slice(0, 10))),
    h('ul', null, items.filter((i) => i.ms === d).map((i) => h('li', { class: `k-${i.kind}` }, h('a', { href: route('article', i.article) }, i.title))))))));
}
