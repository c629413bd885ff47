import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  allLocales,
  getLocale,
  hasRegionTexts,
  isRtl,
  requestLocale,
  requestRegionTexts,
  updateWhenLocaleChanges,
  usePart,
  watchLang,
} from './i18n/localization.js';
import { localeTags } from './i18n/tags.js';
import {
  applyRegion,
  COUNTRY_QUESTION,
  OTHER_COUNTRY,
  regionOf,
  resolveRegion,
  type RegionId,
  type RegionPreset,
} from './content/region.js';
import { regionLoaders } from './content/regions.js';
import { counterText, sectionCountText } from './i18n/messages.js';
import { DEFAULT_CONFIG_ID, defaultConfig } from './content/default-config.js';
import type { ErrorCode, PortChecklistEventMap, ProgressSource, ReadyEventDetail } from './events.js';
import { lazy, type Lazy } from './lazy.js';
import {
  isShown,
  itemIds,
  sectionCount,
  summarize,
  type Filters,
  type ProgressSummary,
} from './state/progress.js';
import { ChecklistState } from './state/state.js';
import { ProgressStore, storageKey, type StorageAdapter } from './state/storage.js';
import { criticalText, noteLabel, rulesFor, setupTitle } from './view/labels.js';
import { styles } from './view/styles.js';
import type { ToolsHost } from './view/tools-host.js';
import { VERSION } from './version.js';
import { applicable } from './config/conditions.js';
import type { Answers, ChecklistConfig, ChecklistItem, ChecklistSection } from './config/types.js';
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

// Any descendant, not only a child: WordPress wraps what editors paste in <p> elements.
const CONFIG_SCRIPT = 'script[type="application/json" i]';

// Loaded on demand, so the script-tag bundle stays small: the validator when a page gives a config, the
// export and note tools right after the first render.
type Validator = typeof import('./config/validate.js');
type Tools = typeof import('./view/tools.js');
type Setup = typeof import('./view/setup.js');
type Planner = typeof import('./view/plan.js');
type Remote = typeof import('./view/remote.js');
type Link = typeof import('./view/link.js');
// `implements ToolsHost` below keeps the element and what the tools chunk may use of it in step.
const validator = lazy<Validator>(() => import('./config/validate.js'));
// The host's own storage: only for a `storage` adapter, as soon as its slot opens.
const remote = lazy<Remote>(() => import('./view/remote.js'));
// The "About your port" setup and the bundled questions' texts: after the first render, or before it when the
// host answers the bundled questions (their ids are checked against them).
/**
 * A lazy chunk with its texts in the active locale (the part `part` of it, split out of the locale chunk at
 * build time), fetched side by side. Texts that fail to load leave the chunk in English: `textsFailed` keeps why,
 * for the element to report.
 */
const textsFailed = new Map<string, unknown>();
const withTexts =
  <T>(part: string, load: () => Promise<T>) =>
  (): Promise<T> =>
    Promise.all([load(), usePart(part, getLocale()).catch((e: unknown) => textsFailed.set(part, e))]).then(
      ([chunk]) => chunk,
    );
// The filters, the export and start-over row and the note field, with their texts (not on the first render's path).
const tools = lazy<Tools>(withTexts('tools', () => import('./view/tools.js')));
const setup = lazy<Setup>(withTexts('setup', () => import('./view/setup.js')));
// The port-date planner, with its texts in the page's language: right after the first render of a config with
// dated steps (the bundled one has them), or before it when a port date is stored or given, so that the steps'
// dates are in the first render. Texts that fail to load leave it in English; the element reports it.
const planner = lazy<Planner>(withTexts('plan', () => import('./view/plan.js')));
// "Continue on another device" and opening a progress link, with their texts (lean-qr comes with it, only here):
// when the visitor asks for a link, or when the page's address carries one.
const link = lazy<Link>(withTexts('link', () => import('./view/link.js')));

// The country presets, each loaded once for every instance; a failed load is retried on the next update.
const presets = Object.fromEntries(
  Object.entries(regionLoaders).map(([region, load]) => [region, lazy(load)]),
) as Record<RegionId, Lazy<{ preset: () => RegionPreset }>>;

function localStorageOrNull(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}

/**
 * A checklist that walks a business through porting its phone numbers to a new carrier without downtime.
 * Progress, notes, collapsed sections and filters are kept in localStorage (or memory until consent, or the host's
 * own storage); a link and QR code carry them to another device; host pages listen to its events.
 *
 * @summary Number-porting checklist with progress, notes, filters, export, persistence and events.
 *
 * @tagname port-checklist
 *
 * @attr {string} config-src - A URL (https:, http: or relative) to fetch the config JSON from, when `config` is not set. A failed fetch shows the bundled checklist and fires `config-load-failed`.
 * @attr {number} [config-timeout=8000] - How long `config-src` may take, in milliseconds.
 * @attr {string} region - The country whose porting rules the bundled checklist follows: `us`, `gb` (or `uk`), `se` or `de`, case-insensitive; `generic` for none. Unset: the region subtag of the page's language (`en-GB` → gb), then `sv` → se and `de` → de, else the generic checklist. An unknown value warns once on the console and shows the generic checklist.
 * @attr {string} port-date - The port date, `YYYY-MM-DD`, when the page knows it (the new provider's confirmed date): the steps' due dates count from it and the visitor does not enter one. An invalid value fires `config-invalid` and is ignored.
 * @attr {'datalayer'} analytics - `datalayer` pushes every event to `window.dataLayer` (Google Tag Manager / GA4 form: `{ event: 'port_checklist_progress', …detail }`), creating it when absent. Set it at load.
 *
 * @fires port-checklist-ready - After the first render of a config. Detail: `{ configId, checkedItems, usingDefault, region, answers, completed, total, percent, criticalCompleted, criticalTotal, complete }`: the counts speak of the steps that apply.
 * @fires port-checklist-progress - When the set of checked items changes. Detail: `{ itemId, checked, source, completed, total, percent, criticalCompleted, criticalTotal, complete }`; source `user`, `api`, `sync`, `reset`, `undo` or `import` (the visitor took a progress link's progress: itemId `null`).
 * @fires port-checklist-complete - On each transition to every item checked (also when an answer leaves only checked steps: source `answers`, itemId `null`). Same detail as progress.
 * @fires port-checklist-cta - When the visitor activates the call to action; cancelable. Detail: `{ href, completed, total, percent }`.
 * @fires port-checklist-export - When the visitor copies, downloads or prints the checklist. Detail: `{ format, completed, total, percent }`.
 * @fires port-checklist-answers - When the visitor changes an answer of "About your port" (or skips it). Detail: `{ answers, completed, total, source }`: the answers in force, the progress of the steps that apply, and `user` or `sync` (another tab).
 * @fires port-checklist-plan - When the port date changes: the visitor entered, confirmed or cleared it, the host set `portDate`, or another tab changed it. Detail: `{ portDate, estimated, confirmed, nextDue, source }`: dates as `YYYY-MM-DD`, `nextDue` `{ itemId, date }` or `null`, source `user`, `api` or `sync`.
 * @fires port-checklist-error - Something went wrong but the widget carries on. Detail: `{ code, message }`.
 *
 * @slot - Light-DOM content is not rendered; put a `<script type="application/json">` config here, or a no-JavaScript fallback.
 *
 * @csspart base - The outer box.
 * @csspart header - Title, description, counter and progress bar.
 * @csspart title - The main heading.
 * @csspart region - "Rules for: Sweden", when a country preset applies.
 * @csspart setup - "About your port": the folded line and, when open, the questions.
 * @csspart setup-summary - The answers in short ("Sweden · 2–20 numbers · …"), or an invitation to answer.
 * @csspart setup-toggle - The button that opens or folds the questions.
 * @csspart setup-panel - The open questions.
 * @csspart question - Each question (a fieldset with its legend).
 * @csspart counter - "N of M completed".
 * @csspart next-due - The next deadline ("Next: Sign the form by Tue, Jan 12"), when steps have dates.
 * @csspart plan - The port-date line and, when open, its field.
 * @csspart plan-summary - The port date in force, or the suggested one.
 * @csspart plan-toggle - The button that opens or folds the port-date field.
 * @csspart plan-calendar - "Add to calendar": downloads the port date and the deadlines as an .ics file.
 * @csspart plan-panel - The open port-date field, its hint and buttons.
 * @csspart plan-date - The date input.
 * @csspart plan-confirmed - The "confirmed by the new provider" checkbox.
 * @csspart due - A step's due date beside its title ("(due Tue, Jan 12, overdue)").
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
 * @csspart item-link - An item's link (a provider's form, a regulator's page); it opens in a new tab.
 * @csspart badge - The "Critical" badge.
 * @csspart note - An item's note, as shown.
 * @csspart note-toggle - The "Add note" / "Edit note" button.
 * @csspart note-field - The note's text area.
 * @csspart actions - The copy, download, print, "Continue on another device" and start-over buttons.
 * @csspart action - Each of those buttons (also "Undo", "Yes, start over" and "Cancel").
 * @csspart export-fallback - The text area shown when the clipboard is refused.
 * @csspart link-dialog - A progress-link dialog: "Continue on another device", "Progress from a link", or why a link cannot be opened.
 * @csspart link-qr - The QR code of the progress link (dark on light whatever the theme).
 * @csspart link-field - The read-only field with the progress link.
 * @csspart link-button - Each button of a progress-link dialog.
 * @csspart link-summary - What an opened link holds.
 * @csspart link-here - What this browser holds, beside it.
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
export class PortChecklist extends LitElement implements ToolsHost {
  static override styles = styles;

  /** The package version. */
  static readonly version = VERSION;

  static override properties = {
    config: {},
    storageKey: { attribute: 'storage-key' },
    storage: {},
    theme: { reflect: true },
    locale: {},
    region: {},
    answers: {},
    portDate: { attribute: 'port-date' },
    criticalOnly: { type: Boolean, attribute: 'critical-only', reflect: true },
    hideCompleted: { type: Boolean, attribute: 'hide-completed', reflect: true },
    _config: { state: true },
    _announcement: { state: true },
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

  /**
   * Where progress is kept. `"local"` (default): localStorage. `"none"`: in memory only. `"consent"`: in memory
   * until the host calls `grantStorage()` (its consent banner's callback), then localStorage; `revokeStorage()`
   * deletes it again. As a property, also an adapter object `{ load(key), save(key, record), subscribe?(key,
   * onChange) }` for the host's own storage (each may return a promise): the list shows as loading until `load`
   * answers, and each save writes this page's changes onto what `load` gives then, retrying with backoff.
   */
  storage: 'local' | 'none' | 'consent' | StorageAdapter = 'local';

  /** `"auto"` (default) follows the visitor's colour scheme; `"light"` or `"dark"` fixes it. */
  declare theme?: 'auto' | 'light' | 'dark';

  /**
   * The language (a BCP 47 code such as `sv` or `pt-BR`). Unset: the nearest ancestor's `lang`, then
   * `<html lang>`, then the browser's languages, then English. One page shows one language (Lit Localize
   * keeps a single active locale), so the locale asked for last applies to every instance on the page.
   */
  declare locale?: string;

  /**
   * The country whose porting rules the bundled checklist follows (`us`, `gb` or `uk`, `se`, `de`; `generic`
   * for none). Unset: from the page's language (`en-GB` → gb, `sv` → se, `de` → de), else generic. Its preset
   * loads before the first render; one that fails to load shows the generic checklist and fires
   * `region-load-failed`. Presets change the bundled checklist only, not a given config.
   */
  declare region?: string;

  /**
   * Answers to the config's `questions`, given by the host for the visitor (question id → option id, or ids for a
   * multiple-choice question); as an attribute, JSON. Steps whose `when` does not hold for them are left out, and
   * counts speak only of the steps that apply. Invalid answers are reported (`config-invalid`) and ignored.
   */
  declare answers?: Answers | string;

  /**
   * The port date, `YYYY-MM-DD`, when the host knows it (the new provider's confirmed FOC date, say): the steps'
   * due dates count from it and the visitor does not enter one. Unset: the visitor's date, else a suggested one.
   * An invalid value is reported (`config-invalid`) and ignored.
   */
  declare portDate?: string;

  /**
   * Shows only critical items. Set by the host (attribute or property) or by the visitor; when neither has
   * set it, the visitor's last choice is restored from storage.
   */
  declare criticalOnly?: boolean;

  /** Hides checked items. Restored like `criticalOnly`. */
  declare hideCompleted?: boolean;

  // The config's stages, from what the host gives to what renders. Given: the `config` property or attribute,
  // else the text fetched from `config-src` (`_srcText`, for the URL in `_src`), else the child script's text
  // (`_childConfig`). `_configInput` is the one of those last resolved, `_given` its validated config (texts
  // possibly per locale; undefined while the bundled checklist shows), and `_config` what renders: `_given`
  // or the bundled checklist, its texts resolved for `_configLocale`.
  /**
   * The config shown, its texts resolved for the active locale.
   * @internal
   */
  _config: ChecklistConfig<string> = defaultConfig();
  /**
   * `_config` before the answers: every section and item, whether it applies or not.
   * @internal
   */
  _unfiltered = this._config;
  /**
   * The host's `answers`, checked against the questions.
   * @internal
   */
  _hostAnswers: Answers = {};
  /**
   * The given config, validated; undefined while the bundled checklist shows.
   * @internal
   */
  _given?: ChecklistConfig;
  private _configLocale = getLocale();
  /**
   * The country preset `_config` follows, with its texts; undefined for the generic set or a given config.
   * @internal
   */
  _preset?: RegionPreset;
  private _configRegion: RegionId | null = null;
  private _warnedRegion?: string;
  /** The preset asked for, resolved once per update in scheduleUpdate (see `region`). */
  private _wanted: RegionId | null = null;
  private _failedRegion?: RegionId;
  private _childConfig: string | null = null;
  private _src?: string;
  private _srcText?: string;
  private _configInput: unknown = undefined;

  /**
   * The filters in force.
   * @internal
   */
  _filters = (): Filters => ({ criticalOnly: !!this.criticalOnly, hideCompleted: !!this.hideCompleted });

  /**
   * The checklist's state (checks, notes, collapsed sections, undo) and its storage; one per config and
   * storage slot.
   * @internal
   */
  _state = new ChecklistState(null, this._filters);

  /**
   * The text of the polite live region.
   * @internal
   */
  _announcement = '';

  /** Items checked while "Hide completed" is on: shown until focus leaves them. */
  private _keep = new Set<string>();
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
    if (this._state.checked.has(itemId) !== checked)
      this._apply('api', itemId, () => this._state.change({ checked: new Map([[itemId, checked]]) }));
    return true;
  }

  /**
   * Unchecks every item of the current config and clears its notes (source `"reset"`). Until the next
   * change, an "Undo" button puts them back. Stored ids of other configs are kept.
   */
  reset(): void {
    this._apply('reset', null, () => this._state.reset(itemIds(this._config)));
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
    // The bundled checklist's slot opens now, so that a country the visitor chose picks the preset to load.
    if (!this.hasUpdated && this._configSource() === undefined)
      this._open(this.storageKey || DEFAULT_CONFIG_ID);
    const region = (this._wanted = this._wantedRegion());
    // The preset's chunk and its texts in the locale, a chunk of their own, load side by side.
    const texts = requestRegionTexts(this, region);
    if (region && (texts || (!presets[region].get() && this._failedRegion !== region))) {
      const loading = Promise.all([presets[region].load(), texts]).then(
        () => undefined,
        (e: unknown) => {
          this._failedRegion = region;
          this._error(
            'region-load-failed',
            `The "${region}" preset failed to load (${String(e)}); showing the generic checklist`,
          );
        },
      );
      // Wait for it, so the list never shows the generic steps in between (a country answered in the setup).
      waits.push(loading);
    }
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
    const bundled = this._configSource() === undefined;
    // Host answers are checked by the validator against the questions; answers (the host's or the visitor's)
    // of the bundled checklist need the setup chunk too, which holds its questions and the lead-time estimate.
    const answered =
      (this.answers ?? '') !== '' || (bundled && Object.keys(this._state.answers ?? {}).length > 0);
    const needs = [
      ...(bundled && (this.answers ?? '') === '' ? [] : [validator]),
      ...(bundled && answered ? [setup] : []),
    ].filter((chunk) => !chunk.get());
    if (this._validatorFailed) return true;
    // The planner, before the first render when a port date is stored or given (a failed load renders without
    // dates, and is reported).
    const planned = !!this.portDate?.trim() || (bundled && !!this._state.plan);
    const plan = planned && !planner.get() && !this._planFailed ? this._loadPlanner() : undefined;
    if (needs.length === 0 && !plan) return true;
    this._waiting = Promise.all([...needs.map((chunk) => chunk.load()), plan]).then(
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
  private _planFailed = false;

  /** The planner chunk, loaded once; reports `load-failed` (and renders without dates) when it cannot be. */
  private _loadPlanner(): Promise<unknown> {
    return (this._planLoading ??= this._chunk(planner, 'plan').then(
      (loaded) => (this._planFailed = !loaded),
    ));
  }

  private _planLoading?: Promise<unknown>;

  /**
   * A lazy chunk (`tools`, `setup`, `plan`, `link`), loaded if need be; reports `load-failed` and returns undefined when
   * it cannot be, and reports once that its texts failed to load (it then shows in English).
   */
  private async _chunk<T>(chunk: Lazy<T>, name: string): Promise<T | undefined> {
    try {
      const loaded = await chunk.load();
      if (textsFailed.has(name))
        this._error(
          'locale-load-failed',
          `The ${name} texts failed to load (${String(textsFailed.get(name))})`,
        );
      textsFailed.delete(name);
      return loaded;
    } catch (e) {
      this._error('load-failed', `The ${name} chunk failed to load (${String(e)})`);
      return undefined;
    }
  }

  /**
   * The planner chunk, once loaded.
   * @internal
   */
  _plan(): Planner | undefined {
    return planner.get();
  }

  /**
   * The progress-link chunk, loaded if need be (see `_chunk`).
   * @internal
   */
  _link(): Promise<Link | undefined> {
    return this._chunk(link, 'link');
  }
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
    const wanted = this._wanted;
    const region = wanted && presets[wanted].get() && hasRegionTexts(wanted, locale) ? wanted : null;
    // The first update keeps the bundled checklist built with the element, unless a config, a locale or a
    // country preset came.
    const rebuild =
      (configChanged && (this._given || this.hasUpdated)) ||
      locale !== this._configLocale ||
      region !== this._configRegion;
    if (rebuild) {
      this._configLocale = locale;
      this._configRegion = region;
      const v = validator.get();
      this._preset = undefined;
      if (this._given && v) this._unfiltered = v.localizeConfig(this._given, locale);
      else {
        this._preset = region ? presets[region].get()?.preset() : undefined;
        this._unfiltered = this._preset ? applyRegion(defaultConfig(), this._preset) : defaultConfig();
      }
    }
    if (configChanged || changed.has('storageKey') || changed.has('storage')) {
      // A new slot is read; the same slot (a config edited in place) keeps its state.
      this._open(this.storageKey || this._unfiltered.id || 'default');
      if (!this._loading) this._restoreFilters();
      this._readyPending = true;
    }
    if (configChanged || changed.has('answers')) this._hostAnswers = this._readAnswers();
    this._filter(!!rebuild);
    if (changed.has('criticalOnly') || changed.has('hideCompleted')) this._keep.clear();
  }

  /**
   * Opens the state of the storage slot `name` (for the current `storage` mode) unless it is open already.
   * Restoring is not a visitor's action: it fires no progress or complete event.
   */
  private _open(name: string): void {
    const mode = this.storage;
    if (this._slot && mode === this._mode && name === this._name) return;
    this._slot = true;
    this._mode = mode;
    this._name = name;
    const key = storageKey(name);
    const adapter = mode && typeof mode === 'object' ? mode : undefined;
    const state = (this._state = new ChecklistState(
      adapter || mode === 'none' || (mode === 'consent' && !this._granted) ? null : this._local(key),
      this._filters,
    ));
    // The host's storage: the list shows as loading (no checks, nothing to click) until its `load` answers.
    this._loading = !!adapter;
    if (!adapter) return;
    this._loaded = this._chunk(remote, 'storage')
      .then((r) => r?.connect(this, adapter, key, (changed) => this._onStorage({ key: changed })))
      .finally(() => {
        if (state !== this._state) return;
        this._loading = false;
        this._restoreFilters();
        this.requestUpdate();
      });
  }

  /** A filter set by the host (attribute or property) or by the visitor on this page wins over storage. */
  private _restoreFilters(): void {
    const stored = this._state.storedFilters;
    this.criticalOnly ??= stored.criticalOnly ?? false;
    this.hideCompleted ??= stored.hideCompleted ?? false;
  }

  private _local(key: string): ProgressStore {
    return new ProgressStore(localStorageOrNull, key, (code, message) => this._error(code, message));
  }

  /**
   * With `storage="consent"`: the visitor agreed to storage (call it from the consent banner's callback). What
   * they did on this page so far is written to localStorage onto what an earlier visit stored, and that shows
   * (its steps reported with source `"sync"` after the first render). Before this call nothing is read or
   * written. In the other modes it only records the consent, for a later switch to `"consent"`.
   */
  grantStorage(): void {
    this._granted = true;
    if (this.storage !== 'consent' || this._state.store) return;
    this._state.attach(this._local(storageKey(this._name)));
    this._onStorage({ key: null });
  }

  /**
   * With `storage="consent"`: the visitor withdrew consent. The stored record (and its backup) is deleted, and
   * progress is kept in memory only, as it was before `grantStorage()`; the list does not change.
   */
  revokeStorage(): void {
    this._granted = false;
    if (this.storage === 'consent') this._state.detach();
  }

  private _slot = false;
  private _mode?: unknown;
  private _granted = false;
  /**
   * The host's storage has not answered yet: the list shows as loading.
   * @internal
   */
  _loading = false;
  /**
   * Resolves once the host's storage answered (at once in the other modes).
   * @internal
   */
  _loaded: Promise<unknown> = Promise.resolve();
  /**
   * The name of the open storage slot (see ToolsHost).
   * @internal
   */
  _name = DEFAULT_CONFIG_ID;
  private _answersKey?: string;

  /**
   * Only the steps that apply to the answers render and count; the others keep their progress and notes.
   * Filtered when the config, the preset or the answers changed, not on every update (a click re-renders too).
   */
  private _filter(rebuild = false): void {
    const answers = this._answers();
    const s = setup.get();
    // The estimate comes with the setup chunk: its arrival changes the list as a change of answers does.
    const key = JSON.stringify(answers) + !!s;
    if (!rebuild && key === this._answersKey) return;
    this._answersKey = key;
    const config = applicable(this._unfiltered, answers);
    this._config = s && !this._given ? s.withEstimate(config, answers, this._preset?.id ?? null) : config;
  }

  /**
   * The answers in force: the visitor's (stored), with the host's `answers` over them.
   * @internal
   */
  _answers(): Answers {
    return { ...this._state.answers, ...this._hostAnswers };
  }

  /**
   * "About your port: …", the answers in one line for the export, once the setup chunk is here.
   * @internal
   */
  _answersSummary(): string | undefined {
    return setup.get()?.exportLine(this);
  }

  protected override firstUpdated(): void {
    void this._tools().then((t) => t?.attach(this));
    if (this._given ? this._unfiltered.questions?.length : true) void this._setup();
  }

  /** The setup chunk, loaded if need be; reports `load-failed` and returns undefined when it cannot be. */
  private async _setup(): Promise<Setup | undefined> {
    const loaded = await this._chunk(setup, 'setup');
    this.requestUpdate();
    return loaded;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The host set a port date after the first render: this update rendered it; report it (source "api").
    const p = planner.get();
    if (p && changed.has('portDate') && this._plannedOnce)
      this._emit('port-checklist-plan', p.planDetail(this, 'api'));
    this._plannedOnce = true;
    // A config with dated steps: the planner loads after the first render, and its lines fill in.
    if (this._dated() && !planner.get() && !this._planFailed)
      void this._loadPlanner().then(() => this.requestUpdate());
    if (!this._readyPending || this._loading) return;
    this._readyPending = false;
    this._emit('port-checklist-ready', this._readyDetail());
  }

  /**
   * The detail of `port-checklist-ready`: the current config's id and progress.
   * @internal
   */
  _readyDetail(): ReadyEventDetail {
    return {
      configId: this._config.id ?? null,
      checkedItems: this._checkedIds(),
      usingDefault: !this._given,
      answers: this._answers(),
      region: this._preset?.id ?? null,
      ...this._summary(),
    };
  }

  /** The host's `answers`, checked against the config's questions; what does not hold is reported and ignored. */
  private _readAnswers(): Answers {
    if ((this.answers ?? '') === '') return {};
    const v = validator.get();
    const questions = setup.get()?.bundledQuestions();
    const config = this._given ?? (questions && { ...this._unfiltered, questions });
    if (!v || !config) {
      this._error('load-failed', 'The answers could not be checked; ignored');
      return {};
    }
    return v.readAnswers(this.answers, config, (message) => this._error('config-invalid', message));
  }

  /** The preset this element asks for (see `region`); warns once about a value that names none. */
  private _wantedRegion(): RegionId | null {
    // Unless the host fixed it, the country question answers it (the host's answer, else the visitor's).
    const answer = this.region?.trim()
      ? undefined
      : (this._hostCountry() ?? this._state.answers?.[COUNTRY_QUESTION]);
    if (typeof answer === 'string') {
      const chosen = regionOf(answer);
      if (chosen !== undefined) return chosen === 'generic' ? null : chosen;
      if (answer === OTHER_COUNTRY) return null;
    }
    const { region, unknown } = resolveRegion(this.region, localeTags(this), allLocales);
    if (unknown !== undefined && unknown !== this._warnedRegion) {
      this._warnedRegion = unknown;
      console.warn(
        `<port-checklist>: region "${unknown}" is not one of us, gb, se, de; showing the generic checklist`,
      );
    }
    return region;
  }

  /**
   * The country in the host's `answers`, read before the validator checks them, so that its preset loads with
   * the first render; an answer that names no preset is reported when they are checked.
   */
  private _hostCountry(): string | undefined {
    // Read once per value of `answers`, not on every update.
    if (!this._countryOf || this._countryOf[0] !== this.answers) {
      let given: unknown = this.answers;
      if (typeof given === 'string') {
        try {
          given = JSON.parse(given);
        } catch {
          given = undefined;
        }
      }
      const country = (given as Record<string, unknown> | null | undefined)?.[COUNTRY_QUESTION];
      this._countryOf = [this.answers, typeof country === 'string' ? country : undefined];
    }
    return this._countryOf[1];
  }

  private _countryOf?: [Answers | string | undefined, string | undefined];
  private _plannedOnce = false;

  /** Whether the config shown has dated steps: the bundled one has, a given one when a step has a `due`. */
  private _dated(): boolean {
    return !this._given || this._config.sections.some((section) => section.items.some((item) => item.due));
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

  /**
   * The progress of the config shown.
   * @internal
   */
  _summary(): ProgressSummary {
    return summarize(this._config, this._state.checked);
  }

  private _checkedIds(): string[] {
    return itemIds(this._config).filter((id) => this._state.checked.has(id));
  }

  /**
   * Says `text` in the polite live region.
   * @internal
   */
  _announce(text: string): void {
    this._announcement = text;
  }

  /**
   * Applies a change to the state through `change` (which returns false when it changed nothing), then
   * re-renders, announces and fires progress and complete events. Every change of checks goes through here.
   * @internal
   */
  _apply(source: ProgressSource, itemId: string | null, change: () => unknown): void {
    const wasComplete = this._summary().complete;
    if (change() === false) return;
    const checked = itemId === null ? source === 'undo' : this._state.checked.has(itemId);
    if (itemId && checked && this.hideCompleted) this._keep.add(itemId);
    const summary = this._summary();
    const counter = counterText(summary.completed, summary.total);
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
          : checked
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
    this._emitProgress(itemId, checked, source, wasComplete);
  }

  /**
   * Fires `port-checklist-progress`, and `port-checklist-complete` on the transition to every item checked.
   * @internal
   */
  _emitProgress(itemId: string | null, checked: boolean, source: ProgressSource, wasComplete: boolean): void {
    const summary = this._summary();
    const detail = { itemId, checked, source, ...summary };
    this._emit('port-checklist-progress', detail);
    if (summary.complete && !wasComplete) this._emit('port-checklist-complete', { ...detail });
  }

  /** Another tab changed storage; the tools chunk has the state adopt it (source `"sync"`). */
  private _onStorage = (event: Pick<StorageEvent, 'key'>): void => {
    void this._tools().then((t) => t?.sync(this, event));
  };

  private _onItemChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.id;
    if (id) this._apply('user', id, () => this._state.change({ checked: new Map([[id, input.checked]]) }));
  }

  /** A just-checked item stays in place under "Hide completed" until focus leaves it. */
  private _onFocusOut(event: FocusEvent): void {
    const id = (event.target as HTMLElement).dataset.id;
    if (id && this._keep.delete(id)) this.requestUpdate();
  }

  /**
   * Collapses an expanded section or expands a collapsed one.
   * @internal
   */
  _toggleSection(id: string): void {
    this._state.change({ collapsed: new Map([[id, !this._state.collapsed.has(id)]]) });
    this.requestUpdate();
  }

  /**
   * The visitor chose filters: applies and remembers them.
   * @internal
   */
  _setFilters(filters: Filters): void {
    this.criticalOnly = filters.criticalOnly;
    this.hideCompleted = filters.hideCompleted;
    this._state.change({ filters });
  }

  private async _onNoteToggle(item: ChecklistItem): Promise<void> {
    await (await this._tools())?.toggleNote(this, item);
  }

  /** The tools chunk, loaded if need be; reports `load-failed` and returns undefined when it cannot be. */
  private _tools(): Promise<Tools | undefined> {
    return this._chunk(tools, 'tools');
  }

  private _onCta(event: MouseEvent): void {
    const href = (event.currentTarget as HTMLAnchorElement).getAttribute('href');
    if (!href) return;
    const { completed, total, percent } = this._summary();
    if (!this._emit('port-checklist-cta', { href, completed, total, percent }, true)) event.preventDefault();
  }

  private _error(code: ErrorCode, message: string): void {
    this._emit('port-checklist-error', { code, message });
  }

  /**
   * Dispatches one of the element's events, bubbling and composed, its detail typed by PortChecklistEventMap.
   * Every event goes through here. Returns false when a cancelable event was cancelled.
   * @internal
   */
  _emit<K extends keyof PortChecklistEventMap>(
    type: K,
    detail: PortChecklistEventMap[K]['detail'],
    cancelable = false,
  ): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
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
    const loading = this._loading;
    const counter = loading
      ? msg('Loading your progress…', {
          id: 'counter.loading',
          desc: 'Shown instead of "N of M completed" while the progress is read from the site’s storage',
        })
      : counterText(summary.completed, summary.total);
    const filters = this._filters();
    // The planner's two lines keep their space before its chunk is here, so nothing shifts when it arrives.
    const dated = this._dated();
    let index = 0;
    return html`
      <div part="base" class="base" lang=${getLocale()} dir=${isRtl(getLocale()) ? 'rtl' : 'ltr'}>
        <header part="header" class="header">
          <h2 part="title">${config.title}</h2>
          ${config.description ? html`<p class="muted">${config.description}</p>` : nothing}
          ${
            this._preset
              ? html`<p part="region" class="region muted">${rulesFor(this._preset.name)}</p>`
              : nothing
          }
          <p part="counter" class="counter">${counter}</p>
          ${dated ? html`<p part="next-due" class="next-due">${planner.get()?.renderNext(this)}</p>` : nothing}
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
        ${summary.complete ? this._renderCompletion() : nothing} ${this._renderSetup()}
        ${dated ? html`<div part="plan" class="plan">${planner.get()?.renderRow(this)}</div>` : nothing}
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
        <div
          @change=${this._onItemChange}
          @focusout=${this._onFocusOut}
          aria-busy=${loading ? 'true' : 'false'}
        >
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

  /**
   * "About your port": one line, rendered here so that it never shifts the list (the answers in short, once the
   * setup chunk is here; an invitation before the visitor answered), and the questions below it when open
   * (setup chunk). No row when nothing is left to ask.
   */
  private _renderSetup(): TemplateResult | typeof nothing {
    const s = setup.get();
    if (s ? s.asked(this).length === 0 : this._given && !this._unfiltered.questions?.length) return nothing;
    const open = !!s?.isOpen(this);
    const summary = s?.summaryText(this);
    return html`<div part="setup" class="setup">
      <p class="setup-line">
        <strong>${setupTitle()}:</strong>
        <span part="setup-summary"
          >${
            summary ??
            (this._state.answers
              ? msg('Not answered: every step shows.', {
                  id: 'setup.none',
                  desc: 'Folded setup line after the visitor skipped the questions',
                })
              : msg('Answer a few questions to see only your steps.', {
                  id: 'setup.prompt',
                  desc: 'Invitation in the folded setup line, before the visitor has answered',
                }))
          }</span
        >
        <button
          type="button"
          part="action setup-toggle"
          class="button setup-toggle"
          data-action="setup"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? 'setup-panel' : nothing}
          @click=${() => this._setup().then((loaded) => loaded?.toggle(this))}
        >
          ${
            open
              ? msg('Hide the questions', {
                  id: 'setup.hide',
                  desc: 'Button that folds the open setup questions',
                })
              : summary
                ? msg('Change answers', {
                    id: 'setup.change',
                    desc: 'Button that opens the setup questions to change them',
                  })
                : msg('Answer the questions', {
                    id: 'setup.open',
                    desc: 'Button that opens the setup questions',
                  })
          }
        </button>
      </p>
      ${s ? s.renderPanel(this) : nothing}
    </div>`;
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
    filters: Filters,
    nextIndex: () => number,
  ): TemplateResult {
    const { checked, collapsed: collapsedIds } = this._state;
    const count = sectionCount(section, checked);
    const sectionIndex = nextIndex();
    const collapsed = collapsedIds.has(section.id);
    const anyShown = section.items.some((item) => isShown(item, checked, filters, this._keep));
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
            @click=${() => this._toggleSection(section.id)}
          >
            <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M5 3l6 5-6 5z"></path></svg
            >${section.title}
          </button>
        </h3>
        <span part="section-count" class="section-count muted"
          >${sectionCountText(count.completed, count.total)}</span
        >
      </div>
      ${section.subtitle ? html`<p class="subtitle muted">${section.subtitle}</p>` : nothing}
      <ul role="list" class="items" id=${`l${sectionIndex}`}>
        ${section.items.map((item) => this._renderItem(item, nextIndex(), filters))}
      </ul>
    </section>`;
  }

  private _renderItem(item: ChecklistItem, i: number, filters: Filters): TemplateResult {
    const checked = this._state.checked.has(item.id);
    const note = this._state.notes.get(item.id);
    const editing = tools.get()?.isEditing(this, item.id) ?? false;
    const shown = isShown(item, this._state.checked, filters, this._keep);
    return html`<li part="item" class="item${checked ? ' checked' : ''}${shown ? '' : ' filtered'}">
      <input
        part="checkbox"
        type="checkbox"
        id=${`i${i}`}
        data-id=${item.id}
        .checked=${checked}
        ?disabled=${this._loading}
        aria-describedby=${item.detail ? `d${i}` : nothing}
      />
      <label for=${`i${i}`}
        ><span part="item-title" class="item-title">${item.title}</span>${
          item.critical ? html`<span part="badge" class="badge">${criticalText()}</span>` : nothing
        }${planner.get()?.renderDue(this, item) ?? nothing}</label
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
          item.link
            ? html`<a
                part="item-link"
                class="item-link"
                href=${item.link.href}
                target="_blank"
                rel="noopener noreferrer"
                >${item.link.label}<span class="sr-only">
                  ${msg('(opens in a new tab)', {
                    id: 'item.link.new-tab',
                    desc: 'Said by screen readers after the text of a link that opens in a new tab',
                  })}</span
                ></a
              >`
            : nothing
        }
        ${
          note
            ? html`<p part="note" class="note${editing ? ' editing' : ''}">
                <strong>${noteLabel()}</strong>
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
