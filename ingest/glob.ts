// Glob patterns for the command line (a shell that did not expand them, Windows, or
// quoting on purpose): `*` and `?` within a path segment, `**` across segments,
// `[abc]` and `{a,b}`. Matching is on `/`-separated paths relative to the pattern's base.
import fs from 'node:fs/promises';
import path from 'node:path';

export const hasMagic = (s: string): boolean => /[*?[{]/.test(s);

function segmentSource(seg: string): string {
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = seg.slice(i + 1, close).replace(/\\/g, '\\\\');
        out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = seg.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${seg.slice(i + 1, close).split(',').map(segmentSource).join('|')})`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return out;
}

/** A pattern relative to its base (no leading `./`) as a regular expression over relative paths. */
export function globRegExp(pattern: string): RegExp {
  const parts = pattern.split('/').filter((p) => p !== '' && p !== '.');
  let src = '';
  parts.forEach((seg, i) => {
    const last = i === parts.length - 1;
    if (seg === '**') src += last ? '.*' : '(?:[^/]+/)*';
    else src += segmentSource(seg) + (last ? '' : '/');
  });
  return new RegExp(`^${src}$`);
}

/** The fixed folder a pattern starts from and the rest of it: `news/2020/*.txt` → [`news/2020`, `*.txt`]. */
export function splitGlob(pattern: string): [string, string] {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const i = parts.findIndex(hasMagic);
  const base = parts.slice(0, i).join('/');
  return [base === '' ? (pattern.startsWith('/') ? '/' : '.') : base, parts.slice(i).join('/')];
}

/** The files under the pattern's base that match it, sorted; hidden files only when the pattern names them. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const [base, rest] = splitGlob(pattern);
  const re = globRegExp(rest);
  const deep = rest.includes('**') || rest.includes('/');
  const out: string[] = [];
  const walk = async (dir: string, rel: string) => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (e.name.startsWith('.') && !rest.split('/').some((s) => s.startsWith('.'))) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (deep) await walk(p, r);
      } else if (e.isFile() && re.test(r)) out.push(base === '.' && !pattern.startsWith('./') ? r : path.join(base, r));
    }
  };
  await walk(base, '');
  return out.sort();
}
