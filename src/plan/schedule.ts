// The port-date plan, pure: each dated step's due day from the port date, its status as of today, the next
// deadline, and the port date to suggest when the visitor has none. Days are calendar days ('YYYY-MM-DD',
// days.ts), never instants, so a plan is the same in every time zone; "today" is passed in.
import { addWorkingDays, daysBetween, type Day, type Holidays } from './days.js';

/** A step with a deadline: `days` working days after the port date (before it when negative). */
export interface PlanStep {
  id: string;
  days: number;
}

/**
 * Where a step stands: `done` (checked), `overdue` (due before today), `today`, `week` (due within the next
 * seven days, today excluded) or `later`.
 */
export type DueStatus = 'done' | 'overdue' | 'today' | 'week' | 'later';

/** A step's due day and its status. */
export interface DatedStep {
  id: string;
  date: Day;
  status: DueStatus;
}

/** The plan for one port date. */
export interface Schedule {
  portDate: Day;
  /** The dated steps, in the order given, each with its due day. */
  steps: readonly DatedStep[];
  /** The deadline to meet next: the earliest-due step not done (the first in order among equals). */
  next?: DatedStep;
}

/** "This week": a step due within this many calendar days after today, today excluded, is due this week. */
export const WEEK = 7;

/** The due day of a step `days` working days from the port date (0: the port date, or the next working day). */
export const dueDay = (portDate: Day, days: number, holidays: Holidays): Day =>
  addWorkingDays(portDate, days, holidays);

/** Where a step due on `date` stands on `today`. */
export function dueStatus(date: Day, today: Day, done: boolean): DueStatus {
  if (done) return 'done';
  const ahead = daysBetween(today, date);
  return ahead < 0 ? 'overdue' : ahead === 0 ? 'today' : ahead < WEEK ? 'week' : 'later';
}

/** The plan of `steps` for `portDate` as of `today`; `done` holds the ids of checked steps. */
export function schedule(
  steps: readonly PlanStep[],
  portDate: Day,
  today: Day,
  done: ReadonlySet<string>,
  holidays: Holidays,
): Schedule {
  const dated = steps.map(({ id, days }) => {
    const date = dueDay(portDate, days, holidays);
    return { id, date, status: dueStatus(date, today, done.has(id)) };
  });
  let next: DatedStep | undefined;
  for (const step of dated) if (step.status !== 'done' && (!next || step.date < next.date)) next = step;
  return next ? { portDate, steps: dated, next } : { portDate, steps: dated };
}

/**
 * The earliest realistic port date from `today`: far enough ahead that every step not done yet can still be
 * done by its deadline, and that `leadDays` working days (the usual lead time of a port like this one, from the
 * lead-time estimate) have passed, counted from today, or from the next working day when today is not one.
 * Never today itself: at least one working day ahead.
 */
export function suggestPortDate(
  steps: readonly PlanStep[],
  today: Day,
  done: ReadonlySet<string>,
  leadDays: number,
  holidays: Holidays,
): Day {
  let need = Math.max(1, leadDays);
  for (const { id, days } of steps) if (!done.has(id)) need = Math.max(need, -days);
  return addWorkingDays(addWorkingDays(today, 0, holidays), need, holidays);
}
