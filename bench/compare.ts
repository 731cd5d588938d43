/**
 * Byte-for-byte comparison of two build outputs: a rebuild with caches must write exactly what a
 * cold build writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface FolderDiff {
  /** Files in both folders, compared. */
  compared: number;
  /** Relative paths whose bytes differ, sorted. */
  differing: string[];
  /** Relative paths in one folder only, sorted. */
  onlyInFirst: string[];
  onlyInSecond: string[];
}

const filesOf = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();

/** Compares every file of `first` and `second` by its bytes. */
export function diffFolders(first: string, second: string): FolderDiff {
  const a = filesOf(first);
  const b = new Set(filesOf(second));
  const diff: FolderDiff = { compared: 0, differing: [], onlyInFirst: [], onlyInSecond: [] };
  for (const file of a) {
    if (!b.has(file)) {
      diff.onlyInFirst.push(file);
      continue;
    }
    b.delete(file);
    diff.compared++;
    if (!readFileSync(path.join(first, file)).equals(readFileSync(path.join(second, file)))) diff.differing.push(file);
  }
  diff.onlyInSecond = [...b];
  return diff;
}

/** Whether the two folders held the same files with the same bytes. */
export const identical = (diff: FolderDiff) => diff.differing.length === 0 && diff.onlyInFirst.length === 0 && diff.onlyInSecond.length === 0;
