// The lead-time estimate of the bundled checklist, pure: how many weeks a port like the visitor's usually
// takes, from the answers to the setup questions and the country. The ranges are the vendors' published
// figures gathered in shared/guides/porting-domain.md §3 (sources.ts, keys `estimate.*`): simple 1–2 weeks,
// complex or multi-line 2–4, toll-free 1–4, large projects 3–6; in Sweden fixed numbers at least 10 working
// days; in Germany a landline order about 15 working days ahead.
import type { Answers, ChecklistConfig } from '../config/types.js';
import type { RegionId } from './region.js';

/** A range of weeks, `[fewest, most]`. */
export type Weeks = readonly [number, number];

const has = (answers: Answers, question: string, option: string): boolean => {
  const answer = answers[question];
  return answer === option || (Array.isArray(answer) && answer.includes(option));
};

/**
 * The weeks a port with these answers usually takes in `region` (`null`: the generic set), or `undefined`
 * before the questions that decide it (how many numbers, or which kinds) are answered. Each rejection adds
 * 1–2 weeks, which the checklist says in the lead-time step itself.
 */
export function leadTime(answers: Answers, region: RegionId | null): Weeks | undefined {
  if (answers.count === undefined && answers.types === undefined) return undefined;
  if (has(answers, 'count', '21+')) return [3, 6];
  const complex =
    has(answers, 'count', '2-20') || has(answers, 'scope', 'partial') || has(answers, 'sites', 'several');
  const tollFree = has(answers, 'types', 'toll-free');
  const fixed = has(answers, 'types', 'landline') || has(answers, 'types', 'voip');
  let weeks: Weeks = complex ? [2, 4] : tollFree ? [1, 4] : [1, 2];
  // Sweden: fixed numbers want at least 10 working days; Germany: a landline port is ordered about 15
  // working days before the old contract ends.
  if (region === 'se' && fixed) weeks = [Math.max(weeks[0], 2), Math.max(weeks[1], 3)];
  if (region === 'de' && has(answers, 'types', 'landline'))
    weeks = [Math.max(weeks[0], 3), Math.max(weeks[1], 4)];
  return weeks;
}

/** The id of the bundled step that the estimate joins. */
export const LEAD_TIME_STEP = 'timing.lead-time';

/** The config with `text` (the estimate, in words) added to the lead-time step's detail. */
export function withLeadTime<C extends ChecklistConfig<string>>(config: C, text: string): C {
  return {
    ...config,
    sections: config.sections.map((section) => ({
      ...section,
      items: section.items.map((item) =>
        item.id === LEAD_TIME_STEP
          ? { ...item, detail: item.detail ? `${item.detail} ${text}` : text }
          : item,
      ),
    })),
  };
}
