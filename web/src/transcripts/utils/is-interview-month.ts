/** True for YYYY-MM with a real month, as <input type="month"> gives it. */
export function isInterviewMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  return Number(match[1]) >= 1900 && month >= 1 && month <= 12;
}
