export const codebookKeys = {
  all: ['codebook'] as const,
  list: ['codebook', 'list'] as const,
  history: (id: string) => ['codebook', 'history', id] as const,
};
