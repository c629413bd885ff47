import { localizeText, type LocalizedText } from '../i18n/locale.js';
import type { ChecklistConfig } from './types.js';

/** A copy of `config` with every text resolved for `locale` (fields other than texts are kept). */
export function localizeConfig(config: ChecklistConfig, locale: string): ChecklistConfig<string> {
  const t = (value: LocalizedText) => localizeText(value, locale);
  const opt = (value: LocalizedText | undefined) => (value === undefined ? undefined : t(value));
  const copy = JSON.parse(JSON.stringify(config)) as ChecklistConfig<string>;
  copy.title = t(config.title);
  if (config.description !== undefined) copy.description = opt(config.description);
  if (config.banner && copy.banner)
    copy.banner = { title: t(config.banner.title), text: t(config.banner.text) };
  if (config.questions) {
    copy.questions = config.questions.map((question) => ({
      ...question,
      title: t(question.title),
      options: question.options.map(({ summary, ...option }) =>
        summary === undefined
          ? { ...option, label: t(option.label) }
          : { ...option, label: t(option.label), summary: t(summary) },
      ),
    }));
  }
  config.sections.forEach((section, s) => {
    const target = copy.sections[s];
    target.title = t(section.title);
    if (section.subtitle !== undefined) target.subtitle = opt(section.subtitle);
    section.items.forEach((item, i) => {
      target.items[i].title = t(item.title);
      if (item.detail !== undefined) target.items[i].detail = opt(item.detail);
      if (item.link) target.items[i].link = { href: item.link.href, label: t(item.link.label) };
    });
  });
  if (config.pitfalls && copy.pitfalls) {
    copy.pitfalls = {
      title: t(config.pitfalls.title),
      items: config.pitfalls.items.map((pitfall) => ({ title: t(pitfall.title), text: t(pitfall.text) })),
    };
  }
  if (config.cta && copy.cta) {
    copy.cta.title = t(config.cta.title);
    copy.cta.text = t(config.cta.text);
    copy.cta.label = t(config.cta.label);
  }
  return copy;
}
