// Phrases with counts. Numbers are formatted for the active locale, and each phrase takes the form that
// Intl.PluralRules chooses for its first number, among every CLDR category (zero, one, two, few, many, other),
// never by concatenation: English has "one" and "other", Polish and Czech "few" and "many", Arabic all six.
// The ids are built at run time (`progress.counter.few`), so the call goes through a plain signature that the
// extractor does not read as msg(); plural-forms.ts declares every form for translators.
import { msg, str } from '@lit/localize';
import { getLocale } from './localization.js';
import { englishNumber, englishPlural } from './numbers.js';
import { pluralId } from './plural-id.js';

type Lookup = (template: ReturnType<typeof str>, options: { id: string }) => string;

type Intlish = [Pick<Intl.NumberFormat, 'format'>, Pick<Intl.PluralRules, 'select'>];

// English skips Intl, whose first formatter costs a page tens of milliseconds (numbers.ts).
const cached = new Map<string, Intlish>([['en', [{ format: englishNumber }, { select: englishPlural }]]]);

function intl(): Intlish {
  const locale = getLocale();
  let entry = cached.get(locale);
  if (!entry) {
    entry = [new Intl.NumberFormat(locale), new Intl.PluralRules(locale)];
    cached.set(locale, entry);
  }
  return entry;
}

/** "`a` of `b`"-phrases in the form for `a`, with both numbers written for the locale. */
function counted(
  id: string,
  a: number,
  b: number,
  english: (a: string, b: string) => ReturnType<typeof str>,
) {
  const [numbers, plurals] = intl();
  return (msg as unknown as Lookup)(english(numbers.format(a), numbers.format(b)), {
    id: pluralId(id, plurals.select(a)),
  });
}

/** "5 of 30 completed": the progress of the whole checklist. */
export const counterText = (completed: number, total: number): string =>
  counted('progress.counter', completed, total, (c, t) => str`${c} of ${t} completed`);

/** "2 of 6": the progress of one section. */
export const sectionCountText = (completed: number, total: number): string =>
  counted('section.count', completed, total, (c, t) => str`${c} of ${t}`);

/** "11 of 30 items shown.": announced after a filter changes. */
export const shownText = (shown: number, total: number): string =>
  counted('announce.filter', shown, total, (c, t) => str`${c} of ${t} items shown.`);

/** "31 of 44 steps apply.": announced after a setup answer changes which steps show. */
export const applyText = (shown: number, total: number): string =>
  counted('announce.apply', shown, total, (c, t) => str`${c} of ${t} steps apply.`);

/** "For a port like yours, expect 2–4 weeks.": the lead-time estimate, in the form for the larger number. */
export const estimateText = (fewest: number, most: number): string =>
  counted('estimate.weeks', most, fewest, (m, f) => str`For a port like yours, expect ${f}–${m} weeks.`);
