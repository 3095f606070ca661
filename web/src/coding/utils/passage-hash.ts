/** The address fragment that opens a transcript at a passage (see parsePassageHash). */
export function passageHash(start: number, end?: number): string {
  return end === undefined ? `#start=${start}` : `#start=${start}&end=${end}`;
}
