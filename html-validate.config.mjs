// html-validate's rules for the built site (tests/build/html-validity.test.ts runs them over every
// page of every build; `npx html-validate dist` reads this file too).
import { FlatCompat, esmResolver } from 'html-validate';

const compat = new FlatCompat([esmResolver()]);

export default [
  // HTML5's elements; the recommended rules (standard, accessibility) and those for whole
  // documents (doctype, labels, heading levels, references by id).
  await compat.config({ elements: ['html5'], extends: ['html-validate:recommended', 'html-validate:document'] }),
  await compat.config({
    rules: {
      // Lists styled without markers take role="list" on purpose: WebKit drops list semantics for
      // them otherwise. Any other redundant role is still an error.
      'no-redundant-role': ['error', { exclude: ['list'] }],
      // An SEO heuristic, not validity: an essay's title is its author's, and the page title is
      // that title and the site name; it is never shortened.
      'long-title': 'off',
      // Both forms are valid HTML. Astro's templates omit the slash; MDX compiles Markdown to JSX,
      // which writes `<hr/>`. Neither is written by hand.
      'void-style': 'off',
      // Subresource integrity guards files served from elsewhere; every file here is the site's
      // own, under the same CSP. Anything cross-origin must still carry integrity.
      'require-sri': ['error', { target: 'crossorigin' }],
      // The header's search form has one field and no button: Enter submits it (implicit
      // submission) and phone keyboards show a Search key (enterkeyhint). The search page's own
      // form has a button.
      'wcag/h32': 'off',
    },
  }),
];
