// The Doc: the cleaned body text plus stand-off layers. A Doc never changes; adding a layer makes a new Doc.
import type { Entity, Event, Flag, Quantity, Quote, Removed, Span, Timex } from './types.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** A token: a span of the body with its coarse kind. Elisions (l', qu') are their own word tokens. */
export interface Token extends Span {
  kind: TokenKind;
}

/** The body's language as decided by the language stage. */
export interface LangLayer {
  /** ISO 639-1 code, or 'und' when unsure. */
  code: string;
  /** 0 … 1: how sure the detector was (1 when the caller's hint was used). */
  confidence: number;
  /** True when the code came from a caller's hint rather than detection. */
  hinted: boolean;
}

/** Every layer a stage may assign, by name. */
export interface Layers {
  lang: LangLayer;
  paragraphs: Span[];
  sentences: Span[];
  tokens: Token[];
  entities: Entity[];
  quotes: Quote[];
  timexes: Timex[];
  events: Event[];
  quantities: Quantity[];
  quality: { score: number; flags: Flag[] };
}

export type LayerName = keyof Layers;

/** Immutable text + layers. `with` returns a new Doc; nothing edits one in place. */
export class Doc {
  readonly text: string;
  /** What cleaning took out of the raw input, and why (not indexed by body offsets). */
  readonly removed: readonly Removed[];
  /** Flags found before the body existed (invalid UTF-8, removed spam), pointing into the body. */
  readonly preFlags: readonly Flag[];
  private readonly layers: Readonly<Partial<Layers>>;

  constructor(text: string, removed: readonly Removed[] = [], preFlags: readonly Flag[] = [], layers: Partial<Layers> = {}) {
    this.text = text;
    this.removed = Object.freeze([...removed]);
    this.preFlags = Object.freeze([...preFlags]);
    this.layers = Object.freeze({ ...layers });
  }

  /** True when the layer has been assigned. */
  has(name: LayerName): boolean {
    return this.layers[name] !== undefined;
  }

  /** The layer's value; throws when a stage asks for a layer nothing assigned (a pipeline bug). */
  get<K extends LayerName>(name: K): Layers[K] {
    const v = this.layers[name];
    if (v === undefined) throw new Error(`layer "${name}" was read before any stage assigned it`);
    return v as Layers[K];
  }

  /** A new Doc with one more layer. */
  with<K extends LayerName>(name: K, value: Layers[K]): Doc {
    return new Doc(this.text, this.removed, this.preFlags, { ...this.layers, [name]: value });
  }

  /** The surface text of a span. */
  slice(s: Span): string {
    return this.text.slice(s.start, s.end);
  }
}
