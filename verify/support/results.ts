import { appendFileSync } from 'node:fs';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    verifyResultsFile: string;
  }
}

export interface Figure {
  check: string;
  figure: string;
  /** 'n/a': the check could not run here (said why in the figure); neither a pass nor a product failure. */
  pass: boolean | 'n/a';
}

/**
 * Prints one figure of a check with its verdict and keeps it for the summary the global setup
 * prints at the end. Returns the verdict so the test can assert on it after printing everything.
 */
export function report(check: string, figure: string, pass: boolean | 'n/a'): boolean {
  const line: Figure = { check, figure, pass };
  process.stdout.write(`[verify] ${verdictLabel(pass)}  ${check}: ${figure}\n`);
  appendFileSync(inject('verifyResultsFile'), `${JSON.stringify(line)}\n`);
  return pass !== false;
}

export function verdictLabel(pass: boolean | 'n/a'): string {
  return pass === 'n/a' ? 'N/A ' : pass ? 'PASS' : 'FAIL';
}

/** Collects the figures of one check; `assertAll` fails the test if any of them failed. */
export class Verdicts {
  private failed: string[] = [];
  constructor(private readonly check: string) {}

  figure(figure: string, pass: boolean): void {
    if (!report(this.check, figure, pass)) this.failed.push(figure);
  }

  /** A figure this machine could not produce (no network, no tool): printed and summarised, not failed. */
  unavailable(figure: string): void {
    report(this.check, figure, 'n/a');
  }

  /** A figure that is printed for information only. */
  note(figure: string): void {
    process.stdout.write(`[verify] ----  ${this.check}: ${figure}\n`);
  }

  assertAll(): void {
    if (this.failed.length) throw new Error(`${this.check} failed:\n  ${this.failed.join('\n  ')}`);
  }
}
