// Queue errors: each says what is wrong with the NATS server or a message and what to do; never a client stack trace.
import { CodedError } from '../errors.js';

/** Codes of queue errors. */
export const QUEUE_ERRORS = {
  QUEUE_UNREACHABLE: 'the NATS server could not be reached (is it running, with JetStream on: nats-server -js?)',
  QUEUE_NO_JETSTREAM: 'the NATS server does not have JetStream enabled (start it with -js)',
  QUEUE_FAILED: 'the NATS server refused the operation',
  BAD_NAME: 'stream and consumer names are letters, digits, "-" and "_" (at most 64)',
  BAD_MESSAGE: 'the message is not a veille article',
  TOO_LARGE: 'the article is larger than the NATS server accepts in one message (its max_payload)',
} as const;

/** A queue error code. */
export type QueueErrorCode = keyof typeof QUEUE_ERRORS;

/** An error about the queue or a message, with a code and the detail a user needs. */
export class QueueError extends CodedError<QueueErrorCode> {
  constructor(code: QueueErrorCode, detail?: string) {
    super(QUEUE_ERRORS, code, detail);
  }
}

/** The URL without its password, for messages. */
export function safeNatsUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Turns a nats.js error (its `code` is a string like "CONNECTION_REFUSED" or "503") into a queue error. */
export function natsError(e: unknown, url: string): unknown {
  if (e instanceof QueueError) return e;
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  if (['CONNECTION_REFUSED', 'CONNECTION_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_DRAINING', 'DISCONNECT', 'TIMEOUT'].includes(code)
    || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT/.test(err.message ?? '')) {
    return new QueueError('QUEUE_UNREACHABLE', `${safeNatsUrl(url)}: ${err.message ?? code}`);
  }
  // "503" on a JetStream request: no responders, JetStream is off
  if (code === '503' || /jetstream not enabled|no responders/i.test(err.message ?? '')) return new QueueError('QUEUE_NO_JETSTREAM', safeNatsUrl(url));
  if (code === 'MAX_PAYLOAD_EXCEEDED') return new QueueError('TOO_LARGE', err.message);
  if (e instanceof Error) return new QueueError('QUEUE_FAILED', e.message);
  return e;
}
