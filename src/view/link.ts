// "Continue on another device" and opening a progress link (issue 17): a chunk of its own with its texts (the
// `link` part of each locale), loaded through the element (`_link()`, as its other chunks) when the visitor asks for a link or when the page's
// address carries one (`#pc=…`); lean-qr comes with it and nowhere else. The code and the QR drawing are pure
// (link/code.ts, link/qr.ts), and so is what a link changes (link/merge.ts); this module shows them in native
// modal dialogs and reports through ToolsHost. The dialogs are rendered with Lit's render() into one container
// that this chunk appends to the element's static `.base` (Lit never touches a static element's added children).
import { css, html, nothing, render, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { getLocale } from '../i18n/localization.js';
import { counterText } from '../i18n/messages.js';
import { codeFromUrl, decodeProgress, encodeProgress, urlWithCode, urlWithoutCode } from '../link/code.js';
import type { LinkFailure, ProgressSnapshot } from '../link/code.js';
import {
  importChange,
  overview,
  type HeldProgress,
  type ImportMode,
  type ProgressOverview,
} from '../link/merge.js';
import { qrPath, type QrPath } from '../link/qr.js';
import { parseDay } from '../plan/day.js';
import { formatDay } from '../plan/format.js';
import { itemIds } from '../state/progress.js';
import { defaultConfig } from '../content/default-config.js';
import { applyRegion, type RegionId } from '../content/region.js';
import { regionLoaders } from '../content/regions.js';
import type { ToolsHost } from './tools-host.js';

type Host = ToolsHost;
type Dir = 'ltr' | 'rtl';

/** Codes already taken by an element of this page: a link is offered once, by one checklist. */
const taken = new Set<string>();

/** The container of an element's dialogs: appended once as the last child of its `.base`. */
function layer(host: Host): HTMLElement {
  const root = host.renderRoot;
  const base = root.querySelector<HTMLElement>('.base') ?? root;
  let found = base.querySelector<HTMLElement>(':scope > .link-layer');
  if (!found) {
    found = document.createElement('div');
    found.className = 'link-layer';
    base.append(found);
  }
  const sheet = linkStyles.styleSheet;
  const shadow = root as ShadowRoot;
  if (sheet && shadow.adoptedStyleSheets && !shadow.adoptedStyleSheets.includes(sheet))
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  return found;
}

/** Renders `template` as the element's one dialog, opens it modally and resolves with its return value on close. */
function open(host: Host, template: (lang: string, dir: Dir) => TemplateResult): Promise<string> {
  const container = layer(host);
  const base = container.parentElement;
  render(template(base?.lang || getLocale(), base?.dir === 'rtl' ? 'rtl' : 'ltr'), container);
  const dialog = container.querySelector('dialog') as HTMLDialogElement;
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        resolve(dialog.returnValue);
        render(nothing, container);
      },
      { once: true },
    );
    dialog.returnValue = '';
    dialog.showModal();
  });
}

const closeText = () => msg('Close', { id: 'link.close', desc: 'Button that closes a progress-link dialog' });

// ---------------------------------------------------------------------------------------------------------------
// Share

/** The share dialog's state while it is open. */
interface Share {
  withNotes: boolean;
  url: string;
  qr?: QrPath;
  /** Why the link or its QR code is not as asked, if so. */
  problem: string;
  /** The copy button's outcome, said in the dialog's status line. */
  status: string;
}

async function linkOf(host: Host, withNotes: boolean): Promise<string> {
  const ids = itemIds(host._unfiltered);
  const listed = new Set(ids);
  const state = host._state;
  const snapshot: ProgressSnapshot = {
    key: host._name,
    checked: [...state.checked].filter((id) => listed.has(id)),
    region: host._preset?.id ?? null,
  };
  if (state.answers) snapshot.answers = state.answers;
  if (state.plan) snapshot.plan = { date: state.plan.date, confirmed: state.plan.confirmed };
  if (withNotes) snapshot.notes = Object.fromEntries([...state.notes].filter(([id]) => listed.has(id)));
  return urlWithCode(location.href, await encodeProgress(snapshot, ids));
}

/** The link (with notes if asked and they fit) and its QR code, into `share`. */
async function build(host: Host, share: Share): Promise<void> {
  share.problem = '';
  try {
    share.url = await linkOf(host, share.withNotes);
  } catch {
    if (!share.withNotes) throw new Error('no link');
    share.withNotes = false;
    share.url = await linkOf(host, false);
    share.problem = msg('Your notes make the link too long, so it is made without them.', {
      id: 'link.share.notes-too-long',
      desc: 'Said when "Include my notes" was chosen but the notes do not fit in a link',
    });
  }
  try {
    share.qr = qrPath(share.url);
  } catch {
    share.qr = undefined;
    share.problem = msg('The link is too long for a QR code: copy it instead.', {
      id: 'link.share.no-qr',
      desc: 'Shown instead of the QR code when the link does not fit in one',
    });
  }
}

function qrImage(qr: QrPath): TemplateResult {
  const side = qr.size + 8;
  return html`<svg
    part="link-qr"
    class="link-qr"
    role="img"
    aria-label=${msg('QR code of the link below', {
      id: 'link.share.qr-label',
      desc: 'Text alternative of the QR code; the link itself is in the field under it',
    })}
    viewBox=${`-4 -4 ${side} ${side}`}
    shape-rendering="crispEdges"
  >
    <rect x="-4" y="-4" width=${side} height=${side} fill="#fff"></rect>
    <path d=${qr.path} fill="#000"></path>
  </svg>`;
}

function shareDialog(host: Host, share: Share, lang: string, dir: Dir): TemplateResult {
  const redraw = () => render(shareDialog(host, share, lang, dir), layer(host));
  const copy = async () => {
    const field = layer(host).querySelector<HTMLInputElement>('input[type=text]');
    try {
      await navigator.clipboard.writeText(share.url);
      share.status = msg('Link copied.', { id: 'link.share.copied', desc: 'Said after the link was copied' });
    } catch {
      field?.focus();
      field?.select();
      share.status = msg(
        'Copying was blocked. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
        {
          id: 'link.share.copy-blocked',
          desc: 'Said when the browser refused to copy the link; the field with the link is then selected',
        },
      );
    }
    redraw();
  };
  const onNotes = async (event: Event) => {
    share.withNotes = (event.target as HTMLInputElement).checked;
    share.status = '';
    await build(host, share);
    redraw();
  };
  return html`<dialog
    part="link-dialog"
    class="link-dialog"
    lang=${lang}
    dir=${dir}
    aria-labelledby="link-title"
    aria-describedby="link-intro"
  >
    <h2 id="link-title" class="link-title">
      ${msg('Continue on another device', { id: 'link.share.title', desc: 'Title of the dialog that makes a progress link' })}
    </h2>
    <p id="link-intro">
      ${msg(
        'Scan the code with the other device’s camera, or open the link there: the checklist opens with your progress.',
        {
          id: 'link.share.intro',
          desc: 'Explanation at the top of the "Continue on another device" dialog',
        },
      )}
    </p>
    ${share.qr ? qrImage(share.qr) : nothing}
    ${share.problem ? html`<p class="link-problem">${share.problem}</p>` : nothing}
    <label class="link-field"
      >${msg('Link to your progress', { id: 'link.share.field', desc: 'Label of the read-only field with the link' })}
      <input part="link-field" type="text" readonly .value=${share.url} />
    </label>
    <div class="link-buttons">
      <button part="link-button" class="button primary" type="button" data-link="copy" @click=${copy}>
        ${msg('Copy link', { id: 'link.share.copy', desc: 'Button that copies the progress link' })}
      </button>
      <p class="link-status" role="status">${share.status}</p>
    </div>
    <label class="link-notes"
      ><input type="checkbox" .checked=${share.withNotes} @change=${onNotes} />${msg('Include my notes', {
        id: 'link.share.notes',
        desc: 'Checkbox: put the notes in the link too (off by default)',
      })}</label
    >
    <p class="link-privacy muted">
      ${msg(
        'Anyone with this link sees what it holds: your checked steps, answers and port date, and your notes if you include them. The part after # stays in the browser and never reaches a server.',
        { id: 'link.share.privacy', desc: 'Privacy note under the progress link' },
      )}
    </p>
    <form method="dialog" class="link-buttons">
      <button part="link-button" class="button" value="close">${closeText()}</button>
    </form>
  </dialog>`;
}

/**
 * Opens "Continue on another device": the link to this checklist's progress, its QR code, Copy, and "Include my
 * notes". Focus goes to Copy and comes back to `opener` when the dialog closes (Close or Escape).
 */
export async function share(host: Host, opener: HTMLElement): Promise<void> {
  const state: Share = { withNotes: false, url: '', problem: '', status: '' };
  try {
    await build(host, state);
  } catch {
    state.problem = msg('This browser cannot make a progress link.', {
      id: 'link.share.failed',
      desc: 'Shown when the browser lacks what a link needs (compression)',
    });
  }
  const closed = open(host, (lang, dir) => shareDialog(host, state, lang, dir));
  layer(host).querySelector<HTMLElement>('[data-link="copy"]')?.focus();
  await closed;
  opener.focus();
}

// ---------------------------------------------------------------------------------------------------------------
// Open a link

const number = (n: number) => new Intl.NumberFormat(getLocale()).format(n);

function dateText(view: ProgressOverview): string {
  const day = view.portDate && parseDay(view.portDate);
  if (!day)
    return msg('No port date', {
      id: 'link.import.no-date',
      desc: 'In the list of what a link or this browser holds',
    });
  const date = formatDay(day, getLocale());
  return view.confirmed
    ? msg(str`Port date: ${date}, confirmed`, {
        id: 'link.import.date-confirmed',
        desc: 'In the list of what a link holds; the date is like "Thu, Jan 14"',
      })
    : msg(str`Port date: ${date}`, {
        id: 'link.import.date',
        desc: 'In the list of what a link holds; the date is like "Thu, Jan 14"',
      });
}

function holds(view: ProgressOverview, part: string): TemplateResult {
  const done = number(view.done);
  const total = number(view.total);
  const notes = number(view.notes);
  const unmatched = number(view.unmatched);
  return html`<ul part=${part} class="link-holds">
    <li>
      ${msg(str`Steps done: ${done} of ${total}`, { id: 'link.import.steps', desc: 'What a link or this browser holds: checked steps of all' })}
    </li>
    <li>${dateText(view)}</li>
    ${
      view.notes > 0
        ? html`<li>
            ${msg(str`Steps with notes: ${notes}`, { id: 'link.import.notes', desc: 'What a link or this browser holds: how many steps have a note' })}
          </li>`
        : nothing
    }
    ${
      view.unmatched > 0
        ? html`<li>
            ${msg(
              str`Steps it could not place: ${unmatched} (the checklist changed since the link was made)`,
              {
                id: 'link.import.unmatched',
                desc: 'What a link holds: checked steps that this checklist no longer has in the same place',
              },
            )}
          </li>`
        : nothing
    }
  </ul>`;
}

function importDialog(
  link: ProgressOverview,
  here: ProgressOverview,
  lang: string,
  dir: Dir,
): TemplateResult {
  return html`<dialog
    part="link-dialog"
    class="link-dialog"
    lang=${lang}
    dir=${dir}
    aria-labelledby="link-title"
  >
    <h2 id="link-title" class="link-title">
      ${msg('Progress from a link', { id: 'link.import.title', desc: 'Title of the dialog shown when the page was opened with a progress link' })}
    </h2>
    <p>
      ${msg('The link holds:', { id: 'link.import.link', desc: 'Before the list of what the link holds' })}
    </p>
    ${holds(link, 'link-summary')}
    <p>
      ${msg('This browser has:', { id: 'link.import.here', desc: 'Before the list of what this browser holds' })}
    </p>
    ${holds(here, 'link-here')}
    <p class="muted">
      ${msg('Nothing changes until you choose.', { id: 'link.import.until', desc: 'Under the two lists, before the buttons' })}
    </p>
    <form method="dialog" class="link-buttons">
      <button part="link-button" class="button primary" value="merge">
        ${msg('Merge with this browser', { id: 'link.import.merge', desc: 'Button: add the link’s progress to this browser’s' })}
      </button>
      <button part="link-button" class="button" value="replace">
        ${msg('Replace what this browser has', { id: 'link.import.replace', desc: 'Button: the link’s progress replaces this browser’s' })}
      </button>
      <button part="link-button" class="button" value="ignore">
        ${msg('Ignore the link', { id: 'link.import.ignore', desc: 'Button: change nothing' })}
      </button>
    </form>
  </dialog>`;
}

function failureText(reason: LinkFailure): string {
  switch (reason) {
    case 'truncated':
      return msg('The link is cut short. Copy the whole link, or scan its QR code again.', {
        id: 'link.failed.truncated',
        desc: 'Why a progress link cannot be opened: part of it is missing',
      });
    case 'garbled':
      return msg(
        'The link was changed or damaged on the way. Ask for the link again, or scan its QR code again.',
        {
          id: 'link.failed.garbled',
          desc: 'Why a progress link cannot be opened: its checksum fails',
        },
      );
    case 'foreign':
      return msg('This link holds no checklist progress.', {
        id: 'link.failed.foreign',
        desc: 'Why a progress link cannot be opened: it is not one of ours',
      });
    case 'too-new':
      return msg('The link was made by a newer version of this checklist; reload the page later.', {
        id: 'link.failed.too-new',
        desc: 'Why a progress link cannot be opened: a later version of the format',
      });
    case 'oversize':
      return msg('The link is too long to be a progress link.', {
        id: 'link.failed.oversize',
        desc: 'Why a progress link cannot be opened: longer than any link we make',
      });
    case 'unsupported':
      return msg('This browser cannot read progress links. Update it, or open the link in another browser.', {
        id: 'link.failed.unsupported',
        desc: 'Why a progress link cannot be opened: the browser lacks decompression',
      });
  }
}

function failureDialog(reason: LinkFailure, lang: string, dir: Dir): TemplateResult {
  return html`<dialog
    part="link-dialog"
    class="link-dialog"
    lang=${lang}
    dir=${dir}
    aria-labelledby="link-title"
    aria-describedby="link-why"
    data-reason=${reason}
  >
    <h2 id="link-title" class="link-title">
      ${msg('This progress link cannot be opened', { id: 'link.failed.title', desc: 'Title of the dialog shown for a progress link that cannot be read' })}
    </h2>
    <p id="link-why">
      ${failureText(reason)}
      ${msg('Nothing in this browser was changed.', { id: 'link.failed.unchanged', desc: 'After why a link cannot be opened' })}
    </p>
    <form method="dialog" class="link-buttons">
      <button part="link-button" class="button" value="close">${closeText()}</button>
    </form>
  </dialog>`;
}

const removeCode = () => history.replaceState(history.state, '', urlWithoutCode(location.href));

/** What this browser holds, as merge.ts reads it. */
function held(host: Host): HeldProgress {
  const state = host._state;
  const progress: HeldProgress = { checked: [...state.checked], notes: Object.fromEntries(state.notes) };
  if (state.answers) progress.answers = state.answers;
  if (state.plan) progress.plan = state.plan;
  return progress;
}

/** Takes the link's progress in (`mode`), then re-renders, announces and reports it (source `"import"`). */
async function take(
  host: Host,
  snapshot: ProgressSnapshot,
  ids: readonly string[],
  mode: ImportMode,
): Promise<void> {
  const wasComplete = host._summary().complete;
  const answers = JSON.stringify(host._state.answers ?? null);
  const plan = JSON.stringify(host._state.plan ?? null);
  host._state.change(importChange(held(host), snapshot, ids, mode));
  host.requestUpdate();
  // The steps that apply follow the answers: count them once the update has filtered them.
  await host.updateComplete;
  host._emitProgress(null, true, 'import', wasComplete);
  const { completed, total } = host._summary();
  const counter = counterText(completed, total);
  host._announce(
    mode === 'merge'
      ? msg(str`Progress from the link added. ${counter}`, {
          id: 'link.import.added',
          desc: 'Announced after merging a link; the placeholder is like "12 of 38 completed"',
        })
      : msg(str`Progress from the link replaced this browser’s. ${counter}`, {
          id: 'link.import.replaced',
          desc: 'Announced after replacing with a link; the placeholder is like "12 of 38 completed"',
        }),
  );
  if (JSON.stringify(host._state.answers ?? null) !== answers)
    host._emit('port-checklist-answers', { answers: host._answers(), completed, total, source: 'import' });
  if (JSON.stringify(host._state.plan ?? null) !== plan) await host._plan()?.planChanged(host, 'import');
}

/**
 * When the page's address carries a progress link (`#pc=…`) for this checklist, asks what to do with it: merge,
 * replace or ignore (Escape ignores); nothing changes before a choice, and the link leaves the address after it.
 * A link for another checklist of the page is left to that one. A link that cannot be read is said in a dialog,
 * by the first checklist of the page that reads it, and leaves the address when that dialog closes.
 */
export async function offerImport(host: Host): Promise<void> {
  const code = codeFromUrl(location.href);
  if (code === undefined || taken.has(code)) return;
  // With the host's storage, what this browser has is known once it answered.
  await host._loaded;
  let ids = itemIds(host._unfiltered);
  let result = await decodeProgress(code, ids);
  // Made under another country's preset of the bundled checklist (the other device's language chose another):
  // its steps are placed by that preset's list, which is loaded to read them.
  const theirs =
    result.ok && result.unmatched > 0 ? await presetIds(host, result.snapshot.region) : undefined;
  if (theirs) {
    const again = await decodeProgress(code, theirs);
    if (again.ok && again.unmatched < (result.ok ? result.unmatched : Infinity))
      [ids, result] = [theirs, again];
  }
  if (taken.has(code) || (result.ok && result.snapshot.key !== host._name)) return;
  taken.add(code);
  if (!result.ok) {
    await open(host, (lang, dir) => failureDialog(result.reason, lang, dir));
    removeCode();
    return;
  }
  const { snapshot, unmatched } = result;
  const choice = await open(host, (lang, dir) =>
    importDialog(
      overview(snapshot, ids, unmatched),
      overview(held(host), itemIds(host._unfiltered)),
      lang,
      dir,
    ),
  );
  removeCode();
  if (choice === 'merge' || choice === 'replace') await take(host, snapshot, ids, choice);
}

/**
 * The item ids of the bundled checklist under the country preset `region` (null: the generic list), when this
 * element shows the bundled checklist under another one; undefined otherwise, or when the preset cannot load.
 */
async function presetIds(host: Host, region: string | null | undefined): Promise<string[] | undefined> {
  if (host._given || region === undefined || region === (host._preset?.id ?? null)) return undefined;
  if (region === null) return itemIds(defaultConfig());
  if (!Object.hasOwn(regionLoaders, region)) return undefined;
  try {
    const { preset } = await regionLoaders[region as RegionId]();
    return itemIds(applyRegion(defaultConfig(), preset()));
  } catch {
    return undefined;
  }
}

/** Styles of the dialogs, adopted when the first one opens. */
export const linkStyles = css`
  .link-dialog {
    box-sizing: border-box;
    max-inline-size: min(34rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: 1.25em;
    border: 1px solid var(--port-checklist-border);
    border-radius: var(--port-checklist-radius);
    background: var(--port-checklist-background);
    color: var(--port-checklist-text);
    font-family: var(--port-checklist-font);
  }
  .link-dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .link-title {
    margin-block: 0 0.5em;
    font-size: 1.25em;
  }
  /* Dark modules on a light background whatever the theme; forced colours would invert or flatten them. */
  .link-qr {
    display: block;
    inline-size: min(16rem, 100%);
    block-size: auto;
    margin: 0.5em auto;
    background: #fff;
    forced-color-adjust: none;
  }
  .link-qr rect {
    fill: #fff;
  }
  .link-qr path {
    fill: #000;
  }
  .link-field,
  .link-notes {
    display: grid;
    gap: 0.25em;
    margin-block: 0.75em;
  }
  .link-notes {
    display: flex;
    align-items: center;
    gap: 0.375em;
  }
  .link-notes input {
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
    accent-color: var(--port-checklist-accent);
  }
  .link-field input {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.5em;
    border: 1px solid var(--port-checklist-border);
    border-radius: calc(var(--port-checklist-radius) * 0.5);
    background: var(--port-checklist-surface);
    color: inherit;
    font: inherit;
  }
  .link-buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block: 0.75em 0;
  }
  .link-status,
  .link-problem {
    margin: 0;
    font-weight: 600;
  }
  .link-holds {
    margin-block: 0.25em 0.75em;
    padding-inline-start: 1.25em;
  }
  .link-privacy {
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .link-dialog {
      border-color: CanvasText;
    }
  }
  @media print {
    .link-layer {
      display: none;
    }
  }
`;
