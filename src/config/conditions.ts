// Conditions of a config, pure: which sections and items apply, given the answers to its questions. A condition
// is data, evaluated here, never code (no eval):
//
//   { "types": "toll-free" }              the answer is, or for a multiple-choice question includes, the option
//   { "count": ["2-20", "21+"] }          the answer is (or includes) any of the options
//   { "types": "mobile", "sites": "several" }   several keys: all of them hold
//   { "not": <condition> }                the condition does not hold
//   { "any": [<condition>, …] }           at least one holds
//   { "all": [<condition>, …] }           every one holds
//
// An unanswered question makes its conditions hold, so a skipped setup shows every step: a key about an
// unanswered question is "unknown", and unknown counts as holding at the end. `not` of unknown stays unknown
// (three-valued logic), so a step behind `{ "not": { "types": "mobile" } }` also shows before anyone answered.
import type { Answers, ChecklistCondition, ChecklistConfig } from './types.js';

/** The names of the combinators; no question may be called so. */
export const COMBINATORS = ['not', 'any', 'all'] as const;

/** True, false, or unknown (an unanswered question). */
type Truth = boolean | undefined;

const and = (values: Truth[]): Truth =>
  values.includes(false) ? false : values.includes(undefined) ? undefined : true;
const or = (values: Truth[]): Truth =>
  values.includes(true) ? true : values.includes(undefined) ? undefined : false;

function truth(condition: ChecklistCondition, answers: Answers): Truth {
  const values: Truth[] = [];
  for (const [key, expected] of Object.entries(condition)) {
    if (key === 'not') {
      const inner = truth(expected as ChecklistCondition, answers);
      values.push(inner === undefined ? undefined : !inner);
    } else if (key === 'any' || key === 'all') {
      const inner = (expected as ChecklistCondition[]).map((part) => truth(part, answers));
      values.push(key === 'any' ? or(inner) : and(inner));
    } else {
      const answer = answers[key];
      if (answer === undefined) {
        values.push(undefined);
        continue;
      }
      const given = typeof answer === 'string' ? [answer] : answer;
      const wanted = typeof expected === 'string' ? [expected] : (expected as string[]);
      values.push(wanted.some((option) => given.includes(option)));
    }
  }
  return and(values);
}

/** Whether a step with this condition applies; no condition, or an unanswered question, applies. */
export function holds(condition: ChecklistCondition | undefined, answers: Answers): boolean {
  return condition === undefined || truth(condition, answers) !== false;
}

/**
 * The config with only the sections and items that apply to `answers`; a section left with no item is left out.
 * The same object when the config has no conditions.
 */
export function applicable<C extends ChecklistConfig<string>>(config: C, answers: Answers): C {
  const conditional = config.sections.some(
    (section) => section.when !== undefined || section.items.some((item) => item.when !== undefined),
  );
  if (!conditional) return config;
  const sections = config.sections
    .filter((section) => holds(section.when, answers))
    .map((section) => ({ ...section, items: section.items.filter((item) => holds(item.when, answers)) }))
    .filter((section) => section.items.length > 0);
  return { ...config, sections };
}
