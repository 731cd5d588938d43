/**
 * THEME_COLORS (theme-color metas, link-preview images) and the CSS tokens are one palette written
 * twice: every key colour must be the matching light-dark() pair in src/styles/global.css.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_COLORS } from '../../src/shared/site';

const CSS = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const TOKENS: [keyof typeof THEME_COLORS.light, string][] = [
  ['background', '--lt-bg'],
  ['text', '--lt-text'],
  ['muted', '--lt-muted'],
  ['border', '--lt-border'],
  ['accent', '--lt-accent'],
];

describe.each(TOKENS)('THEME_COLORS.%s', (key, token) => {
  it(`is ${token}, light and dark`, () => {
    const pair = new RegExp(`${token}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`).exec(CSS);
    expect(pair, `${token} is a light-dark() pair`).not.toBeNull();
    expect([pair![1], pair![2]]).toEqual([THEME_COLORS.light[key], THEME_COLORS.dark[key]]);
  });
});
