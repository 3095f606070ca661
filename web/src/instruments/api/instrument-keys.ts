export const instrumentKeys = {
  all: ['instruments'] as const,
  list: ['instruments', 'list'] as const,
  version: (id: string) => ['instruments', 'version', id] as const,
  dictionary: (id: string) => ['instruments', 'dictionary', id] as const,
};
