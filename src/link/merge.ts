// Opening a progress link (issue 17): what a link's snapshot changes in this browser's state, for the visitor's
// choice of "merge" or "replace", and what a link holds, in numbers, for the dialog that asks. Pure: plain data in,
// a StateChange out (the state applies it as any other change). Only the current checklist's item ids are
// touched: a record may hold another checklist's ids too (a config edited since), and those are never changed.
import type { Answers } from '../config/types.js';
import type { StateChange, StoredPlan } from '../state/storage.js';
import type { ProgressSnapshot } from './code.js';

/** What the visitor chose to do with a link's progress. */
export type ImportMode = 'merge' | 'replace';

/** What this browser holds, as a stored record's fields. */
export interface HeldProgress {
  checked: readonly string[];
  notes?: Readonly<Record<string, string>>;
  /** Absent: never asked; `{}`: skipped. */
  answers?: Answers;
  plan?: Readonly<Pick<StoredPlan, 'date' | 'confirmed'>>;
}

const samePlan = (a?: HeldProgress['plan'], b?: HeldProgress['plan']) =>
  a?.date === b?.date && !!a?.confirmed === !!b?.confirmed;

const sameAnswer = (a: string | readonly string[] | undefined, b: string | readonly string[] | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The change that takes a link's snapshot into what this browser holds, for the checklist whose item ids are
 * `ids`. It names only what differs, and leaves out a field that does not change (`{}`: nothing to do).
 *
 * - `merge`: the union of the checked steps; this browser's answers kept, the link's filling the questions
 *   unanswered here (the link's "skipped" only where this browser was never asked); this browser's port date kept
 *   if it has one, else the link's; this browser's notes kept, the link's added to the steps with none.
 * - `replace`: the checklist's checks and port date become the link's, and its answers when the link carries
 *   them (an absent `answers` is "not carried"); its notes too when the link carries notes, else this browser's
 *   notes are kept.
 */
export function importChange(
  held: HeldProgress,
  snapshot: ProgressSnapshot,
  ids: readonly string[],
  mode: ImportMode,
): StateChange {
  const change: StateChange = {};
  const mine = new Set(held.checked);
  const theirs = new Set(snapshot.checked);
  const checked = new Map<string, boolean>();
  for (const id of ids) {
    const on = mode === 'merge' ? mine.has(id) || theirs.has(id) : theirs.has(id);
    if (on !== mine.has(id)) checked.set(id, on);
  }
  if (checked.size > 0) change.checked = checked;

  const myNotes = held.notes ?? {};
  const notes = new Map<string, string>();
  if (snapshot.notes) {
    for (const id of ids) {
      const here = Object.hasOwn(myNotes, id) ? myNotes[id] : '';
      const there = Object.hasOwn(snapshot.notes, id) ? snapshot.notes[id] : '';
      const next = mode === 'merge' && here !== '' ? here : there;
      if (next !== here) notes.set(id, next);
    }
  }
  if (notes.size > 0) change.notes = notes;

  const linked = snapshot.answers;
  if (linked) {
    const mineAnswers = held.answers ?? {};
    const answers = new Map<string, string | readonly string[] | null>();
    for (const [id, answer] of Object.entries(linked)) {
      const here = Object.hasOwn(mineAnswers, id) ? mineAnswers[id] : undefined;
      if ((mode === 'replace' || here === undefined) && !sameAnswer(here, answer)) answers.set(id, answer);
    }
    if (mode === 'replace')
      for (const id of Object.keys(mineAnswers)) if (!Object.hasOwn(linked, id)) answers.set(id, null);
    // An empty map still writes `answers: {}`: the link's "skipped" where this browser was never asked.
    if (answers.size > 0 || held.answers === undefined) change.answers = answers;
  }

  const plan = mode === 'merge' ? (held.plan ?? snapshot.plan) : snapshot.plan;
  if (!samePlan(plan, held.plan)) change.plan = plan ? { date: plan.date, confirmed: plan.confirmed } : null;
  return change;
}

/** What a link (or this browser) holds of one checklist, for the dialog that asks what to do with a link. */
export interface ProgressOverview {
  /** How many of the checklist's steps are checked. */
  done: number;
  /** How many steps the checklist has. */
  total: number;
  /** The port date, 'YYYY-MM-DD', if any, and whether it is confirmed. */
  portDate?: string;
  confirmed: boolean;
  /** How many of the checklist's steps have a note. */
  notes: number;
  /** Checked steps that could not be placed on the checklist (it changed since the link was made). */
  unmatched: number;
}

/** The numbers of a snapshot or of what this browser holds, over the checklist's item ids `ids`. */
export function overview(
  progress: Pick<HeldProgress, 'checked' | 'notes' | 'plan'>,
  ids: readonly string[],
  unmatched = 0,
): ProgressOverview {
  const checked = new Set(progress.checked);
  const notes = progress.notes ?? {};
  const result: ProgressOverview = {
    done: ids.filter((id) => checked.has(id)).length,
    total: ids.length,
    confirmed: progress.plan?.confirmed === true,
    notes: ids.filter((id) => Object.hasOwn(notes, id) && notes[id] !== '').length,
    unmatched,
  };
  if (progress.plan) result.portDate = progress.plan.date;
  return result;
}
