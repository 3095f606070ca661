/** Excel refuses sheet names over 31 characters, with : \ / ? * [ ], or repeated (case-insensitively). */
export class SheetNames {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    const base = (wanted.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet').slice(0, 31);
    let name = base;
    for (let n = 2; this.used.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = base.slice(0, 31 - suffix.length) + suffix;
    }
    this.used.add(name.toLowerCase());
    return name;
  }
}
