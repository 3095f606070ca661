import { archivePathOf, QdpxArchive } from './qdpx-archive.js';
import { QdpxError } from './qdpx-error.js';
import { parseQdpxProject, type QdpxProject } from './qdpx-project.js';
import { MAX_SOURCE_CODE_POINTS, planImport, type ImportPlan, type SourceTextResult } from './import-plan.js';
import { normalizeSourceText } from './source-text.js';

function decodeUtf8(bytes: Buffer): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Opens a .qdpx and plans its import: project.qde, the plain texts of its text sources and notes.
 * Throws QdpxError when the file is not a REFI-QDA project that can be read safely.
 */
export async function readQdpx(bytes: Buffer): Promise<{ project: QdpxProject; plan: ImportPlan }> {
  const archive = await QdpxArchive.open(bytes);
  try {
    const projectBytes = (await archive.read('project.qde')) ?? (await archive.read('Project.qde'));
    if (!projectBytes) throw new QdpxError('REFI_QDA_NO_PROJECT', 'The archive has no project.qde');
    const project = parseQdpxProject(projectBytes);

    const texts = new Map<string, SourceTextResult>();
    for (const source of project.textSources) {
      let raw: string | null = source.inlineText;
      if (raw === null) {
        const path = archivePathOf(source.plainTextPath);
        const content = path ? await archive.read(path) : null;
        raw = content ? decodeUtf8(content) : null;
      }
      if (raw === null) texts.set(source.guid, 'missing');
      else if (raw.length > MAX_SOURCE_CODE_POINTS * 2) texts.set(source.guid, 'too_long');
      else {
        const text = normalizeSourceText(raw);
        texts.set(source.guid, text.length > MAX_SOURCE_CODE_POINTS ? 'too_long' : text);
      }
    }
    const noteTexts = new Map<string, string>();
    for (const note of project.notes) {
      if (note.inlineText !== null) noteTexts.set(note.guid, normalizeSourceText(note.inlineText).text);
      else {
        const path = archivePathOf(note.plainTextPath);
        const content = path ? await archive.read(path) : null;
        if (content) noteTexts.set(note.guid, normalizeSourceText(decodeUtf8(content)).text);
      }
    }
    return { project, plan: planImport(project, texts, noteTexts) };
  } finally {
    archive.close();
  }
}
