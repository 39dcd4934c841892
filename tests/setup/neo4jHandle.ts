// Shared between globalSetup and globalTeardown, which Jest runs in the same process.
import type { LocalNeo4j } from '../../neo4j/local';

const KEY = '__policyGraphTestNeo4j';

export interface TestNeo4jHandle {
  neo: LocalNeo4j;
  /** globalSetup set NEO4J_URI itself. */
  setUri: boolean;
  /** A private store to delete after stopping (another run held the shared one). */
  scratchHome?: string;
}

type Holder = { [KEY]?: TestNeo4jHandle };

export function keepHandle(neo: LocalNeo4j, setUri: boolean, scratchHome?: string): void {
  (globalThis as Holder)[KEY] = { neo, setUri, scratchHome };
}

export function takeHandle(): TestNeo4jHandle | undefined {
  const h = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  return h;
}
