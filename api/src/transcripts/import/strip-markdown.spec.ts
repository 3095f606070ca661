import { describe, expect, it } from 'vitest';
import { stripMarkdown } from './strip-markdown.js';

describe(stripMarkdown.name, () => {
  it.each([
    { name: 'ATX headings', markdown: '# Interview 3\n## Deel 1 ##', expected: 'Interview 3\nDeel 1' },
    { name: 'a setext heading', markdown: 'Interview 3\n===========\nText', expected: 'Interview 3\n\nText' },
    { name: 'bold speaker labels', markdown: '**Interviewer:** Hoe gaat het?\n__P:__ Goed.', expected: 'Interviewer: Hoe gaat het?\nP: Goed.' },
    { name: 'emphasis and strikethrough', markdown: 'Ich war *sehr* _unsicher_, ~~nicht~~ ***wirklich***.', expected: 'Ich war sehr unsicher, nicht wirklich.' },
    { name: 'links, images and autolinks', markdown: 'Zie [de studie](https://x.org/a) en ![scan](s.png) of <https://radboudumc.nl>.', expected: 'Zie de studie en scan of https://radboudumc.nl.' },
    { name: 'reference links and their definitions', markdown: 'See [the paper][1].\n\n[1]: https://example.org', expected: 'See the paper.\n\n' },
    { name: 'inline code and fenced blocks', markdown: 'Run `x`.\n```\n*raw*\n```', expected: 'Run x.\n\n*raw*\n' },
    { name: 'quotes, bullets and task lists', markdown: '> P: Ik twijfel.\n- eerste\n* [x] tweede\n  + derde', expected: 'P: Ik twijfel.\neerste\ntweede\n  derde' },
    { name: 'thematic breaks and table delimiter rows', markdown: 'a\n\n---\n| I | P |\n|---|---|', expected: 'a\n\n\n| I | P |\n' },
    { name: 'HTML tags', markdown: 'Ja<br>nee <span class="x">echt</span>', expected: 'Ja nee echt' },
    { name: 'escaped markup', markdown: 'Sterne \\*nicht\\* betont, 2 \\_ 3', expected: 'Sterne *nicht* betont, 2 _ 3' },
    { name: 'underscores inside words', markdown: 'file_name_here en snake_case', expected: 'file_name_here en snake_case' },
  ])('strips $name and keeps the lines', ({ markdown, expected }) => {
    expect(stripMarkdown(markdown)).toBe(expected);
  });
});
