/**
 * "1 row", "2,696 rows": the command line's English counts, chosen by Intl.PluralRules as the app's
 * catalogue chooses its plural variants (src/i18n/translate.ts pluralKey), digits grouped en-GB.
 */
const rules = new Intl.PluralRules('en-GB');

/** `count` and the noun in the form English takes for it. */
export function countedWord(count: number, one: string, other: string): string {
  return `${count.toLocaleString('en-GB')} ${rules.select(count) === 'one' ? one : other}`;
}
