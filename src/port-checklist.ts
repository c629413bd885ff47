import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { defaultConfig } from './default-config.js';
import type {
  CtaEventDetail,
  ErrorCode,
  ErrorEventDetail,
  PortChecklistEventMap,
  ProgressEventDetail,
  ProgressSource,
  ReadyEventDetail,
} from './events.js';
import { itemIds, sectionCount, summarize, type ProgressSummary } from './progress.js';
import { ProgressStore, storageKey } from './storage.js';
import { styles } from './styles.js';
import type { ChecklistConfig, ChecklistItem, ChecklistSection } from './types.js';
import { parseConfigJson, validateConfig } from './validate.js';

/** What `progress` returns: the progress figures and the checked ids of the current config. */
export interface ChecklistProgress extends ProgressSummary {
  checkedItems: string[];
}

const CONFIG_SCRIPT = 'script[type="application/json"]';

function localStorageOrNull(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}

/**
 * A checklist that walks a business through porting its phone numbers to a new carrier without downtime.
 * Progress is kept in localStorage; host pages listen to its events.
 *
 * @summary Number-porting checklist with progress, persistence and events.
 *
 * @fires port-checklist-ready - After the first render of a config. Detail: `{ configId, checkedItems, usingDefault, completed, total, percent, criticalCompleted, criticalTotal, complete }`.
 * @fires port-checklist-progress - When the set of checked items changes. Detail: `{ itemId, checked, source, completed, total, percent, criticalCompleted, criticalTotal, complete }`.
 * @fires port-checklist-complete - On each transition to every item checked. Same detail as progress.
 * @fires port-checklist-cta - When the visitor activates the call to action; cancelable. Detail: `{ href, completed, total, percent }`.
 * @fires port-checklist-error - Something went wrong but the widget carries on. Detail: `{ code, message }`.
 *
 * @slot - Light-DOM content is not rendered; put a `<script type="application/json">` config here, or a no-JavaScript fallback.
 *
 * @csspart base - The outer box.
 * @csspart header - Title, description, counter and progress bar.
 * @csspart title - The main heading.
 * @csspart counter - "N of M completed".
 * @csspart progress - The progress bar.
 * @csspart banner - The warning banner.
 * @csspart section - Each section.
 * @csspart section-title - Each section's heading.
 * @csspart section-count - Each section's "N of M".
 * @csspart item - Each item.
 * @csspart checkbox - Each item's checkbox.
 * @csspart item-title - Each item's title.
 * @csspart item-detail - Each item's detail text.
 * @csspart badge - The "Critical" badge.
 * @csspart pitfalls - The common-pitfalls box.
 * @csspart cta - The call-to-action box.
 * @csspart cta-link - The call-to-action link.
 */
export class PortChecklist extends LitElement {
  static override styles = styles;

  static override properties = {
    config: {},
    storageKey: { attribute: 'storage-key' },
    storage: {},
    theme: { reflect: true },
    _config: { state: true },
    _announcement: { state: true },
  };

  /**
   * The checklist. As an attribute: JSON text. As a property: an object (or JSON text). When neither is set,
   * a child `<script type="application/json">` is read; when that is absent too, the bundled checklist shows.
   * An invalid config shows the bundled checklist and fires `port-checklist-error` (`config-invalid`).
   */
  declare config?: ChecklistConfig | string;

  /** Names the localStorage slot, to keep instances apart. Defaults to the config's `id`. */
  declare storageKey?: string;

  /** `"local"` (default) keeps progress in localStorage; `"none"` keeps it in memory only. */
  storage: 'local' | 'none' = 'local';

  /** `"auto"` (default) follows the visitor's colour scheme; `"light"` or `"dark"` fixes it. */
  declare theme?: 'auto' | 'light' | 'dark';

  private _config: ChecklistConfig = defaultConfig();
  private _announcement = '';

  /** Checked ids, including stored ids the current config does not have (they are kept, never erased). */
  private _checked = new Set<string>();
  private _usingDefault = true;
  private _store: ProgressStore | null = null;
  private _childConfig: string | null = null;
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._observer = undefined;
    window.removeEventListener('storage', this._onStorage);
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

  /** Unchecks every item of the current config (source `"reset"`). Stored ids of other configs are kept. */
  reset(): void {
    const changes = new Map(this._checkedIds().map((id) => [id, false]));
    if (changes.size > 0) this._change(changes, 'reset', null);
  }

  override addEventListener<K extends keyof PortChecklistEventMap>(
    type: K,
    listener: (this: PortChecklist, ev: PortChecklistEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: PortChecklist, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener, options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const input = this.config ?? this._childConfig ?? undefined;
    const configChanged = input !== this._configInput || !this.hasUpdated;
    if (configChanged) {
      this._configInput = input;
      this._resolveConfig(input);
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
      this._checked = this._store?.load() ?? new Set();
      this._readyPending = true;
    }
  }

  protected override updated(): void {
    if (!this._readyPending) return;
    this._readyPending = false;
    this._dispatch<ReadyEventDetail>('port-checklist-ready', {
      configId: this._config.id ?? null,
      checkedItems: this._checkedIds(),
      usingDefault: this._usingDefault,
      ...this._summary(),
    });
  }

  private _resolveConfig(input: unknown): void {
    if (input === undefined || input === null || input === '') {
      this._config = defaultConfig();
      this._usingDefault = true;
      return;
    }
    let errors: string[];
    const parsed = typeof input === 'string' ? parseConfigJson(input) : { ok: true as const, value: input };
    if (parsed.ok) {
      const result = validateConfig(parsed.value);
      for (const warning of result.warnings) console.warn(`<port-checklist> ${warning}`);
      if (result.ok) {
        this._config = result.config;
        this._usingDefault = false;
        return;
      }
      errors = result.errors;
    } else {
      errors = [parsed.error];
    }
    const message = `Invalid config, showing the bundled checklist instead:\n${errors.join('\n')}`;
    console.warn(`<port-checklist> ${message}`);
    this._config = defaultConfig();
    this._usingDefault = true;
    this._error('config-invalid', message);
  }

  private _readChildConfig(): void {
    const script = this.querySelector<HTMLScriptElement>(`:scope > ${CONFIG_SCRIPT}`);
    const text = script?.textContent?.trim() || null;
    if (text !== this._childConfig) {
      this._childConfig = text;
      this.requestUpdate();
    }
  }

  private _summary(): ProgressSummary {
    return summarize(this._config, this._checked);
  }

  private _checkedIds(): string[] {
    return itemIds(this._config).filter((id) => this._checked.has(id));
  }

  private _findItem(id: string): ChecklistItem | undefined {
    for (const section of this._config.sections) {
      const found = section.items.find((item) => item.id === id);
      if (found) return found;
    }
    return undefined;
  }

  /** Applies changes made here (by the visitor or the host), stores them, announces them and fires events. */
  private _change(changes: Map<string, boolean>, source: ProgressSource, itemId: string | null): void {
    const wasComplete = this._summary().complete;
    for (const [id, on] of changes) {
      if (on) this._checked.add(id);
      else this._checked.delete(id);
    }
    this._store?.save(changes, this._checked);
    const summary = this._summary();
    const counter = this._counterText(summary);
    const title = itemId === null ? '' : (this._findItem(itemId)?.title ?? itemId);
    this._announcement =
      source === 'reset'
        ? msg(str`Progress cleared. ${counter}`, {
            id: 'announce.reset',
            desc: 'Screen-reader announcement after the checklist is reset; the placeholder is "N of M completed"',
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
    this.requestUpdate();
    this._emitProgress(itemId, itemId === null ? false : (changes.get(itemId) ?? false), source, wasComplete);
  }

  private _emitProgress(
    itemId: string | null,
    checked: boolean,
    source: ProgressSource,
    wasComplete: boolean,
  ): void {
    const summary = this._summary();
    const detail: ProgressEventDetail = { itemId, checked, source, ...summary };
    this._dispatch('port-checklist-progress', detail);
    if (summary.complete && !wasComplete) this._dispatch('port-checklist-complete', { ...detail });
  }

  /** Another tab changed the same storage slot: adopt its state and report each change (source `"sync"`). */
  private _onStorage = (event: StorageEvent): void => {
    if (!this._store || (event.key !== null && event.key !== this._store.key)) return;
    const next = this._store.load();
    if (!next) {
      // The slot was cleared elsewhere (site data wiped, another app): write back what this tab knows.
      this._store.save(new Map(), this._checked);
      return;
    }
    for (const id of itemIds(this._config)) {
      const on = next.has(id);
      if (on === this._checked.has(id)) continue;
      const wasComplete = this._summary().complete;
      if (on) this._checked.add(id);
      else this._checked.delete(id);
      this._emitProgress(id, on, 'sync', wasComplete);
    }
    for (const id of next) this._checked.add(id);
    this.requestUpdate();
  };

  private _onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.id;
    if (id) this._change(new Map([[id, input.checked]]), 'user', id);
  }

  private _onCta(event: MouseEvent): void {
    const href = this._config.cta?.href;
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

  private _dispatch<T>(type: keyof PortChecklistEventMap, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  private _counterText({ completed, total }: { completed: number; total: number }): string {
    return msg(str`${completed} of ${total} completed`, {
      id: 'progress.counter',
      desc: 'Progress of the whole checklist, e.g. "5 of 30 completed"',
    });
  }

  protected override render(): TemplateResult {
    const config = this._config;
    const summary = this._summary();
    const counter = this._counterText(summary);
    let index = 0;
    return html`
      <div part="base" class="base">
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
        <div @change=${this._onChange}>
          ${config.sections.map((section) => this._renderSection(section, () => index++))}
        </div>
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
                ${
                  config.cta.href
                    ? html`<a part="cta-link" href=${config.cta.href} @click=${this._onCta}
                        >${config.cta.label}</a
                      >`
                    : nothing
                }
              </section>`
            : nothing
        }
        <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      </div>
    `;
  }

  private _renderSection(section: ChecklistSection, nextIndex: () => number): TemplateResult {
    const count = sectionCount(section, this._checked);
    const sectionIndex = nextIndex();
    const headingId = `s${sectionIndex}`;
    return html`<section part="section" class="section" aria-labelledby=${headingId}>
      <div class="section-header">
        <h3 part="section-title" id=${headingId}>${section.title}</h3>
        <span part="section-count" class="section-count muted"
          >${msg(str`${count.completed} of ${count.total}`, {
            id: 'section.count',
            desc: 'Progress of one section, e.g. "2 of 6"',
          })}</span
        >
      </div>
      ${section.subtitle ? html`<p class="subtitle muted">${section.subtitle}</p>` : nothing}
      <ul role="list">
        ${section.items.map((item) => {
          const i = nextIndex();
          const checked = this._checked.has(item.id);
          return html`<li part="item" class=${checked ? 'item checked' : 'item'}>
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
                item.critical
                  ? html`<span part="badge" class="badge"
                      >${msg('Critical', { id: 'item.critical', desc: 'Badge on a critical checklist item' })}</span
                    >`
                  : nothing
              }</label
            >
            ${
              item.detail
                ? html`<p part="item-detail" class="detail muted" id=${`d${i}`}>${item.detail}</p>`
                : nothing
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
