// OOXML parts as small element trees (fast-xml-parser in document order):
// name, attributes, children, and the text of text nodes.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** For '#text' nodes. */
  text?: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false, // w:t xml:space="preserve" keeps its spaces
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

type Raw = Record<string, unknown>;

function convert(raw: Raw): XmlNode {
  const attrs = (raw[':@'] as Record<string, string> | undefined) ?? {};
  const name = Object.keys(raw).find((k) => k !== ':@')!;
  if (name === '#text') return { name, attrs: {}, children: [], text: String(raw[name]) };
  return { name, attrs, children: ((raw[name] as Raw[]) ?? []).map(convert) };
}

/** The document element of an XML part. */
export function parseXml(xml: string): XmlNode {
  // The parser is lenient (an unclosed element reads as closed): a damaged part must not pass for a short document.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${valid.err.msg} (line ${valid.err.line})`);
  const top = (parser.parse(xml) as Raw[]).map(convert).filter((n) => n.name !== '?xml' && n.name !== '#text');
  if (!top[0]) throw new Error('no document element');
  return top[0];
}

export const child = (node: XmlNode | undefined, name: string): XmlNode | undefined => node?.children.find((c) => c.name === name);
export const childrenNamed = (node: XmlNode | undefined, name: string): XmlNode[] => node?.children.filter((c) => c.name === name) ?? [];

/** Every descendant named `name`, in document order. */
export function descendants(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

/** The text of a node's text children (w:t, w:instrText, …). */
export const textOf = (node: XmlNode): string => node.children.map((c) => c.text ?? '').join('');
