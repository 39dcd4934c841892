// Messages between the pool and its extraction workers.
import type { Extraction, SourceDocument } from '../types';

export interface WorkerRequest {
  seq: number;
  doc: SourceDocument;
}

export type WorkerReply =
  | { ready: true }
  | { seq: number; extraction: Extraction }
  | { seq: number; error: string };
