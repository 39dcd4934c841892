#!/usr/bin/env node
// `node scripts/agreement.mjs GOLD_DIR SECOND_DIR [--verbose|--json]`: how far a second, independent annotation
// (SECOND_DIR/NAME.json for each GOLD_DIR/NAME.gold.json) agrees with the gold, scored by the shared scorer as if
// it were the extractor's output. It gives the ceiling a relation F1 bar should be read against.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [goldDir, secondDir, ...pass] = process.argv.slice(2);
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');
if (!goldDir || !secondDir) {
  console.error('usage: node scripts/agreement.mjs GOLD_DIR SECOND_DIR [--verbose|--json]');
  process.exit(2);
}
if (!existsSync(scorer)) {
  console.error(`error: the shared scorer is not at ${scorer}`);
  process.exit(2);
}
// The scorer runs a command per text; this one prints the second annotation of that text, each entity with its
// first type (an extractor gives one type; a gold file lists those it accepts).
const show = `const a = JSON.parse(require('fs').readFileSync(require('path').join(${JSON.stringify(resolve(secondDir))}, require('path').basename(process.argv[1], '.txt') + '.json'), 'utf8'));`
  + ` for (const e of a.entities) e.type = [].concat(e.type)[0]; process.stdout.write(JSON.stringify(a))`;
const cmd = `"${process.execPath}" -e "${show.replace(/"/g, '\\"')}" {file}`;
const r = spawnSync(process.execPath, [scorer, '--gold', resolve(goldDir), '--cmd', cmd, ...pass], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 2);
