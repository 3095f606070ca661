import type { Code } from '../api/code';

/** A code for tests: English name, optional Dutch one, no tags. */
export function code(id: string, parentId: string | null, name: string, nl?: string): Code {
  return {
    id,
    key: id,
    parentId,
    name: { en: name, ...(nl ? { nl } : {}) },
    definition: {},
    inclusion: {},
    exclusion: {},
    example: {},
    color: '#336699',
    criterion: null,
    valence: null,
    task: null,
    revision: 1,
  };
}
