import type { LocalizedText } from '../i18n/locale.js';
import type { UtmParams } from './url.js';

export type { LocalizedText };

/**
 * The config format of `<port-checklist>`. It is public API: fields may be
 * added, never renamed. `?` marks optional fields.
 *
 * Every text (`T`) is a string or, for a page that serves several languages, an object of locale → string
 * that must include `en`, the fallback (`{ "en": "Verify the signer", "sv": "Kontrollera undertecknaren" }`).
 * `ChecklistConfig<string>` is a config resolved for one locale.
 */

/** One checkbox of the checklist. */
export interface ChecklistItem<T extends LocalizedText = LocalizedText> {
  /** Stable, readable id, unique in the whole config (e.g. `loa.verify-signer`). Stored and sent in events. */
  id: string;
  title: T;
  /** A sentence under the title that says why or how. */
  detail?: T;
  /** Marks a step whose omission typically makes a port fail; shown with a "Critical" badge. */
  critical?: boolean;
  /** When the item applies: a condition on the answers to `questions` (config/conditions.ts). */
  when?: ChecklistCondition;
  /**
   * A page with more, linked after the detail text (it opens in a new tab): a provider's own form, a
   * regulator's page. Only https:, http:, mailto: and tel: URLs (or relative ones) are kept.
   */
  link?: ChecklistLink<T>;
  /** When the step is due, relative to the port date (the port-date planner). */
  due?: ChecklistDue;
}

/**
 * When a step is due: `days` working days after the port date, or before it when negative (`{ "days": -10 }`:
 * ten working days before; `0`: on the port day). Working days skip Saturdays, Sundays and, with a country
 * preset, that country's public holidays. An integer from -120 to 120.
 */
export interface ChecklistDue {
  days: number;
}

/** A link of an item. */
export interface ChecklistLink<T extends LocalizedText = LocalizedText> {
  href: string;
  /** The link's text. */
  label: T;
}

export interface ChecklistSection<T extends LocalizedText = LocalizedText> {
  /** Stable, readable id, unique among sections (e.g. `loa`). */
  id: string;
  title: T;
  subtitle?: T;
  /** When the section applies: a condition on the answers to `questions`. */
  when?: ChecklistCondition;
  items: ChecklistItem<T>[];
}

/** A question whose answer decides which steps apply. */
export interface ChecklistQuestion<T extends LocalizedText = LocalizedText> {
  /** Stable, readable id, unique among questions (e.g. `types`); not `not`, `any` or `all`. */
  id: string;
  title: T;
  /** Several options may be chosen (checkboxes); otherwise one (radio buttons). */
  multiple?: boolean;
  options: ChecklistOption<T>[];
}

export interface ChecklistOption<T extends LocalizedText = LocalizedText> {
  /** Stable, readable id, unique within its question (e.g. `toll-free`). */
  id: string;
  label: T;
  /** The answer's short form in the one-line summary of the answers ("2–20 numbers"); default: the label. */
  summary?: T;
}

/**
 * When a step applies. `{ "<question id>": "<option id>" }`: the answer is, or for a multiple-choice question
 * includes, that option; `{ "<question id>": ["<option id>", …] }`: any of them; several keys in one object
 * must all hold; `{ "not": <condition> }`, `{ "any": [<condition>, …] }`, `{ "all": [<condition>, …] }`
 * combine them. A question not answered yet makes its conditions hold.
 */
export interface ChecklistCondition {
  not?: ChecklistCondition;
  any?: ChecklistCondition[];
  all?: ChecklistCondition[];
  [questionId: string]: string | string[] | ChecklistCondition | ChecklistCondition[] | undefined;
}

/** Answers to the questions: question id → the option id, or the option ids of a multiple-choice question. */
export type Answers = Readonly<Record<string, string | readonly string[]>>;

export interface ChecklistBanner<T extends LocalizedText = LocalizedText> {
  title: T;
  text: T;
}

export interface ChecklistPitfall<T extends LocalizedText = LocalizedText> {
  title: T;
  text: T;
}

export interface ChecklistPitfalls<T extends LocalizedText = LocalizedText> {
  title: T;
  items: ChecklistPitfall<T>[];
}

export interface ChecklistCta<T extends LocalizedText = LocalizedText> {
  title: T;
  text: T;
  label: T;
  /**
   * The link. Only https:, http:, mailto: and tel: URLs (or relative ones) are kept; a validated config has
   * no `href` when the given one was dropped, and the call to action then renders without a link.
   */
  href?: string;
  /**
   * Campaign parameters for web links: `utm_source`, `utm_medium` and `utm_campaign` are added to `href`,
   * and `utm_content` is set to the completion percent at the time of the click.
   */
  utm?: UtmParams;
}

export interface ChecklistConfig<T extends LocalizedText = LocalizedText> {
  /** Identifies the checklist; names its storage slot unless the `storage-key` attribute is set. */
  id?: string;
  title: T;
  /** A line under the title. */
  description?: T;
  banner?: ChecklistBanner<T>;
  /** Questions whose answers decide, through `when`, which sections and items apply. */
  questions?: ChecklistQuestion<T>[];
  sections: ChecklistSection<T>[];
  pitfalls?: ChecklistPitfalls<T>;
  cta?: ChecklistCta<T>;
}
