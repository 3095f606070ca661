import mammoth from 'mammoth';
import { docxHtmlToText } from './docx-html-to-text.js';

// Images are dropped rather than inlined as base64 data URIs we would throw away anyway.
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** The text of a Word document (paragraphs, line breaks, tables, footnotes); rejects when the file is no readable docx. */
export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { value } = await mammoth.convertToHtml({ buffer }, { convertImage: skipImages });
  return docxHtmlToText(value);
}
