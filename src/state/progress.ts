import type { ChecklistConfig, ChecklistItem, ChecklistSection } from '../config/types.js';

/** Where a checklist stands. Every figure speaks of the whole list. */
export interface ProgressSummary {
  completed: number;
  total: number;
  /** Integer 0–100, rounded down so that 100 means every item is checked. */
  percent: number;
  criticalCompleted: number;
  criticalTotal: number;
  complete: boolean;
}

export interface Count {
  completed: number;
  total: number;
}

/** Integer percentage, rounded down; 0 for an empty list. */
export function percentOf(completed: number, total: number): number {
  if (!(total > 0) || !(completed > 0)) return 0;
  return Math.floor((Math.min(completed, total) * 100) / total);
}

export function sectionCount(section: ChecklistSection, checked: ReadonlySet<string>): Count {
  let completed = 0;
  for (const item of section.items) if (checked.has(item.id)) completed++;
  return { completed, total: section.items.length };
}

/** Progress of `config` given the checked ids. Ids that are not in the config are ignored. */
export function summarize(config: ChecklistConfig, checked: ReadonlySet<string>): ProgressSummary {
  let completed = 0;
  let total = 0;
  let criticalCompleted = 0;
  let criticalTotal = 0;
  for (const section of config.sections) {
    for (const item of section.items) {
      const done = checked.has(item.id);
      total++;
      if (done) completed++;
      if (item.critical) {
        criticalTotal++;
        if (done) criticalCompleted++;
      }
    }
  }
  return {
    completed,
    total,
    percent: percentOf(completed, total),
    criticalCompleted,
    criticalTotal,
    complete: total > 0 && completed === total,
  };
}

/** Every item id of the config, in order. */
export function itemIds(config: ChecklistConfig): string[] {
  return config.sections.flatMap((section) => section.items.map((item) => item.id));
}

/** The view filters, remembered with the progress. Filtering never changes progress: it only decides what is shown. */
export interface Filters {
  criticalOnly: boolean;
  hideCompleted: boolean;
}

/**
 * Whether an item is shown under `filters`. Ids in `keep` stay shown although completed (an item the
 * visitor just checked keeps its place until focus leaves it, so focus is never lost).
 */
export function isShown(
  item: ChecklistItem,
  checked: ReadonlySet<string>,
  filters: Filters,
  keep: ReadonlySet<string> = new Set(),
): boolean {
  if (filters.criticalOnly && !item.critical) return false;
  return !(filters.hideCompleted && checked.has(item.id) && !keep.has(item.id));
}

/** The first unchecked critical item in config order, with its section; undefined when none is left. */
export function nextCritical(
  config: ChecklistConfig,
  checked: ReadonlySet<string>,
): { section: ChecklistSection; item: ChecklistItem } | undefined {
  for (const section of config.sections) {
    const item = section.items.find((entry) => entry.critical && !checked.has(entry.id));
    if (item) return { section, item };
  }
  return undefined;
}
