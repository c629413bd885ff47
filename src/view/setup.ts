// "About your port": the setup questions whose answers leave out the steps that do not apply. A chunk of its
// own, loaded right after the first render (before it, when the host answers the bundled questions); the row
// it fills keeps its space meanwhile. Folded, it is one line: the answers in short, or an invitation, and a
// button; open, one fieldset per question (radio buttons, or checkboxes for a multiple-choice question), each
// answer applied as it is clicked. What it uses of the element is the ToolsHost interface (tools-host.ts).
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Answers, ChecklistConfig, ChecklistQuestion } from '../config/types.js';
import { bundledQuestions } from '../content/questions.js';
import { leadTime, withLeadTime } from '../content/estimate.js';
import { COUNTRY_QUESTION, type RegionId } from '../content/region.js';
import { getLocale } from '../i18n/localization.js';
import { applyText, estimateText } from '../i18n/messages.js';
import { itemIds } from '../state/progress.js';
import { setupTitle } from './labels.js';
import type { ToolsHost } from './tools-host.js';

export { bundledQuestions };

type Host = ToolsHost;

const open = new WeakSet<Host>();
const styled = new WeakSet<Host>();

/**
 * The bundled checklist with the lead-time estimate for these answers in its lead-time step ("For a port like
 * yours, expect 2–4 weeks."), when the answers decide one.
 */
export function withEstimate<C extends ChecklistConfig<string>>(
  config: C,
  answers: Answers,
  region: RegionId | null,
): C {
  const weeks = leadTime(answers, region);
  return weeks ? withLeadTime(config, estimateText(...weeks)) : config;
}

/** The bundled questions in the active locale, built once per locale (each render asks for them). */
let bundled: { locale: string; questions: ChecklistQuestion<string>[] } | undefined;

/** The questions of the config shown: its own, or the bundled ones. */
export function questions(host: Host): ChecklistQuestion<string>[] {
  if (host._given) return host._unfiltered.questions ?? [];
  const locale = getLocale();
  if (bundled?.locale !== locale) bundled = { locale, questions: bundledQuestions() };
  return bundled.questions;
}

/**
 * The questions the visitor is asked: those the host did not answer, and not the country when the host fixed
 * the `region` (or gave its own config).
 */
export function asked(host: Host): ChecklistQuestion<string>[] {
  const fixed = !!host.region?.trim() || !!host._given;
  return questions(host).filter(
    (question) => !(question.id in host._hostAnswers) && !(question.id === COUNTRY_QUESTION && fixed),
  );
}

/**
 * The visitor changed answers (question id → answer; `null` removes one; an empty map records that the
 * questions were seen): stores them, and once the steps that now apply have rendered (a country answer loads
 * its preset first), announces how many apply and fires `port-checklist-answers`, and
 * `port-checklist-complete` when the change leaves only checked steps.
 */
export async function setAnswers(
  host: Host,
  change: ReadonlyMap<string, string | readonly string[] | null>,
): Promise<void> {
  const wasComplete = host._summary().complete;
  host._state.change({ answers: change });
  host.requestUpdate();
  await host.updateComplete;
  const summary = host._summary();
  host._announce(applyText(summary.total, itemIds(host._unfiltered).length));
  host._emit('port-checklist-answers', {
    answers: host._answers(),
    completed: summary.completed,
    total: summary.total,
    source: 'user',
  });
  if (summary.complete && !wasComplete)
    host._emit('port-checklist-complete', { itemId: null, checked: true, source: 'answers', ...summary });
}

const chosen = (answer: Answers[string] | undefined): readonly string[] =>
  answer === undefined ? [] : typeof answer === 'string' ? [answer] : answer;

/** The words of a list for the active locale ("landline and toll-free"); a plain comma list without Intl.ListFormat. */
function list(words: string[]): string {
  return typeof Intl.ListFormat === 'function'
    ? new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format(words)
    : words.join(', ');
}

/**
 * The answers in one line, in the order of the questions ("Sweden · 2–20 numbers · landline and toll-free"),
 * each answer in its short form; `undefined` when nothing is answered. The questions shown are those the
 * visitor is asked and those the host answered.
 */
export function summaryText(host: Host): string | undefined {
  const answers = host._answers();
  const shown = new Set(asked(host).map((question) => question.id));
  const parts: string[] = [];
  for (const question of questions(host)) {
    if (!shown.has(question.id) && !(question.id in host._hostAnswers)) continue;
    const words = chosen(answers[question.id]).flatMap((id) => {
      const option = question.options.find((candidate) => candidate.id === id);
      return option ? [option.summary ?? option.label] : [];
    });
    if (words.length > 0) parts.push(list(words));
  }
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** "About your port: Sweden · 2–20 numbers · …", for the export; `undefined` when nothing is answered. */
export function exportLine(host: Host): string | undefined {
  const summary = summaryText(host);
  return summary && `${setupTitle()}: ${summary}`;
}

async function focus(host: Host, selector: string): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}

/** Opens or folds the questions. */
export function toggle(host: Host): void {
  if (open.has(host)) return close(host);
  open.add(host);
  host.requestUpdate();
  void focus(host, '.setup-panel input');
}

/** Folds the setup; the first time, records that the visitor was asked (`{}` when nothing was answered). */
function close(host: Host): void {
  open.delete(host);
  if (host._state.answers === undefined) void setAnswers(host, new Map());
  host.requestUpdate();
  void focus(host, '[data-action="setup"]');
}

/** Skips the questions: every answer of the visitor's is removed, so every step shows. */
function skip(host: Host): void {
  void setAnswers(host, new Map(asked(host).map((question) => [question.id, null])));
  close(host);
}

function onAnswer(host: Host, event: Event): void {
  const input = event.target as HTMLInputElement;
  const fieldset = input.closest('fieldset');
  const id = fieldset?.dataset.question;
  if (!fieldset || !id) return;
  const value =
    input.type === 'radio'
      ? input.value
      : [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
  void setAnswers(host, new Map([[id, value.length > 0 ? value : null]]));
}

function renderQuestion(
  question: ChecklistQuestion<string>,
  answer: Answers[string] | undefined,
): TemplateResult {
  const type = question.multiple ? 'checkbox' : 'radio';
  const picked = chosen(answer);
  return html`<fieldset part="question" class="question" data-question=${question.id}>
    <legend>${question.title}</legend>
    ${question.options.map(
      (option) =>
        html`<label class="option"
          ><input
            type=${type}
            name=${`q-${question.id}`}
            value=${option.id}
            .checked=${picked.includes(option.id)}
          />${option.label}</label
        >`,
    )}
  </fieldset>`;
}

function panel(host: Host): TemplateResult {
  const answers = host._answers();
  return html`<div
    id="setup-panel"
    part="setup-panel"
    class="setup-panel"
    @change=${(event: Event) => onAnswer(host, event)}
  >
    <p class="muted hint">
      ${msg('Answer what you know: a question left open shows all of its steps.', {
        id: 'setup.hint',
        desc: 'Line above the setup questions',
      })}
    </p>
    ${asked(host).map((question) => renderQuestion(question, answers[question.id]))}
    <div class="setup-actions">
      <button
        type="button"
        part="action"
        class="button primary"
        data-action="setup-done"
        @click=${() => close(host)}
      >
        ${msg('Done', { id: 'setup.done', desc: 'Button that folds the setup questions after answering' })}
      </button>
      <button type="button" part="action" class="button" data-action="setup-skip" @click=${() => skip(host)}>
        ${msg('Skip: show every step', {
          id: 'setup.skip',
          desc: 'Button that removes the answers and folds the setup, so that every step of the checklist shows',
        })}
      </button>
    </div>
  </div>`;
}

/** Whether the questions are open (below the folded line). */
export const isOpen = (host: Host): boolean => open.has(host);

/** The open questions, below the folded line (which the element renders). */
export function renderPanel(host: Host): TemplateResult | typeof nothing {
  const root = host.renderRoot as ShadowRoot;
  const sheet = setupStyles.styleSheet;
  if (sheet && !styled.has(host)) {
    styled.add(host);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  return open.has(host) ? panel(host) : nothing;
}

/** Styles of the setup, adopted with its first render. */
export const setupStyles = css`
  .setup-panel {
    display: grid;
    gap: 0.75em;
    margin-block-start: 0.75em;
    padding: 0.75em;
    border: 1px solid var(--port-checklist-border);
    border-radius: var(--port-checklist-radius);
    background: var(--port-checklist-surface);
  }
  .setup-panel .hint {
    margin: 0;
  }
  .question {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .question legend {
    padding: 0;
    margin-block-end: 0.25em;
    font-weight: 600;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 1.75em;
    cursor: pointer;
  }
  .option input {
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
    accent-color: var(--port-checklist-accent);
  }
  .setup-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;
