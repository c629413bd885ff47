// The port-date planner (issue 16): the port date (the visitor's, the host's, or a suggestion), each dated step's
// due day beside it, the next deadline in the header, and "Add to calendar". A chunk of its own with its texts
// (the `plan` part of each locale), loaded right after the first render, or before it when a port date is stored
// or given (so the steps' dates are in the first render). Its two lines (the next deadline in the header, the
// folded port-date line under "About your port") are rendered by the element with their space kept, so nothing
// shifts when it arrives; the steps show dates only once a date is in force, which the visitor's own click or
// a stored or given date brings. The arithmetic is pure (plan/); what it uses of the element is ToolsHost.
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ChecklistItem } from '../config/types.js';
import { bundledDue } from '../content/due.js';
import { leadTime } from '../content/estimate.js';
import { regionName } from '../content/region.js';
import { getLocale } from '../i18n/localization.js';
import { holidaySet, isWorkingDay, parseDay, todayIn, type Day, type Holidays } from '../plan/days.js';
import { formatDay } from '../plan/format.js';
import { eventUid, toIcs, type IcsEvent } from '../plan/ics.js';
import { schedule, suggestPortDate, type DatedStep, type PlanStep, type Schedule } from '../plan/schedule.js';
import type { PlanEventDetail, PlanSource } from '../events.js';
import { VERSION } from '../version.js';
import { saveFile } from './save-file.js';
import type { ToolsHost } from './tools-host.js';

type Host = ToolsHost;

/** The plan in force: its port date, where that came from, and the schedule. */
export interface Plan extends Schedule {
  /** True when the port date is the planner's suggestion (no date entered or given). */
  estimated: boolean;
  /** True when the date is the confirmed (FOC) one. */
  confirmed: boolean;
  /** True when the host set the date (`port-date`): the visitor does not enter one. */
  fixed: boolean;
  today: Day;
  /** The steps' dates by item id. */
  byId: ReadonlyMap<string, DatedStep>;
  /** The non-working days besides weekends that the dates skip. */
  holidays: Holidays;
}

const WEEK_OF_WORKING_DAYS = 5;

/** The holidays the planner skips: the preset country's; none for the generic set or a given config. */
function holidaysOf(host: Host): Holidays {
  return holidaySet(host._preset?.holidays);
}

/** The dated steps of the config shown: their own `due`, or the bundled offsets for the bundled checklist. */
function steps(host: Host): PlanStep[] {
  const region = host._preset?.id ?? null;
  return host._config.sections.flatMap((section) =>
    section.items.flatMap((item) => {
      const days = item.due?.days ?? (host._given ? undefined : bundledDue(item.id, region));
      return days === undefined ? [] : [{ id: item.id, days }];
    }),
  );
}

const reported = new WeakMap<Host, string>();

/**
 * The host's `portDate`, checked: a real calendar day as `YYYY-MM-DD`; anything else is reported once
 * (`config-invalid`) and ignored.
 */
function hostDate(host: Host): Day | undefined {
  const given = host.portDate?.trim();
  if (!given) return undefined;
  const date = parseDay(given);
  if (!date && reported.get(host) !== given) {
    reported.set(host, given);
    host._emit('port-checklist-error', {
      code: 'config-invalid',
      message: `port-date: "${given}" is not a date as YYYY-MM-DD; ignored`,
    });
  }
  return date;
}

/** The visitor's stored date, if it is a real day (a record edited by hand may hold anything). */
const storedDate = (host: Host): Day | undefined => parseDay(host._state.plan?.date);

/** What a plan is computed from, compared by identity: the config, checks and plan objects change on a change. */
interface Inputs {
  today: Day;
  config: unknown;
  checked: unknown;
  plan: unknown;
  portDate: unknown;
  preset: unknown;
}

const cache = new WeakMap<Host, { inputs: Inputs; plan: Plan | undefined }>();

const same = (a: Inputs, b: Inputs): boolean =>
  a.today === b.today &&
  a.config === b.config &&
  a.checked === b.checked &&
  a.plan === b.plan &&
  a.portDate === b.portDate &&
  a.preset === b.preset;

/**
 * The plan of the config shown as of today; undefined when it has no dated steps. Computed once per change of
 * what it depends on (a render asks for it once per step).
 */
export function planOf(host: Host): Plan | undefined {
  const inputs: Inputs = {
    today: todayIn(new Date()),
    config: host._config,
    checked: host._state.checked,
    plan: host._state.plan,
    portDate: host.portDate,
    preset: host._preset,
  };
  const cached = cache.get(host);
  if (cached && same(cached.inputs, inputs)) return cached.plan;
  const plan = compute(host, inputs.today);
  cache.set(host, { inputs, plan });
  return plan;
}

function compute(host: Host, today: Day): Plan | undefined {
  const dated = steps(host);
  if (dated.length === 0) return undefined;
  const fixed = hostDate(host);
  const given = fixed ?? storedDate(host);
  const holidays = holidaysOf(host);
  const weeks = host._given ? undefined : leadTime(host._answers(), host._preset?.id ?? null);
  const portDate =
    given ??
    suggestPortDate(dated, today, host._state.checked, (weeks?.[1] ?? 0) * WEEK_OF_WORKING_DAYS, holidays);
  const base = schedule(dated, portDate, today, host._state.checked, holidays);
  return {
    ...base,
    estimated: given === undefined,
    confirmed: fixed === undefined && given !== undefined && !!host._state.plan?.confirmed,
    fixed: fixed !== undefined,
    today,
    byId: new Map(base.steps.map((step) => [step.id, step])),
    holidays,
  };
}

/** A day in words for the visitor: with the year when it is not this year's. */
function day(date: Day, today: Day): string {
  return formatDay(date, getLocale(), date.slice(0, 4) !== today.slice(0, 4));
}

/** The detail of `port-checklist-plan`. */
export function planDetail(host: Host, source: PlanSource): PlanEventDetail {
  const plan = planOf(host);
  return {
    portDate: plan?.portDate ?? null,
    estimated: plan?.estimated ?? true,
    confirmed: plan?.confirmed ?? false,
    nextDue: plan?.next ? { itemId: plan.next.id, date: plan.next.date } : null,
    source,
  };
}

/**
 * Says and reports the plan after a change of the port date made on this page or in another tab, once the
 * dates it moves have rendered. (The host's `portDate` is reported by the element, after the update it caused.)
 */
export async function planChanged(host: Host, source: PlanSource): Promise<void> {
  host.requestUpdate();
  await host.updateComplete;
  const plan = planOf(host);
  if (source === 'user' && plan) host._announce(announcement(host, plan));
  host._emit('port-checklist-plan', planDetail(host, source));
}

function announcement(host: Host, plan: Plan): string {
  const next = nextText(host, plan);
  const date = day(plan.portDate, plan.today);
  const set = plan.estimated
    ? msg('Port date cleared.', {
        id: 'plan.announce.cleared',
        desc: 'Screen-reader announcement after the visitor clears the port date',
      })
    : msg(str`Port date set: ${date}.`, {
        id: 'plan.announce.set',
        desc: 'Screen-reader announcement after the visitor enters a port date; the placeholder is a date',
      });
  return next ? `${set} ${next}` : set;
}

/** Stores the visitor's port date (`null` clears it), then re-renders, announces and reports it. */
function setPlan(host: Host, plan: { date: Day; confirmed: boolean } | null): void {
  invalid.delete(host);
  host._state.change({ plan });
  void planChanged(host, 'user');
}

function onDate(host: Host, event: Event): void {
  const input = event.target as HTMLInputElement;
  if (input.value === '') return setPlan(host, null);
  const date = parseDay(input.value);
  if (date) return setPlan(host, { date, confirmed: !!host._state.plan?.confirmed });
  invalid.add(host);
  host.requestUpdate();
}

function onConfirmed(host: Host, event: Event): void {
  const date = storedDate(host);
  if (date) setPlan(host, { date, confirmed: (event.target as HTMLInputElement).checked });
}

/** Hosts whose date field holds text that is not a date (a browser without a date picker). */
const invalid = new WeakSet<Host>();
/** Hosts whose port-date panel is open. */
const open = new WeakSet<Host>();

/** "Next: Sign the authorization by Tue, 14 Jan" for the header; undefined when no dated step is left. */
function nextText(host: Host, plan: Plan): string | undefined {
  const next = plan.next;
  if (!next) return undefined;
  const title = host._config.sections.flatMap((s) => s.items).find((item) => item.id === next.id)?.title;
  const date = day(next.date, plan.today);
  return next.status === 'overdue'
    ? msg(str`Next: ${title}, overdue since ${date}`, {
        id: 'plan.next.overdue',
        desc: 'Header line: the next step to do and the date it was due, which has passed',
      })
    : plan.estimated
      ? msg(str`Next: ${title} by about ${date}`, {
          id: 'plan.next.estimated',
          desc: 'Header line: the next step to do and its due date, estimated from a suggested port date',
        })
      : msg(str`Next: ${title} by ${date}`, {
          id: 'plan.next',
          desc: 'Header line: the next step to do and the date it is due',
        });
}

/** The header's line (the element keeps its space): the next deadline, or that every dated step is done. */
export function renderNext(host: Host): string {
  const plan = planOf(host);
  if (!plan) return '';
  return (
    nextText(host, plan) ??
    msg('Every dated step is done.', {
      id: 'plan.next.none',
      desc: 'Header line when every step with a due date is checked',
    })
  );
}

/** A step's status in words, never by colour alone. */
function statusText(step: DatedStep): string | undefined {
  switch (step.status) {
    case 'overdue':
      return msg('overdue', { id: 'plan.status.overdue', desc: 'After a step’s due date that has passed' });
    case 'today':
      return msg('due today', { id: 'plan.status.today', desc: 'After a step’s due date that is today' });
    case 'week':
      return msg('due this week', {
        id: 'plan.status.week',
        desc: 'After a step’s due date within the next seven days',
      });
    default:
      return undefined;
  }
}

/**
 * "due Tue, 14 Jan, overdue", for the step and the export; undefined for a step without a date, and for every
 * step while the port date is only a suggestion.
 */
export function dueText(host: Host, id: string): string | undefined {
  const plan = planOf(host);
  const step = plan?.byId.get(id);
  return plan && step && dueWords(plan, step);
}

/** A dated step's date and status in words; undefined while the port date is only a suggestion. */
function dueWords(plan: Plan, step: DatedStep): string | undefined {
  if (plan.estimated) return undefined;
  const date = day(step.date, plan.today);
  const when = msg(str`due ${date}`, { id: 'plan.due', desc: 'Beside a step: its due date' });
  const status = statusText(step);
  return status ? `${when}, ${status}` : when;
}

/** The step's date beside its title (inside its label, so a screen reader says it with the step). */
export function renderDue(host: Host, item: ChecklistItem): TemplateResult | typeof nothing {
  const plan = planOf(host);
  const step = plan?.byId.get(item.id);
  const text = plan && step && dueWords(plan, step);
  return text ? html` <span part="due" class="due ${step.status}">(${text})</span>` : nothing;
}

/** "Port date: Tue, 14 Jan 2027 (estimate)", for the export and the print layout. */
export function portDateLine(host: Host): string | undefined {
  const plan = planOf(host);
  if (!plan) return undefined;
  const date = formatDay(plan.portDate, getLocale(), true);
  return plan.estimated
    ? msg(str`Port date: ${date} (suggested, an estimate)`, {
        id: 'plan.line.estimated',
        desc: 'Export and print: the suggested port date',
      })
    : plan.confirmed
      ? msg(str`Port date: ${date} (confirmed by the new provider)`, {
          id: 'plan.line.confirmed',
          desc: 'Export and print: the port date the new provider confirmed (the FOC date)',
        })
      : msg(str`Port date: ${date}`, { id: 'plan.line', desc: 'Export and print: the planned port date' });
}

/** Which days the dates skip: weekends, and the preset country's holidays in the years its data covers. */
function workingDaysText(host: Host): string {
  const holidays = host._preset?.holidays;
  return host._preset && holidays
    ? msg(
        str`Dates count working days: weekends and public holidays in ${regionName(host._preset.id)} are skipped (holidays known for ${holidays.first}–${holidays.last}).`,
        {
          id: 'plan.working.country',
          desc: 'Under the port date: how due dates are counted; placeholders: a country, then two years',
        },
      )
    : msg('Dates count working days: weekends are skipped, public holidays are not (no country is chosen).', {
        id: 'plan.working.generic',
        desc: 'Under the port date, when no country is chosen: how due dates are counted',
      });
}

/** The calendar file: the port date and each dated step not done yet, each with a reminder the day before. */
export function calendar(host: Host, now = new Date()): string {
  const plan = planOf(host);
  const name = host.storageKey || host._config.id || 'default';
  const items = new Map(host._config.sections.flatMap((s) => s.items).map((item) => [item.id, item]));
  const page = /^https?:$/.test(location.protocol) ? location.href.split('#')[0] : undefined;
  const alarm = { daysBefore: 1, atTime: '09:00' };
  const events: IcsEvent[] = [];
  if (plan) {
    events.push({
      uid: eventUid(name, 'port-date'),
      date: plan.portDate,
      summary: msg('Port date: your numbers move to the new provider', {
        id: 'plan.ics.port',
        desc: 'Calendar event title of the port date',
      }),
      url: page,
      alarm,
    });
    for (const step of plan.steps) {
      const item = items.get(step.id);
      if (!item || step.status === 'done') continue;
      events.push({
        uid: eventUid(name, step.id),
        date: step.date,
        summary: item.title,
        description: item.detail,
        url: page,
        alarm,
      });
    }
  }
  return toIcs({
    prodId: `-//CallTracker//port-checklist ${VERSION}//EN`,
    name: host._config.title,
    events,
    stamp: now,
  });
}

function download(host: Host): void {
  saveFile(
    host,
    `${host._config.id ?? 'port-checklist'}-plan.ics`,
    'text/calendar;charset=utf-8',
    calendar(host),
  );
  host._announce(
    msg('Calendar file downloaded.', {
      id: 'plan.announce.calendar',
      desc: 'Screen-reader announcement after "Add to calendar" saved the calendar file',
    }),
  );
}

async function focus(host: Host, selector: string): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}

/** Opens or folds the port-date field. */
function toggle(host: Host): void {
  const opening = !open.has(host);
  if (opening) open.add(host);
  else open.delete(host);
  host.requestUpdate();
  void focus(host, opening ? '#port-date' : '[data-action="plan"]');
}

/**
 * The folded port-date line, in the row the element keeps for it: the date in force or the suggestion, a button
 * that opens the field, and "Add to calendar" once a date is in force; the field below it when open.
 */
export function renderRow(host: Host): TemplateResult | typeof nothing {
  adopt(host);
  const plan = planOf(host);
  if (!plan) return nothing;
  const date = formatDay(plan.portDate, getLocale(), true);
  const summary = plan.fixed
    ? msg(str`${date} (set by your provider)`, {
        id: 'plan.fixed',
        desc: 'Folded port-date line when the page set the date, so the visitor cannot change it; the placeholder is a date',
      })
    : plan.estimated
      ? msg(str`not set; suggested: ${date}, an estimate`, {
          id: 'plan.unset',
          desc: 'Folded port-date line before the visitor entered a date; the placeholder is the suggested date',
        })
      : plan.confirmed
        ? msg(str`${date}, confirmed`, {
            id: 'plan.summary.confirmed',
            desc: 'Folded port-date line: the date, confirmed by the new provider (FOC)',
          })
        : date;
  const expanded = open.has(host);
  return html`<p class="plan-line">
      <strong
        >${msg('Port date', { id: 'plan.label', desc: 'Label of the port date, and of its field' })}:</strong
      >
      <span part="plan-summary">${summary}</span>
      ${
        plan.fixed
          ? nothing
          : html`<button
              type="button"
              part="action plan-toggle"
              class="button"
              data-action="plan"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls=${expanded ? 'plan-panel' : nothing}
              @click=${() => toggle(host)}
            >
              ${
                expanded
                  ? msg('Hide', { id: 'plan.hide', desc: 'Button that folds the open port-date field' })
                  : plan.estimated
                    ? msg('Set the date', { id: 'plan.set', desc: 'Button that opens the port-date field' })
                    : msg('Change the date', {
                        id: 'plan.change',
                        desc: 'Button that opens the port-date field to change the date',
                      })
              }
            </button>`
      }
      ${
        plan.estimated
          ? nothing
          : html`<button
              type="button"
              part="action plan-calendar"
              class="button"
              data-action="calendar"
              @click=${() => download(host)}
            >
              ${msg('Add to calendar', {
                id: 'plan.calendar',
                desc: 'Button that downloads the port date and the deadlines as a calendar file (.ics)',
              })}
            </button>`
      }
    </p>
    <p class="print-only">${portDateLine(host)}</p>
    ${expanded && !plan.fixed ? panel(host, plan) : nothing}`;
}

function panel(host: Host, plan: Plan): TemplateResult {
  const stored = storedDate(host) === undefined ? undefined : host._state.plan;
  const error = invalid.has(host);
  const working = isWorkingDay(plan.portDate, plan.holidays);
  return html`<div id="plan-panel" part="plan-panel" class="plan-panel">
    <div class="plan-field">
      <label for="port-date"
        >${msg('Port date', { id: 'plan.label', desc: 'Label of the port date, and of its field' })}</label
      >
      <input
        type="date"
        id="port-date"
        part="plan-date"
        .value=${stored?.date ?? ''}
        aria-describedby="plan-hint"
        aria-invalid=${error ? 'true' : 'false'}
        @change=${(event: Event) => onDate(host, event)}
      />
      ${
        stored
          ? html`<label class="option"
              ><input
                type="checkbox"
                part="plan-confirmed"
                .checked=${stored.confirmed}
                @change=${(event: Event) => onConfirmed(host, event)}
              />${msg('Confirmed by the new provider (FOC date)', {
                id: 'plan.confirmed',
                desc: 'Checkbox beside the port date: the new provider confirmed it (Firm Order Commitment)',
              })}</label
            >`
          : nothing
      }
    </div>
    <p id="plan-hint" class="muted plan-hint">
      ${
        error
          ? html`<strong class="plan-error"
              >${msg('That is not a date: enter it as year-month-day.', {
                id: 'plan.invalid',
                desc: 'Under the port date field when what was typed is not a date',
              })}</strong
            > `
          : nothing
      }${msg('Enter it as year-month-day (2027-01-14), or pick it in the calendar.', {
        id: 'plan.hint',
        desc: 'Under the port date field: the format it takes; keep the example date as it is',
      })}
      ${
        plan.estimated
          ? msg(
              'The suggested date is the earliest realistic one from today, your country and your answers: every step can still be done in time.',
              { id: 'plan.suggested', desc: 'Under the port date field, before the visitor entered a date' },
            )
          : working
            ? nothing
            : msg('That day is not a working day: numbers are usually ported on working days.', {
                id: 'plan.not-working',
                desc: 'Under the port date field when the date is a weekend day or a public holiday',
              })
      }
      ${workingDaysText(host)}
    </p>
    <div class="plan-actions">
      ${
        plan.estimated
          ? html`<button
              type="button"
              part="action"
              class="button primary"
              data-action="use-suggested"
              @click=${() => setPlan(host, { date: plan.portDate, confirmed: false })}
            >
              ${msg('Use the suggested date', {
                id: 'plan.use-suggested',
                desc: 'Button that makes the suggested port date the visitor’s own',
              })}
            </button>`
          : html`<button
              type="button"
              part="action"
              class="button"
              data-action="clear-date"
              @click=${() => setPlan(host, null)}
            >
              ${msg('Clear the date', { id: 'plan.clear', desc: 'Button that removes the entered port date' })}
            </button>`
      }
      <button type="button" part="action" class="button" data-action="plan-done" @click=${() => toggle(host)}>
        ${msg('Done', { id: 'plan.done', desc: 'Button that folds the port-date field' })}
      </button>
    </div>
  </div>`;
}

const styled = new WeakSet<Host>();

/**
 * Once per element: adopts the planner's styles into its shadow root, and re-renders it whenever the page is
 * shown again, since "today" may have moved on while it was hidden (a tab left open overnight). The listener
 * holds the element weakly and goes once the element is gone.
 */
function adopt(host: Host): void {
  if (styled.has(host)) return;
  styled.add(host);
  const sheet = planStyles.styleSheet;
  const root = host.renderRoot as ShadowRoot;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const ref = new WeakRef(host);
  const onShown = (): void => {
    const element = ref.deref();
    if (!element) document.removeEventListener('visibilitychange', onShown);
    else if (document.visibilityState === 'visible') element.requestUpdate();
  };
  document.addEventListener('visibilitychange', onShown);
}

/** Styles of the planner, adopted with its first render. */
export const planStyles = css`
  .plan-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
    margin: 0;
  }
  .plan-line .button:first-of-type {
    margin-inline-start: auto;
  }
  .plan-panel {
    display: grid;
    gap: 0.5em;
    margin-block-start: 0.75em;
    padding: 0.75em;
    border: 1px solid var(--port-checklist-border);
    border-radius: var(--port-checklist-radius);
    background: var(--port-checklist-surface);
  }
  .plan-field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .plan-field > label:first-child {
    font-weight: 600;
  }
  .plan-field input[type='date'] {
    font: inherit;
    color: inherit;
    background: var(--port-checklist-background);
    border: 1px solid var(--port-checklist-border);
    border-radius: 0.375em;
    padding: 0.25em 0.5em;
    min-block-size: 2.25em;
  }
  .plan-field .option {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .plan-field .option input {
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
    accent-color: var(--port-checklist-accent);
  }
  .plan-hint {
    margin: 0;
    font-size: 0.875em;
  }
  .plan-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .plan-error,
  .due.overdue {
    color: var(--port-checklist-critical);
    font-weight: 600;
  }
  .due {
    color: var(--port-checklist-muted);
    font-size: 0.875em;
  }
  .due.today,
  .due.week {
    color: var(--port-checklist-warning);
    font-weight: 600;
  }
  @media print {
    .plan-line,
    .plan-panel {
      display: none;
    }
  }
`;
