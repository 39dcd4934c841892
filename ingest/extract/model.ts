// Working types passed between the numbered stages (internal; the public contract is
// ../types.ts). Everything is plain data so each stage can be tested on its own.
import type { EntityType, RelationshipType } from '../../core/ontology';
import type { Token } from './tokens';

export interface Paragraph {
  start: number;
  end: number;
  language: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  language: string;
  /** Index of the line/paragraph the sentence is in (for headed paragraphs). */
  paragraph: number;
  /** First sentence of its paragraph. */
  paragraphStart: boolean;
  tokens: Token[];
}

export type MentionKind = 'name' | 'alias' | 'adjective' | 'new';

export interface RawMention {
  sentence: number;
  /** Token range in the sentence, end exclusive. */
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  surface: string;
  kind: MentionKind;
  /** Gazetteer id when the lexicon knows it. */
  lexId?: string;
  /** The form that names it (genitive and compound parts cut). */
  key: string;
  type: EntityType;
  /** How sure the type is: cue (context, head word), shape (default), lexicon. */
  typeBy: 'lexicon' | 'cue' | 'nlp' | 'default';
  /** Written with a genitive ending (USA's, Kinas). */
  genitive: boolean;
  /** A synthesised entity (embassy) carries its own facts. */
  partOf?: string;
  canonical?: string;
}

export interface ResolvedMention extends RawMention {
  entityId: string;
}

export interface WorkEntity {
  id: string;
  name: string;
  type: EntityType;
  lexId?: string;
  wikidataId?: string;
  surfaces: Set<string>;
  mentions: ResolvedMention[];
  partOf?: string;
  basedIn?: string;
  ownedBy?: string;
}

export interface WorkRelation {
  subject: string;
  predicate: RelationshipType;
  object: string;
  action?: string;
  role?: string;
  status?: string;
  /** The rule family that produced it; confidence is looked up by it. */
  rule: string;
  sentence: number;
}
