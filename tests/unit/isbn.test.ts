/**
 * ISBNs: the check digit an editor's copy is checked by (ISO 2108) and the catalogue link a reader
 * follows (docs/decisions/0040-isbns-linked-to-a-library-catalogue.md). The schema's messages are
 * pinned in schemas.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isbnDigits, isbnLookupHref, isbnProblem } from '../../src/server/citations/isbn';

describe('isbnProblem', () => {
  it.each([
    { what: 'an ISBN-13 as printed, with hyphens', isbn: '978-0-306-40615-7' },
    { what: 'an ISBN-13 whose check digit is 0', isbn: '978-0-306-40614-0' },
    { what: 'an ISBN-13 beginning 979', isbn: '979-10-90636-07-1' },
    { what: 'an ISBN-10', isbn: '0-306-40615-2' },
    { what: 'an ISBN-10 whose check digit is X (10)', isbn: '0-7710-9857-X' },
    { what: 'an ISBN-10 whose check digit is 0', isbn: '0-306-40616-0' },
    { what: 'an ISBN with spaces for hyphens', isbn: '978 0 306 40615 7' },
    { what: 'an ISBN-10 whose X an editor typed in lower case', isbn: '0-7710-9857-x' },
  ])('accepts $what', ({ isbn }) => {
    expect(isbnProblem(isbn)).toBeUndefined();
  });

  it.each([
    { what: 'an ISBN-13 with its last digit mistyped', isbn: '978-0-306-40615-8', expected: '7' },
    { what: 'an ISBN-13 with two digits swapped', isbn: '978-0-306-46015-7', expected: '9' },
    { what: 'an ISBN-10 with its last digit mistyped', isbn: '0-306-40615-3', expected: '2' },
    { what: 'an ISBN-10 ending in 0 that should end in X', isbn: '0-7710-9857-0', expected: 'X' },
  ])('names the check digit of $what', ({ isbn, expected }) => {
    expect(isbnProblem(isbn)).toBe(
      `"${isbn}" is not a valid ISBN: its last digit, the check digit, would be ${expected} for the digits before it; copy the ISBN again from the book`,
    );
  });

  it.each([
    { what: 'twelve digits', isbn: '978-0-306-40615' },
    { what: 'an X anywhere but last', isbn: '0-306-X0615-2' },
    { what: 'an ISBN-13 ending in X', isbn: '978-0-306-40615-X' },
    { what: 'eleven digits', isbn: '0-306-40615-27' },
    { what: 'fourteen digits', isbn: '978-0-306-40615-71' },
  ])('refuses $what as no ISBN', ({ isbn }) => {
    expect(isbnProblem(isbn)).toBe('is an ISBN of 10 or 13 digits (hyphens allowed), such as 978-0-306-40615-7');
  });
});

describe('isbnLookupHref', () => {
  it('links an ISBN to WorldCat’s lookup by its digits alone', () => {
    expect(isbnDigits('978-0-306 40615-7')).toBe('9780306406157');
    expect(isbnLookupHref('978-0-306-40615-7')).toBe('https://www.worldcat.org/isbn/9780306406157');
    expect(isbnLookupHref('0-7710-9857-X')).toBe('https://www.worldcat.org/isbn/077109857X');
    expect(isbnLookupHref('0-7710-9857-x')).toBe('https://www.worldcat.org/isbn/077109857X');
  });
});
