// Connecting to NATS and setting up the stream and the workers' durable pull consumer (idempotent: the
// first `enqueue` or `worker` to run creates them, later ones find them).
import { AckPolicy, connect, DeliverPolicy, RetentionPolicy, StorageType, type JetStreamManager, type NatsConnection } from 'nats';
import { natsError, QueueError } from './errors.js';
import { articleSubject } from './message.js';

/** NATS server used when neither --nats nor $VEILLE_NATS is given. */
export const DEFAULT_NATS = 'nats://127.0.0.1:4222';
/** Stream name used when --stream is not given. */
export const DEFAULT_STREAM = 'veille';
/** Durable consumer shared by every worker of a stream when --consumer is not given. */
export const DEFAULT_CONSUMER = 'workers';

const NS = 1_000_000;
/**
 * Re-sends of one article within this time are dropped by the server (same Nats-Msg-Id). Twenty minutes
 * covers re-running an interrupted `enqueue`; past it, workers still store the article once (store ids).
 */
export const DUPLICATE_WINDOW_MS = 20 * 60_000;
/** A message not acked within this time goes to another worker: far above one batch's analysis (~1 s). */
export const ACK_WAIT_MS = 60_000;
/** Deliveries of one message before the server stops offering it: bounded, never redelivered forever. */
export const MAX_DELIVER = 8;
/** How long to wait for the server before calling it unreachable. */
const CONNECT_TIMEOUT_MS = 3000;

const NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** Throws BAD_NAME unless `name` can name a stream or consumer. */
export function checkName(name: string): string {
  if (!NAME.test(name)) throw new QueueError('BAD_NAME', `"${name.slice(0, 80)}"`);
  return name;
}

/** Connects to the NATS server at `url` (nats://host:port); QUEUE_UNREACHABLE when it cannot. */
export async function connectQueue(url: string, name: string): Promise<NatsConnection> {
  try {
    return await connect({ servers: url, name, timeout: CONNECT_TIMEOUT_MS, maxReconnectAttempts: 30, reconnectTimeWait: 1000 });
  } catch (e) { throw natsError(e, url); }
}

/** Creates the stream (file storage, work-queue retention: an acked article leaves it) unless it exists. */
export async function ensureStream(jsm: JetStreamManager, stream: string): Promise<void> {
  try {
    await jsm.streams.info(stream);
    return;
  } catch (e) {
    if ((e as { code?: string }).code !== '404') throw e;
  }
  try {
    await jsm.streams.add({
      name: stream, subjects: [`${stream}.>`], storage: StorageType.File, retention: RetentionPolicy.Workqueue,
      duplicate_window: DUPLICATE_WINDOW_MS * NS,
    });
  } catch (e) {
    // another process created it between the look-up and the add
    if (!/already in use|already exists/i.test((e as Error).message)) throw e;
  }
}

/** Creates the workers' durable pull consumer on the stream's article subject unless it exists (an existing one keeps its settings). */
export async function ensureConsumer(jsm: JetStreamManager, stream: string, consumer: string, ackWaitMs = ACK_WAIT_MS): Promise<void> {
  try {
    await jsm.consumers.info(stream, consumer);
    return;
  } catch (e) {
    if ((e as { code?: string }).code !== '404') throw e;
  }
  await jsm.consumers.add(stream, {
    durable_name: consumer, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All,
    filter_subject: articleSubject(stream), ack_wait: ackWaitMs * NS, max_deliver: MAX_DELIVER, max_ack_pending: 1000,
  });
}

/** The JetStream manager of a connection, with a clear error when JetStream is off. */
export async function jetstreamManager(nc: NatsConnection, url: string): Promise<JetStreamManager> {
  try { return await nc.jetstreamManager(); } catch (e) { throw natsError(e, url); }
}
