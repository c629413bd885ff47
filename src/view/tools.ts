// The parts of <port-checklist> that a visitor needs only after the first render: the filter and
// "Next critical step" toolbar, the export and start-over row, the note editor, and what they do. The
// script-tag bundle loads this chunk right after the first render; the rows it fills keep their space
// meanwhile, so nothing shifts. What it uses of the element is the ToolsHost interface (tools-host.ts); its own
// view state (open note editors, the reset confirmation, the copy fallback) is kept here, per element.
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ChecklistItem } from '../config/types.js';
import type { ExportFormat } from '../events.js';
import { counterText, sectionCountText, shownText } from '../i18n/messages.js';
import { isShown, itemIds, nextCritical } from '../state/progress.js';
import { syncState, undoReset as undoState } from '../state/restore.js';
import { NOTE_MAX_LENGTH } from '../state/storage.js';
import { toMarkdown } from './export.js';
import { saveFile } from './save-file.js';
import { criticalText, noteLabel, rulesFor } from './labels.js';
import type { ToolsHost } from './tools-host.js';

type PortChecklist = ToolsHost;

/** The tools' view state of one element. */
interface View {
  /** Items whose note editor is open. */
  editing: Set<string>;
  /** The state's revision when "Start over" asked to confirm; the question lasts until the next change. */
  confirmAt: number | null;
  /** The export text, shown for copying by hand when the clipboard is refused. */
  fallback: string | null;
}

const views = new WeakMap<PortChecklist, View>();

function view(host: PortChecklist): View {
  let found = views.get(host);
  if (!found) views.set(host, (found = { editing: new Set(), confirmAt: null, fallback: null }));
  return found;
}

const confirming = (host: PortChecklist) => view(host).confirmAt === host._state.revision;

/** Whether an item's note editor is open. */
export const isEditing = (host: PortChecklist, id: string): boolean => view(host).editing.has(id);

const prefersReducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

async function focusAction(host: PortChecklist, name: string): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(`[data-action="${name}"]`)?.focus();
}

function exported(host: PortChecklist, format: ExportFormat): void {
  const { completed, total, percent } = host._summary();
  host._emit('port-checklist-export', { format, completed, total, percent });
}

/**
 * Another tab changed storage (a `storage` event), or the host's storage pushed a change (its `subscribe`): the
 * state adopts what its store holds now, and each item that changed is reported (source `"sync"`), and changed
 * answers and a changed port date too. `key` is the changed key; `null`: storage was cleared.
 */
export async function sync(host: PortChecklist, event: Pick<StorageEvent, 'key'>): Promise<void> {
  let wasComplete = host._summary().complete;
  const answers = JSON.stringify(host._state.answers ?? null);
  const plan = JSON.stringify(host._state.plan ?? null);
  const adopted = syncState(host._state, event.key, itemIds(host._config), (id, on) => {
    host._emitProgress(id, on, 'sync', wasComplete);
    wasComplete = host._summary().complete;
  });
  if (!adopted) return;
  host.requestUpdate();
  // The port date changed in another tab (source "sync").
  if (JSON.stringify(host._state.plan ?? null) !== plan) void host._plan()?.planChanged(host, 'sync');
  // Answers changed in another tab: once the steps that now apply have rendered, say so (source "sync").
  if (JSON.stringify(host._state.answers ?? null) === answers) return;
  await host.updateComplete;
  const { completed, total } = host._summary();
  host._emit('port-checklist-answers', { answers: host._answers(), completed, total, source: 'sync' });
}

const tracked = new WeakSet<PortChecklist>();
const TRACKED_EVENTS = ['ready', 'progress', 'complete', 'cta', 'export', 'error', 'answers', 'plan'];

/**
 * `analytics="datalayer"`: pushes each event to `window.dataLayer` as `{ event: 'port_checklist_<name>', …detail }`
 * (the form Google Tag Manager and GA4 read), creating the array when absent. Details carry ids, counts and
 * links, never notes. The first `ready` happened before this chunk arrived, so it is pushed from the current
 * state (nothing can have changed in between: this runs right after the first render).
 */
function track(host: PortChecklist): void {
  if (host.getAttribute('analytics') !== 'datalayer' || tracked.has(host)) return;
  tracked.add(host);
  const push = (name: string, detail: object) => {
    const page = window as unknown as { dataLayer?: object[] };
    (page.dataLayer ??= []).push({ event: `port_checklist_${name}`, ...detail });
  };
  for (const name of TRACKED_EVENTS) {
    host.addEventListener(`port-checklist-${name}`, (event) =>
      push(name, (event as CustomEvent<object>).detail),
    );
  }
  push('ready', host._readyDetail());
}

/** Adds the tools' styles to an element's shadow root (once), renders the tools into it, starts analytics. */
export function attach(host: PortChecklist): void {
  const root = host.renderRoot as ShadowRoot;
  const sheet = toolStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  track(host);
  host.requestUpdate();
  if (/(^#|&)pc=/.test(location.hash)) void host._link().then((link) => link?.offerImport(host));
}

/** The toolbar's filters changed: apply, remember and announce how many items are shown. */
export function onFilter(host: PortChecklist, event: Event): void {
  const input = event.target as HTMLInputElement;
  const filters = {
    ...host._filters(),
    [input.name === 'critical-only' ? 'criticalOnly' : 'hideCompleted']: input.checked,
  };
  host._setFilters(filters);
  const checked = host._state.checked;
  const shown = host._config.sections.reduce(
    (sum, section) => sum + section.items.filter((item) => isShown(item, checked, filters)).length,
    0,
  );
  host._announce(shownText(shown, host._summary().total));
}

/** Scrolls to and focuses the first unchecked critical item, opening its section; says so when none is left. */
export async function goToNextCritical(host: PortChecklist): Promise<void> {
  const next = nextCritical(host._config, host._state.checked);
  if (!next) {
    host._announce(
      msg('Every critical step is done.', {
        id: 'announce.no-critical-left',
        desc: 'Said when "Next critical step" is used but every critical item is checked',
      }),
    );
    return;
  }
  if (host._state.collapsed.has(next.section.id)) host._toggleSection(next.section.id);
  await host.updateComplete;
  const input = host.renderRoot.querySelector<HTMLInputElement>(
    `input[data-id="${CSS.escape(next.item.id)}"]`,
  );
  input?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  input?.focus({ preventScroll: true });
}

/** Opens or closes an item's note editor, focusing the field when it opens. */
export async function toggleNote(host: PortChecklist, item: ChecklistItem): Promise<void> {
  const { editing } = view(host);
  const open = !editing.has(item.id);
  if (open) editing.add(item.id);
  else editing.delete(item.id);
  host.requestUpdate();
  await host.updateComplete;
  if (open)
    host.renderRoot
      .querySelector<HTMLTextAreaElement>(`textarea[data-note="${CSS.escape(item.id)}"]`)
      ?.focus();
}

function onNoteInput(host: PortChecklist, event: Event): void {
  const field = event.target as HTMLTextAreaElement;
  host._state.change({ notes: new Map([[field.dataset.note ?? '', field.value]]) });
  host.requestUpdate();
}

function markdown(host: PortChecklist): string {
  const { completed, total } = host._summary();
  const plan = host._plan();
  return toMarkdown(host._config, host._state.checked, host._state.notes, {
    counter: counterText(completed, total),
    sectionCount: sectionCountText,
    critical: criticalText(),
    note: noteLabel(),
    rules: host._preset && rulesFor(host._preset.name),
    answers: host._answersSummary(),
    plan: plan?.portDateLine(host),
    due: plan && ((id) => plan.dueText(host, id)),
  });
}

/** Copies the checklist as Markdown; when the clipboard is refused, shows the text selected for copying by hand. */
export async function copy(host: PortChecklist): Promise<void> {
  const text = markdown(host);
  try {
    await navigator.clipboard.writeText(text);
    view(host).fallback = null;
    host._announce(
      msg('Checklist copied as text.', { id: 'announce.copied', desc: 'Said after "Copy" succeeds' }),
    );
  } catch {
    // Refused: permissions, an insecure page, an old browser.
    view(host).fallback = text;
    host._announce(
      msg('Copying was blocked. The text is selected below: press Ctrl+C or ⌘C to copy it.', {
        id: 'announce.copy-blocked',
        desc: 'Said when the browser refuses the clipboard; the checklist text is shown selected instead',
      }),
    );
    await host.updateComplete;
    const field = host.renderRoot.querySelector<HTMLTextAreaElement>('[part~="export-fallback"]');
    field?.focus();
    field?.select();
  }
  exported(host, 'clipboard');
}

/** Saves the checklist as a Markdown file through a temporary download link. */
export function download(host: PortChecklist): void {
  saveFile(host, `${host._config.id ?? 'checklist'}.md`, 'text/markdown;charset=utf-8', markdown(host));
  exported(host, 'download');
}

function print(host: PortChecklist): void {
  exported(host, 'print');
  window.print();
}

function confirm(host: PortChecklist, asking: boolean): void {
  view(host).confirmAt = asking ? host._state.revision : null;
  host.requestUpdate();
}

function askReset(host: PortChecklist): void {
  confirm(host, true);
  void focusAction(host, 'cancel');
}

function cancelReset(host: PortChecklist): void {
  confirm(host, false);
  void focusAction(host, 'reset');
}

function confirmReset(host: PortChecklist): void {
  host.reset();
  confirm(host, false);
  void focusAction(host, host._state.undoable ? 'undo' : 'reset');
}

function undoReset(host: PortChecklist): void {
  host._apply('undo', null, () => undoState(host._state));
  void focusAction(host, 'reset');
}

/** The filters and "Next critical step"; the toolbar element itself listens for the filters' changes. */
export function renderToolbar(host: PortChecklist): TemplateResult {
  const filters = host._filters();
  return html`<label part="filter" class="filter"
      ><input type="checkbox" name="critical-only" .checked=${filters.criticalOnly} />${msg('Critical only', {
        id: 'filter.critical-only',
        desc: 'Filter: show only critical items',
      })}</label
    >
    <label part="filter" class="filter"
      ><input type="checkbox" name="hide-completed" .checked=${filters.hideCompleted} />${msg(
        'Hide completed',
        {
          id: 'filter.hide-completed',
          desc: 'Filter: hide checked items',
        },
      )}</label
    >
    <button part="next-critical" class="button" type="button" @click=${() => goToNextCritical(host)}>
      ${msg('Next critical step', {
        id: 'action.next-critical',
        desc: 'Button that moves focus to the first unchecked critical item',
      })}
    </button>`;
}

const action = (name: string, label: string, handler: (event: Event) => unknown, primary = false) =>
  html`<button
    part="action"
    class=${primary ? 'button primary' : 'button'}
    type="button"
    data-action=${name}
    @click=${handler}
  >
    ${label}
  </button>`;

/**
 * Copy, Download, Print and Start over. Start over asks in place ("Clear every check and note?"); after a
 * reset it turns into Undo until the next change.
 */
export function renderActions(host: PortChecklist): TemplateResult {
  const { fallback } = view(host);
  const startOver = confirming(host)
    ? html`<span
        class="confirm"
        role="group"
        aria-labelledby="confirm-text"
        @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && cancelReset(host)}
        ><span id="confirm-text"
          >${msg('Clear every check and note?', {
            id: 'reset.question',
            desc: 'Confirmation question shown in place after "Start over" is pressed',
          })}</span
        >
        ${action(
          'confirm',
          msg('Yes, start over', { id: 'reset.confirm', desc: 'Button that confirms the reset' }),
          () => confirmReset(host),
          true,
        )}
        ${action('cancel', msg('Cancel', { id: 'reset.cancel', desc: 'Button that cancels the reset' }), () =>
          cancelReset(host),
        )}</span
      >`
    : host._state.undoable
      ? action(
          'undo',
          msg('Undo start over', { id: 'reset.undo', desc: 'Button that undoes the last reset' }),
          () => undoReset(host),
        )
      : action(
          'reset',
          msg('Start over', { id: 'reset.start', desc: 'Button that asks to clear all progress' }),
          () => askReset(host),
        );
  return html`${action(
    'copy',
    msg('Copy as text', { id: 'action.copy', desc: 'Button that copies the checklist to the clipboard' }),
    () => copy(host),
  )}
  ${action(
    'download',
    msg('Download', { id: 'action.download', desc: 'Button that saves the checklist as a Markdown file' }),
    () => download(host),
  )}
  ${action('print', msg('Print', { id: 'action.print', desc: 'Button that prints the checklist' }), () =>
    print(host),
  )}
  ${action(
    'share',
    msg('Continue on another device', {
      id: 'action.share',
      desc: 'Button that opens a link and QR code of the progress, to go on on another device',
    }),
    (event) => {
      const button = event.currentTarget as HTMLElement;
      return host._link().then((link) => link?.share(host, button));
    },
  )}
  ${startOver}
  ${
    fallback === null
      ? nothing
      : html`<div class="fallback">
          <label for="fallback"
            >${msg('Checklist as text', {
              id: 'export.fallback-label',
              desc: 'Label of the text area shown when copying to the clipboard was blocked',
            })}</label
          >
          <textarea id="fallback" part="export-fallback" readonly rows="8" .value=${fallback}></textarea>
        </div>`
  }`;
}

/** The note field of one item; `i` is the item's index, used for the ids. */
export function renderNoteEditor(host: PortChecklist, item: ChecklistItem, i: number): TemplateResult {
  return html`<div class="note-editor" id=${`n${i}`}>
    <label for=${`t${i}`}
      >${msg(str`Note for “${item.title}”`, {
        id: 'note.label',
        desc: 'Label of the note field; the placeholder is the item title',
      })}</label
    >
    <textarea
      part="note-field"
      id=${`t${i}`}
      data-note=${item.id}
      maxlength=${NOTE_MAX_LENGTH}
      rows="3"
      aria-describedby=${`h${i}`}
      .value=${host._state.notes.get(item.id) ?? ''}
      @input=${(event: Event) => onNoteInput(host, event)}
    ></textarea>
    <p class="hint muted" id=${`h${i}`}>
      ${msg("Kept only in this browser, never sent anywhere. Don't store PINs or passwords here.", {
        id: 'note.hint',
        desc: 'Hint under the note field',
      })}
    </p>
  </div>`;
}

/**
 * Styles of the views above, and the print layout, adopted by the element when this chunk arrives (right
 * after the first render, long before anyone can print).
 */
export const toolStyles = css`
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    cursor: pointer;
  }
  .filter input {
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
    accent-color: var(--port-checklist-accent);
  }
  .confirm {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    font-weight: 600;
  }
  .note-editor,
  .fallback {
    display: grid;
    gap: 0.25em;
    inline-size: 100%;
  }
  textarea {
    inline-size: 100%;
    padding: 0.5em;
    border: 1px solid var(--port-checklist-border);
    border-radius: calc(var(--port-checklist-radius) * 0.5);
    background: var(--port-checklist-background);
    resize: vertical;
  }
  .fallback {
    margin-block-start: 0.5em;
  }
  .hint {
    font-size: 0.875em;
  }
  /* Print every item with its state and notes, whatever the filters; no controls. */
  @media print {
    .toolbar,
    .actions,
    .setup-toggle,
    .setup-panel,
    .fallback,
    .note-toggle,
    .note-editor,
    .completion,
    .cta a {
      display: none;
    }
    .collapsed .items,
    .collapsed .subtitle,
    .filtered,
    .note.editing {
      display: revert;
    }
    .item.filtered {
      display: grid;
    }
    .print-only {
      display: inline;
    }
    .base {
      border: 0;
      padding: 0;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
