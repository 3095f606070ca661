const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 60_000;

/**
 * How long to wait before the next attempt after `failures` failed ones in a row: doubling from
 * one second up to a minute, spread by ±25 % so that a ward full of tablets coming back online
 * does not knock on the server in step. `random` is injectable for tests.
 */
export function retryDelay(failures: number, random: () => number = Math.random, retryAfterSeconds?: number): number {
  const exponential = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, failures - 1));
  const jittered = Math.round(exponential * (0.75 + random() * 0.5));
  const serverWish = retryAfterSeconds === undefined ? 0 : retryAfterSeconds * 1000;
  return Math.max(jittered, serverWish);
}
