// RSS 2.0 (and 1.0) and Atom feeds: each item is a document with its own title, link and
// date; the item's HTML content (or its description) becomes the text.
import { badInput } from '../../core/errors';
import type { SourceDocument } from '../types';
import { htmlToText, isoDate } from './html';
import { child, children, localName, parseXml, textOf, type XmlElement } from './xml';

/** One feed item: a document, or the reason it is not one. */
export interface FeedEntry {
  label: string;
  doc?: SourceDocument;
  error?: string;
}

/** A quick look at the start of a text: does it claim to be a feed? */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048).replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '').trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

const lang = (raw: string | undefined): string | undefined => {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(raw?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
};

function serialize(el: XmlElement): string {
  const attrs = Object.entries(el.attributes)
    .map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  const text = el.text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<${localName(el.name)}${attrs}>${text}${el.children.map(serialize).join('')}</${localName(el.name)}>`;
}

/** Atom content: `text`, `html` (escaped markup) or `xhtml` (inline markup). */
function atomText(el: XmlElement | undefined): string {
  if (!el) return '';
  const type = (el.attributes.type ?? 'text').toLowerCase();
  if (type === 'xhtml') return htmlToText(el.children.map(serialize).join(''));
  if (type === 'html' || type === 'text/html') return htmlToText(el.text);
  return el.text.trim();
}

function atomLink(entry: XmlElement): string | undefined {
  const links = children(entry, 'link');
  const alternate = links.find((l) => !l.attributes.rel || l.attributes.rel === 'alternate') ?? links[0];
  return alternate?.attributes.href?.trim() || undefined;
}

function finish(label: string, text: string, meta: Partial<SourceDocument>): FeedEntry {
  const body = text.trim();
  if (!body) return { label, error: `${label}: the item has no content or description` };
  const doc: SourceDocument = { text: body };
  for (const [k, v] of Object.entries(meta) as [keyof SourceDocument, string | undefined][]) if (v) doc[k] = v;
  return { label, doc };
}

function rssEntries(items: XmlElement[], channel: XmlElement | undefined, where: string): FeedEntry[] {
  const source = textOf(child(channel ?? items[0]!, 'title')).trim() || undefined;
  const language = lang(textOf(channel && child(channel, 'language')));
  return items.map((item, i) => {
    const html = textOf(child(item, 'content:encoded', 'encoded')) || textOf(child(item, 'description'));
    const link = textOf(child(item, 'link')).trim() || undefined;
    return finish(`${where}#${i + 1}`, htmlToText(html), {
      title: textOf(child(item, 'title')).replace(/\s+/g, ' ').trim() || undefined,
      url: link,
      source,
      publishedAt: isoDate(textOf(child(item, 'pubdate', 'dc:date', 'date'))),
      language: lang(textOf(child(item, 'dc:language'))) ?? language,
    });
  });
}

function atomEntries(feed: XmlElement, where: string): FeedEntry[] {
  const source = textOf(child(feed, 'title')).trim() || undefined;
  const feedLang = lang(feed.attributes['xml:lang']);
  return children(feed, 'entry').map((entry, i) =>
    finish(`${where}#${i + 1}`, atomText(child(entry, 'content')) || atomText(child(entry, 'summary')), {
      title: atomText(child(entry, 'title')).replace(/\s+/g, ' ') || undefined,
      url: atomLink(entry),
      source,
      publishedAt: isoDate(textOf(child(entry, 'published', 'updated', 'issued', 'modified'))),
      language: lang(entry.attributes['xml:lang']) ?? feedLang,
    }),
  );
}

/** The entries of an RSS or Atom feed. Throws (a BAD_USER_INPUT) when the text is not a feed at all. */
export function readFeed(xml: string, where: string): FeedEntry[] {
  const root = parseXml(xml, where);
  const kind = localName(root.name);
  if (kind === 'feed') return atomEntries(root, where);
  if (kind === 'rss' || kind === 'rdf') {
    const channel = child(root, 'channel');
    // RSS 2.0 puts items in the channel; RSS 1.0 (RDF) beside it.
    const items = [...(channel ? children(channel, 'item') : []), ...children(root, 'item')];
    return items.length ? rssEntries(items, channel, where) : [];
  }
  throw badInput(`${where}: XML, but not an RSS or Atom feed (root element <${root.name}>)`);
}
