// A worker thread that runs `extract` on the documents it is sent. It loads the lexicon
// once, when it starts. Runs only as compiled JavaScript (see pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../extract';
import { loadLexicon } from '../lexicon';
import type { SourceDocument } from '../types';
import type { WorkerReply, WorkerRequest } from './protocol';

const port = parentPort;
if (!port) throw new Error('extract-worker.js runs as a worker thread only');

const { lexiconDir } = (workerData ?? {}) as { lexiconDir?: string };
const lexicon = lexiconDir ? loadLexicon(lexiconDir) : loadLexicon();
port.postMessage({ ready: true } satisfies WorkerReply);

port.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { seq: req.seq, extraction: extract(req.doc as SourceDocument, lexicon) };
  } catch (err) {
    reply = { seq: req.seq, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
