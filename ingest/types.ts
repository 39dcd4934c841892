// The contract between the extraction stages and everything downstream (the writer,
// the `extract` command, the evaluation). Stages are pure: no driver, files or clock.
import type { EntityType, RelationshipType } from '../core/ontology';

/** A document as read, before extraction. `text` is what every offset points into. */
export interface SourceDocument {
  text: string;
  title?: string;
  url?: string;
  source?: string;
  /** ISO date (YYYY-MM-DD) or date-time, when known. */
  publishedAt?: string;
  /** A language the caller asserts; otherwise it is detected. */
  language?: string;
}

/** A character span of the document text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  surface: string;
}

export interface ExtractedEntity {
  /** Stable across documents: the gazetteer id, or a slug of type and canonical name. */
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form seen in this document other than the name, plus the gazetteer's. */
  aliases: string[];
  wikidataId?: string;
  mentions: Mention[];
}

export interface Evidence extends Span {
  sentence: string;
}

export interface ExtractedRelation {
  /** Entity ids (ExtractedEntity.id). */
  subject: string;
  predicate: RelationshipType;
  object: string;
  action?: string;
  role?: string;
  status?: string;
  confidence: number;
  evidence: Evidence;
}

export interface Extraction {
  /** ISO 639-1 code; 'und' when nothing could be told. */
  language: string;
  /** 'full' for languages with rules (en, da); 'gazetteer' for the others. */
  coverage: 'full' | 'gazetteer';
  /** The part of the text taken as the article body (site chrome cut away). */
  body: Span;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}
