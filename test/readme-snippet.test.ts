// The README's two lines, exactly as a site owner pastes them (taken from README.md by the test server), on
// pages in Swedish, Arabic and English: the default bundle speaks the page's language, and an English page
// loads neither the translation runtime nor a locale chunk.
import { expect, waitUntil } from '@open-wc/testing';

const LOCALE_CHUNK = /\/chunks\/(ar|cs|da|de|es|fi|fr|ja|nb|pl|pt|ro|sv)-[\w-]+\.js$/;

async function open(lang: string): Promise<{ win: Window; root: ShadowRoot }> {
  localStorage.clear();
  const frame = document.createElement('iframe');
  frame.src = `/fixtures/readme.html?lang=${lang}`;
  frame.style.width = '800px';
  frame.style.height = '600px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  await waitUntil(
    () => win.document.querySelector('port-checklist')?.shadowRoot?.querySelector('[part~="counter"]'),
    'the checklist rendered',
    { timeout: 8000 },
  );
  return { win, root: win.document.querySelector('port-checklist')!.shadowRoot! };
}

const requested = (win: Window) => win.performance.getEntriesByType('resource').map((entry) => entry.name);

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe("the README's snippet", () => {
  it('is the script tag of dist/port-checklist.js and one element', async () => {
    const page = await (await fetch('/fixtures/readme.html?lang=sv')).text();
    expect(page).to.contain('<script type="module" src="/dist/port-checklist.js"></script>');
    expect(page).to.contain('<port-checklist></port-checklist>');
    expect(page).to.contain('<html lang="sv">');
  });

  it('shows Swedish on a Swedish page: "0 av 46 slutförda" and the badge KRITISKT', async () => {
    const { root } = await open('sv');
    expect(root.querySelector('[part~="counter"]')!.textContent!.trim()).to.equal('0 av 46 slutförda');
    expect(root.querySelector<HTMLElement>('[part~="badge"]')!.innerText).to.equal('KRITISKT');
    expect(root.querySelector<HTMLElement>('[part~="base"]')!.lang).to.equal('sv');
  });

  it('mirrors the layout on an Arabic page', async () => {
    const { root } = await open('ar');
    const base = root.querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.dir).to.equal('rtl');
    expect(base.lang).to.equal('ar');
    const item = root.querySelector('[part~="item"]')!;
    const box = item.querySelector('input')!.getBoundingClientRect();
    const label = item.querySelector('label')!.getBoundingClientRect();
    expect(box.left).to.be.greaterThan(label.left);
  });

  it('fetches neither the translation runtime nor a locale chunk on an English page', async () => {
    const { win, root } = await open('en');
    expect(root.querySelector('[part~="counter"]')!.textContent!.trim()).to.equal('0 of 46 completed');
    await waitUntil(() => root.querySelector('[part~="next-critical"]'), 'tools loaded');
    const names = requested(win);
    expect(
      names.some((name) => /\/chunks\/tools-/.test(name)),
      'tools chunk',
    ).to.equal(true);
    expect(names.filter((name) => /i18n-runtime-/.test(name) || LOCALE_CHUNK.test(name))).to.deep.equal([]);
  });

  it('fetches the runtime and the Swedish chunk, and no other language, on a Swedish page', async () => {
    const { win } = await open('sv');
    const chunks = requested(win).filter((name) => /i18n-runtime-/.test(name) || LOCALE_CHUNK.test(name));
    expect(chunks.some((name) => /i18n-runtime-/.test(name))).to.equal(true);
    expect(
      chunks.filter((name) => LOCALE_CHUNK.test(name)).map((name) => name.match(LOCALE_CHUNK)![1]),
    ).to.deep.equal(['sv']);
  });
});
