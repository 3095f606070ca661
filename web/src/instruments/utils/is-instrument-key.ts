/** The API's rule for instrument keys: lower-case letters, digits and hyphens, 2 to 63 long. */
const INSTRUMENT_KEY = /^[a-z0-9][a-z0-9-]{1,62}$/;

export function isInstrumentKey(value: string): boolean {
  return INSTRUMENT_KEY.test(value);
}
