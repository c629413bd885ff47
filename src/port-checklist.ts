import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { getLocale, isRtl, requestLocale, updateWhenLocaleChanges, watchLang } from './i18n/localization.js';
import { counterText, sectionCountText } from './i18n/messages.js';
import { defaultConfig } from './config/default-config.js';
import type {
  CtaEventDetail,
  ErrorCode,
  ErrorEventDetail,
  PortChecklistEventMap,
  ProgressEventDetail,
  ProgressSource,
  ReadyEventDetail,
} from './events.js';
import { lazy } from './lazy.js';
import {
  isShown,
  itemIds,
  sectionCount,
  summarize,
  type ProgressSummary,
  type ViewFilters,
} from './state/progress.js';
import { ProgressStore, storageKey, type StateChange, type StoredRecord } from './state/storage.js';
import { styles } from './view/styles.js';
import { VERSION } from './version.js';
import type { ChecklistConfig, ChecklistItem, ChecklistSection } from './config/types.js';
import { withUtm } from './config/url.js';
import { STRIPPED_SCRIPT } from './config/stripped.js';

/** What `progress` returns: the progress figures and the checked ids of the current config. */
export interface ChecklistProgress extends ProgressSummary {
  checkedItems: string[];
}

// Typed listeners for the element's events: `el.addEventListener('port-checklist-progress', e => e.detail…)`.
// Declared by merging an interface into the class: types only, nothing at run time.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface PortChecklist {
  addEventListener<K extends keyof PortChecklistEventMap>(
    type: K,
    listener: (this: PortChecklist, ev: PortChecklistEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: PortChecklist, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

/** What a reset cleared, so that Undo can put it back. */
interface ResetSnapshot {
  checked: string[];
  notes: [string, string][];
}

// Any descendant, not only a child: WordPress wraps what editors paste in <p> elements.
const CONFIG_SCRIPT = 'script[type="application/json" i]';

// Loaded on demand, so the script-tag bundle stays small: the validator when a page gives a config, the
// export and note tools right after the first render.
type Validator = typeof import('./config/validate.js');
type Tools = typeof import('./view/tools.js');
const validator = lazy<Validator>(() => import('./config/validate.js'));
const tools = lazy<Tools>(() => import('./view/tools.js'));

function localStorageOrNull(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}

/**
 * A checklist that walks a business through porting its phone numbers to a new carrier without downtime.
 * Progress, notes, collapsed sections and filters are kept in localStorage; host pages listen to its events.
 *
 * @summary Number-porting checklist with progress, notes, filters, export, persistence and events.
 *
 * @tagname port-checklist
 *
 * @attr {string} config-src - A URL (https:, http: or relative) to fetch the config JSON from, when `config` is not set. A failed fetch shows the bundled checklist and fires `config-load-failed`.
 * @attr {number} [config-timeout=8000] - How long `config-src` may take, in milliseconds.
 * @attr {'datalayer'} analytics - `datalayer` pushes every event to `window.dataLayer` (Google Tag Manager / GA4 form: `{ event: 'port_checklist_progress', …detail }`), creating it when absent. Set it at load.
 *
 * @fires port-checklist-ready - After the first render of a config. Detail: `{ configId, checkedItems, usingDefault, completed, total, percent, criticalCompleted, criticalTotal, complete }`.
 * @fires port-checklist-progress - When the set of checked items changes. Detail: `{ itemId, checked, source, completed, total, percent, criticalCompleted, criticalTotal, complete }`.
 * @fires port-checklist-complete - On each transition to every item checked. Same detail as progress.
 * @fires port-checklist-cta - When the visitor activates the call to action; cancelable. Detail: `{ href, completed, total, percent }`.
 * @fires port-checklist-export - When the visitor copies, downloads or prints the checklist. Detail: `{ format, completed, total, percent }`.
 * @fires port-checklist-error - Something went wrong but the widget carries on. Detail: `{ code, message }`.
 *
 * @slot - Light-DOM content is not rendered; put a `<script type="application/json">` config here, or a no-JavaScript fallback.
 *
 * @csspart base - The outer box.
 * @csspart header - Title, description, counter and progress bar.
 * @csspart title - The main heading.
 * @csspart counter - "N of M completed".
 * @csspart progress - The progress bar.
 * @csspart completion - The panel shown when every item is checked.
 * @csspart banner - The warning banner.
 * @csspart toolbar - The filters and the "Next critical step" button.
 * @csspart filter - Each filter (a label around a checkbox).
 * @csspart next-critical - The "Next critical step" button.
 * @csspart section - Each section.
 * @csspart section-title - Each section's heading.
 * @csspart section-toggle - The button in each section heading that collapses or expands it.
 * @csspart section-count - Each section's "N of M".
 * @csspart item - Each item.
 * @csspart checkbox - Each item's checkbox.
 * @csspart item-title - Each item's title.
 * @csspart item-detail - Each item's detail text.
 * @csspart badge - The "Critical" badge.
 * @csspart note - An item's note, as shown.
 * @csspart note-toggle - The "Add note" / "Edit note" button.
 * @csspart note-field - The note's text area.
 * @csspart actions - The copy, download, print and start-over buttons.
 * @csspart action - Each of those buttons (also "Undo", "Yes, start over" and "Cancel").
 * @csspart export-fallback - The text area shown when the clipboard is refused.
 * @csspart pitfalls - The common-pitfalls box.
 * @csspart cta - The call-to-action box.
 * @csspart cta-link - The call-to-action link (also in the completion panel).
 *
 * @cssprop [--port-checklist-accent=light-dark(#1d4ed8, #93c5fd)] - Progress fill, checkboxes, call-to-action button.
 * @cssprop [--port-checklist-on-accent=light-dark(#ffffff, #0b1220)] - Text on the accent colour.
 * @cssprop [--port-checklist-text=light-dark(#1f2937, #f3f4f6)] - Body text.
 * @cssprop [--port-checklist-muted=light-dark(#4b5563, #c4cad3)] - Subtitles, details, counts.
 * @cssprop [--port-checklist-background=light-dark(#ffffff, #111827)] - The widget's background.
 * @cssprop [--port-checklist-surface=light-dark(#f8fafc, #1f2937)] - Section, pitfall and call-to-action cards.
 * @cssprop [--port-checklist-border=light-dark(#d1d5db, #4b5563)] - Lines and outlines.
 * @cssprop [--port-checklist-critical=light-dark(#b91c1c, #fca5a5)] - The "Critical" badge and pitfall marks.
 * @cssprop [--port-checklist-warning=light-dark(#92400e, #fcd34d)] - The warning banner's border and icon.
 * @cssprop [--port-checklist-warning-background=light-dark(#fffbeb, #2b2410)] - The warning banner's background.
 * @cssprop [--port-checklist-focus=light-dark(#1d4ed8, #bfdbfe)] - Keyboard focus ring.
 * @cssprop [--port-checklist-radius=0.75em] - Corner radius.
 * @cssprop [--port-checklist-font=inherit] - Font family; unset, the page's font is inherited.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class PortChecklist extends LitElement {
  static override styles = styles;

  /** The package version. */
  static readonly version = VERSION;

  static override properties = {
    config: {},
    storageKey: { attribute: 'storage-key' },
    storage: {},
    theme: { reflect: true },
    locale: {},
    criticalOnly: { type: Boolean, attribute: 'critical-only', reflect: true },
    hideCompleted: { type: Boolean, attribute: 'hide-completed', reflect: true },
    _config: { state: true },
    _announcement: { state: true },
    _confirming: { state: true },
    _undo: { state: true },
    _fallback: { state: true },
  };

  /**
   * The checklist. As an attribute: JSON text. As a property: an object (or JSON text). When neither is set,
   * a child `<script type="application/json">` is read; when that is absent too, the bundled checklist shows.
   * An invalid config shows the bundled checklist and fires `port-checklist-error` (`config-invalid`).
   * The `config-src` attribute names a URL to fetch the JSON from instead (`config-timeout`: milliseconds,
   * default 8000); a failed fetch shows the bundled checklist and fires `config-load-failed`.
   */
  declare config?: ChecklistConfig | string;

  /** Names the localStorage slot, to keep instances apart. Defaults to the config's `id`. */
  declare storageKey?: string;

  /** `"local"` (default) keeps progress in localStorage; `"none"` keeps it in memory only. */
  storage: 'local' | 'none' = 'local';

  /** `"auto"` (default) follows the visitor's colour scheme; `"light"` or `"dark"` fixes it. */
  declare theme?: 'auto' | 'light' | 'dark';

  /**
   * The language (a BCP 47 code such as `sv` or `pt-BR`). Unset: the nearest ancestor's `lang`, then
   * `<html lang>`, then the browser's languages, then English. One page shows one language (Lit Localize
   * keeps a single active locale), so the locale asked for last applies to every instance on the page.
   */
  declare locale?: string;

  /**
   * Shows only critical items. Set by the host (attribute or property) or by the visitor; when neither has
   * set it, the visitor's last choice is restored from storage.
   */
  declare criticalOnly?: boolean;

  /** Hides checked items. Restored like `criticalOnly`. */
  declare hideCompleted?: boolean;

  /** @internal */
  /** The current config with its texts resolved for the active locale. */
  _config: ChecklistConfig<string> = defaultConfig();
  /** The validated config, texts possibly per locale; undefined while the bundled checklist is shown. */
  private _given?: ChecklistConfig;
  /** The locale `_config` was resolved for: the field above is the bundled checklist in the first one. */
  private _configLocale = getLocale();
  /** @internal */
  _announcement = '';
  /** @internal */
  _confirming = false;
  /** @internal */
  _undo: ResetSnapshot | null = null;
  /** The export text, shown for manual copying when the clipboard is refused. */
  /** @internal */
  _fallback: string | null = null;

  /** Checked ids, including stored ids the current config does not have (they are kept, never erased). */
  /** @internal */
  _checked = new Set<string>();
  /** @internal */
  _notes = new Map<string, string>();
  /** @internal */
  _collapsed = new Set<string>();
  /** Items whose note editor is open. */
  /** @internal */
  _editing = new Set<string>();
  /** Items checked while "Hide completed" is on: shown until focus leaves them. */
  private _keep = new Set<string>();
  /** @internal */
  _store: ProgressStore | null = null;
  private _childConfig: string | null = null;
  /** The `config-src` last fetched, and the text it gave. */
  private _src?: string;
  private _srcText?: string;
  private _configInput: unknown = undefined;
  private _readyPending = true;
  private _observer?: MutationObserver;
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._readChildConfig();
    // CMS editors and tag managers may insert or edit the JSON script after the element upgrades.
    this._observer = new MutationObserver(() => this._readChildConfig());
    this._observer.observe(this, { childList: true, subtree: true, characterData: true });
    window.addEventListener('storage', this._onStorage);
    watchLang(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._observer = undefined;
    window.removeEventListener('storage', this._onStorage);
    watchLang(this, false);
  }

  /** The progress of the current config. A fresh object on each read. */
  get progress(): ChecklistProgress {
    return { ...this._summary(), checkedItems: this._checkedIds() };
  }

  /**
   * Checks or unchecks an item (source `"api"`). Returns false, and changes nothing, when the current config
   * has no item with that id.
   */
  setChecked(itemId: string, checked: boolean): boolean {
    if (!itemIds(this._config).includes(itemId)) return false;
    if (this._checked.has(itemId) !== checked) this._change(new Map([[itemId, checked]]), 'api', itemId);
    return true;
  }

  /**
   * Unchecks every item of the current config and clears its notes (source `"reset"`). Until the next
   * change, an "Undo" button puts them back. Stored ids of other configs are kept.
   */
  reset(): void {
    const ids = itemIds(this._config);
    const snapshot: ResetSnapshot = {
      checked: this._checkedIds(),
      notes: [...this._notes].filter(([id]) => ids.includes(id)),
    };
    if (snapshot.checked.length === 0 && snapshot.notes.length === 0) return;
    this._change(
      new Map(snapshot.checked.map((id) => [id, false])),
      'reset',
      null,
      new Map(ids.map((id) => [id, ''])),
    );
    this._undo = snapshot;
  }

  /**
   * Before an update: asks for the visitor's locale, and loads the validator when a config is given. The
   * first render waits for both, so it shows the final language and config at once, never a flash of
   * English or of the bundled checklist.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const waits: Promise<unknown>[] = [];
    const switching = requestLocale(this, (message) => this._error('locale-load-failed', message));
    if (switching && !this.hasUpdated) waits.push(switching);
    const src = this.getAttribute('config-src');
    if (src && src !== this._src) {
      this._src = src;
      waits.push(
        validator
          .load()
          .then((v) => v.fetchConfig(this, (code, message) => this._error(code, message)))
          .then(
            (text) => (this._srcText = text),
            () => undefined,
          ),
      );
    }
    await Promise.all(waits);
    super.scheduleUpdate();
  }

  /**
   * A given config needs the validator, which loads on demand: until it is here, no render (so the config
   * shows at once, never the bundled checklist first). Properties set before the element was defined only
   * arrive at this point, which is why the wait is here. A failed load renders the bundled checklist.
   */
  protected override shouldUpdate(): boolean {
    if (validator.get() || this._validatorFailed || this._configSource() === undefined) return true;
    this._waiting = validator.load().then(
      () => this.requestUpdate(),
      () => ((this._validatorFailed = true), this.requestUpdate()),
    );
    return false;
  }

  /** `updateComplete` resolves after the render that shows the config, not after a held one. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this._waiting
      ? this._waiting.then(() => ((this._waiting = undefined), super.getUpdateComplete()))
      : done;
  }

  private _validatorFailed = false;
  private _waiting?: Promise<unknown>;

  private _configSource(): unknown {
    const input = this.config ?? this._srcText ?? this._childConfig ?? undefined;
    return input === null || input === '' ? undefined : input;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const input = this._configSource();
    const configChanged = input !== this._configInput || !this.hasUpdated;
    if (configChanged) {
      this._configInput = input;
      this._resolveConfig(input);
    }
    const locale = getLocale();
    // The first update keeps the bundled checklist built with the element, unless a config or locale came.
    if ((configChanged && (this._given || this.hasUpdated)) || locale !== this._configLocale) {
      this._configLocale = locale;
      const v = validator.get();
      this._config = this._given && v ? v.localizeConfig(this._given, locale) : defaultConfig();
    }
    if (configChanged || changed.has('storageKey') || changed.has('storage')) {
      const name = this.storageKey || this._config.id || 'default';
      this._store =
        this.storage === 'none'
          ? null
          : new ProgressStore(localStorageOrNull, storageKey(name), (code, message) =>
              this._error(code, message),
            );
      // Restoring is not a visitor's action: it fires no progress or complete event.
      this._restore(this._store?.load());
      this._readyPending = true;
    }
    if (changed.has('criticalOnly') || changed.has('hideCompleted')) this._keep.clear();
  }

  protected override firstUpdated(): void {
    void this._tools().then((t) => t?.attach(this));
  }

  protected override updated(): void {
    if (!this._readyPending) return;
    this._readyPending = false;
    this._dispatch('port-checklist-ready', this._readyDetail());
  }

  /** @internal The detail of `port-checklist-ready`: the current config's id and progress. */
  _readyDetail(): ReadyEventDetail {
    return {
      configId: this._config.id ?? null,
      checkedItems: this._checkedIds(),
      usingDefault: !this._given,
      ...this._summary(),
    };
  }

  private _restore(record: StoredRecord | undefined): void {
    this._checked = new Set(record?.checked);
    this._notes = new Map(Object.entries(record?.notes ?? {}));
    this._collapsed = new Set(record?.collapsed);
    // A filter set by the host (attribute or property) or by the visitor on this page wins over storage.
    this.criticalOnly ??= record?.filters?.criticalOnly ?? false;
    this.hideCompleted ??= record?.filters?.hideCompleted ?? false;
    this._undo = null;
  }

  /** What this page knows, written when storage holds nothing readable. */
  private _snapshot = (): StoredRecord => ({
    v: 1,
    checked: [...this._checked],
    notes: Object.fromEntries(this._notes),
    collapsed: [...this._collapsed],
    filters: this._filters(),
  });

  /** @internal */
  _save(change: StateChange): void {
    this._store?.save(change, this._snapshot);
  }

  private _resolveConfig(input: unknown): void {
    this._given = undefined;
    if (input === undefined) return;
    const v = validator.get();
    if (!v) {
      this._error('load-failed', 'validator failed to load');
      return;
    }
    this._given = v.resolveConfig(input, (code, message) => this._error(code, message));
  }

  private _readChildConfig(): void {
    const script = this.querySelector<HTMLScriptElement>(CONFIG_SCRIPT);
    // No script, but text that opens like JSON: a sanitizer removed the <script>; the validator says so.
    const stray = script ? '' : (this.textContent ?? '').trim();
    const text = script?.textContent?.trim() || (stray.startsWith('{') ? STRIPPED_SCRIPT + stray : null);
    if (text !== this._childConfig) {
      this._childConfig = text;
      this.requestUpdate();
    }
  }

  /** @internal */
  _filters(): ViewFilters {
    return { criticalOnly: !!this.criticalOnly, hideCompleted: !!this.hideCompleted };
  }

  /** @internal */
  _summary(): ProgressSummary {
    return summarize(this._config, this._checked);
  }

  private _checkedIds(): string[] {
    return itemIds(this._config).filter((id) => this._checked.has(id));
  }

  /** @internal */
  _announce(text: string): void {
    this._announcement = text;
  }

  /** Any change by the visitor ends the chance to undo a reset. */
  /** @internal */
  _touch(): void {
    this._undo = null;
    this._confirming = false;
  }

  /** Applies changes made here (by the visitor or the host), stores them, announces them and fires events. */
  /** @internal */
  _change(
    changes: Map<string, boolean>,
    source: ProgressSource,
    itemId: string | null,
    notes?: Map<string, string>,
  ): void {
    const wasComplete = this._summary().complete;
    this._touch();
    for (const [id, on] of changes) {
      if (on) this._checked.add(id);
      else this._checked.delete(id);
    }
    for (const [id, text] of notes ?? []) {
      if (text) this._notes.set(id, text);
      else this._notes.delete(id);
    }
    this._save({ checked: changes, notes });
    if (itemId && changes.get(itemId) && this.hideCompleted) this._keep.add(itemId);
    const summary = this._summary();
    const counter = this._counterText(summary);
    const title =
      itemId === null
        ? ''
        : (this._config.sections.flatMap((section) => section.items).find((item) => item.id === itemId)
            ?.title ?? itemId);
    let text =
      source === 'reset'
        ? msg(str`Progress cleared. ${counter}`, {
            id: 'announce.reset',
            desc: 'Screen-reader announcement after the checklist is reset; the placeholder is "N of M completed"',
          })
        : source === 'undo'
          ? msg(str`Progress restored. ${counter}`, {
              id: 'announce.undo',
              desc: 'Screen-reader announcement after a reset is undone; the placeholder is "N of M completed"',
            })
          : changes.get(itemId ?? '')
            ? msg(str`Checked: ${title}. ${counter}`, {
                id: 'announce.checked',
                desc: 'Screen-reader announcement: item title, then "N of M completed"',
              })
            : msg(str`Unchecked: ${title}. ${counter}`, {
                id: 'announce.unchecked',
                desc: 'Screen-reader announcement: item title, then "N of M completed"',
              });
    if (summary.complete && !wasComplete) {
      text += ` ${msg('All steps are done!', { id: 'announce.complete', desc: 'Screen-reader announcement when the last item is checked' })}`;
    }
    this._announce(text);
    this.requestUpdate();
    this._emitProgress(
      itemId,
      itemId === null ? source === 'undo' : (changes.get(itemId) ?? false),
      source,
      wasComplete,
    );
  }

  /** @internal */
  _emitProgress(itemId: string | null, checked: boolean, source: ProgressSource, wasComplete: boolean): void {
    const summary = this._summary();
    const detail: ProgressEventDetail = { itemId, checked, source, ...summary };
    this._dispatch('port-checklist-progress', detail);
    if (summary.complete && !wasComplete) this._dispatch('port-checklist-complete', { ...detail });
  }

  /** Another tab changed the same storage slot: adopt its state and report each change (source `"sync"`). */
  /** Another tab changed storage; the tools chunk adopts its state (source `"sync"`). */
  private _onStorage = (event: StorageEvent): void => {
    void this._tools().then((t) => t?.sync(this, event));
  };

  private _onItemChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.id;
    if (id) this._change(new Map([[id, input.checked]]), 'user', id);
  }

  /** A just-checked item stays in place under "Hide completed" until focus leaves it. */
  private _onFocusOut(event: FocusEvent): void {
    const id = (event.target as HTMLElement).dataset.id;
    if (id && this._keep.delete(id)) this.requestUpdate();
  }

  /** @internal */
  _toggleSection(section: ChecklistSection): void {
    this._touch();
    const collapse = !this._collapsed.has(section.id);
    if (collapse) this._collapsed.add(section.id);
    else this._collapsed.delete(section.id);
    this._save({ collapsed: new Map([[section.id, collapse]]) });
    this.requestUpdate();
  }

  private async _onNoteToggle(item: ChecklistItem): Promise<void> {
    await (await this._tools())?.toggleNote(this, item);
  }

  /** The tools chunk, loaded if need be; reports `load-failed` and returns undefined when it cannot be. */
  /** @internal */
  async _tools(): Promise<Tools | undefined> {
    try {
      return await tools.load();
    } catch (e) {
      this._error('load-failed', `Tools failed to load (${String(e)})`);
      return undefined;
    }
  }

  private _onCta(event: MouseEvent): void {
    const href = (event.currentTarget as HTMLAnchorElement).getAttribute('href');
    if (!href) return;
    const { completed, total, percent } = this._summary();
    const allowed = this._dispatch<CtaEventDetail>(
      'port-checklist-cta',
      { href, completed, total, percent },
      true,
    );
    if (!allowed) event.preventDefault();
  }

  private _error(code: ErrorCode, message: string): void {
    this._dispatch<ErrorEventDetail>('port-checklist-error', { code, message });
  }

  /** @internal */
  _dispatch<T>(type: keyof PortChecklistEventMap, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** @internal */
  _counterText({ completed, total }: { completed: number; total: number }): string {
    return counterText(completed, total);
  }

  /** @internal */
  _sectionCountText(completed: number, total: number): string {
    return sectionCountText(completed, total);
  }

  /** @internal */
  _noteLabel(): string {
    return msg('Note:', {
      id: 'note.prefix',
      desc: 'Label before an item note, on screen and in the exported text',
    });
  }

  /** @internal */
  _criticalText(): string {
    return msg('Critical', { id: 'item.critical', desc: 'Badge on a critical checklist item' });
  }

  private _ctaLink(part: string): TemplateResult | typeof nothing {
    const cta = this._config.cta;
    if (!cta?.href) return nothing;
    const href = withUtm(cta.href, cta.utm, this._summary().percent);
    return html`<a part=${part} class="button primary" href=${href} @click=${this._onCta}>${cta.label}</a>`;
  }

  protected override render(): TemplateResult {
    const config = this._config;
    const summary = this._summary();
    const counter = this._counterText(summary);
    const filters = this._filters();
    let index = 0;
    return html`
      <div part="base" class="base" lang=${getLocale()} dir=${isRtl(getLocale()) ? 'rtl' : 'ltr'}>
        <header part="header" class="header">
          <h2 part="title">${config.title}</h2>
          ${config.description ? html`<p class="muted">${config.description}</p>` : nothing}
          <p part="counter" class="counter">${counter}</p>
          <div
            part="progress"
            class="progress"
            role="progressbar"
            aria-label=${msg('Checklist progress', {
              id: 'progress.label',
              desc: 'Accessible name of the progress bar',
            })}
            aria-valuemin="0"
            aria-valuemax=${summary.total}
            aria-valuenow=${summary.completed}
            aria-valuetext=${counter}
          >
            <svg aria-hidden="true" focusable="false">
              ${svg`<rect height="100%" width="${summary.percent}%"></rect>`}
            </svg>
          </div>
        </header>
        ${summary.complete ? this._renderCompletion() : nothing}
        ${
          config.banner
            ? html`<div part="banner" class="banner">
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path d="M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z"></path>
                </svg>
                <h3>${config.banner.title}</h3>
                <p>${config.banner.text}</p>
              </div>`
            : nothing
        }
        <div
          part="toolbar"
          class="toolbar"
          role="group"
          aria-label=${msg('View', { id: 'toolbar.label', desc: 'Accessible name of the group of filters' })}
          @change=${(event: Event) => tools.get()?.onFilter(this, event)}
        >
          ${tools.get()?.renderToolbar(this) ?? nothing}
        </div>
        <div @change=${this._onItemChange} @focusout=${this._onFocusOut}>
          ${config.sections.map((section) => this._renderSection(section, filters, () => index++))}
        </div>
        ${this._renderActions()}
        ${
          config.pitfalls && config.pitfalls.items.length > 0
            ? html`<section part="pitfalls" class="pitfalls" aria-labelledby="pitfalls-title">
                <h3 id="pitfalls-title">${config.pitfalls.title}</h3>
                <ul role="list">
                  ${config.pitfalls.items.map(
                    (pitfall) =>
                      html`<li>
                        <strong>${pitfall.title}</strong> <span class="muted">${pitfall.text}</span>
                      </li>`,
                  )}
                </ul>
              </section>`
            : nothing
        }
        ${
          config.cta
            ? html`<section part="cta" class="cta" aria-labelledby="cta-title">
                <h3 id="cta-title">${config.cta.title}</h3>
                <p>${config.cta.text}</p>
                ${this._ctaLink('cta-link')}
              </section>`
            : nothing
        }
        <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      </div>
    `;
  }

  private _renderCompletion(): TemplateResult {
    return html`<section part="completion" class="completion" aria-labelledby="completion-title">
      <h3 id="completion-title">
        ${msg('All steps are done!', { id: 'completion.title', desc: 'Heading of the panel shown when every item is checked' })}
      </h3>
      <p>
        ${msg(
          'Your numbers are ported. Now make every call count: see which campaigns make your phones ring.',
          {
            id: 'completion.text',
            desc: 'Text of the completion panel; leads into the call to action below it',
          },
        )}
      </p>
      ${this._ctaLink('cta-link completion-cta')}
    </section>`;
  }

  /** The export and start-over buttons come with the tools chunk; their row keeps its space meanwhile. */
  private _renderActions(): TemplateResult {
    const t = tools.get();
    return html`<div
      part="actions"
      class="actions"
      role="group"
      aria-label=${msg('Save or start over', {
        id: 'actions.label',
        desc: 'Accessible name of the group of export and reset buttons',
      })}
    >
      ${t ? t.renderActions(this) : nothing}
    </div>`;
  }

  private _renderSection(
    section: ChecklistSection,
    filters: ViewFilters,
    nextIndex: () => number,
  ): TemplateResult {
    const count = sectionCount(section, this._checked);
    const sectionIndex = nextIndex();
    const collapsed = this._collapsed.has(section.id);
    const anyShown = section.items.some((item) => isShown(item, this._checked, filters, this._keep));
    return html`<section
      part="section"
      class="section${collapsed ? ' collapsed' : ''}${anyShown ? '' : ' filtered'}"
      aria-labelledby=${`s${sectionIndex}`}
    >
      <div class="section-header">
        <h3 part="section-title" id=${`s${sectionIndex}`}>
          <button
            part="section-toggle"
            class="section-toggle"
            type="button"
            aria-expanded=${collapsed ? 'false' : 'true'}
            aria-controls=${`l${sectionIndex}`}
            @click=${() => this._toggleSection(section)}
          >
            <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M5 3l6 5-6 5z"></path></svg
            >${section.title}
          </button>
        </h3>
        <span part="section-count" class="section-count muted"
          >${this._sectionCountText(count.completed, count.total)}</span
        >
      </div>
      ${section.subtitle ? html`<p class="subtitle muted">${section.subtitle}</p>` : nothing}
      <ul role="list" class="items" id=${`l${sectionIndex}`}>
        ${section.items.map((item) => this._renderItem(item, nextIndex(), filters))}
      </ul>
    </section>`;
  }

  private _renderItem(item: ChecklistItem, i: number, filters: ViewFilters): TemplateResult {
    const checked = this._checked.has(item.id);
    const note = this._notes.get(item.id);
    const editing = this._editing.has(item.id);
    const shown = isShown(item, this._checked, filters, this._keep);
    return html`<li part="item" class="item${checked ? ' checked' : ''}${shown ? '' : ' filtered'}">
      <input
        part="checkbox"
        type="checkbox"
        id=${`i${i}`}
        data-id=${item.id}
        .checked=${checked}
        aria-describedby=${item.detail ? `d${i}` : nothing}
      />
      <label for=${`i${i}`}
        ><span part="item-title" class="item-title">${item.title}</span>${
          item.critical ? html`<span part="badge" class="badge">${this._criticalText()}</span>` : nothing
        }</label
      ><span class="print-only">
        (${
          checked
            ? msg('done', { id: 'print.done', desc: 'Printed after a checked item' })
            : msg('to do', { id: 'print.todo', desc: 'Printed after an unchecked item' })
        })</span
      >
      <div class="item-body">
        ${item.detail ? html`<p part="item-detail" class="detail muted" id=${`d${i}`}>${item.detail}</p>` : nothing}
        ${
          note
            ? html`<p part="note" class="note${editing ? ' editing' : ''}">
                <strong>${this._noteLabel()}</strong>
                ${note}
              </p>`
            : nothing
        }
        <button
          part="note-toggle"
          class="note-toggle"
          type="button"
          aria-expanded=${editing ? 'true' : 'false'}
          aria-controls=${editing ? `n${i}` : nothing}
          @click=${() => this._onNoteToggle(item)}
        >
          ${
            editing
              ? msg('Close note', { id: 'note.close', desc: 'Button that closes the note editor of an item' })
              : note
                ? msg('Edit note', {
                    id: 'note.edit',
                    desc: 'Button that opens the note editor of an item that has a note',
                  })
                : msg('Add note', { id: 'note.add', desc: 'Button that opens the note editor of an item' })
          }<span class="sr-only">: ${item.title}</span>
        </button>
        ${editing ? (tools.get()?.renderNoteEditor(this, item, i) ?? nothing) : nothing}
      </div>
    </li>`;
  }
}
