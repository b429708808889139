// JSON Schemas of veille.analysis/1 (src/types.ts) for the HTTP API and its OpenAPI document. The
// `Same<…>` checks at the end fail the type-check when these schemas and the core types drift apart.
import { Type, type Static, type TLiteral, type TSchema, type TUnion } from '@sinclair/typebox';
import type { Analysis } from '../../types.js';

/** `T` or null. */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** Compile-time equality of two types: `true` only when each is assignable to the other. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const Span = { start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }) };
const TextSpan = Type.Object({ ...Span, text: Type.String() });
/** A union of string literals, typed as precisely as the list. */
export const OneOf = <const T extends readonly string[]>(xs: T): TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }> =>
  Type.Union(xs.map((x) => Type.Literal(x))) as never;

const EntityType = OneOf(['PER', 'ORG', 'LOC', 'MISC']);
const QuoteKind = OneOf(['direct', 'indirect', 'mixed']);
const FlagKind = OneOf(['mt-artifact', 'unbalanced-quote', 'spam', 'boilerplate', 'author-bio', 'mixed-language', 'truncated',
  'duplicate', 'invalid-utf8', 'empty', 'binary']);

/** Entity type (PER, ORG, LOC, MISC). */
export const EntityTypeSchema = EntityType;
/** Quote kind (direct, indirect, mixed). */
export const QuoteKindSchema = QuoteKind;

/** veille.analysis/1, as SCHEMA.md states it. */
export const AnalysisSchema = Type.Object({
  schema: Type.Literal('veille.analysis/1'),
  id: Type.String(),
  lang: Type.String(),
  published: Nullable(Type.String()),
  title: Nullable(Type.String()),
  source: Nullable(Type.String()),
  text: Type.String(),
  removed: Type.Array(Type.Object({ text: Type.String(), reason: Type.String() })),
  sentences: Type.Array(Type.Object(Span)),
  entities: Type.Array(Type.Object({
    id: Type.String(), type: EntityType, name: Type.String(),
    aliases: Type.Optional(Type.Array(Type.String())), kb: Type.Optional(Nullable(Type.String())),
    mentions: Type.Array(TextSpan),
  })),
  quotes: Type.Array(Type.Object({
    ...Span, kind: QuoteKind, text: Type.String(), cue: Nullable(Type.String()),
    speaker: Nullable(Type.Object({
      entity: Nullable(Type.String()), text: Type.String(),
      via: Type.Optional(OneOf(['named', 'pronoun', 'role', 'carried', 'description'])),
    })),
  })),
  timexes: Type.Array(Type.Object({
    ...Span, text: Type.String(),
    type: OneOf(['DATE', 'TIME', 'DURATION', 'SET']),
    value: Type.String(), stated: Type.Optional(Type.Array(Type.String())),
  })),
  events: Type.Array(Type.Object({
    type: Type.String(), code: Nullable(Type.String()), trigger: TextSpan,
    actors: Type.Array(Type.String()), targets: Type.Array(Type.String()), place: Nullable(Type.String()), date: Nullable(Type.String()),
  })),
  quantities: Type.Array(Type.Object({
    ...Span, text: Type.String(), value: Type.Number(), unit: Nullable(Type.String()),
    comparator: OneOf(['=', '>', '<', '~']),
  })),
  quality: Type.Object({
    score: Type.Number({ minimum: 0, maximum: 1 }),
    flags: Type.Array(Type.Object({ ...Span, text: Type.String(), kind: FlagKind, note: Type.Optional(Type.String()) })),
  }),
  meta: Type.Optional(Type.Object({
    authors: Type.Optional(Type.Array(Type.String())), siteName: Type.Optional(Type.String()),
    canonicalUrl: Type.Optional(Type.String()), description: Type.Optional(Type.String()), image: Type.Optional(Type.String()),
    declaredLang: Type.Optional(Type.String()), captured: Type.Optional(Type.String()), itemId: Type.Optional(Type.String()),
  })),
});

/** Fails to compile when AnalysisSchema and the Analysis type differ. */
export const ANALYSIS_SCHEMA_MATCHES: Same<Static<typeof AnalysisSchema>, Analysis> = true;
