/** Calm colours that stay readable as thin stripes on white; new codes take the next one. */
export const CODE_PALETTE = ['#1b6fc2', '#1d6b3a', '#a4221b', '#8a5a00', '#6d3fa0', '#0f7b7b', '#b0457a', '#4a5866', '#c2571b', '#3f6f1b'] as const;
