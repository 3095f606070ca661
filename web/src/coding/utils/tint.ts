/** A `#rrggbb` colour at low opacity, as the background of the passage one is looking at. */
export function tint(color: string, alpha = 0.2): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return 'rgb(11 79 124 / 20%)';
  const channel = Math.round(Math.min(1, Math.max(0, alpha)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${color}${channel}`;
}
