// Extraction off the main thread: a pool of worker threads, one per core by default, each
// loading the lexicon once. Workers run compiled JavaScript only: from dist/ (or beside this
// file when it is itself compiled). Under ts-jest, where there is no compiled worker,
// `createExtractor` falls back to extracting in the calling thread.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ROOT } from '../../core/config';
import { AppError, unavailable } from '../../core/errors';
import { extract } from '../extract';
import type { Lexicon } from '../lexicon';
import type { Extraction, SourceDocument } from '../types';
import type { WorkerReply, WorkerRequest } from './protocol';

export interface Extractor {
  extract(doc: SourceDocument): Promise<Extraction>;
  /** Worker threads in use; 0 when extraction runs in the calling thread. */
  readonly threads: number;
  close(): Promise<void>;
}

/** The compiled worker script, or undefined when there is none to run. */
export function workerScript(): string | undefined {
  const candidates = [
    ...(__filename.endsWith('.js') ? [path.join(__dirname, 'extract-worker.js')] : []),
    path.join(ROOT, 'dist', 'ingest', 'workers', 'extract-worker.js'),
  ];
  return candidates.find((c) => fs.existsSync(c));
}

export const defaultConcurrency = (): number => Math.max(1, os.availableParallelism?.() ?? os.cpus().length);

/** Extraction in the calling thread; it yields to the event loop between documents. */
export function inThreadExtractor(lexicon: Lexicon): Extractor {
  return {
    threads: 0,
    extract: (doc) =>
      new Promise((resolve, reject) =>
        setImmediate(() => {
          try {
            resolve(extract(doc, lexicon));
          } catch (err) {
            reject(err);
          }
        }),
      ),
    close: async () => {},
  };
}

interface Task {
  seq: number;
  doc: SourceDocument;
  resolve(x: Extraction): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  busy: Map<number, Task>;
  ready: boolean;
}

/** A pool of `size` workers, each given up to two documents at a time so that none waits idle. */
export function workerExtractor(size: number, script: string, options: { lexiconDir?: string } = {}): Extractor {
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let seq = 0;
  let closed = false;
  let broken: AppError | undefined;
  const PER_WORKER = 2;

  const dispatch = () => {
    for (const slot of slots) {
      while (slot.busy.size < PER_WORKER && queue.length > 0) {
        const task = queue.shift()!;
        slot.busy.set(task.seq, task);
        slot.worker.postMessage({ seq: task.seq, doc: task.doc } satisfies WorkerRequest);
      }
    }
  };

  const spawn = (): Slot => {
    const worker = new Worker(script, { workerData: { lexiconDir: options.lexiconDir } });
    const slot: Slot = { worker, busy: new Map(), ready: false };
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const task = slot.busy.get(reply.seq);
      if (!task) return;
      slot.busy.delete(reply.seq);
      if ('error' in reply) task.reject(new Error(`extraction failed: ${reply.error}`));
      else task.resolve(reply.extraction);
      dispatch();
    });
    // A worker that dies (out of memory on a huge document, a crash) fails the documents it
    // held, and is replaced; the others go on.
    const lost = (reason: string) => {
      const i = slots.indexOf(slot);
      if (i < 0) return;
      slots.splice(i, 1);
      // A worker that cannot even start (a broken build, a bad lexicon) would fail again:
      // the run stops instead of rejecting every document.
      if (!slot.ready && !closed) broken = unavailable(`extraction workers could not start: ${reason}`);
      for (const task of slot.busy.values()) task.reject(broken ?? new Error(`extraction worker stopped: ${reason}`));
      slot.busy.clear();
      if (broken) {
        for (const task of queue.splice(0)) task.reject(broken);
        return;
      }
      if (!closed) {
        slots.push(spawn());
        dispatch();
      }
    };
    worker.on('error', (err) => lost(err.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return slot;
  };

  // Started on the first document, so that a run that only skips (a re-run) pays nothing.
  let started = false;
  return {
    threads: size,
    extract: (doc) =>
      new Promise<Extraction>((resolve, reject) => {
        if (broken) return reject(broken);
        if (closed) return reject(new Error('the extraction pool is closed'));
        if (!started) {
          started = true;
          for (let i = 0; i < size; i++) slots.push(spawn());
        }
        queue.push({ seq: seq++, doc, resolve, reject });
        dispatch();
      }),
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('the extraction pool is closed'));
      const workers = slots.splice(0).map((s) => s.worker);
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Workers when `concurrency` > 0 and a compiled worker script exists; otherwise extraction
 * in the calling thread (`concurrency` 0, or under ts-jest without a build).
 */
export function createExtractor(lexicon: Lexicon, concurrency = defaultConcurrency()): Extractor {
  const script = concurrency > 0 ? workerScript() : undefined;
  return script ? workerExtractor(concurrency, script) : inThreadExtractor(lexicon);
}
