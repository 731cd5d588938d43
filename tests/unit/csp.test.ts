import { describe, expect, it } from 'vitest';
import { mergePolicies, metaPolicy, parsePolicy, sha256Source } from '../../src/server/publishing/csp';

describe('sha256Source', () => {
  it.each([
    ['', 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
    ["alert('Hello, world.');", 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='],
  ])('hashes %j as a browser does', (text, source) => {
    expect(sha256Source(text)).toBe(source);
  });

  it('hashes the exact text: one more space is another hash', () => {
    expect(sha256Source('a')).not.toBe(sha256Source('a '));
  });
});

describe('parsePolicy', () => {
  it('reads directives and their sources, ignoring case of names, blank parts and repeats', () => {
    const policy = parsePolicy("default-src 'none';; Script-Src 'self' 'sha256-x' 'self' ; ");
    expect([...policy]).toEqual([
      ['default-src', ["'none'"]],
      ['script-src', ["'self'", "'sha256-x'"]],
    ]);
  });
});

describe('mergePolicies', () => {
  it('allows what each policy allows, directive by directive, and adds the extra directives last', () => {
    const merged = mergePolicies(
      ["default-src 'none'; style-src 'self' 'sha256-a'", "default-src 'none'; style-src 'self' 'sha256-b'"],
      ["frame-ancestors 'none'"],
    );
    expect(merged).toBe("default-src 'none'; style-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'");
  });
});

describe('metaPolicy', () => {
  it('reads the policy of a page’s CSP meta tag, decoding entities', () => {
    expect(metaPolicy('<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"></head>')).toBe(
      "script-src 'self'",
    );
  });

  it('is undefined for a page without one', () => {
    expect(metaPolicy('<head><meta charset="utf-8"></head>')).toBeUndefined();
  });
});
