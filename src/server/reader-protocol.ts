// Messages between the reader pool (readers.ts) and its threads (reader-worker.ts), and errors across the thread
// boundary: a structured clone drops an error's class, so its kind and code travel as fields and are rebuilt.
import { VeilleError, type ErrorCode } from '../errors.js';
import { StoreError, type StoreErrorCode } from '../store/errors.js';
import type { Store } from '../store/types.js';

/** Store methods the readers answer: every one that only reads. */
export const READ_METHODS = ['has', 'get', 'search', 'quotes', 'events', 'findEntities', 'entity', 'stories', 'stats'] as const;

/** A read method name. */
export type ReadMethod = (typeof READ_METHODS)[number] & keyof Store;

/** One call to a reader. */
export interface ReadCall { id: number; method: ReadMethod; args: unknown[] }

/** An error as it crosses threads. */
export interface WireError { kind: 'store' | 'veille' | 'other'; code?: string; message: string }

/** A reader's answer: id 0 with value "ready" once its store is open, id -1 when it could not open it. */
export type ReadReply = { id: number; value: unknown; error?: undefined } | { id: number; error: WireError; value?: undefined };

/** The fields of an error a reader sends back. */
export function serializeError(e: unknown): WireError {
  if (e instanceof StoreError) return { kind: 'store', code: e.code, message: e.message };
  if (e instanceof VeilleError) return { kind: 'veille', code: e.code, message: e.message };
  return { kind: 'other', message: e instanceof Error ? e.message : String(e) };
}

/** The error a reader sent, with its class and code again (so the API answers 400/503 as in-process). */
export function rebuildError(w: WireError): Error {
  let e: Error;
  if (w.kind === 'store') e = new StoreError(w.code as StoreErrorCode);
  else if (w.kind === 'veille') e = new VeilleError(w.code as ErrorCode);
  else e = new Error();
  e.message = w.message;
  return e;
}
