/**
 * Where editors' content lives: `content/` unless CONTENT_DIR names another folder (the fixture,
 * the benchmark's corpora, copies made by tests). Read by the collections and by the essay
 * plugins, which run inside MDX compilation and read shared sources from disk.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ID_PATTERN } from '../../shared/site';

export const contentDir = () => process.env.CONTENT_DIR ?? './content';

/** The ids of the YAML files in a content subfolder (`films`, `sources`): file names without `.yaml`, `_`-files left out. */
export function yamlIds(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** A content subfolder's path. */
export const contentFolder = (name: 'essays' | 'films' | 'sources') => path.join(contentDir(), name);

/** How long a folder's read stays fresh: a build reads it once; `astro dev` sees an edited file within a second. */
const FRESH_MS = 1000;

/**
 * What `read` makes of a content subfolder's YAML files, for the essay plugins, which ask for it
 * once per essay or more: read again only when a file is added, removed or changed (looked at once
 * a second at most) or CONTENT_DIR names another folder.
 */
export function folderSnapshot<T>(name: 'films' | 'sources', read: (folder: string, ids: string[]) => T): () => T {
  let last: { folder: string; readAt: number; stamps: string; value: T } | undefined;
  return () => {
    const folder = contentFolder(name);
    const now = Date.now();
    if (last?.folder === folder && now - last.readAt < FRESH_MS) return last.value;
    const ids = yamlIds(folder);
    const stamps = ids.map((id) => `${id}:${statSync(path.join(folder, `${id}.yaml`)).mtimeMs}`).join('|');
    if (last?.folder === folder && last.stamps === stamps) last.readAt = now;
    else last = { folder, readAt: now, stamps, value: read(folder, ids) };
    return last.value;
  };
}

/**
 * The shared sources' ids: their file names, which must be ids (essays cite them as `[@id]`,
 * and Astro would otherwise turn the name into another id than the one an editor writes).
 */
export function sharedSourceIds(): string[] {
  const ids = yamlIds(contentFolder('sources'));
  const wrong = ids.find((id) => !ID_PATTERN.test(id));
  if (wrong !== undefined) {
    throw new Error(
      `${path.join(contentFolder('sources'), `${wrong}.yaml`)}: a shared source's file name is its id, lower-case words joined by hyphens, such as variety-2024.yaml`,
    );
  }
  return ids;
}
