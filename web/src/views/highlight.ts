// The article body with its annotations, displaCy-style: the text is cut at every span boundary into runs,
// each run a <span> whose classes say which entity, quote, time expression or flag covers it. One sweep over
// sorted boundaries: linear in the text plus the annotations (times the few spans open at once).
import type { Analysis } from '../api.js';
import { h, route, type Child } from '../dom.js';

/** One annotation of the body. */
interface Mark {
  start: number;
  end: number;
  kind: 'ent' | 'quote' | 'timex' | 'flag';
  /** CSS classes of the run. */
  cls: string;
  /** Tooltip text. */
  title: string;
  /** A small label written after the span's last run (entity type, resolved date). */
  label?: string;
  /** Where the entity run links to. */
  href?: string;
}

/** Every annotation of an analysis, in one list. */
export function marks(a: Analysis): Mark[] {
  const out: Mark[] = [];
  for (const e of a.entities) {
    for (const m of e.mentions) {
      out.push({ start: m.start, end: m.end, kind: 'ent', cls: `ent ent-${e.type}`, title: `${e.type}: ${e.name}${e.kb ? ` (${e.kb})` : ''}`, label: e.type, href: route('entity', e.name) });
    }
  }
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  for (const q of a.quotes) {
    const who = q.speaker ? (q.speaker.entity && names.get(q.speaker.entity)) || q.speaker.text : 'unknown speaker';
    out.push({ start: q.start, end: q.end, kind: 'quote', cls: `quote quote-${q.kind}`, title: `${q.kind} quote — ${who}${q.cue ? ` (${q.cue})` : ''}` });
  }
  for (const t of a.timexes) {
    out.push({ start: t.start, end: t.end, kind: 'timex', cls: 'timex', title: `${t.type} ${t.value}${t.stated ? ` (stated: ${t.stated.join(', ')})` : ''}`, label: t.value });
  }
  for (const f of a.quality.flags) {
    if (f.end > f.start) out.push({ start: f.start, end: f.end, kind: 'flag', cls: `qflag qflag-${f.kind}`, title: `quality: ${f.kind}${f.note ? ` — ${f.note}` : ''}` });
  }
  const n = a.text.length;
  return out.filter((m) => m.start >= 0 && m.end <= n && m.end > m.start);
}

/** The body as runs of text with their annotations, and zero-width flags as markers. */
export function highlighted(a: Analysis): Child[] {
  const ms = marks(a);
  const cuts = new Set<number>([0, a.text.length]);
  for (const m of ms) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const starts = new Map<number, Mark[]>();
  for (const m of ms) (starts.get(m.start) ?? starts.set(m.start, []).get(m.start)!).push(m);
  const pins = new Map<number, string[]>();
  for (const f of a.quality.flags) if (f.end === f.start) (pins.get(f.start) ?? pins.set(f.start, []).get(f.start)!).push(`${f.kind}${f.note ? ': ' + f.note : ''}${f.text ? ` — removed “${f.text.slice(0, 120)}”` : ''}`);
  let open: Mark[] = [];
  const out: Child[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const at = points[i]!, to = points[i + 1]!;
    open = open.filter((m) => m.end > at);
    open.push(...(starts.get(at) ?? []));
    const pin = pins.get(at);
    if (pin) out.push(h('span', { class: 'pin', title: `quality: ${pin.join('; ')}` }, '⚑'));
    const text = a.text.slice(at, to);
    if (!open.length) { out.push(text); continue; }
    const ent = open.find((m) => m.kind === 'ent');
    const run = h(ent ? 'a' : 'span', { class: open.map((m) => m.cls).join(' '), title: open.map((m) => m.title).join('\n'), ...(ent ? { href: ent.href } : {}) }, text);
    out.push(run);
    // labels after the last run of an entity or time expression ("Genève LOC", "mercredi 2025-03-12")
    for (const m of open) if (m.label && m.end === to) out.push(h('span', { class: `lbl lbl-${m.kind}${m.kind === 'ent' ? ' ' + m.cls.split(' ')[1] : ''}` }, m.label));
  }
  const endPin = pins.get(a.text.length);
  if (endPin) out.push(h('span', { class: 'pin', title: `quality: ${endPin.join('; ')}` }, '⚑'));
  return out;
}
