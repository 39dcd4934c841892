// Stops the Neo4j that globalSetup started, so that `npm test` leaves no process behind.
import fs from 'node:fs';
import { takeHandle } from './neo4jHandle';

export default async function globalTeardown(): Promise<void> {
  const h = takeHandle();
  if (!h) return;
  await h.neo.stop();
  if (h.setUri && process.env.NEO4J_URI === h.neo.uri) delete process.env.NEO4J_URI;
  if (h.scratchHome) fs.rmSync(h.scratchHome, { recursive: true, force: true });
}
