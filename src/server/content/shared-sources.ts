/**
 * Shared sources as the essay plugins see them. The plugins run inside MDX compilation, where
 * content collections cannot be queried, so they read content/sources/*.yaml from disk, as the
 * collection's loader reads them (YAML's core schema: dates as written) and with its schema. A file that does not parse is left out here: the collection reports it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedSourceSchema, type Source } from '../schemas/source';
import { folderSnapshot } from './content-dir';
import { readYaml } from './yaml';

/** The shared sources by id, from the content folder on disk (CONTENT_DIR). */
export const sharedSourcesOnDisk = folderSnapshot('sources', (folder, ids) => {
  const schema = sharedSourceSchema(new Date());
  const sources = new Map<string, Source>();
  for (const id of ids) {
    const text = readFileSync(path.join(folder, `${id}.yaml`), 'utf8');
    const parsed = schema.safeParse(readYaml(text));
    if (parsed.success) sources.set(id, { id, ...parsed.data });
  }
  return sources;
});
