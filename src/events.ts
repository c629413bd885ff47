import type { ProgressSummary } from './progress.js';
import type { StorageErrorCode } from './storage.js';

/** What changed the set of checked items. */
export type ProgressSource = 'user' | 'api' | 'sync' | 'reset';

/** `port-checklist-progress` and `port-checklist-complete`. */
export interface ProgressEventDetail extends ProgressSummary {
  /** The item that changed; `null` for a reset. */
  itemId: string | null;
  /** Its new state; `false` for a reset. */
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
}

/** `port-checklist-cta`. Cancelable: `preventDefault()` stops the navigation. */
export interface CtaEventDetail {
  href: string;
  completed: number;
  total: number;
  percent: number;
}

export type ErrorCode = 'config-invalid' | StorageErrorCode;

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
  'port-checklist-error': CustomEvent<ErrorEventDetail>;
}
