/**
 * The folders say where code runs, and the linter holds them to it (eslint.config.js): browser code
 * cannot import build-time code, build-time code cannot import browser code, and shared code
 * neither, nor anything only Node or Astro's build has. Inside the server, citations never import notes.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rules that fail `source` as if it were the file at `filePath`. */
async function failures(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the runtime boundary', () => {
  it.each([
    { file: 'src/client/spoilers/example.ts', imports: '../../server/content/queries', says: 'server/ code runs only at build time' },
    { file: 'src/client/example.ts', imports: 'node:fs', says: 'Node built-ins do not exist in the browser' },
    { file: 'src/client/example.ts', imports: 'astro:content', says: 'content collections exist only at build time' },
    { file: 'src/server/search/example.ts', imports: '../../client/search/search-page', says: 'client/ code ships to the browser' },
    { file: 'src/shared/example.ts', imports: '../server/schemas/essay', says: 'server/ code runs only at build time' },
    { file: 'src/shared/spoilers/example.ts', imports: '../../client/spoilers/consent', says: 'client/ code ships to the browser' },
    { file: 'src/shared/example.ts', imports: 'node:path', says: 'Node built-ins do not exist in the browser' },
    { file: 'src/server/citations/example.ts', imports: '../notes/remark-citations', says: 'notes depend on citations, never the reverse' },
    { file: 'src/server/citations/example.ts', imports: '../../client/search/search-page', says: 'client/ code ships to the browser' },
  ])('fails $file importing $imports', async ({ file, imports, says }) => {
    const found = await failures(file, `import { x } from '${imports}';\nexport const y = x;\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: /);
    expect(found[0]).toContain(says);
  });

  it.each([
    { file: 'src/client/spoilers/example.ts', imports: '../../shared/spoilers/levels' },
    { file: 'src/server/spoilers/example.ts', imports: '../../shared/spoilers/levels' },
    { file: 'src/server/example.ts', imports: 'node:fs' },
    { file: 'src/server/notes/example.ts', imports: '../citations/format' },
  ])('lets $file import $imports', async ({ file, imports }) => {
    expect(await failures(file, `import { x } from '${imports}';\nexport const y = x;\n`)).toEqual([]);
  });
});
