/**
 * `npm run check-sources [-- --timeout 10000 --concurrency 4]`: checks every outside URL the
 * sources record (content/, or $CONTENT_DIR) and reports, with file and source id, the dead ones
 * and the sources without an archived copy. Exits 1 when a URL is dead or failing. It needs the
 * network, so it is not part of `npm test`. Run by the project's Node, which strips the types.
 */
import { parseArgs } from 'node:util';
import { checkUrls, report, sourceLinks } from '../src/server/citations/link-check.ts';

const { values } = parseArgs({ options: { timeout: { type: 'string', default: '10000' }, concurrency: { type: 'string', default: '4' } } });
const contentDir = process.env.CONTENT_DIR ?? 'content';

const { links, unarchived } = sourceLinks(contentDir);
console.log(`check-sources: ${new Set(links.map((link) => link.url)).size} outside URLs in ${contentDir}`);
const checks = await checkUrls(
  links.map((link) => link.url),
  { timeoutMs: Number(values.timeout), concurrency: Number(values.concurrency) },
);
const { ok, lines } = report(links, checks, unarchived);
for (const line of lines) console.log(line);
process.exit(ok ? 0 : 1);
