// The English-only twin of messages.ts, used by the build of dist/port-checklist.js. English has the same
// text for every plural form of these phrases, so no plural rules are needed; counts still get separators.
import { msg, str } from '@lit/localize';
import type * as Messages from './messages.js';
import { englishNumber } from './numbers.js';

// Called through a plain signature, like messages.ts, so the extractor declares these ids only once.
type Lookup = (template: ReturnType<typeof str>, options: { id: string }) => string;
const lookup = (template: ReturnType<typeof str>, id: string) => (msg as unknown as Lookup)(template, { id });
const n = englishNumber;

export const counterText: typeof Messages.counterText = (completed, total) =>
  lookup(str`${n(completed)} of ${n(total)} completed`, 'progress.counter.other');

export const sectionCountText: typeof Messages.sectionCountText = (completed, total) =>
  lookup(str`${n(completed)} of ${n(total)}`, 'section.count.other');

export const shownText: typeof Messages.shownText = (shown, total) =>
  lookup(str`${n(shown)} of ${n(total)} items shown.`, 'announce.filter.other');

export const applyText: typeof Messages.applyText = (shown, total) =>
  lookup(str`${n(shown)} of ${n(total)} steps apply.`, 'announce.apply.other');

export const estimateText: typeof Messages.estimateText = (fewest, most) =>
  lookup(str`For a port like yours, expect ${n(fewest)}–${n(most)} weeks.`, 'estimate.weeks.other');
