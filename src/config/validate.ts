import { canonicalLocale, SOURCE_LOCALE, type LocalizedText } from '../i18n/locale.js';
import { COMBINATORS } from './conditions.js';
import { safeUrl } from './url.js';
import { STRIPPED_SCRIPT } from './stripped.js';

// Only a given config needs its texts resolved per locale, so this travels in the validator's chunk.
export { localizeConfig } from './localize-config.js';
import type {
  ChecklistConfig,
  ChecklistCta,
  ChecklistItem,
  ChecklistCondition,
  ChecklistDue,
  ChecklistLink,
  ChecklistOption,
  ChecklistQuestion,
  ChecklistPitfalls,
  ChecklistSection,
} from './types.js';

/** Documented limits. Past them a config is rejected with a clear error instead of freezing the tab. */
export const CONFIG_LIMITS = Object.freeze({
  /** Characters of config JSON text. */
  jsonLength: 500_000,
  sections: 50,
  itemsPerSection: 200,
  items: 1000,
  pitfalls: 20,
  questions: 20,
  optionsPerQuestion: 20,
  /** Levels of `not`, `any` and `all` inside one another. */
  conditionDepth: 8,
  idLength: 100,
  titleLength: 300,
  textLength: 2000,
  /** Working days of an item's `due`, before or after the port date. */
  dueDays: 120,
});

export type ConfigResult =
  | { ok: true; config: ChecklistConfig; warnings: string[] }
  | { ok: false; errors: string[]; warnings: string[] };

/** Letters, digits and `. _ : -`, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z\d][\w.:-]*$/;

/** An option's id may also hold `+` (the bundled `21+`, "more than 20"). */
export const OPTION_ID_PATTERN = /^[A-Za-z\d][\w.:+-]*$/;

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasOwn = (obj: Obj, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

class Checker {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  /** The config's questions so far: id → its option ids, for checking conditions. */
  readonly questions = new Map<string, Set<string>>();

  error(path: string, message: string): undefined {
    this.errors.push(`${path}: ${message}`);
    return undefined;
  }

  /** Reads own properties only, so `__proto__` or `constructor` keys never reach a prototype. */
  object(value: unknown, path: string, known: readonly string[]): Obj | undefined {
    if (!isObject(value)) return this.error(path, 'expected an object');
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) this.warnings.push(`${path}.${key}: unknown field, ignored`);
    }
    return value;
  }

  text(obj: Obj, key: string, path: string, max: number, optional = false): string | undefined {
    const value = hasOwn(obj, key) ? obj[key] : undefined;
    return value === undefined && optional ? undefined : this.string(value, `${path}.${key}`, max);
  }

  string(value: unknown, at: string, max: number): string | undefined {
    if (typeof value !== 'string' || value.trim() === '') {
      return this.error(at, 'expected a non-empty string');
    }
    if (value.length > max) return this.error(at, `expected at most ${max} characters`);
    return value;
  }

  /** A text shown to visitors: a string, or an object of locale → string with an `en` fallback. */
  localized(obj: Obj, key: string, path: string, max: number, optional = false): LocalizedText | undefined {
    const value = hasOwn(obj, key) ? obj[key] : undefined;
    if (!isObject(value)) return this.text(obj, key, path, max, optional);
    const at = `${path}.${key}`;
    const result: Record<string, string> = {};
    for (const [locale, text] of Object.entries(value)) {
      if (canonicalLocale(locale) === undefined)
        return this.error(`${at}.${locale}`, 'expected a locale code such as "en" or "pt-BR"');
      const checked = this.string(text, `${at}.${locale}`, max);
      if (checked === undefined) return undefined;
      result[locale] = checked;
    }
    if (!hasOwn(result, SOURCE_LOCALE)) {
      return this.error(at, `expected an "${SOURCE_LOCALE}" entry, the fallback for other languages`);
    }
    return result;
  }

  id(obj: Obj, path: string, pattern = ID_PATTERN): string | undefined {
    const id = this.text(obj, 'id', path, CONFIG_LIMITS.idLength);
    if (id !== undefined && !pattern.test(id)) {
      const plus = pattern === OPTION_ID_PATTERN ? ", '+'" : '';
      return this.error(`${path}.id`, `expected letters, digits, '.', '_', ':'${plus} or '-'`);
    }
    return id;
  }

  /** A `when`: question ids and option ids that the config's questions have, or not/any/all of conditions. */
  condition(value: unknown, path: string, depth = 0): ChecklistCondition | undefined {
    if (!isObject(value) || Object.keys(value).length === 0) {
      return this.error(path, 'expected a condition: question id → option id or ids, or not, any, all');
    }
    if (depth >= CONFIG_LIMITS.conditionDepth) {
      return this.error(path, `expected at most ${CONFIG_LIMITS.conditionDepth} levels of not, any and all`);
    }
    const result: ChecklistCondition = {};
    for (const [key, given] of Object.entries(value)) {
      const at = `${path}.${key}`;
      if (key === 'not') {
        const inner = this.condition(given, at, depth + 1);
        if (inner) result.not = inner;
      } else if (key === 'any' || key === 'all') {
        if (!Array.isArray(given) || given.length === 0) {
          this.error(at, 'expected a non-empty list of conditions');
          continue;
        }
        const parts = Array.from(given, (part, i) => this.condition(part, `${at}[${i}]`, depth + 1));
        if (parts.every((part) => part !== undefined)) result[key] = parts as ChecklistCondition[];
      } else {
        const options = this.questions.get(key);
        if (!options) {
          this.error(at, `unknown question "${key}"`);
          continue;
        }
        const ids = typeof given === 'string' ? [given] : given;
        if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
          this.error(at, 'expected an option id or a non-empty list of them');
          continue;
        }
        const unknown = ids.filter((id: string) => !options.has(id));
        if (unknown.length > 0) {
          this.error(
            at,
            `unknown option ${unknown.map((id: string) => `"${id}"`).join(', ')} of question "${key}"`,
          );
          continue;
        }
        result[key] = typeof given === 'string' ? given : [...(ids as string[])];
      }
    }
    return result;
  }

  list(obj: Obj, key: string, path: string, max: number, allowEmpty = false): unknown[] | undefined {
    const value = hasOwn(obj, key) ? obj[key] : undefined;
    const at = `${path}.${key}`;
    if (!Array.isArray(value)) return this.error(at, 'expected an array');
    if (!allowEmpty && value.length === 0) return this.error(at, 'expected at least one entry');
    if (value.length > max) return this.error(at, `expected at most ${max} entries`);
    return value;
  }
}

/** Ids taken so far, and the next suffix to try for each id that was repeated. */
interface Seen {
  ids: Set<string>;
  next: Map<string, number>;
}

const newSeen = (): Seen => ({ ids: new Set(), next: new Map() });

/** Makes `id` unique deterministically: the first keeps it, later ones get `~2`, `~3`, … (linear time). */
function uniqueId(id: string, seen: Seen, path: string, check: Checker): string {
  let unique = id;
  let n = seen.next.get(id) ?? 2;
  while (seen.ids.has(unique)) unique = `${id}~${n++}`;
  seen.next.set(id, n);
  if (unique !== id) check.warnings.push(`${path}.id: duplicate id "${id}", renamed to "${unique}"`);
  seen.ids.add(unique);
  return unique;
}

function item(value: unknown, path: string, seen: Seen, check: Checker): ChecklistItem | undefined {
  const obj = check.object(value, path, ['id', 'title', 'detail', 'critical', 'link', 'when', 'due']);
  if (!obj) return undefined;
  const id = check.id(obj, path);
  const title = check.localized(obj, 'title', path, CONFIG_LIMITS.titleLength);
  const detail = check.localized(obj, 'detail', path, CONFIG_LIMITS.textLength, true);
  const critical = hasOwn(obj, 'critical') ? obj.critical : undefined;
  if (critical !== undefined && typeof critical !== 'boolean') {
    check.error(`${path}.critical`, 'expected true or false');
  }
  const link = hasOwn(obj, 'link') ? itemLink(obj.link, `${path}.link`, check) : undefined;
  const when = hasOwn(obj, 'when') ? check.condition(obj.when, `${path}.when`) : undefined;
  const due = hasOwn(obj, 'due') ? itemDue(obj.due, `${path}.due`, check) : undefined;
  if (id === undefined || title === undefined) return undefined;
  const result: ChecklistItem = { id: uniqueId(id, seen, path, check), title };
  if (detail !== undefined) result.detail = detail;
  if (critical === true) result.critical = true;
  if (link) result.link = link;
  if (when) result.when = when;
  if (due) result.due = due;
  return result;
}

/** An item's `due`: `{ "days": n }`, n a whole number of working days from the port date, −120 to 120. */
function itemDue(value: unknown, path: string, check: Checker): ChecklistDue | undefined {
  const obj = check.object(value, path, ['days']);
  if (!obj) return undefined;
  const days = obj.days;
  if (!Number.isInteger(days) || Math.abs(days as number) > CONFIG_LIMITS.dueDays) {
    return check.error(
      `${path}.days`,
      `expected a whole number of working days from -${CONFIG_LIMITS.dueDays} to ${CONFIG_LIMITS.dueDays}`,
    );
  }
  return { days: days as number };
}

/** An item's link: a safe URL and a label. An unsafe URL drops the link with a warning, as for `cta.href`. */
function itemLink(value: unknown, path: string, check: Checker): ChecklistLink | undefined {
  const obj = check.object(value, path, ['href', 'label']);
  if (!obj) return undefined;
  const rawHref = check.text(obj, 'href', path, CONFIG_LIMITS.textLength);
  const label = check.localized(obj, 'label', path, CONFIG_LIMITS.titleLength);
  if (rawHref === undefined || label === undefined) return undefined;
  const href = safeUrl(rawHref);
  if (href === null) {
    check.warnings.push(`${path}.href: dropped a link that is not https:, http:, mailto:, tel: or relative`);
    return undefined;
  }
  return { href, label };
}

function section(
  value: unknown,
  path: string,
  seen: { sections: Seen; items: Seen },
  check: Checker,
): ChecklistSection | undefined {
  const obj = check.object(value, path, ['id', 'title', 'subtitle', 'when', 'items']);
  if (!obj) return undefined;
  const id = check.id(obj, path);
  const title = check.localized(obj, 'title', path, CONFIG_LIMITS.titleLength);
  const subtitle = check.localized(obj, 'subtitle', path, CONFIG_LIMITS.textLength, true);
  const when = hasOwn(obj, 'when') ? check.condition(obj.when, `${path}.when`) : undefined;
  const list = check.list(obj, 'items', path, CONFIG_LIMITS.itemsPerSection);
  // Array.from visits holes of sparse arrays too, so they are reported instead of skipped.
  const items = Array.from(list ?? [], (entry, i) => item(entry, `${path}.items[${i}]`, seen.items, check));
  if (id === undefined || title === undefined || !list) return undefined;
  const result: ChecklistSection = {
    id: uniqueId(id, seen.sections, path, check),
    title,
    items: items.filter((entry): entry is ChecklistItem => entry !== undefined),
  };
  if (subtitle !== undefined) result.subtitle = subtitle;
  if (when) result.when = when;
  return result;
}

/** The questions, each with its options; their ids are recorded for the conditions checked after them. */
function questions(root: Obj, check: Checker): ChecklistQuestion[] | undefined {
  const list = check.list(root, 'questions', 'config', CONFIG_LIMITS.questions, true);
  if (!list) return undefined;
  const result: ChecklistQuestion[] = [];
  Array.from(list, (entry, i) => {
    const path = `questions[${i}]`;
    const obj = check.object(entry, path, ['id', 'title', 'multiple', 'options']);
    if (!obj) return;
    const id = check.id(obj, path);
    const title = check.localized(obj, 'title', path, CONFIG_LIMITS.titleLength);
    const multiple = hasOwn(obj, 'multiple') ? obj.multiple : undefined;
    if (multiple !== undefined && typeof multiple !== 'boolean')
      check.error(`${path}.multiple`, 'expected true or false');
    const optionIds = new Set<string>();
    const options: ChecklistOption[] = [];
    const given = check.list(obj, 'options', path, CONFIG_LIMITS.optionsPerQuestion);
    Array.from(given ?? [], (option, j) => {
      const at = `${path}.options[${j}]`;
      const optionObj = check.object(option, at, ['id', 'label', 'summary']);
      if (!optionObj) return;
      const optionId = check.id(optionObj, at, OPTION_ID_PATTERN);
      const label = check.localized(optionObj, 'label', at, CONFIG_LIMITS.titleLength);
      const summary = hasOwn(optionObj, 'summary')
        ? check.localized(optionObj, 'summary', at, CONFIG_LIMITS.titleLength)
        : undefined;
      if (optionId !== undefined && optionIds.has(optionId))
        check.error(`${at}.id`, `duplicate option id "${optionId}"`);
      if (optionId === undefined || label === undefined) return;
      optionIds.add(optionId);
      options.push(summary === undefined ? { id: optionId, label } : { id: optionId, label, summary });
    });
    if (id === undefined) return;
    if ((COMBINATORS as readonly string[]).includes(id)) {
      check.error(`${path}.id`, `"${id}" is a word of conditions, not a question id`);
      return;
    }
    if (check.questions.has(id)) {
      check.error(`${path}.id`, `duplicate question id "${id}"`);
      return;
    }
    check.questions.set(id, optionIds);
    if (title === undefined || !given) return;
    const question: ChecklistQuestion = { id, title, options };
    if (multiple === true) question.multiple = true;
    result.push(question);
  });
  return result;
}

/**
 * The element's `answers` (an object, or JSON text from the attribute) checked against the config: what holds,
 * with `onError` hearing once what was ignored and why.
 */
export function readAnswers(
  given: unknown,
  config: ChecklistConfig,
  onError: (message: string) => void,
): Record<string, string | string[]> {
  if (given === undefined || given === null || given === '') return {};
  let value: unknown = given;
  if (typeof given === 'string') {
    const parsed = parseConfigJson(given);
    if (!parsed.ok) {
      onError(`answers: ${parsed.error.replace(/^config: /, '')}; ignored`);
      return {};
    }
    value = parsed.value;
  }
  const { answers, errors } = validateAnswers(value, config);
  if (errors.length > 0) onError(`Ignored answers: ${errors.join('; ')}`);
  return answers;
}

/**
 * Checks answers that a host gives (`answers`) against the config's questions: each a known option, one for a
 * single-choice question. Returns the answers that hold and an error for each that does not.
 */
export function validateAnswers(
  value: unknown,
  config: ChecklistConfig,
): { answers: Record<string, string | string[]>; errors: string[] } {
  const errors: string[] = [];
  const answers: Record<string, string | string[]> = {};
  if (!isObject(value))
    return { answers, errors: ['answers: expected an object of question id → option id or ids'] };
  const byId = new Map((config.questions ?? []).map((question) => [question.id, question]));
  for (const [key, given] of Object.entries(value)) {
    const question = byId.get(key);
    if (!question) {
      errors.push(`answers.${key}: unknown question`);
      continue;
    }
    const ids = typeof given === 'string' ? [given] : given;
    const options = new Set(question.options.map((option) => option.id));
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && options.has(id))) {
      errors.push(
        `answers.${key}: expected ${question.multiple ? 'option ids' : 'an option id'} of question "${key}"`,
      );
      continue;
    }
    if (!question.multiple && typeof given !== 'string') {
      errors.push(`answers.${key}: expected one option id, as a string`);
      continue;
    }
    answers[key] = typeof given === 'string' ? given : [...new Set(ids as string[])];
  }
  return { answers, errors };
}

function pitfalls(value: unknown, check: Checker): ChecklistPitfalls | undefined {
  const obj = check.object(value, 'pitfalls', ['title', 'items']);
  if (!obj) return undefined;
  const title = check.localized(obj, 'title', 'pitfalls', CONFIG_LIMITS.titleLength);
  const list = check.list(obj, 'items', 'pitfalls', CONFIG_LIMITS.pitfalls);
  const items = Array.from(list ?? [], (entry, i) => {
    const path = `pitfalls.items[${i}]`;
    const pitfall = check.object(entry, path, ['title', 'text']);
    if (!pitfall) return undefined;
    const pitfallTitle = check.localized(pitfall, 'title', path, CONFIG_LIMITS.titleLength);
    const text = check.localized(pitfall, 'text', path, CONFIG_LIMITS.textLength);
    return pitfallTitle === undefined || text === undefined ? undefined : { title: pitfallTitle, text };
  });
  if (title === undefined || !list) return undefined;
  return { title, items: items.filter((entry) => entry !== undefined) };
}

function cta(value: unknown, check: Checker): ChecklistCta | undefined {
  const obj = check.object(value, 'cta', ['title', 'text', 'label', 'href', 'utm']);
  if (!obj) return undefined;
  const title = check.localized(obj, 'title', 'cta', CONFIG_LIMITS.titleLength);
  const text = check.localized(obj, 'text', 'cta', CONFIG_LIMITS.textLength);
  const label = check.localized(obj, 'label', 'cta', CONFIG_LIMITS.titleLength);
  // Optional so that a validated config (whose unsafe link was dropped) validates again.
  const rawHref = check.text(obj, 'href', 'cta', CONFIG_LIMITS.textLength, true);
  if (title === undefined || text === undefined || label === undefined) return undefined;
  const result: ChecklistCta = { title, text, label };
  const href = rawHref === undefined ? undefined : safeUrl(rawHref);
  if (href === null) {
    check.warnings.push('cta.href: dropped a link that is not https:, http:, mailto:, tel: or relative');
  } else if (href !== undefined) {
    result.href = href;
  }
  if (hasOwn(obj, 'utm')) {
    const utm = check.object(obj.utm, 'cta.utm', ['source', 'medium', 'campaign']);
    if (utm) {
      result.utm = {};
      for (const key of ['source', 'medium', 'campaign'] as const) {
        const param = check.text(utm, key, 'cta.utm', CONFIG_LIMITS.idLength, true);
        if (param !== undefined) result.utm[key] = param;
      }
    }
  }
  return result;
}

/**
 * Checks an untrusted config (parsed JSON or an object) and returns a fresh, typed copy or the list of
 * errors, each naming its path (`sections[2].items[4].title: expected a non-empty string`).
 * Never throws. Warnings (unknown fields, duplicate ids, dropped links) do not make a config invalid.
 */
export function validateConfig(input: unknown): ConfigResult {
  try {
    return validate(input);
  } catch (e) {
    // Only a JavaScript object can get here (a getter that throws, a revoked proxy): JSON never does.
    return { ok: false, errors: [`config: could not be read (${String(e)})`], warnings: [] };
  }
}

function validate(input: unknown): ConfigResult {
  const check = new Checker();
  const root = check.object(input, 'config', [
    'id',
    'title',
    'description',
    'banner',
    'questions',
    'sections',
    'pitfalls',
    'cta',
    '$schema',
  ]);
  if (!root) return { ok: false, errors: check.errors, warnings: check.warnings };

  const path = 'config';
  const id = hasOwn(root, 'id') ? check.id(root, path) : undefined;
  const title = check.localized(root, 'title', path, CONFIG_LIMITS.titleLength);
  const description = check.localized(root, 'description', path, CONFIG_LIMITS.textLength, true);

  let banner: ChecklistConfig['banner'];
  if (hasOwn(root, 'banner')) {
    const obj = check.object(root.banner, 'banner', ['title', 'text']);
    if (obj) {
      const bannerTitle = check.localized(obj, 'title', 'banner', CONFIG_LIMITS.titleLength);
      const text = check.localized(obj, 'text', 'banner', CONFIG_LIMITS.textLength);
      if (bannerTitle !== undefined && text !== undefined) banner = { title: bannerTitle, text };
    }
  }

  // Questions first: the sections' and items' conditions name them.
  const asked = hasOwn(root, 'questions') ? questions(root, check) : undefined;
  const seen = { sections: newSeen(), items: newSeen() };
  const list = check.list(root, 'sections', path, CONFIG_LIMITS.sections);
  // The total is checked before any item is looked at, so an oversize config is rejected at once.
  const itemCount = (list ?? []).reduce<number>(
    (sum, entry) => sum + (isObject(entry) && Array.isArray(entry.items) ? entry.items.length : 0),
    0,
  );
  if (itemCount > CONFIG_LIMITS.items) {
    check.error('sections', `expected at most ${CONFIG_LIMITS.items} items in all`);
    return { ok: false, errors: check.errors, warnings: check.warnings };
  }
  const sections = Array.from(list ?? [], (entry, i) => section(entry, `sections[${i}]`, seen, check));

  const result = {
    title,
    sections,
    pitfalls: hasOwn(root, 'pitfalls') ? pitfalls(root.pitfalls, check) : undefined,
    cta: hasOwn(root, 'cta') ? cta(root.cta, check) : undefined,
  };
  // Paths read better without the "config." prefix for top-level fields.
  const errors = check.errors.map((e) => e.replace(/^config\.(?!:)/, ''));
  const warnings = check.warnings.map((w) => w.replace(/^config\./, ''));
  if (errors.length > 0 || result.title === undefined) return { ok: false, errors, warnings };

  const config: ChecklistConfig = {
    title: result.title,
    sections: result.sections as ChecklistSection[],
  };
  if (id !== undefined) config.id = id;
  if (description !== undefined) config.description = description;
  if (banner) config.banner = banner;
  if (asked && asked.length > 0) config.questions = asked;
  if (result.pitfalls) config.pitfalls = result.pitfalls;
  if (result.cta) config.cta = result.cta;
  return { ok: true, config, warnings };
}

export type JsonResult = { ok: true; value: unknown; warning?: string } | { ok: false; error: string };

/** Parses config JSON text without throwing; the error says what is wrong in words an editor can act on. */
export function parseConfigJson(text: string): JsonResult {
  if (text.length > CONFIG_LIMITS.jsonLength) {
    return { ok: false, error: `config: JSON text longer than ${CONFIG_LIMITS.jsonLength} characters` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    try {
      const value = JSON.parse(repairJson(text)) as unknown;
      return {
        ok: true,
        value,
        warning: 'config: repaired typographic quotes, HTML entities or <p>/<br> tags in the JSON',
      };
    } catch {
      return { ok: false, error: `config: invalid JSON (${(e as Error).message})` };
    }
  }
}

/** Straight quotes for the typographic ones that rich-text editors put in pasted JSON. */
const SMART_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036]/g;
const ENTITIES: Record<string, string> = {
  quot: '"',
  '#34': '"',
  apos: "'",
  '#39': "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  amp: '&',
};

/**
 * JSON as CMS editors mangle it: typographic quotes, HTML entities (`&quot;`), no-break spaces, and the `<p>`,
 * `</p>` and `<br />` that WordPress's wpautop puts between its lines. Only used when the text does not parse
 * as it is.
 */
export function repairJson(text: string): string {
  return removeAutopTags(
    text
      .replace(
        /&(quot|#34|apos|#39|lt|gt|nbsp|amp);/gi,
        (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity,
      )
      .replace(SMART_QUOTES, '"')
      .replace(/\u00A0/g, ' '),
  );
}

/** `<p>`, `</p>`, `<br>`, `<br/>` or `<br />` (wpautop's tags), at the start of the text given. */
const AUTOP_TAG = /^(?:<\/?p(?:\s[^<>]*)?>|<br\s*\/?>)/i;

/**
 * Removes the tags WordPress's wpautop inserts between JSON tokens (`</p>\n<p>` for a blank line, `<br />`
 * at line ends). Text inside JSON strings is never touched, so a title that reads `<p>` keeps it.
 */
export function removeAutopTags(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '<') {
      const tag = AUTOP_TAG.exec(text.slice(i, i + 40));
      if (tag) {
        i += tag[0].length - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/**
 * When the element has no config `<script>`, tells whether its text is a config's JSON all the same (a
 * sanitizer removed the tag and left the JSON as text, as WordPress does for users without the
 * `unfiltered_html` capability): the error to report, or undefined for other text (a no-JavaScript fallback).
 */
export function strippedScriptError(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return undefined;
  let looksLikeConfig = /["\u201C\u201D]\s*(?:title|sections)\s*["\u201C\u201D]\s*:/.test(trimmed);
  if (!looksLikeConfig) {
    try {
      looksLikeConfig = isObject(JSON.parse(repairJson(trimmed)));
    } catch {
      // not JSON: some other text
    }
  }
  if (!looksLikeConfig) return undefined;
  return (
    'config: found as text, without its <script type="application/json">: a sanitizer removed the script tag ' +
    '(WordPress does for users without the unfiltered_html capability). Use the WordPress plugin (block or ' +
    'shortcode), or config-src'
  );
}

/**
 * Fetches the config named by the element's `config-src` attribute (an https:, http: or relative URL),
 * giving up after `config-timeout` milliseconds (default 8000). Any failure (timeout, non-200 answer, CORS,
 * network) is reported through `report` and gives undefined, so the bundled checklist shows.
 */
export async function fetchConfig(
  element: Element,
  report: (code: 'config-load-failed', message: string) => void,
): Promise<string | undefined> {
  const src = element.getAttribute('config-src') ?? '';
  const timeout = Number(element.getAttribute('config-timeout')) || 8000;
  const url = safeUrl(src);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    if (!url || /^(mailto|tel):/i.test(url)) throw new Error('not an http(s) URL');
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch (e) {
    const why = controller.signal.aborted ? `no answer within ${timeout} ms` : String(e);
    report('config-load-failed', `config-src "${src}": ${why}; showing the bundled checklist`);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A config as the element receives it (JSON text or an object) made ready to render: parsed, repaired,
 * validated. Warnings go to the console; an invalid config is reported through `report` (`config-invalid`)
 * with every error, and gives undefined, so the bundled checklist shows.
 */
export function resolveConfig(
  input: unknown,
  report: (code: 'config-invalid', message: string) => void,
): ChecklistConfig | undefined {
  let errors: string[];
  const parsed = typeof input === 'string' ? parseConfigJson(input) : { ok: true as const, value: input };
  if (typeof input === 'string' && input.startsWith(STRIPPED_SCRIPT)) {
    // The element found the config's JSON as text, its <script> removed: say so, or stay silent for other text.
    const error = strippedScriptError(input.slice(STRIPPED_SCRIPT.length));
    if (error === undefined) return undefined;
    errors = [error];
  } else if (parsed.ok) {
    if (parsed.warning) console.warn(`<port-checklist> ${parsed.warning}`);
    const result = validateConfig(parsed.value);
    for (const warning of result.warnings) console.warn(`<port-checklist> ${warning}`);
    if (result.ok) return result.config;
    errors = result.errors;
  } else {
    errors = [parsed.error];
  }
  const message = `Invalid config, showing the bundled checklist instead:\n${errors.join('\n')}`;
  console.warn(`<port-checklist> ${message}`);
  report('config-invalid', message);
  return undefined;
}
