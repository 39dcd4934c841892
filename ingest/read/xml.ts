// A small XML tree for feeds. htmlparser2 tokenises (it is lenient by design); this file
// adds the checks that tell XML from what is not: one root element, every tag closed by
// its own name, no text outside the root.
import { Parser, type Handler } from 'htmlparser2';
import { badInput } from '../../core/errors';

export interface XmlElement {
  /** The qualified name as written, e.g. `content:encoded`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), not its children's. */
  text: string;
}

/**
 * htmlparser2 mends what it reads (a stray end tag is dropped, an open one closed at the
 * end); this subclass sees the raw tags first, keeps its own stack of names and notes the
 * first place where the markup is not XML.
 */
class CheckingParser extends Parser {
  readonly open: string[] = [];
  problem: string | undefined;

  constructor(
    private readonly source: string,
    handler: Partial<Handler>,
  ) {
    super(handler, { xmlMode: true, decodeEntities: true });
  }

  override onopentagname(start: number, end: number): void {
    this.open.push(this.source.slice(start, end));
    super.onopentagname(start, end);
  }

  override onselfclosingtag(end: number): void {
    this.open.pop();
    super.onselfclosingtag(end);
  }

  override onclosetag(start: number, end: number): void {
    const name = this.source.slice(start, end);
    const top = this.open.pop();
    if (top !== name) this.problem ??= top ? `</${name}> closes <${top}>` : `</${name}> closes nothing`;
    super.onclosetag(start, end);
  }
}

export function parseXml(source: string, where: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let problem: string | undefined;
  const parser = new CheckingParser(source, {
    onopentag(name, attributes) {
      const el: XmlElement = { name, attributes, children: [], text: '' };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) problem ??= `a second root element <${name}>`;
      else root = el;
      stack.push(el);
    },
    onclosetag() {
      stack.pop();
    },
    ontext(text) {
      const el = stack[stack.length - 1];
      if (el) el.text += text;
      else if (text.trim()) problem ??= root ? 'text after the root element' : 'text before the root element';
    },
  });
  // What is still open when the text ends is a truncated document, not one to mend.
  parser.write(source);
  const unclosed = parser.open[parser.open.length - 1];
  parser.end();
  if (!root) throw badInput(`${where}: not XML (no element found)`);
  problem = parser.problem ?? problem;
  if (unclosed) problem ??= `<${unclosed}> is never closed (truncated?)`;
  if (problem) throw badInput(`${where}: not well-formed XML: ${problem}`);
  return root;
}

/** The local part of a qualified name: `atom:link` → `link`. */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase();

export function child(el: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const n of names) {
    const found = el.children.find((c) => c.name.toLowerCase() === n || localName(c.name) === n);
    if (found) return found;
  }
  return undefined;
}

export const children = (el: XmlElement, name: string): XmlElement[] =>
  el.children.filter((c) => localName(c.name) === name);

/** All text under an element, its children's included. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  return el.text + el.children.map(textOf).join('');
}
