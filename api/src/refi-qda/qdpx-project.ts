import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { QdpxError } from './qdpx-error.js';
import { asArray, attribute, isNode, nodes, textOf, type XmlNode } from '../codebook/refi-qdc/refi-xml-values.js';

/**
 * What Polyphony reads from a REFI-QDA project document (project.qde, namespace
 * urn:QDA-XML:project:1.0): a plain model, no database, no archive. Tolerant of what NVivo and
 * ATLAS.ti write (missing colours, nested selections under PDF representations, unknown elements);
 * strict about what could hurt: a DOCTYPE (entity expansion) or malformed XML refuses the file.
 */
export interface QdpxCode {
  guid: string;
  name: string;
  parentGuid: string | null;
  description: string;
  color: string | null;
  noteRefs: string[];
}

export interface QdpxCoding {
  guid: string;
  codeGuid: string;
  /** GUID of the REFI <User>; mapped to "Coder n", the name itself is never kept. */
  creatingUser: string | null;
  noteRefs: string[];
}

export interface QdpxSelection {
  guid: string;
  /** ATLAS.ti writes the selected text here (shortened); NVivo leaves it empty. */
  name: string;
  start: number;
  end: number;
  description: string;
  codings: QdpxCoding[];
  noteRefs: string[];
}

export interface QdpxTextSource {
  guid: string;
  name: string;
  plainTextPath: string | null;
  inlineText: string | null;
  description: string;
  selections: QdpxSelection[];
  /** Codings of the whole source (not of a selection). */
  sourceCodings: QdpxCoding[];
  noteRefs: string[];
}

export type NonTextSourceKind = 'pdf' | 'picture' | 'audio' | 'video';

export interface QdpxOtherSource {
  guid: string;
  kind: NonTextSourceKind;
  name: string;
  /** Codings on its selections, which cannot be carried over without the text. */
  codings: number;
}

export interface QdpxNote {
  guid: string;
  name: string;
  inlineText: string | null;
  plainTextPath: string | null;
}

export interface QdpxProject {
  name: string;
  origin: string;
  /** The tool, from `origin` ("NVivo for Windows 12.6" → "NVivo"). */
  tool: string;
  /** User GUIDs in file order; names are deliberately not part of the model. */
  userGuids: string[];
  codes: QdpxCode[];
  textSources: QdpxTextSource[];
  otherSources: QdpxOtherSource[];
  notes: QdpxNote[];
  projectNoteRefs: string[];
  /** Parts of the standard Polyphony has no place for, with how many there are. */
  unsupported: { sets: number; graphs: number; links: number; cases: number; variables: number };
}

/** Deeper nesting than this is not a codebook a person made; it also bounds the recursion. */
const MAX_DEPTH = 64;


const refs = (node: XmlNode, element: string): string[] => nodes(node[element]).flatMap((ref) => attribute(ref, 'targetGUID') ?? []);

/** "NVivo for Windows 12.6" → "NVivo", "ATLAS.ti 8.4.0 573 , macOS" → "ATLAS.ti", "" → "REFI-QDA". */
export function toolOf(origin: string): string {
  const known = ['NVivo', 'ATLAS.ti', 'MAXQDA', 'QualCoder', 'Quirkos', 'Transana', 'Dedoose', 'f4analyse', 'Polyphony'];
  const found = known.find((tool) => origin.toLowerCase().includes(tool.toLowerCase()));
  if (found) return found;
  const words = origin.split(/\s+/).filter((word) => word !== '' && !/^\d/.test(word));
  return (words.slice(0, 2).join(' ') || 'REFI-QDA').slice(0, 40);
}

const ARRAY_ELEMENTS = new Set(['User', 'Code', 'TextSource', 'PDFSource', 'PictureSource', 'AudioSource', 'VideoSource', 'PlainTextSelection', 'Coding', 'NoteRef', 'Note', 'Set', 'Graph', 'Link', 'Case', 'Variable', 'Representation', 'PDFSelection', 'PictureSelection', 'AudioSelection', 'VideoSelection', 'Transcript', 'TranscriptSelection', 'Description']);

export function parseQdpxProject(bytes: Buffer): QdpxProject {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  // Refused outright: a DOCTYPE is how entity bombs and external entities get in; no QDA tool writes one.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new QdpxError('REFI_QDA_INVALID_XML', 'The project document has a DOCTYPE or entity declarations');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new QdpxError('REFI_QDA_INVALID_XML', `Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name) => ARRAY_ELEMENTS.has(name),
  });
  const document: unknown = parser.parse(text);
  const project = isNode(document) ? document.Project : undefined;
  if (!isNode(project)) throw new QdpxError('REFI_QDA_NO_PROJECT', 'The document has no <Project> root element');

  const origin = attribute(project, 'origin') ?? '';
  const userGuids = nodes(isNode(project.Users) ? project.Users.User : undefined).flatMap((user) => attribute(user, 'guid') ?? []);

  const codes: QdpxCode[] = [];
  const readCode = (node: XmlNode, parentGuid: string | null, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    const guid = attribute(node, 'guid');
    if (!guid) return;
    codes.push({
      guid,
      name: (attribute(node, 'name') ?? '').trim(),
      parentGuid,
      description: nodes(node.Description).map(textOf).join('\n').trim() || asArray(node.Description).map(textOf).join('\n').trim(),
      color: attribute(node, 'color'),
      noteRefs: refs(node, 'NoteRef'),
    });
    for (const child of nodes(node.Code)) readCode(child, guid, depth + 1);
  };
  const codeBook = isNode(project.CodeBook) ? project.CodeBook : null;
  if (codeBook && isNode(codeBook.Codes)) for (const code of nodes(codeBook.Codes.Code)) readCode(code, null, 0);

  const readCodings = (node: XmlNode): QdpxCoding[] =>
    nodes(node.Coding).flatMap((coding) => {
      const codeRef = isNode(coding.CodeRef) ? attribute(coding.CodeRef, 'targetGUID') : null;
      const guid = attribute(coding, 'guid');
      return codeRef && guid ? [{ guid, codeGuid: codeRef, creatingUser: attribute(coding, 'creatingUser'), noteRefs: refs(coding, 'NoteRef') }] : [];
    });

  const textSources: QdpxTextSource[] = [];
  const otherSources: QdpxOtherSource[] = [];
  const sources = isNode(project.Sources) ? project.Sources : {};
  for (const source of nodes(sources.TextSource)) {
    const guid = attribute(source, 'guid');
    if (!guid) continue;
    const selections: QdpxSelection[] = nodes(source.PlainTextSelection).flatMap((selection) => {
      const selectionGuid = attribute(selection, 'guid');
      const start = Number(attribute(selection, 'startPosition'));
      const end = Number(attribute(selection, 'endPosition'));
      if (!selectionGuid) return [];
      return [
        {
          guid: selectionGuid,
          name: attribute(selection, 'name') ?? '',
          start,
          end,
          description: asArray(selection.Description).map(textOf).join('\n').trim(),
          codings: readCodings(selection),
          noteRefs: refs(selection, 'NoteRef'),
        },
      ];
    });
    const inline = source.PlainTextContent;
    textSources.push({
      guid,
      name: (attribute(source, 'name') ?? '').trim(),
      plainTextPath: attribute(source, 'plainTextPath'),
      inlineText: inline === undefined ? null : textOf(inline),
      description: asArray(source.Description).map(textOf).join('\n').trim(),
      selections,
      sourceCodings: readCodings(source),
      noteRefs: refs(source, 'NoteRef'),
    });
  }

  // Codings anywhere below a non-text source (its selections, representations, transcripts).
  const countCodings = (value: unknown, depth = 0): number => {
    if (depth > MAX_DEPTH) return 0;
    if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countCodings(item, depth + 1), 0);
    if (!isNode(value)) return 0;
    return Object.entries(value).reduce((sum, [key, child]) => sum + (key === 'Coding' ? asArray(child).length : key.startsWith('@_') ? 0 : countCodings(child, depth + 1)), 0);
  };
  const otherKinds: Array<[string, NonTextSourceKind]> = [
    ['PDFSource', 'pdf'],
    ['PictureSource', 'picture'],
    ['AudioSource', 'audio'],
    ['VideoSource', 'video'],
  ];
  for (const [element, kind] of otherKinds) {
    for (const source of nodes(sources[element])) {
      otherSources.push({ guid: attribute(source, 'guid') ?? '', kind, name: (attribute(source, 'name') ?? '').trim(), codings: countCodings(source) });
    }
  }

  const notes: QdpxNote[] = nodes(isNode(project.Notes) ? project.Notes.Note : undefined).flatMap((note) => {
    const guid = attribute(note, 'guid');
    if (!guid) return [];
    return [{ guid, name: (attribute(note, 'name') ?? '').trim(), inlineText: note.PlainTextContent === undefined ? null : textOf(note.PlainTextContent), plainTextPath: attribute(note, 'plainTextPath') }];
  });

  const count = (container: unknown, element: string): number => (isNode(container) ? asArray(container[element]).length : 0);
  return {
    name: attribute(project, 'name') ?? '',
    origin,
    tool: toolOf(origin),
    userGuids,
    codes,
    textSources,
    otherSources,
    notes,
    projectNoteRefs: refs(project, 'NoteRef'),
    unsupported: {
      sets: count(project.Sets, 'Set'),
      graphs: count(project.Graphs, 'Graph'),
      links: count(project.Links, 'Link'),
      cases: count(project.Cases, 'Case'),
      variables: count(project.Variables, 'Variable'),
    },
  };
}
