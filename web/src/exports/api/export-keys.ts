export const exportKeys = {
  all: ['exports'] as const,
  kinds: ['exports', 'kinds'] as const,
  jobs: ['exports', 'jobs'] as const,
};
