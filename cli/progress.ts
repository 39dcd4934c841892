// Progress for long work: a line rewritten in place on a terminal, one JSON line per
// second otherwise (logs and CI read that).
import type { IngestReport } from '../ingest/run';

export function progressPrinter(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const tty = Boolean(stream.isTTY);
  let last = 0;
  return {
    update(report: IngestReport, force = false) {
      const now = Date.now();
      if (!force && now - last < (tty ? 100 : 1000)) return;
      last = now;
      const done = report.ingested + report.unchanged + report.rejected.length;
      const rate = report.docsPerSec;
      const eta = rate > 0 && total > done ? Math.round((total - done) / rate) : 0;
      if (tty) {
        const width = 24;
        const filled = total ? Math.round((done / total) * width) : width;
        stream.write(
          `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} docs  ${rate.toFixed(1)} docs/s  ETA ${eta}s  rejected ${report.rejected.length}   `,
        );
      } else {
        stream.write(
          `${JSON.stringify({ progress: { done, total, ingested: report.ingested, unchanged: report.unchanged, rejected: report.rejected.length, docsPerSec: +rate.toFixed(2), etaSeconds: eta } })}\n`,
        );
      }
    },
    end() {
      if (tty) stream.write('\n');
    },
  };
}

export function summaryText(r: IngestReport): string {
  const lines = [
    `read ${r.read}, ingested ${r.ingested}, unchanged ${r.unchanged}, rejected ${r.rejected.length}`,
    `added ${r.entities} entities and ${r.relationships} relationships in ${(r.elapsedMs / 1000).toFixed(1)} s (${r.docsPerSec.toFixed(1)} docs/s)`,
  ];
  for (const x of r.rejected) lines.push(`rejected ${x.input}: ${x.reason}`);
  return lines.join('\n') + '\n';
}
