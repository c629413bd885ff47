import type { Answers } from './config/types.js';
import type { ProgressSummary } from './state/progress.js';
import type { StorageErrorCode } from './state/storage.js';

/**
 * What changed the set of checked items: the visitor (`user`), `setChecked()` (`api`), another tab or storage
 * read after the first render (`sync`: consent granted, the host's storage pushed a change), a reset (`reset`),
 * the visitor undoing a reset (`undo`), or the visitor taking progress from a link (`import`: itemId `null`,
 * checked `true`). `answers`: only on `port-checklist-complete`, when a setup answer left only checked steps
 * (itemId `null`, checked `true`).
 */
export type ProgressSource = 'user' | 'api' | 'sync' | 'reset' | 'undo' | 'answers' | 'import';

/** `port-checklist-progress` and `port-checklist-complete`. */
export interface ProgressEventDetail extends ProgressSummary {
  /** The item that changed; `null` for a reset or an undo. */
  itemId: string | null;
  /** Its new state; `false` for a reset, `true` for an undo. */
  checked: boolean;
  source: ProgressSource;
}

/** `port-checklist-ready`: the first render of a config, with the progress restored from storage. */
export interface ReadyEventDetail extends ProgressSummary {
  /** The config's `id`, or `null`. */
  configId: string | null;
  /** Checked item ids of this config, in config order. */
  checkedItems: string[];
  /** True when the bundled default config is shown (none given, or the given one was invalid). */
  usingDefault: boolean;
  /** The country preset of the bundled checklist (`us`, `gb`, `se`, `de`), or `null` for the generic set. */
  region: string | null;
  /** The answers in force (question id → option id or ids); the counts speak of the steps they leave. */
  answers: Answers;
}

/**
 * `port-checklist-answers`: the visitor changed an answer of the "About your port" setup (or skipped it).
 * Nothing typed by the visitor: ids only.
 */
export interface AnswersEventDetail {
  /** The answers in force (the host's and the visitor's): question id → option id, or ids. */
  answers: Answers;
  /** Checked steps among those that apply now. */
  completed: number;
  /** The steps that apply now. */
  total: number;
  /**
   * `user`: the visitor, on this page; `sync`: the visitor, in another tab of this page (or storage read after
   * the first render); `import`: the answers came with a progress link.
   */
  source: 'user' | 'sync' | 'import';
}

/**
 * What changed the port date: the visitor (`user`), the host's `portDate` (`api`), another tab or storage read
 * after the first render (`sync`), or a progress link the visitor took (`import`).
 */
export type PlanSource = 'user' | 'api' | 'sync' | 'import';

/**
 * `port-checklist-plan`: the port date changed (the visitor entered, confirmed or cleared it, the host set it, or
 * another tab changed it). Dates are calendar days, `YYYY-MM-DD`.
 */
export interface PlanEventDetail {
  /** The port date in force: the entered or given one, else the suggested one; `null` without dated steps. */
  portDate: string | null;
  /** True when `portDate` is the planner's suggestion, not a date entered or given. */
  estimated: boolean;
  /** True when the visitor marked the date as confirmed by the new provider (the FOC date). */
  confirmed: boolean;
  /** The next deadline: the earliest-due step not done, and its day; `null` when none is left. */
  nextDue: { itemId: string; date: string } | null;
  source: PlanSource;
}

/** `port-checklist-cta`. Cancelable: `preventDefault()` stops the navigation. */
export interface CtaEventDetail {
  href: string;
  completed: number;
  total: number;
  percent: number;
}

/** How the checklist left the page: copied as Markdown, downloaded as a .md file, or printed. */
export type ExportFormat = 'clipboard' | 'download' | 'print';

/** `port-checklist-export`. */
export interface ExportEventDetail {
  format: ExportFormat;
  completed: number;
  total: number;
  percent: number;
}

/**
 * `load-failed`: a part of the widget loaded on demand (the config validator, the tools, the setup, the
 * planner) could not be fetched;
 * `locale-load-failed`: a translation could not be fetched, and the widget stays in English;
 * `region-load-failed`: a country preset could not be fetched, and the generic checklist shows.
 */
export type ErrorCode =
  | 'config-invalid'
  | 'config-load-failed'
  | 'load-failed'
  | 'locale-load-failed'
  | 'region-load-failed'
  | StorageErrorCode;

/** `port-checklist-error`. */
export interface ErrorEventDetail {
  code: ErrorCode;
  message: string;
}

export interface PortChecklistEventMap {
  'port-checklist-ready': CustomEvent<ReadyEventDetail>;
  'port-checklist-progress': CustomEvent<ProgressEventDetail>;
  'port-checklist-complete': CustomEvent<ProgressEventDetail>;
  'port-checklist-cta': CustomEvent<CtaEventDetail>;
  'port-checklist-export': CustomEvent<ExportEventDetail>;
  'port-checklist-answers': CustomEvent<AnswersEventDetail>;
  'port-checklist-plan': CustomEvent<PlanEventDetail>;
  'port-checklist-error': CustomEvent<ErrorEventDetail>;
}
