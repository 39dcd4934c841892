// Turning command-line inputs (files, folders) into a list of files to read.
import fs from 'node:fs/promises';
import path from 'node:path';
import { HTML_EXTENSIONS, TEXT_EXTENSIONS } from './read';

const SUPPORTED = new Set([...TEXT_EXTENSIONS, ...HTML_EXTENSIONS]);

export interface InputProblem {
  input: string;
  reason: string;
}

/** Files named directly are taken whatever their extension; folders give their supported files, recursively, sorted. */
export async function expandInputs(inputs: string[]): Promise<{ files: string[]; problems: InputProblem[] }> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const walk = async (dir: string) => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && SUPPORTED.has(path.extname(e.name).toLowerCase())) files.push(p);
    }
  };
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat) problems.push({ input, reason: 'no such file or folder' });
    else if (stat.isDirectory()) await walk(input);
    else files.push(input);
  }
  return { files, problems };
}
