// The fixed lists of ../shared/ontology.md. Labels and relationship types in Cypher
// come only from here, so a value from outside is checked against these before use.

export const ENTITY_TYPES = [
  'Person', 'Company', 'Government', 'Agency', 'Organization', 'Policy', 'Product', 'Location',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATIONSHIP_TYPES = [
  'ANNOUNCED', 'PART_OF', 'TARGETS', 'HOLDS_ROLE', 'ACQUIRES', 'OWNS', 'BASED_IN', 'SUPPLIES', 'SUPPORTS', 'OPPOSES',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const TARGET_ACTIONS = [
  'ban', 'block', 'revoke_license', 'restrict_access', 'remove_app', 'prevent_preinstall', 'exclude', 'sanction', 'investigate',
] as const;
export type TargetAction = (typeof TARGET_ACTIONS)[number];

export const ACQUISITION_STATUSES = ['talks', 'agreed', 'completed'] as const;
export type AcquisitionStatus = (typeof ACQUISITION_STATUSES)[number];

export const SUPPORT_ACTIONS = ['join', 'endorse'] as const;
export type SupportAction = (typeof SUPPORT_ACTIONS)[number];

const ACTORS: readonly EntityType[] = ['Person', 'Company', 'Government', 'Agency', 'Organization'];

/** Which entity types each relationship may join: [allowed sources, allowed targets]. */
export const RELATIONSHIP_SIGNATURES: Record<RelationshipType, [readonly EntityType[], readonly EntityType[]]> = {
  ANNOUNCED: [['Person', 'Government', 'Agency'], ['Policy']],
  PART_OF: [['Policy', 'Agency'], ['Policy', 'Government']],
  TARGETS: [['Policy', 'Government', 'Agency'], ['Company', 'Product', 'Organization', 'Government', 'Agency']],
  HOLDS_ROLE: [['Person'], ['Government', 'Agency', 'Company', 'Organization']],
  ACQUIRES: [['Company'], ['Company', 'Product']],
  OWNS: [['Company', 'Government'], ['Company', 'Product']],
  BASED_IN: [['Company', 'Organization', 'Product'], ['Government', 'Location']],
  SUPPLIES: [['Company'], ['Company', 'Government', 'Agency']],
  SUPPORTS: [ACTORS, ['Policy', 'Government', 'Company']],
  OPPOSES: [ACTORS, ['Policy', 'Government', 'Agency', 'Company']],
};

/** PART_OF is Policy→Policy or Agency→Government, not any mix of the two. */
export function isValidRelationship(type: RelationshipType, from: EntityType, to: EntityType): boolean {
  if (type === 'PART_OF') return (from === 'Policy' && to === 'Policy') || (from === 'Agency' && to === 'Government');
  const [sources, targets] = RELATIONSHIP_SIGNATURES[type];
  return sources.includes(from) && targets.includes(to);
}

export const isEntityType = (v: unknown): v is EntityType => (ENTITY_TYPES as readonly unknown[]).includes(v);
export const isRelationshipType = (v: unknown): v is RelationshipType =>
  (RELATIONSHIP_TYPES as readonly unknown[]).includes(v);
