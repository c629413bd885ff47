// Runs in the bench page (bench/page.html); bench/run.mjs calls these functions through puppeteer, once per
// fresh page, so every first render evaluates the module in a new realm with empty storage.
//
// "Rendered" means the config's last checkbox and the call to action are in the shadow DOM and style and
// layout have run (a forced layout read), the point at which the browser can paint it.

const IMPLEMENTATIONS = {
  lit: { url: '/dist/port-checklist.js', tag: 'port-checklist' },
  vanilla: { url: '/bench/vanilla.js', tag: 'vanilla-checklist' },
};

/** A config of `n` items in sections of 20, every third critical, each with detail text. */
export function generateConfig(n) {
  const sections = [];
  for (let s = 0; s * 20 < n; s++) {
    const items = [];
    for (let i = s * 20; i < Math.min(n, (s + 1) * 20); i++) {
      items.push({
        id: `item-${i}`,
        title: `Step ${i + 1}: confirm the account detail number ${i + 1} with the losing carrier`,
        detail: `Detail ${i + 1}: the account name, service address and PIN must match the bill exactly.`,
        critical: i % 3 === 0,
      });
    }
    sections.push({ id: `section-${s}`, title: `Section ${s + 1}`, items });
  }
  return {
    id: `generated-${n}`,
    title: `Generated checklist of ${n} items`,
    banner: { title: 'Keep your old service', text: 'Cancel nothing until the port completes.' },
    sections,
    pitfalls: { title: 'Pitfalls', items: [{ title: 'Early cancel', text: 'Loses the numbers.' }] },
    cta: {
      title: 'Track your calls',
      text: 'See which ads ring.',
      label: 'Try it',
      href: 'https://calltracker.dev/',
    },
  };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 100));
  await nextFrame();
};

/** Fetches and compiles a module without evaluating it. */
function preload(url) {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url;
    link.onload = resolve;
    link.onerror = () => reject(new Error(`preload failed: ${url}`));
    document.head.append(link);
  });
}

async function fixture() {
  const response = await fetch('/bench/fixture.json');
  return response.json();
}

function rendered(el, items) {
  const root = el.shadowRoot;
  const boxes = root?.querySelectorAll('input[type=checkbox][data-id]').length ?? 0;
  if (boxes !== items) throw new Error(`${el.localName}: ${boxes} checkboxes rendered, expected ${items}`);
  const cta = root.querySelector('.cta');
  if (!cta) throw new Error(`${el.localName}: no call to action rendered`);
  return cta.getBoundingClientRect().height; // forces style recalculation and layout
}

/**
 * (a)/(c) The time from the module starting to evaluate to the first complete render, then (b) `toggles`
 * toggle latencies: from the click on a checkbox to the updated counter laid out.
 */
window.measureRender = async function measureRender({
  impl,
  items,
  toggles,
  lang = 'en',
  answers,
  plan,
  expected,
}) {
  const { url, tag } = IMPLEMENTATIONS[impl];
  const data = await fixture();
  await preload(url);
  // A returning visitor who answered "About your port": the element fetches the setup chunk before its first
  // render, which shows only the steps that apply (`expected` of them).
  // With a port date too (`plan`), the planner's chunk comes before the first render as well: the steps' dates
  // are in it.
  if (answers || plan)
    localStorage.setItem(
      `port-checklist:v1:bench-${items}`,
      JSON.stringify({ v: 3, checked: [], answers, plan: plan && { date: plan, confirmed: false } }),
    );
  // A page in another language: the element fetches the translation runtime and the locale's chunk before
  // its first render, so that round trip is inside the measured time.
  document.documentElement.lang = lang;
  const el = document.createElement(tag);
  el.setAttribute('storage-key', `bench-${items}`);
  if (items !== 30) el.config = generateConfig(items);
  document.body.append(el);

  const start = performance.now();
  const module = await import(url);
  if (impl === 'vanilla') module.defineVanilla(data);
  await customElements.whenDefined(tag);
  await el.updateComplete;
  rendered(el, expected ?? (items === 30 ? data.items : items));
  const render = performance.now() - start;
  if (plan && !el.shadowRoot.querySelector('[part~="due"]'))
    throw new Error(`${tag}: the first render with a stored port date shows no step's date`);
  if (impl === 'lit' && el.shadowRoot.querySelector('[part~="base"]').lang !== lang)
    throw new Error(`${tag}: rendered in ${el.shadowRoot.querySelector('[part~="base"]').lang}, not ${lang}`);

  await settle(); // lets the element's tools chunk arrive, as a visitor's first click would
  const boxes = [...el.shadowRoot.querySelectorAll('input[type=checkbox][data-id]')];
  const counter = el.shadowRoot.querySelector('.counter');
  const toggle = [];
  for (let k = 0; k < toggles; k++) {
    const box = boxes[(k * 7 + 3) % boxes.length];
    const before = counter.textContent;
    const t0 = performance.now();
    box.click();
    await el.updateComplete;
    counter.getBoundingClientRect();
    const t1 = performance.now();
    if (counter.textContent === before)
      throw new Error(
        `${tag}: the counter did not change on toggle ${k} (${before}, ${box.dataset.id}, ${box.checked}, ${counter.isConnected})`,
      );
    toggle.push(t1 - t0);
    await nextFrame();
  }
  return { render, toggle };
};

/** (d) Puts `count` instances of the default config on the page and waits until all have rendered. */
window.mountInstances = async function mountInstances({ impl, count }) {
  const { url, tag } = IMPLEMENTATIONS[impl];
  const data = await fixture();
  const module = await import(url);
  if (impl === 'vanilla') module.defineVanilla(data);
  const elements = [];
  for (let i = 0; i < count; i++) {
    const el = document.createElement(tag);
    el.setAttribute('storage-key', `heap-${i}`);
    document.body.append(el);
    elements.push(el);
  }
  await customElements.whenDefined(tag);
  for (const el of elements) {
    await el.updateComplete;
    rendered(el, data.items);
  }
  await settle();
  return elements.length;
};
