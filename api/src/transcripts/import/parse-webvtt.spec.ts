import { describe, expect, it } from 'vitest';
import { parseWebVtt } from './parse-webvtt.js';

describe(parseWebVtt.name, () => {
  it('reads cues with voice tags, identifiers, settings, hours and markup', () => {
    const vtt = [
      'WEBVTT - Interview UKM-P-0003',
      'Kind: captions',
      '',
      'NOTE recorded at the site, speaker names replaced',
      '',
      'intro',
      '00:00:01.000 --> 00:00:04.500 align:start',
      '<v Interviewer>Wie erleben Sie die <i>KI</i>-Befunde?</v>',
      '',
      '00:04.500 --> 00:09.000',
      '<v.loud Patientin>Ehrlich gesagt &amp; offen:',
      'ich war skeptisch.</v>',
      '',
      '1:00:00.250 --> 1:00:02.000',
      '<v Interviewer>Danke.</v> <v Patientin>Gerne.</v>',
    ].join('\n');
    expect(parseWebVtt(vtt)).toEqual([
      { mediaStart: 1, mediaEnd: 4.5, speakerLabel: 'Interviewer', text: 'Wie erleben Sie die KI-Befunde?' },
      { mediaStart: 4.5, mediaEnd: 9, speakerLabel: 'Patientin', text: 'Ehrlich gesagt & offen: ich war skeptisch.' },
      { mediaStart: 3600.25, mediaEnd: 3602, speakerLabel: 'Interviewer', text: 'Danke.' },
      { mediaStart: 3600.25, mediaEnd: 3602, speakerLabel: 'Patientin', text: 'Gerne.' },
    ]);
  });

  it('takes the speaker from a "Name: " prefix when the cue has no voice tag', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAnna Jansen: Ik twijfel nog.\n\n00:00:02.000 --> 00:00:03.000\nDatum: vandaag';
    expect(parseWebVtt(vtt).map((cue) => cue.speakerLabel)).toEqual(['Anna Jansen', null]);
  });

  it('returns no cues when the file has only a header', () => {
    expect(parseWebVtt('WEBVTT\n\nNOTE nothing yet')).toEqual([]);
  });
});
