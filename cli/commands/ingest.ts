import fs from 'node:fs/promises';
import { loadConfig } from '../../core/config';
import { badInput } from '../../core/errors';
import { expandInputs } from '../../ingest/inputs';
import { loadLexicon } from '../../ingest/lexicon';
import { readDocumentFile } from '../../ingest/read';
import { ingestItems } from '../../ingest/run';
import { intFlag, parseArgs } from '../args';
import { openDatabase } from '../database';
import { progressPrinter, summaryText } from '../progress';

const MB = 1024 * 1024;

export async function runIngest(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['report', 'max-bytes'], ['verbose', 'quiet']);
  if (args.positionals.length === 0) throw badInput('ingest needs at least one file or folder: policy-graph ingest FILE...');
  const maxBytes = intFlag(args, 'max-bytes', 50 * MB, 1, 2 ** 31 - 1);
  const quiet = args.flags.has('quiet');
  const log = (m: string) => quiet || process.stderr.write(`${m}\n`);

  const config = loadConfig();
  const { files, problems } = await expandInputs(args.positionals);
  const db = await openDatabase(config, log);
  try {
    const lexicon = loadLexicon();
    const progress = progressPrinter(files.length);
    const report = await ingestItems(
      db.driver,
      lexicon,
      files.map((f) => ({ label: f, load: () => readDocumentFile(f, maxBytes) })),
      { onDocument: (_label, _outcome, r) => quiet || progress.update(r) },
    );
    if (!quiet) {
      progress.update(report, true);
      progress.end();
    }
    report.rejected.unshift(...problems);
    process.stderr.write(summaryText(report));
    const reportFile = args.flags.get('report');
    if (typeof reportFile === 'string') await fs.writeFile(reportFile, JSON.stringify(report, null, 2) + '\n');
    return report.rejected.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}
