// Progress for long work: a bar rewritten in place on a terminal, one JSON line per
// second otherwise (logs and CI read that). The bar's fraction and ETA come from bytes,
// which are known up front for files even when the number of documents is not (an
// NDJSON file, a feed); without a total (stdin, URLs) it shows counts and rates only.
import type { IngestReport } from '../ingest/run';

export interface ProgressPrinter {
  update(report: IngestReport, force?: boolean): void;
  end(): void;
}

const mb = (bytes: number) => bytes / 1048576;

export function progressPrinter(totalBytes?: number, stream: NodeJS.WriteStream = process.stderr): ProgressPrinter {
  const tty = Boolean(stream.isTTY);
  let last = 0;
  let drawn = false;
  return {
    update(report, force = false) {
      const now = Date.now();
      if (!force && now - last < (tty ? 200 : 1000)) return;
      last = now;
      const done = report.ingested + report.unchanged + report.rejected.length;
      const fraction = totalBytes ? Math.min(1, report.bytes / totalBytes) : undefined;
      const bytesPerSec = report.elapsedMs > 0 ? report.bytes / (report.elapsedMs / 1000) : 0;
      const eta = totalBytes && bytesPerSec > 0 ? Math.max(0, Math.round((totalBytes - report.bytes) / bytesPerSec)) : undefined;
      if (tty) {
        const width = 24;
        const filled = Math.round((fraction ?? 0) * width);
        const bar = fraction === undefined ? '' : `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  `;
        stream.write(
          `\r${bar}${done} docs  ${report.docsPerSec.toFixed(1)} docs/s  ${report.mbPerSec.toFixed(2)} MB/s` +
            `${eta === undefined ? '' : `  ETA ${eta}s`}  rejected ${report.rejected.length}\x1b[K`,
        );
        drawn = true;
      } else {
        const line = {
          progress: {
            done,
            ingested: report.ingested,
            unchanged: report.unchanged,
            replaced: report.replaced,
            rejected: report.rejected.length,
            mb: +mb(report.bytes).toFixed(2),
            totalMb: totalBytes === undefined ? null : +mb(totalBytes).toFixed(2),
            docsPerSec: +report.docsPerSec.toFixed(2),
            etaSeconds: eta ?? null,
          },
        };
        stream.write(`${JSON.stringify(line)}\n`);
      }
    },
    end() {
      if (tty && drawn) stream.write('\n');
    },
  };
}

export function summaryText(r: IngestReport): string {
  const lines = [
    `read ${r.read} documents (${mb(r.bytes).toFixed(1)} MB): ingested ${r.ingested}, skipped as unchanged ${r.unchanged}, rejected ${r.rejected.length}` +
      (r.replaced ? ` (${r.replaced} of the ingested replaced an older version of the same URL)` : ''),
    `added ${r.entities} entities, ${r.relationships} relationships and ${r.evidence} pieces of evidence in ${(r.elapsedMs / 1000).toFixed(1)} s ` +
      `(${r.docsPerSec.toFixed(1)} docs/s, ${r.mbPerSec.toFixed(2)} MB/s, ${r.threads ? `${r.threads} extraction threads` : 'extraction in the main thread'})`,
  ];
  for (const x of r.rejected) lines.push(`rejected ${x.input}: ${x.reason}`);
  if (r.failed) lines.push(`the run stopped: ${r.failed}; the counts above are what was committed, and running the same command again resumes`);
  return lines.join('\n') + '\n';
}
