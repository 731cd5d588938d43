/**
 * Formatted citations kept between builds, beside the link-preview images in
 * node_modules/.cache/long-take/. A citation is a pure function of the style, the locale, the
 * formatter's version, the item and the locator, so the key is a hash of all of them and an entry
 * never goes stale: a changed style file or item simply asks for another key.
 *
 * One JSON file per style signature, read on the first lookup and written back once, when the
 * process exits, merged with whatever another build wrote meanwhile (several module instances
 * and builds may share a file; a lost entry only costs its formatting again).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CACHE_DIR = path.resolve('node_modules', '.cache', 'long-take', 'citations');

/** A short content hash, for keys and file names. */
export const digest = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
};

const open: DiskCache[] = [];
let hooked = false;

/** A string-to-string store backed by one file, loaded lazily and saved at exit. */
export class DiskCache {
  readonly file: string;
  #entries: Map<string, string> | undefined;
  #added = new Map<string, string>();

  constructor(signature: string) {
    this.file = path.join(CACHE_DIR, `${signature}.json`);
  }

  #load(): Map<string, string> {
    if (!this.#entries) {
      this.#entries = new Map(Object.entries(readJson(this.file)));
      open.push(this);
      if (!hooked) {
        hooked = true;
        // Builds end with process.exit(), which runs 'exit' listeners (synchronous ones) only.
        process.once('exit', () => {
          for (const cache of open) cache.save();
        });
      }
    }
    return this.#entries;
  }

  get(key: string): string | undefined {
    return this.#load().get(key);
  }

  set(key: string, value: string): void {
    this.#load().set(key, value);
    this.#added.set(key, value);
  }

  /** Writes what this process added, merged into the file as it is now; never throws. */
  save(): void {
    if (this.#added.size === 0) return;
    try {
      const merged = { ...readJson(this.file), ...Object.fromEntries(this.#added) };
      mkdirSync(path.dirname(this.file), { recursive: true });
      // Write, then rename: another build never reads half a file.
      const partial = `${this.file}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(merged));
      renameSync(partial, this.file);
      this.#added.clear();
    } catch {
      // A read-only cache only costs time.
    }
  }
}

function readJson(file: string): Record<string, string> {
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return data && typeof data === 'object' ? (data as Record<string, string>) : {};
  } catch {
    return {};
  }
}
