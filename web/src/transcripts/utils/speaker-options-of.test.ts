import { describe, expect, it } from 'vitest';
import { speakerOptionsOf } from './speaker-options-of';

describe(speakerOptionsOf.name, () => {
  it('leaves recognition to the server when nothing is typed', () => {
    expect(speakerOptionsOf({ interviewerLabels: ' ', participantLabels: '' })).toBeUndefined();
  });

  it('sends only the lists that were filled in', () => {
    expect(speakerOptionsOf({ interviewerLabels: 'Interviewer\nI', participantLabels: '' })).toEqual({ interviewerLabels: ['Interviewer', 'I'] });
  });
});
