import { sectionCount } from '../state/progress.js';
import type { ChecklistConfig } from '../config/types.js';

/** The localized words of the export; the element passes them in, so this module stays pure. */
export interface ExportLabels {
  /** "N of M completed" for the whole list. */
  counter: string;
  /** "N of M" for one section. */
  sectionCount: (completed: number, total: number) => string;
  critical: string;
  note: string;
  /** "Rules for: Sweden", when a country preset applies. */
  rules?: string;
  /** "About your port: Sweden · 2–20 numbers · …", when questions were answered. */
  answers?: string;
  /** "Port date: Tue, 14 Jan 2027", with the planner. */
  plan?: string;
  /** A step's due date in words ("due Tue, 14 Jan, overdue"), with the planner; undefined for undated steps. */
  due?: (id: string) => string | undefined;
}

/** A URL as a Markdown link target: the characters that would end or break it are percent-encoded. */
const linkTarget = (href: string) =>
  href.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Escapes the characters that would turn config or note text into Markdown markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

/**
 * The checklist as a Markdown task list (`- [x] …`), with critical marks, links and notes, the country whose
 * rules it follows and the setup's answers: what "Copy" puts on the clipboard and "Download" saves. Every step
 * that applies is listed, whatever the filters (`config` holds only the steps that apply).
 */
export function toMarkdown(
  config: ChecklistConfig<string>,
  checked: ReadonlySet<string>,
  notes: ReadonlyMap<string, string>,
  labels: ExportLabels,
): string {
  const lines = [`# ${escapeMarkdown(config.title)}`, '', labels.counter];
  if (labels.rules) lines.push('', escapeMarkdown(labels.rules));
  if (labels.answers) lines.push('', escapeMarkdown(labels.answers));
  if (labels.plan) lines.push('', escapeMarkdown(labels.plan));
  if (config.banner) {
    lines.push('', `> **${escapeMarkdown(config.banner.title)}** ${escapeMarkdown(config.banner.text)}`);
  }
  for (const section of config.sections) {
    const count = sectionCount(section, checked);
    lines.push(
      '',
      `## ${escapeMarkdown(section.title)} (${labels.sectionCount(count.completed, count.total)})`,
      '',
    );
    for (const item of section.items) {
      const critical = item.critical ? ` **(${labels.critical})**` : '';
      const due = labels.due?.(item.id);
      lines.push(
        `- [${checked.has(item.id) ? 'x' : ' '}] ${escapeMarkdown(item.title)}${critical}${due ? ` (${escapeMarkdown(due)})` : ''}`,
      );
      if (item.link) lines.push(`  [${escapeMarkdown(item.link.label)}](${linkTarget(item.link.href)})`);
      const note = notes.get(item.id);
      if (note) lines.push(`  ${labels.note} ${escapeMarkdown(note)}`);
    }
  }
  if (config.pitfalls && config.pitfalls.items.length > 0) {
    lines.push('', `## ${escapeMarkdown(config.pitfalls.title)}`, '');
    for (const pitfall of config.pitfalls.items) {
      lines.push(`- **${escapeMarkdown(pitfall.title)}**: ${escapeMarkdown(pitfall.text)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
