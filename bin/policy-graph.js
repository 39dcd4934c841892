#!/usr/bin/env node
// The CLI runs from the compiled output; `npm ci` builds it through the `prepare` script.
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('error: policy-graph is not built yet; run `npm run build` (npm ci does it for you)\n');
  process.exit(2);
}
require(entry).main(process.argv.slice(2));
