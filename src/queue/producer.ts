// The producer: publishes articles to the stream, several acknowledgements awaited at once (one round trip
// per article would cap a loopback enqueue at a few thousand a second; a window keeps the pipe full).
import type { JetStreamClient } from 'nats';
import type { TextInput } from '../types.js';
import { describeError } from '../errors.js';
import { natsError } from './errors.js';
import { articleSubject, encodeArticle } from './message.js';

/** Publishes awaited at once; bounded so memory stays flat on a large input. */
const WINDOW = 256;

/** What happened to one article: queued now, already queued (same id within the duplicate window), or failed. */
export type Published = { id: string; status: 'queued' | 'duplicate' } | { id: string; status: 'failed'; error: string };

/** A publisher over one stream: `publish` waits only when the window is full; `flush` waits for the rest. */
export class Publisher {
  private readonly pending = new Set<Promise<void>>();
  /** The error that ends the run (the server went away), kept so no promise rejects unobserved. */
  private fatal: unknown = null;
  constructor(private readonly js: JetStreamClient, private readonly stream: string, private readonly url: string,
    private readonly onResult: (r: Published, source: string) => void) {}

  /** Queues one article (its content id as message id), reporting through `onResult`. */
  async publish(input: TextInput, source: string): Promise<void> {
    while (this.pending.size >= WINDOW) await Promise.race(this.pending);
    if (this.fatal) throw this.fatal;
    let msg: { id: string; data: Uint8Array };
    try { msg = encodeArticle(input); } catch (e) { this.onResult({ id: input.id ?? '', status: 'failed', error: describeError(e) }, source); return; }
    const p = this.js.publish(articleSubject(this.stream), msg.data, { msgID: msg.id }).then(
      (ack) => this.onResult({ id: msg.id, status: ack.duplicate ? 'duplicate' : 'queued' }, source),
      (e: unknown) => {
        const err = natsError(e, this.url);
        // the server being gone ends the run; one article refused (too large) is reported and skipped
        const code = (err as { code?: string }).code;
        if (code === 'QUEUE_UNREACHABLE' || code === 'QUEUE_NO_JETSTREAM') { this.fatal ??= err; return; }
        this.onResult({ id: msg.id, status: 'failed', error: describeError(err) }, source);
      },
    ).finally(() => { this.pending.delete(p); });
    this.pending.add(p);
  }

  /** Waits for every acknowledgement still awaited; throws when the server became unreachable. */
  async flush(): Promise<void> {
    await Promise.all(this.pending);
    if (this.fatal) throw this.fatal;
  }
}
