export const tabletKeys = {
  instruments: ['survey-instruments'] as const,
  kioskPin: ['auth', 'kiosk-pin'] as const,
  invitations: ['survey-invitations'] as const,
};
