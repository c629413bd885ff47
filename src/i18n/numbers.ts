// English counts without Intl. The first Intl formatter a page builds costs tens of milliseconds (`npm run
// bench` measured 27 ms of a 30-item first render in Chromium, loading ICU data), so English, the source
// locale, writes its counts itself: the same text as Intl.NumberFormat('en') for the integers we count.

/** A non-negative integer with thousands separators, as Intl.NumberFormat('en') writes it: 1234 → "1,234". */
export const englishNumber = (count: number): string => String(count).replace(/\B(?=(\d{3})+$)/g, ',');

/** The English plural category of a count, as Intl.PluralRules('en') chooses it for integers. */
export const englishPlural = (count: number): Intl.LDMLPluralRule => (count === 1 ? 'one' : 'other');
