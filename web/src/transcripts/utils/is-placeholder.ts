/** True for a placeholder the server accepts: capitals in brackets, optionally numbered ([DATE], [NAME-3]). */
export function isPlaceholder(value: string): boolean {
  return /^\[[A-Z]+(-\d+)?\]$/.test(value.trim());
}
