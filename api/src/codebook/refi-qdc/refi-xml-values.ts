/**
 * Reading values out of fast-xml-parser's tree of a REFI-QDA file (.qdc codebook or .qdpx project):
 * attributes as `@_name`, text as `#text`, repeated elements as arrays, single ones as objects.
 */
export type XmlNode = Record<string, unknown>;

export const isNode = (value: unknown): value is XmlNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An element that may occur once or many times, always as a list. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export const nodes = (value: unknown): XmlNode[] => asArray(value).filter(isNode);

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Entities are not processed by the parser (no DOCTYPE expansion, so no entity bombs); this decodes
 * only what XML defines without a DTD: the five predefined entities and character references.
 */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const codePoint = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    return PREDEFINED_ENTITIES[body] ?? whole;
  });
}

/** The text content of an element (or attribute value), entities decoded. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return decodeXml(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isNode(value)) return textOf(value['#text'] ?? '');
  if (Array.isArray(value)) return value.map(textOf).join('');
  return '';
}

export function attribute(node: XmlNode, name: string): string | null {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? decodeXml(value) : null;
}
