/**
 * Every page of every build is valid HTML by html-validate's rules (html-validate.config.mjs):
 * the recommended set and the rules for whole documents, with the few exceptions that file explains.
 */
import path from 'node:path';
import { FlatConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { BUILDS, builtFolder, htmlFiles, PROJECT_ROOT } from './support';

/** The project's html-validate.config.mjs, the same file the html-validate CLI reads. */
const validator = new HtmlValidate(new FlatConfigLoader(path.join(PROJECT_ROOT, 'html-validate.config.mjs')));

describe.each(BUILDS)('$folder/', (build) => {
  it('has no html-validate error on any page', async () => {
    const folder = builtFolder(build);
    const pages = htmlFiles(folder);
    expect(pages.length).toBeGreaterThan(0);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(path.join(folder, page));
      for (const result of report.results) {
        for (const message of result.messages) {
          errors.push(
            `${path.relative(PROJECT_ROOT, result.filePath)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
          );
        }
      }
    }
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
