/** The recent-codes list after using `id`: it moves to the front; the list stays short. */
export function pushRecent(recent: readonly string[], id: string, limit = 20): string[] {
  return [id, ...recent.filter((candidate) => candidate !== id)].slice(0, limit);
}
