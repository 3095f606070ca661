import { chartFileName } from './chart-file-name';

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next turn: some browsers start the download only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves the chart's SVG as drawn (with an XML prolog so editors open it). */
export function downloadSvg(svg: string, base: string): void {
  saveBlob(new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' }), chartFileName(base, 'svg'));
}

/**
 * Rasterises the SVG at twice the screen size on a white background (slides and journals want
 * an opaque PNG) and saves it.
 */
export async function downloadPng(svg: string, width: number, height: number, base: string): Promise<void> {
  const scale = 2;
  const image = new Image();
  const source = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    image.src = source;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas 2D is not available');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((result) => (result ? resolve(result) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
    saveBlob(blob, chartFileName(base, 'png'));
  } finally {
    URL.revokeObjectURL(source);
  }
}
