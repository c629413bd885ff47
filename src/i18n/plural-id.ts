/**
 * The id of one plural form of a phrase: `progress.counter` + `few` → `progress.counter.few`, as in the
 * XLIFF. The shipped bundles number their messages and swap this for arithmetic on those numbers
 * (scripts/rollup-msg-ids.mjs).
 */
export const pluralId = (base: string, category: string): string => `${base}.${category}`;
