import type { ReportContent, ReportTable } from './report-content.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: escaped, with line breaks kept (table cells hold several lines). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char).replace(/\n/g, '<br>');
}

// Print-first: A4 portrait, tables may break between rows but never inside one.
const STYLE = `
  @page { size: A4; margin: 16mm 14mm; }
  body { font-family: 'Noto Sans', Helvetica, Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1b1f23; max-width: 190mm; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 18pt; margin: 0 0 0.25rem; }
  h2 { font-size: 13pt; margin: 1.6rem 0 0.5rem; border-bottom: 1px solid #ccd; padding-bottom: 0.2rem; }
  h3 { font-size: 11pt; margin: 1rem 0 0.25rem; }
  .subtitle { color: #4a5560; margin: 0 0 0.75rem; }
  .notice { background: #fff6da; border-left: 4px solid #e0a800; padding: 0.4rem 0.6rem; margin: 0.4rem 0; }
  table { border-collapse: collapse; width: 100%; margin: 0.25rem 0 0.75rem; font-size: 9pt; }
  caption { caption-side: top; text-align: left; color: #4a5560; padding-bottom: 0.25rem; }
  th, td { border: 1px solid #ccd; padding: 0.25rem 0.35rem; vertical-align: top; text-align: left; }
  th { background: #f1f3f6; }
  tr { break-inside: avoid; }
  figure { margin: 0.5rem 0 1rem; break-inside: avoid; }
  figure svg { max-width: 100%; height: auto; }
  figcaption { color: #4a5560; font-size: 9pt; }
  ol { padding-left: 1.4rem; }
`;

function table(t: ReportTable): string {
  const head = t.head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
  const rows = t.rows.map((row) => `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`).join('\n');
  return `<h3>${escapeHtml(t.title)}</h3>\n<table>\n<caption>${escapeHtml(t.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

/**
 * The report as one self-contained HTML document: styles inline, charts as inline SVG (drawn by
 * ECharts on the server), so it opens offline, prints on A4 and can be attached to an e-mail.
 */
export function renderReportHtml(content: ReportContent): string {
  const sections = content.sections
    .map((section) => {
      const parts = [`<section>\n<h2>${escapeHtml(section.heading)}</h2>`];
      for (const paragraph of section.paragraphs) parts.push(`<p>${escapeHtml(paragraph)}</p>`);
      for (const chart of section.charts) {
        // The SVG comes from ECharts with text escaped by it; the role and label name the figure.
        parts.push(`<figure role="group" aria-label="${escapeHtml(chart.title)}">\n${chart.svg}\n<figcaption><strong>${escapeHtml(chart.title)}.</strong> ${escapeHtml(chart.description)}</figcaption>\n</figure>`);
      }
      for (const t of section.tables) parts.push(table(t));
      if (section.items.length) parts.push(`<ol>\n${section.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ol>`);
      parts.push('</section>');
      return parts.join('\n');
    })
    .join('\n');
  return `<!doctype html>
<html lang="${content.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(content.title)}</h1>
<p class="subtitle">${escapeHtml(content.subtitle)}</p>
${content.notices.map((notice) => `<p class="notice">${escapeHtml(notice)}</p>`).join('\n')}
</header>
<main>
${sections}
</main>
</body>
</html>
`;
}
