// The SDL lives in schema/schema.graphql (read from the project root, so the compiled
// server finds it too).
import fs from 'node:fs';
import path from 'node:path';

export const loadTypeDefs = (root: string): string => fs.readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8');
