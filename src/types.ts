import type { UtmParams } from './url.js';

/**
 * The config format of `<port-checklist>`. It is public API: fields may be
 * added, never renamed. `?` marks optional fields.
 */

/** One checkbox of the checklist. */
export interface ChecklistItem {
  /** Stable, readable id, unique in the whole config (e.g. `loa.verify-signer`). Stored and sent in events. */
  id: string;
  title: string;
  /** A sentence under the title that says why or how. */
  detail?: string;
  /** Marks a step whose omission typically makes a port fail; shown with a "Critical" badge. */
  critical?: boolean;
}

export interface ChecklistSection {
  /** Stable, readable id, unique among sections (e.g. `loa`). */
  id: string;
  title: string;
  subtitle?: string;
  items: ChecklistItem[];
}

export interface ChecklistBanner {
  title: string;
  text: string;
}

export interface ChecklistPitfall {
  title: string;
  text: string;
}

export interface ChecklistPitfalls {
  title: string;
  items: ChecklistPitfall[];
}

export interface ChecklistCta {
  title: string;
  text: string;
  label: string;
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

export interface ChecklistConfig {
  /** Identifies the checklist; names its storage slot unless the `storage-key` attribute is set. */
  id?: string;
  title: string;
  /** A line under the title. */
  description?: string;
  banner?: ChecklistBanner;
  sections: ChecklistSection[];
  pitfalls?: ChecklistPitfalls;
  cta?: ChecklistCta;
}
