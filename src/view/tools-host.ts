import type { Answers, ChecklistConfig } from '../config/types.js';
import type { RegionPreset } from '../content/region.js';
import type { PlanSource, PortChecklistEventMap, ProgressSource, ReadyEventDetail } from '../events.js';
import type { Filters, ProgressSummary } from '../state/progress.js';
import type { ChecklistState } from '../state/state.js';

/** What the tools use of the port-date planner's chunk (plan.ts), which they reach through the element. */
export interface Planner {
  /** Re-renders, announces and reports a changed port date. */
  planChanged(host: ToolsHost, source: PlanSource): Promise<void>;
  /** "Port date: Tue, 14 Jan 2027", for the export. */
  portDateLine(host: ToolsHost): string | undefined;
  /** A step's due date in words, for the export. */
  dueText(host: ToolsHost, id: string): string | undefined;
}

/** What the tools use of the progress-link chunk (link.ts), which they load through the element. */
export interface LinkDialogs {
  /** Opens "Continue on another device"; focus returns to `opener` when it closes. */
  share(host: ToolsHost, opener: HTMLElement): Promise<void>;
  /** Asks what to do with the progress link in the page's address, if it is for this checklist. */
  offerImport(host: ToolsHost): Promise<void>;
}

/**
 * Dispatches one of the element's events (bubbling, composed) with the detail that PortChecklistEventMap gives
 * its type, so a wrong detail is a type error. Returns false when a cancelable event was cancelled.
 */
export type Emit = <K extends keyof PortChecklistEventMap>(
  type: K,
  detail: PortChecklistEventMap[K]['detail'],
  cancelable?: boolean,
) => boolean;

/**
 * All that the lazily loaded tools chunk (tools.ts) uses of the element: it reads the config and the state,
 * and changes things only through these calls, never by writing a field of the element.
 *
 * The name-mangling contract: the script-tag bundles are minified with terser mangling every property whose
 * name starts with `_` and a letter (rollup.config.mjs), with one name cache for all the chunks of a build, so
 * `_announce` gets the same short name in the entry chunk and in the tools chunk. So:
 * - a member the chunk uses is declared here, and is either an internal `_name` (mangled alike everywhere, and
 *   left out of the public API and the manifest) or a public name of Lit, the DOM or the element;
 * - never reach a `_name` through a string (`host['_x']`, `'_x' in host`): strings are not mangled.
 */
export interface ToolsHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  getAttribute(name: string): string | null;
  addEventListener(type: string, listener: (event: Event) => void): void;
  /** The public reset(): clears the config's checks and notes, keeping them for undo. */
  reset(): void;
  /** The config shown, its texts resolved for the active locale. */
  readonly _config: ChecklistConfig<string>;
  /** The country preset the bundled checklist follows, if any. */
  readonly _preset?: RegionPreset;
  /** The checklist's state: read it here, change it through the calls below. */
  readonly _state: ChecklistState;
  _filters: () => Filters;
  _summary(): ProgressSummary;
  _readyDetail(): ReadyEventDetail;
  _emit: Emit;
  /** Fires the progress event, and the complete event on the transition to every item checked. */
  _emitProgress(itemId: string | null, checked: boolean, source: ProgressSource, wasComplete: boolean): void;
  /** Says `text` in the polite live region. */
  _announce(text: string): void;
  /** The visitor set the filters: applies, remembers and announces them. */
  _setFilters(filters: Filters): void;
  /** Collapses or expands a section. */
  _toggleSection(id: string): void;
  /**
   * Makes a change of checks through `change` (a call of the state; it returns false when it changed
   * nothing), then re-renders, announces it and fires the progress events with `source`.
   */
  _apply(source: ProgressSource, itemId: string | null, change: () => unknown): void;
  /** The config with every step, before the answers leave out those that do not apply. */
  readonly _unfiltered: ChecklistConfig<string>;
  /** The host's `answers`, checked against the questions. */
  readonly _hostAnswers: Answers;
  /** The answers in force: the visitor's, with the host's over them. */
  _answers(): Answers;
  /** The given config, validated; undefined while the bundled checklist shows. */
  readonly _given?: ChecklistConfig;
  /** The `region` the host set, if any. */
  readonly region?: string;
  /** "About your port: Sweden · 2–20 numbers · …", once the setup chunk is here. */
  _answersSummary(): string | undefined;
  /**
   * The name of the state's storage slot: `storageKey`, else the config's id, else `default`. A progress link
   * carries it, so that it goes to this checklist of a page with several.
   */
  readonly _name: string;
  /** The names the state's storage slot (see `storageKey`), if the host set it. */
  readonly storageKey?: string;
  /** The host's `port-date`, as given (the planner checks it). */
  readonly portDate?: string;
  /** Resolves once the host's storage answered (the state is then what it stores); at once in the other modes. */
  readonly _loaded: Promise<unknown>;
  /**
   * The progress-link chunk (link.ts) with its texts, loaded if need be; undefined, after reporting
   * `load-failed`, when it cannot be.
   */
  _link(): Promise<LinkDialogs | undefined>;
  /** The planner chunk, once loaded. */
  _plan(): Planner | undefined;
}
