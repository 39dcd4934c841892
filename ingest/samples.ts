// The bundled sample corpus (samples/index.json lists the files and their metadata).
import fs from 'node:fs/promises';
import path from 'node:path';
import { badInput } from '../core/errors';
import { decodeText } from './read/decode';
import { documentFromText } from './read';
import type { IngestItem } from './run';

interface SampleMeta {
  file: string;
  title?: string;
  language?: string;
  publishedAt?: string;
  source?: string;
  url?: string | null;
}

export async function sampleItems(root: string): Promise<IngestItem[]> {
  const dir = path.join(root, 'samples');
  const index = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')) as SampleMeta[];
  if (!Array.isArray(index)) throw badInput('samples/index.json must be an array');
  return index.map((m) => ({
    label: path.join('samples', m.file),
    load: async () => {
      const file = path.join(dir, m.file);
      const text = decodeText(await fs.readFile(file), file);
      return documentFromText(text, {
        title: m.title,
        publishedAt: m.publishedAt,
        source: m.source,
        ...(m.url ? { url: m.url } : {}),
      });
    },
  }));
}
