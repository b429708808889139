// Hand-built analyses for the store tests: articles written for this project, with the entities, quotes,
// events and dates the analysis stages would give, so the store is tested whatever the stages do today.
import { SCHEMA, type Analysis, type Entity, type EntityType, type Event, type Quote } from '../../src/types.js';

/** An entity of a fixture: local id, type, name, and optional KB id and aliases. */
export interface FxEntity { id: string; type: EntityType; name: string; kb?: string; aliases?: string[]; also?: string[] }

/** What a fixture article states. */
export interface Fx {
  id: string;
  lang: string;
  published: string | null;
  title: string;
  text: string;
  source?: string;
  entities?: FxEntity[];
  quotes?: { text: string; speaker: string | null; speakerText?: string; kind?: Quote['kind']; cue?: string }[];
  events?: { type: string; code?: string; trigger: string; actors?: string[]; targets?: string[]; place?: string; date?: string }[];
  dates?: [string, string][];
  numbers?: [string, number][];
  flags?: string[];
}

const spansOf = (text: string, s: string) => {
  const out = [];
  for (let i = text.indexOf(s); i >= 0 && s; i = text.indexOf(s, i + s.length)) out.push({ start: i, end: i + s.length, text: s });
  return out;
};

/** Builds a veille.analysis/1 object from a fixture, finding every offset in the text. */
export function analysis(f: Fx): Analysis {
  const t = f.text;
  const entities: Entity[] = (f.entities ?? []).map((e) => ({
    id: e.id, type: e.type, name: e.name, kb: e.kb ?? null, ...(e.aliases ? { aliases: e.aliases } : {}),
    mentions: [e.name, ...(e.also ?? [])].flatMap((n) => spansOf(t, n)).sort((a, b) => a.start - b.start),
  }));
  const quotes: Quote[] = (f.quotes ?? []).map((q) => {
    const at = t.indexOf(q.text);
    return {
      kind: q.kind ?? 'direct', text: q.text, start: at, end: at + q.text.length, cue: q.cue ?? null,
      speaker: q.speaker || q.speakerText ? { entity: q.speaker, text: q.speakerText ?? f.entities?.find((e) => e.id === q.speaker)?.name ?? '' } : null,
    };
  });
  const events: Event[] = (f.events ?? []).map((e) => ({
    type: e.type, code: e.code ?? null, trigger: spansOf(t, e.trigger)[0] ?? { start: 0, end: 0, text: e.trigger },
    actors: e.actors ?? [], targets: e.targets ?? [], place: e.place ?? null, date: e.date ?? null,
  }));
  return {
    schema: SCHEMA, id: f.id, lang: f.lang, published: f.published, title: f.title, source: f.source ?? null, text: t, removed: [],
    sentences: [{ start: 0, end: t.length }], entities, quotes,
    timexes: (f.dates ?? []).map(([s, value]) => ({ ...spansOf(t, s)[0]!, type: 'DATE', value })),
    events,
    quantities: (f.numbers ?? []).map(([s, value]) => ({ ...spansOf(t, s)[0]!, value, unit: null, comparator: '=' as const })),
    quality: { score: 0.9, flags: (f.flags ?? []).map((k) => ({ kind: k as never, text: '', start: 0, end: 0 })) },
  };
}
