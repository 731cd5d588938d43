/**
 * Counts in words, for the copy route data hands to pages: the plural form comes from
 * `Intl.PluralRules` in the site's language, never from `n === 1`, and a zero is left unsaid.
 */
import { SITE_LANGUAGE } from '../../shared/site';

const pluralRules = new Intl.PluralRules(SITE_LANGUAGE);

/** A phrase in each plural form the site's language uses; `other` is the one every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of a phrase that goes with `count`: `plural(1, { one: 'essay', other: 'essays' })` is "essay". */
export function plural(count: number, forms: PluralForms): string {
  return forms[pluralRules.select(count)] ?? forms.other;
}

const names = new Intl.ListFormat(SITE_LANGUAGE, { type: 'conjunction' });

/** Names as a byline lists them: "Ann Critic", "Ann Critic and Bo Critic", "A, B, and C". */
export const listOfNames = (list: readonly string[]) => names.format(list);

/** A count and its noun phrase: "1 essay that discusses it", "2 essays that discuss it". */
export const counted = (count: number, forms: PluralForms) => `${count} ${plural(count, forms)}`;

/** How many essays are on a film and how many discuss it without being about it. */
export interface EssayCounts {
  about: number;
  discussing: number;
}

/**
 * A film's essays in words, each count that is not zero: ["2 essays on it", "1 essay that
 * discusses it"], or none at all.
 */
export function essayCountPhrases({ about, discussing }: EssayCounts): string[] {
  return [
    about > 0 ? `${counted(about, { one: 'essay', other: 'essays' })} on it` : '',
    discussing > 0 ? `${counted(discussing, { one: 'essay that discusses', other: 'essays that discuss' })} it` : '',
  ].filter(Boolean);
}
