/**
 * Shared sources as the essay plugins see them. The plugins run inside MDX compilation, where
 * content collections cannot be queried, so they read content/sources/*.yaml from disk, as the
 * collection's loader reads them (YAML's core schema: dates as written) and with its schema. A file that does not parse is left out here: the collection reports it.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sharedSourceSchema, type Source } from '../schemas/source';
import { contentFolder, yamlIds } from './content-dir';
import { readYaml } from './yaml';

/** How long a read stays fresh: a build reads once; `astro dev` sees an edited file within a second. */
const FRESH_MS = 1000;

interface Snapshot {
  folder: string;
  readAt: number;
  /** File name → modification time, to tell whether anything changed. */
  stamps: string;
  sources: Map<string, Source>;
}
let snapshot: Snapshot | undefined;

function stampsOf(folder: string, ids: readonly string[]): string {
  return ids.map((id) => `${id}:${statSync(path.join(folder, `${id}.yaml`)).mtimeMs}`).join('|');
}

/** The shared sources by id, from the content folder on disk (CONTENT_DIR). */
export function sharedSourcesOnDisk(today = new Date()): Map<string, Source> {
  const folder = contentFolder('sources');
  const now = Date.now();
  if (snapshot?.folder === folder && now - snapshot.readAt < FRESH_MS) return snapshot.sources;
  const ids = yamlIds(folder);
  const stamps = stampsOf(folder, ids);
  if (snapshot?.folder === folder && snapshot.stamps === stamps) {
    snapshot.readAt = now;
    return snapshot.sources;
  }
  const schema = sharedSourceSchema(today);
  const sources = new Map<string, Source>();
  for (const id of ids) {
    const text = readFileSync(path.join(folder, `${id}.yaml`), 'utf8');
    const parsed = schema.safeParse(readYaml(text));
    if (parsed.success) sources.set(id, { id, ...parsed.data });
  }
  snapshot = { folder, readAt: now, stamps, sources };
  return sources;
}
