/**
 * localStorage that may be blocked (private mode, policy) or full: reading says whether it could
 * read, writing whether it could write, and neither throws. Shared by the quiz and the diagnostic.
 */

export type StorageResult = { ok: true; value: string | null } | { ok: false };

export function readStorage(key: string): StorageResult {
  try {
    return { ok: true, value: localStorage.getItem(key) };
  } catch {
    return { ok: false };
  }
}

/** False when storage is blocked or full: the island keeps working, without keeping progress. */
export function writeStorage(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** The values of every key that starts with `prefix`; empty when storage is blocked. */
export function readStorageWithPrefix(prefix: string): string[] {
  try {
    const values: string[] = [];
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (key?.startsWith(prefix)) values.push(localStorage.getItem(key) ?? '');
    }
    return values;
  } catch {
    return [];
  }
}
