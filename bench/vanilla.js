// The floor: the same checklist DOM and behaviour as <port-checklist> for one config, written without Lit or
// any library. `npm run bench` times it beside the element and prints each of our figures as a ratio to it.
//
// It builds the element's shadow DOM (header with counter and progress bar, banner, sections with labelled
// native checkboxes, critical badges, detail text and note buttons, pitfalls, call to action, one polite live
// region) from the same config and adopts the same CSS. A change of a checkbox does what the element does:
// read-modify-write of localStorage, the counter, the bar, the section count and the item class updated in
// place, an announcement, and a bubbling progress event. It skips what the floor need not carry: validation,
// translation, filters, the tools chunk, notes and reset.

const SVG = 'http://www.w3.org/2000/svg';

/** Creates an element with attributes and children (strings become text nodes, never HTML). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.filter((child) => child !== null));
  return element;
}

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const counterText = (completed, total) => `${completed} of ${total} completed`;

/**
 * Registers <vanilla-checklist>, which renders `config` (the resolved default config, or a generated one set
 * as the `config` property) with `css` as its adopted style sheet.
 */
export function defineVanilla({ css, config: defaultConfig }) {
  let sheet;

  class VanillaChecklist extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
    }

    connectedCallback() {
      const root = this.shadowRoot;
      if (root.firstChild) return;
      sheet ??= new CSSStyleSheet();
      if (sheet.cssRules.length === 0) sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      this.key = `vanilla-checklist:v1:${this.getAttribute('storage-key') ?? 'default'}`;
      this.cfg = this.config ?? defaultConfig;
      this.checked = new Set(this.read().checked ?? []);
      root.append(this.build());
      root.addEventListener('change', (event) => this.onChange(event));
    }

    read() {
      try {
        return JSON.parse(localStorage.getItem(this.key) ?? '{}');
      } catch {
        return {};
      }
    }

    build() {
      const { cfg } = this;
      const total = cfg.sections.reduce((n, section) => n + section.items.length, 0);
      this.total = total;
      this.counter = h('p', { part: 'counter', class: 'counter' });
      this.rect = svg('rect', { height: '100%' });
      this.bar = h(
        'div',
        { part: 'progress', class: 'progress', role: 'progressbar', 'aria-label': 'Checklist progress' },
        svg('svg', { 'aria-hidden': 'true', focusable: 'false' }, this.rect),
      );
      this.bar.setAttribute('aria-valuemin', '0');
      this.bar.setAttribute('aria-valuemax', String(total));
      this.live = h('div', {
        class: 'sr-only',
        role: 'status',
        'aria-live': 'polite',
        'aria-atomic': 'true',
      });
      this.sectionCounts = new Map();
      let index = 0;
      const sections = cfg.sections.map((section) => {
        const s = index++;
        const count = h('span', { part: 'section-count', class: 'section-count muted' });
        const items = section.items.map((item) => {
          const i = index++;
          const input = h('input', { part: 'checkbox', type: 'checkbox', id: `i${i}`, 'data-id': item.id });
          input.checked = this.checked.has(item.id);
          if (item.detail) input.setAttribute('aria-describedby', `d${i}`);
          const li = h(
            'li',
            { part: 'item', class: `item${input.checked ? ' checked' : ''}` },
            input,
            h(
              'label',
              { for: `i${i}` },
              h('span', { part: 'item-title', class: 'item-title' }, item.title),
              item.critical ? h('span', { part: 'badge', class: 'badge' }, 'Critical') : null,
            ),
            h('span', { class: 'print-only' }, input.checked ? ' (done)' : ' (to do)'),
            h(
              'div',
              { class: 'item-body' },
              item.detail
                ? h('p', { part: 'item-detail', class: 'detail muted', id: `d${i}` }, item.detail)
                : null,
              h(
                'button',
                { part: 'note-toggle', class: 'note-toggle', type: 'button', 'aria-expanded': 'false' },
                'Add note',
                h('span', { class: 'sr-only' }, `: ${item.title}`),
              ),
            ),
          );
          return li;
        });
        this.sectionCounts.set(section, count);
        const chevron = svg(
          'svg',
          { class: 'chevron', viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' },
          svg('path', { d: 'M5 3l6 5-6 5z' }),
        );
        return h(
          'section',
          { part: 'section', class: 'section', 'aria-labelledby': `s${s}` },
          h(
            'div',
            { class: 'section-header' },
            h(
              'h3',
              { part: 'section-title', id: `s${s}` },
              h(
                'button',
                {
                  part: 'section-toggle',
                  class: 'section-toggle',
                  type: 'button',
                  'aria-expanded': 'true',
                  'aria-controls': `l${s}`,
                },
                chevron,
                section.title,
              ),
            ),
            count,
          ),
          section.subtitle ? h('p', { class: 'subtitle muted' }, section.subtitle) : null,
          h('ul', { role: 'list', class: 'items', id: `l${s}` }, ...items),
        );
      });
      this.update();
      const banner = cfg.banner
        ? h(
            'div',
            { part: 'banner', class: 'banner' },
            svg(
              'svg',
              { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
              svg('path', { d: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z' }),
            ),
            h('h3', {}, cfg.banner.title),
            h('p', {}, cfg.banner.text),
          )
        : null;
      const pitfalls = cfg.pitfalls?.items.length
        ? h(
            'section',
            { part: 'pitfalls', class: 'pitfalls', 'aria-labelledby': 'pitfalls-title' },
            h('h3', { id: 'pitfalls-title' }, cfg.pitfalls.title),
            h(
              'ul',
              { role: 'list' },
              ...cfg.pitfalls.items.map((p) =>
                h('li', {}, h('strong', {}, p.title), ' ', h('span', { class: 'muted' }, p.text)),
              ),
            ),
          )
        : null;
      const cta = cfg.cta
        ? h(
            'section',
            { part: 'cta', class: 'cta', 'aria-labelledby': 'cta-title' },
            h('h3', { id: 'cta-title' }, cfg.cta.title),
            h('p', {}, cfg.cta.text),
            cfg.cta.href
              ? h('a', { part: 'cta-link', class: 'button primary', href: cfg.cta.href }, cfg.cta.label)
              : null,
          )
        : null;
      return h(
        'div',
        { part: 'base', class: 'base', lang: 'en', dir: 'ltr' },
        h(
          'header',
          { part: 'header', class: 'header' },
          h('h2', { part: 'title' }, cfg.title),
          cfg.description ? h('p', { class: 'muted' }, cfg.description) : null,
          this.counter,
          this.bar,
        ),
        banner,
        h('div', { part: 'toolbar', class: 'toolbar', role: 'group', 'aria-label': 'View' }),
        h('div', {}, ...sections),
        h('div', { part: 'actions', class: 'actions', role: 'group', 'aria-label': 'Save or start over' }),
        pitfalls,
        cta,
        this.live,
      );
    }

    /** Writes the counter, the bar and the section counts for the current state. */
    update() {
      const completed = this.checked.size;
      const text = counterText(completed, this.total);
      this.counter.textContent = text;
      this.bar.setAttribute('aria-valuenow', String(completed));
      this.bar.setAttribute('aria-valuetext', text);
      this.rect.setAttribute('width', `${this.total ? Math.round((completed / this.total) * 100) : 0}%`);
      for (const [section, count] of this.sectionCounts) {
        const done = section.items.filter((item) => this.checked.has(item.id)).length;
        count.textContent = `${done} of ${section.items.length}`;
      }
      return text;
    }

    onChange(event) {
      const input = event.target;
      const id = input.dataset?.id;
      if (!id) return;
      if (input.checked) this.checked.add(id);
      else this.checked.delete(id);
      input.closest('li').classList.toggle('checked', input.checked);
      input.parentElement.querySelector('.print-only').textContent = input.checked ? ' (done)' : ' (to do)';
      const stored = this.read();
      const ids = new Set(stored.checked ?? []);
      if (input.checked) ids.add(id);
      else ids.delete(id);
      try {
        localStorage.setItem(this.key, JSON.stringify({ ...stored, v: 1, checked: [...ids] }));
      } catch {
        // the floor carries on in memory, as the element does
      }
      const text = this.update();
      const title = input.labels[0].querySelector('.item-title').textContent;
      this.live.textContent = `${input.checked ? 'Checked' : 'Unchecked'}: ${title}. ${text}`;
      this.dispatchEvent(
        new CustomEvent('port-checklist-progress', {
          bubbles: true,
          composed: true,
          detail: { itemId: id, checked: input.checked, completed: this.checked.size, total: this.total },
        }),
      );
    }
  }

  if (!customElements.get('vanilla-checklist')) customElements.define('vanilla-checklist', VanillaChecklist);
}
