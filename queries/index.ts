// What queries/ offers the rest of the project.
export { type Driver, createDriver, ping, read, readTransaction, toAppError, write, writeTransaction } from './db';
export { applySchema } from './schema';
export { documentId, evidenceId, nameKey, relationshipId } from './keys';
export { countDocuments, documentsByIds } from './documents';
export { entitiesByIds, entityByName } from './entities';
export { evidenceByRelationshipIds } from './evidence';
export { relationshipPages } from './relationships';
export { escapeLucene, searchEntities, searchQuery } from './search';
