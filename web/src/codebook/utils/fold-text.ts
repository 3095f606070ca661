/** Lower case without accents, so "Erklärbarkeit" is found by typing "erklar". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
