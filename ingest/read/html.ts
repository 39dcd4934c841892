// An HTML page to the article it carries: body text, title, date and canonical URL.
// Readability picks the article; the text we keep is built from its block elements so
// that paragraphs stay apart (sentence splitting and offsets depend on it).
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { SourceDocument } from '../types';

// The project compiles without the DOM library; these are the few DOM members used here.
interface Node_ {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<Node_>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Node_ | null;
  querySelectorAll(selector: string): ArrayLike<Node_>;
  remove(): void;
}
type Element = Node_;
interface Document extends Node_ {
  body: Node_ | null;
}
const dom = (html: string): Document => parseHTML(html).document as unknown as Document;

const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'TH', 'DT', 'DD']);

function meta(document: Document, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

/** ISO date (YYYY-MM-DD) from the forms pages use, or undefined. */
export function isoDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(raw);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

function blockText(root: Element): string {
  const parts: string[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (BLOCK.has(child.tagName)) {
        const t = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (t) parts.push(t);
      } else walk(child);
    }
  };
  walk(root);
  if (parts.length === 0) {
    const t = (root.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
    if (t) parts.push(t);
  }
  return parts.join('\n\n');
}

/** The text of an HTML fragment (a feed item's description, a record's `html`), paragraphs kept apart. */
export function htmlToText(fragment: string): string {
  const document = dom(`<!doctype html><html><body><div>${fragment}</div></body></html>`);
  const root = document.querySelector('div');
  if (!root) return '';
  for (const el of Array.from(root.querySelectorAll('script, style, noscript'))) el.remove();
  return blockText(root);
}

export function readHtml(html: string, url?: string): SourceDocument {
  const document = dom(html);
  const title =
    meta(document, 'og:title', 'twitter:title') ?? document.querySelector('title')?.textContent?.trim() ?? undefined;
  const publishedAt = isoDate(
    meta(document, 'article:published_time', 'og:published_time', 'datePublished', 'date', 'dc.date', 'DC.date.issued') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
  );
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url') ?? url;
  const source = meta(document, 'og:site_name');

  let text = '';
  try {
    // Readability mutates the DOM it reads, so it gets its own parse.
    const article = new Readability(dom(html) as never).parse();
    if (article?.content) text = blockText(dom(`<div>${article.content}</div>`).querySelector('div')!);
  } catch {
    text = '';
  }
  if (!text) {
    for (const el of Array.from(document.querySelectorAll('script, style, noscript, nav, header, footer, aside'))) el.remove();
    text = document.body ? blockText(document.body) : '';
  }
  // A fragment without <html> or <body> (a record's "html", a feed's description).
  if (!text && !/<(html|body)[\s>]/i.test(html)) text = htmlToText(html);
  const doc: SourceDocument = { text };
  if (title) doc.title = title;
  if (canonical) doc.url = canonical;
  if (publishedAt) doc.publishedAt = publishedAt;
  if (source) doc.source = source;
  return doc;
}
