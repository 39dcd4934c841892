// `policy-graph ingest INPUT...`: files, folders, globs, `-` and URLs into the graph.
// Exit codes: 0 everything readable landed; 1 some inputs were rejected (the rest landed);
// 2 the run itself failed (bad usage, Neo4j lost, interrupted) — with a summary of what
// committed, so that running it again resumes.
import fs from 'node:fs/promises';
import { loadConfig } from '../../core/config';
import { badInput } from '../../core/errors';
import { inputItems, resolveInputs } from '../../ingest/inputs';
import { loadLexicon } from '../../ingest/lexicon';
import { DEFAULT_MAX_BYTES, type Format } from '../../ingest/read';
import { DEFAULT_MAX_TEXT_CHARS, ingestItems, type IngestReport } from '../../ingest/run';
import { defaultConcurrency } from '../../ingest/workers';
import { intFlag, parseArgs } from '../args';
import { openDatabase } from '../database';
import { progressPrinter, summaryText } from '../progress';

export const INGEST_USAGE = `usage: policy-graph ingest [options] INPUT...

INPUT is a file, a folder (read recursively), a glob pattern ("news/**/*.html"), an
http(s) URL, or - for standard input. Formats: .txt .md, .html .htm, .json (one record
or an array), .ndjson .jsonl (one record a line), RSS and Atom feeds (.xml .rss .atom).
A record has "text" or "html", and may have "title", "url", "source", "publishedAt",
"language".

options:
  --concurrency N    extraction worker threads (default: one per core; 0 = main thread)
  --batch-size N     documents per write transaction (default 200)
  --writers N        write transactions in flight at once (default 1; see ingest/workers/README.md)
  --max-bytes N      the largest file, NDJSON line or download read (default 52428800)
  --max-text N       the longest text, in characters, sent to extraction (default 2000000;
                     extraction takes about 20 s a million characters on one core)
  --timeout MS       for each URL (default 30000)
  --format F         the format of standard input: text, html, json, ndjson or feed
  --report FILE      write the summary as JSON
  --quiet            no progress and no summary
`;

const FORMATS: Format[] = ['text', 'html', 'json', 'ndjson', 'feed'];

export function exitCode(report: IngestReport): number {
  if (report.failed) return 2;
  return report.rejected.length > 0 ? 1 : 0;
}

export async function runIngest(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['report', 'max-bytes', 'max-text', 'concurrency', 'batch-size', 'writers', 'timeout', 'format'], ['verbose', 'quiet', 'help']);
  if (args.flags.has('help')) {
    process.stdout.write(INGEST_USAGE);
    return 0;
  }
  if (args.positionals.length === 0) throw badInput(`ingest needs at least one input\n\n${INGEST_USAGE}`);
  const maxBytes = intFlag(args, 'max-bytes', DEFAULT_MAX_BYTES, 1, 2 ** 31 - 1);
  const concurrency = intFlag(args, 'concurrency', defaultConcurrency(), 0, 256);
  const batchSize = intFlag(args, 'batch-size', 200, 1, 10_000);
  const writers = intFlag(args, 'writers', 1, 1, 16);
  const maxTextChars = intFlag(args, 'max-text', DEFAULT_MAX_TEXT_CHARS, 1, 2 ** 31 - 1);
  const timeoutMs = intFlag(args, 'timeout', 30_000, 1, 3_600_000);
  const format = args.flags.get('format');
  if (format !== undefined && !FORMATS.includes(format as Format)) throw badInput(`--format must be one of ${FORMATS.join(', ')}`);
  const quiet = args.flags.has('quiet');
  const log = (m: string) => quiet || process.stderr.write(`${m}\n`);

  const config = loadConfig();
  const { sources, problems, totalBytes } = await resolveInputs(args.positionals);
  const db = await openDatabase(config, log);
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(2);
    log('\nstopping: writing what was read, then exiting (Ctrl-C again to quit at once)');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const progress = progressPrinter(totalBytes);
    const report = await ingestItems(
      db.driver,
      loadLexicon(),
      inputItems(sources, { maxBytes, fetch: { timeoutMs }, stdinFormat: format as Format | undefined }),
      {
        concurrency,
        batchSize,
        writers,
        maxTextChars,
        signal: controller.signal,
        onDocument: (_label, _outcome, r) => quiet || progress.update(r),
      },
    );
    if (!quiet) {
      progress.update(report, true);
      progress.end();
    }
    report.rejected.unshift(...problems);
    if (!quiet) process.stderr.write(summaryText(report));
    const code = exitCode(report);
    const reportFile = args.flags.get('report');
    if (typeof reportFile === 'string') await fs.writeFile(reportFile, JSON.stringify({ ...report, exitCode: code }, null, 2) + '\n');
    return code;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await db.close();
  }
}
