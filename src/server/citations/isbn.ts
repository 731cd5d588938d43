/**
 * ISBNs, as editors copy them from a book and as readers use them: checked by their check digit
 * (ISO 2108: an ISBN-10 by weights 10 to 2 modulo 11, an ISBN-13 by weights 1 and 3 modulo 10),
 * and linked to WorldCat's lookup, which finds the book in the libraries that hold it
 * (docs/decisions/0040-isbns-linked-to-a-library-catalogue.md).
 */

/** An ISBN without the hyphens or spaces it is printed with, its X in capitals: "978-0-306-40615-7" → "9780306406157". */
export const isbnDigits = (isbn: string) => isbn.replace(/[-\s]/g, '').toUpperCase();

const ISBN_10 = /^\d{9}[\dX]$/;
// Stryker disable next-line Regex: it is only tried on 13 digits, so 13 characters from 97 to the end are the whole string without either anchor.
const ISBN_13 = /^97[89]\d{10}$/;

/** The check digit the other digits of an ISBN-10 or ISBN-13 (without hyphens) call for. */
function checkDigit(digits: string): string {
  const body = [...digits.slice(0, -1)].map(Number);
  if (digits.length === 10) {
    const sum = body.reduce((total, digit, index) => total + digit * (10 - index), 0);
    const check = (11 - (sum % 11)) % 11;
    return check === 10 ? 'X' : String(check);
  }
  const sum = body.reduce((total, digit, index) => total + digit * (index % 2 === 0 ? 1 : 3), 0);
  return String((10 - (sum % 10)) % 10);
}

/**
 * What is wrong with an ISBN as an editor wrote it, as the end of a sentence beginning "isbn",
 * or `undefined` when it is an ISBN: the wrong number of digits, an ISBN-13 that does not begin
 * 978 or 979, or a check digit its other digits do not give (a digit mistyped or two swapped).
 */
export function isbnProblem(isbn: string): string | undefined {
  const digits = isbnDigits(isbn);
  if (!ISBN_10.test(digits) && !/^\d{13}$/.test(digits))
    return 'is an ISBN of 10 or 13 digits (hyphens allowed), such as 978-0-306-40615-7';
  if (digits.length === 13 && !ISBN_13.test(digits)) return `"${isbn}" is not an ISBN: a 13-digit ISBN begins 978 or 979`;
  const expected = checkDigit(digits);
  if (digits.at(-1) !== expected)
    return `"${isbn}" is not a valid ISBN: its last digit, the check digit, would be ${expected} for the digits before it; copy the ISBN again from the book`;
  return undefined;
}

/** Where a reader finds a book by its ISBN: WorldCat's permanent lookup address, the digits without hyphens. */
export const isbnLookupHref = (isbn: string) => `https://www.worldcat.org/isbn/${isbnDigits(isbn)}`;
