// Not imported at run time. Declares every plural form of the phrases in messages.ts for
// `lit-localize extract`, with notes for translators: messages.ts builds these ids at run time
// (`progress.counter.few`) from Intl.PluralRules. Keep the English texts here and there in step.
import { msg, str } from '@lit/localize';

export function pluralForms(c: string, t: string): string[] {
  return [
    msg(str`${c} of ${t} completed`, {
      id: 'progress.counter.zero',
      desc: 'Progress of the whole checklist, e.g. "5 of 30 completed" (5 of 30 items are checked). Form "zero" (CLDR plural category of the first number); where your language has no "zero" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} completed`, {
      id: 'progress.counter.one',
      desc: 'Progress of the whole checklist, e.g. "5 of 30 completed" (5 of 30 items are checked). Form "one" (CLDR plural category of the first number); where your language has no "one" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} completed`, {
      id: 'progress.counter.two',
      desc: 'Progress of the whole checklist, e.g. "5 of 30 completed" (5 of 30 items are checked). Form "two" (CLDR plural category of the first number); where your language has no "two" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} completed`, {
      id: 'progress.counter.few',
      desc: 'Progress of the whole checklist, e.g. "5 of 30 completed" (5 of 30 items are checked). Form "few" (CLDR plural category of the first number); where your language has no "few" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} completed`, {
      id: 'progress.counter.many',
      desc: 'Progress of the whole checklist, e.g. "5 of 30 completed" (5 of 30 items are checked). Form "many" (CLDR plural category of the first number); where your language has no "many" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} completed`, {
      id: 'progress.counter.other',
      desc: 'Progress of the whole checklist, e.g. "5 of 30 completed" (5 of 30 items are checked). Form "other" (CLDR plural category of the first number); where your language has no "other" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t}`, {
      id: 'section.count.zero',
      desc: 'Progress of one section, e.g. "2 of 6". Form "zero" (CLDR plural category of the first number); where your language has no "zero" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t}`, {
      id: 'section.count.one',
      desc: 'Progress of one section, e.g. "2 of 6". Form "one" (CLDR plural category of the first number); where your language has no "one" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t}`, {
      id: 'section.count.two',
      desc: 'Progress of one section, e.g. "2 of 6". Form "two" (CLDR plural category of the first number); where your language has no "two" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t}`, {
      id: 'section.count.few',
      desc: 'Progress of one section, e.g. "2 of 6". Form "few" (CLDR plural category of the first number); where your language has no "few" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t}`, {
      id: 'section.count.many',
      desc: 'Progress of one section, e.g. "2 of 6". Form "many" (CLDR plural category of the first number); where your language has no "many" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t}`, {
      id: 'section.count.other',
      desc: 'Progress of one section, e.g. "2 of 6". Form "other" (CLDR plural category of the first number); where your language has no "other" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} items shown.`, {
      id: 'announce.filter.zero',
      desc: 'Screen-reader announcement after a filter changes, e.g. "11 of 30 items shown." Form "zero" (CLDR plural category of the first number); where your language has no "zero" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} items shown.`, {
      id: 'announce.filter.one',
      desc: 'Screen-reader announcement after a filter changes, e.g. "11 of 30 items shown." Form "one" (CLDR plural category of the first number); where your language has no "one" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} items shown.`, {
      id: 'announce.filter.two',
      desc: 'Screen-reader announcement after a filter changes, e.g. "11 of 30 items shown." Form "two" (CLDR plural category of the first number); where your language has no "two" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} items shown.`, {
      id: 'announce.filter.few',
      desc: 'Screen-reader announcement after a filter changes, e.g. "11 of 30 items shown." Form "few" (CLDR plural category of the first number); where your language has no "few" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} items shown.`, {
      id: 'announce.filter.many',
      desc: 'Screen-reader announcement after a filter changes, e.g. "11 of 30 items shown." Form "many" (CLDR plural category of the first number); where your language has no "many" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} items shown.`, {
      id: 'announce.filter.other',
      desc: 'Screen-reader announcement after a filter changes, e.g. "11 of 30 items shown." Form "other" (CLDR plural category of the first number); where your language has no "other" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} steps apply.`, {
      id: 'announce.apply.zero',
      desc: 'Screen-reader announcement after an answer in the setup ("About your port") changes which steps show, e.g. "31 of 44 steps apply." Form "zero" (CLDR plural category of the first number); where your language has no "zero" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} steps apply.`, {
      id: 'announce.apply.one',
      desc: 'Screen-reader announcement after an answer in the setup ("About your port") changes which steps show, e.g. "31 of 44 steps apply." Form "one" (CLDR plural category of the first number); where your language has no "one" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} steps apply.`, {
      id: 'announce.apply.two',
      desc: 'Screen-reader announcement after an answer in the setup ("About your port") changes which steps show, e.g. "31 of 44 steps apply." Form "two" (CLDR plural category of the first number); where your language has no "two" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} steps apply.`, {
      id: 'announce.apply.few',
      desc: 'Screen-reader announcement after an answer in the setup ("About your port") changes which steps show, e.g. "31 of 44 steps apply." Form "few" (CLDR plural category of the first number); where your language has no "few" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} steps apply.`, {
      id: 'announce.apply.many',
      desc: 'Screen-reader announcement after an answer in the setup ("About your port") changes which steps show, e.g. "31 of 44 steps apply." Form "many" (CLDR plural category of the first number); where your language has no "many" form, give the same text as "other".',
    }),
    msg(str`${c} of ${t} steps apply.`, {
      id: 'announce.apply.other',
      desc: 'Screen-reader announcement after an answer in the setup ("About your port") changes which steps show, e.g. "31 of 44 steps apply." Form "other" (CLDR plural category of the first number); where your language has no "other" form, give the same text as "other".',
    }),
    msg(str`For a port like yours, expect ${c}–${t} weeks.`, {
      id: 'estimate.weeks.zero',
      desc: 'Lead-time estimate added to the "Plan enough lead time" step from the setup answers, e.g. "For a port like yours, expect 2–4 weeks." Form "zero" (CLDR plural category of the second, larger number); where your language has no "zero" form, give the same text as "other".',
    }),
    msg(str`For a port like yours, expect ${c}–${t} weeks.`, {
      id: 'estimate.weeks.one',
      desc: 'Lead-time estimate added to the "Plan enough lead time" step from the setup answers, e.g. "For a port like yours, expect 2–4 weeks." Form "one" (CLDR plural category of the second, larger number); where your language has no "one" form, give the same text as "other".',
    }),
    msg(str`For a port like yours, expect ${c}–${t} weeks.`, {
      id: 'estimate.weeks.two',
      desc: 'Lead-time estimate added to the "Plan enough lead time" step from the setup answers, e.g. "For a port like yours, expect 2–4 weeks." Form "two" (CLDR plural category of the second, larger number); where your language has no "two" form, give the same text as "other".',
    }),
    msg(str`For a port like yours, expect ${c}–${t} weeks.`, {
      id: 'estimate.weeks.few',
      desc: 'Lead-time estimate added to the "Plan enough lead time" step from the setup answers, e.g. "For a port like yours, expect 2–4 weeks." Form "few" (CLDR plural category of the second, larger number); where your language has no "few" form, give the same text as "other".',
    }),
    msg(str`For a port like yours, expect ${c}–${t} weeks.`, {
      id: 'estimate.weeks.many',
      desc: 'Lead-time estimate added to the "Plan enough lead time" step from the setup answers, e.g. "For a port like yours, expect 2–4 weeks." Form "many" (CLDR plural category of the second, larger number); where your language has no "many" form, give the same text as "other".',
    }),
    msg(str`For a port like yours, expect ${c}–${t} weeks.`, {
      id: 'estimate.weeks.other',
      desc: 'Lead-time estimate added to the "Plan enough lead time" step from the setup answers, e.g. "For a port like yours, expect 2–4 weeks." Form "other" (CLDR plural category of the second, larger number); where your language has no "other" form, give the same text as "other".',
    }),
  ];
}
