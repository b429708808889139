// The message schema: one article a message, the TextInput as UTF-8 JSON, with its content id as the
// JetStream message id (Nats-Msg-Id) so the stream's duplicate window drops a re-sent article.
import { clean } from '../analyze/clean/index.js';
import { contentId } from '../analyze/index.js';
import { normalize } from '../analyze/normalize/index.js';
import type { TextInput } from '../types.js';
import { QueueError } from './errors.js';

/** Subject articles are published on, within a stream named `stream` (the stream captures `stream.>`). */
export function articleSubject(stream: string): string {
  return `${stream}.articles`;
}

/**
 * The id the stored analysis will have: the input's own id, else the content id of its cleaned body,
 * computed exactly as `analyzeText` does (test/queue/message.test.ts checks they agree).
 */
export function articleId(input: TextInput): string {
  return input.id ?? contentId(clean(normalize(input.text), input.title ?? null).text);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The message for an article: its id, and the input (id filled in) as JSON bytes. */
export function encodeArticle(input: TextInput): { id: string; data: Uint8Array } {
  const id = articleId(input);
  return { id, data: encoder.encode(JSON.stringify({ ...input, id })) };
}

const STRING_FIELDS = ['id', 'title', 'lang', 'published', 'source'] as const;

/** The article a message holds; a QueueError BAD_MESSAGE naming what is wrong otherwise (never retried). */
export function decodeArticle(data: Uint8Array): TextInput {
  let rec: unknown;
  try { rec = JSON.parse(decoder.decode(data)); } catch (e) {
    throw new QueueError('BAD_MESSAGE', e instanceof SyntaxError ? `not JSON (${e.message})` : 'not UTF-8 text');
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw new QueueError('BAD_MESSAGE', 'not a JSON object');
  const r = rec as Record<string, unknown>;
  if (typeof r.text !== 'string') throw new QueueError('BAD_MESSAGE', 'no "text" string');
  if (!r.text.trim()) throw new QueueError('BAD_MESSAGE', 'the "text" is empty');
  for (const k of STRING_FIELDS) {
    if (r[k] !== undefined && r[k] !== null && typeof r[k] !== 'string') throw new QueueError('BAD_MESSAGE', `"${k}" must be a string`);
  }
  if (typeof r.lang === 'string' && !/^[a-z]{2}$/i.test(r.lang)) throw new QueueError('BAD_MESSAGE', `"lang" must be a two-letter code, not "${r.lang.slice(0, 20)}"`);
  if (r.inputFlags !== undefined && !Array.isArray(r.inputFlags)) throw new QueueError('BAD_MESSAGE', '"inputFlags" must be a list');
  if (r.meta !== undefined && (typeof r.meta !== 'object' || r.meta === null || Array.isArray(r.meta))) throw new QueueError('BAD_MESSAGE', '"meta" must be an object');
  return r as unknown as TextInput;
}
