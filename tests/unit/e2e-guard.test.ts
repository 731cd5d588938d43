/**
 * Every browser test runs under the guard in tests/e2e/support.ts, which fails a test on any CSP
 * violation or third-party request: a spec that took `test` straight from @playwright/test would
 * quietly skip it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const E2E = fileURLToPath(new URL('../e2e/', import.meta.url));
const specs = readdirSync(E2E).filter((name) => name.endsWith('.spec.ts'));

describe.each(specs)('tests/e2e/%s', (spec) => {
  it('takes test from ./support, not from @playwright/test', () => {
    const source = readFileSync(path.join(E2E, spec), 'utf8');
    expect(source).toMatch(/import \{[^}]*\btest\b[^}]*\} from '\.\/support'/);
    expect(source).not.toMatch(/import \{[^}]*\btest\b[^}]*\} from '@playwright\/test'/);
  });
});
