// Which reader an input goes to: by file extension or content type, else by its first bytes.
export type Format = 'text' | 'html' | 'json' | 'ndjson' | 'feed';

export const EXTENSIONS: Record<string, Format> = {
  '.txt': 'text',
  '.md': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
};

export function formatFromName(name: string): Format | undefined {
  const clean = name.replace(/[?#].*$/, '');
  const dot = clean.lastIndexOf('.');
  return dot > clean.lastIndexOf('/') ? EXTENSIONS[clean.slice(dot).toLowerCase()] : undefined;
}

const CONTENT_TYPES: [RegExp, Format][] = [
  [/^application\/(rss|atom|rdf)\+xml$/, 'feed'],
  [/^(application|text)\/xml$/, 'feed'],
  [/^(text\/html|application\/xhtml\+xml)$/, 'html'],
  [/^(application\/(x-)?ndjson|application\/jsonl|application\/json-seq|application\/x-jsonlines)$/, 'ndjson'],
  [/^application\/([\w.-]+\+)?json$/, 'json'],
  [/^text\/(plain|markdown)$/, 'text'],
];

/** The format of a response's Content-Type, or undefined when we do not read that type. */
export function formatFromContentType(contentType: string | null | undefined): Format | undefined {
  const mime = (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
  for (const [re, format] of CONTENT_TYPES) if (re.test(mime)) return format;
  return undefined;
}

/** A guess from the first characters, for stdin and for files with an extension we do not know. */
export function sniffFormat(head: string): Format {
  const start = head.replace(/^\ufeff/, '').trimStart();
  if (/^(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(start)) return 'feed';
  if (/^<(!doctype html|html|head|body)[\s>]/i.test(start)) return 'html';
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) {
    // One object per line is NDJSON; an object spread over lines is one JSON record.
    const firstLine = start.split('\n', 1)[0]!.trim();
    try {
      JSON.parse(firstLine);
      return 'ndjson';
    } catch {
      return 'json';
    }
  }
  return 'text';
}
