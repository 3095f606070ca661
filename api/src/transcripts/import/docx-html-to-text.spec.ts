import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from './docx-html-to-text.js';

describe(docxHtmlToText.name, () => {
  it.each([
    { name: 'paragraphs and headings', html: '<h1>Interview 3</h1><p>I: Hoe gaat het?</p><p>P: Goed.</p>', expected: 'Interview 3\n\nI: Hoe gaat het?\n\nP: Goed.' },
    { name: 'a manual line break', html: '<p>Tab\there<br />after break</p>', expected: 'Tab\there\nafter break' },
    { name: 'inline formatting and entities', html: '<p><strong>Interviewer: </strong>Was &lt;KI&gt; &amp; &quot;Vertrauen&quot; &#252;ber&#x2026;</p>', expected: 'Interviewer: Was <KI> & "Vertrauen" über…' },
    { name: 'a two-column table of speaker and utterance', html: '<table><tr><td><p>I</p></td><td><p>Wie geht es?</p></td></tr><tr><td><p>B:</p></td><td><p>Gut.</p><p>Danke.</p></td></tr></table>', expected: 'I: Wie geht es?\n\nB: Gut.\nDanke.' },
    { name: 'a three-column table with a time column', html: '<table><tr><td><p>00:01:23</p></td><td><p>Anna</p></td><td><p>Ja.</p></td></tr></table>', expected: '00:01:23 Anna: Ja.' },
    { name: 'a table whose first cell is long', html: `<table><tr><td><p>${'x'.repeat(50)}</p></td><td><p>y</p></td></tr></table>`, expected: `${'x'.repeat(50)}\ty` },
    { name: 'footnotes', html: '<p>Ja<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p><ol><li id="footnote-1"><p>Gemeint ist Dr. Weber. <a href="#footnote-ref-1">↑</a></p></li></ol>', expected: 'Ja[1]\n\n[1] Gemeint ist Dr. Weber.' },
    { name: 'list items', html: '<ul><li>eerste</li><li>tweede</li></ul>', expected: 'eerste\n\ntweede' },
    { name: 'nothing', html: '', expected: '' },
  ])('converts $name', ({ html, expected }) => {
    expect(docxHtmlToText(html).replace(/ +$/gm, '')).toBe(expected);
  });
});
