// <port-checklist> through React 19, Vue 3 and plain JavaScript: each mounts it, sets the config as a
// property and receives a progress event. The README's snippets are these.
import { expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { ChecklistConfig } from '../src/config/types.js';
import type { PortChecklist } from '../src/port-checklist.js';

const config: ChecklistConfig = {
  id: 'framework',
  title: 'Framework checklist',
  sections: [
    {
      id: 's',
      title: 'S',
      items: [
        { id: 's.a', title: 'A' },
        { id: 's.b', title: 'B' },
      ],
    },
  ],
};

async function tick(el: PortChecklist) {
  await waitUntil(() => el.shadowRoot?.querySelector('input[data-id="s.a"]'), 'rendered the config');
  el.shadowRoot!.querySelector<HTMLInputElement>('input[data-id="s.a"]')!.click();
}

interface ReactApi {
  createElement: (type: string, props: Record<string, unknown>) => unknown;
  act: (run: () => Promise<void>) => Promise<void>;
  createRoot: (container: Element) => { render(node: unknown): void; unmount(): void };
}

describe('frameworks', () => {
  beforeEach(() => localStorage.clear());

  it('React 19: config as a property, events as onport-checklist-progress', async () => {
    const bundle = '/node_modules/.cache/port-checklist-tests/react.js';
    const react = (await import(/* @vite-ignore */ bundle)) as ReactApi;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const container = document.createElement('div');
    document.body.append(container);
    const seen: unknown[] = [];
    const root = react.createRoot(container);
    await react.act(async () => {
      root.render(
        react.createElement('port-checklist', {
          config,
          'storage-key': 'react',
          'onport-checklist-progress': (event: CustomEvent) => seen.push(event.detail),
        }),
      );
    });
    const el = container.querySelector('port-checklist') as PortChecklist;
    expect(el.config).to.equal(config);
    await tick(el);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include({ itemId: 's.a', checked: true, source: 'user', total: 2 });
    await react.act(async () => root.unmount());
    container.remove();
  });

  it('Vue 3: isCustomElement, a .prop binding and @port-checklist-progress', async () => {
    const { createApp, h } = await import('vue/dist/vue.esm-browser.prod.js');
    const container = document.createElement('div');
    document.body.append(container);
    const seen: unknown[] = [];
    const app = createApp({
      setup: () => () =>
        h('port-checklist', {
          '.config': config,
          'storage-key': 'vue',
          'onPort-checklist-progress': (event: CustomEvent) => seen.push(event.detail),
        }),
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag === 'port-checklist';
    app.mount(container);
    const el = container.querySelector('port-checklist') as PortChecklist;
    expect(el.config).to.equal(config);
    await tick(el);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include({ itemId: 's.a', checked: true, source: 'user' });
    app.unmount();
    container.remove();
  });

  it('Vue 3 templates: <port-checklist :config.prop="config" @port-checklist-progress="…">', async () => {
    const { createApp } = await import('vue/dist/vue.esm-browser.prod.js');
    const container = document.createElement('div');
    document.body.append(container);
    const seen: unknown[] = [];
    const app = createApp({
      data: () => ({ config }),
      methods: { onProgress: (event: CustomEvent) => seen.push(event.detail) },
      template:
        '<port-checklist storage-key="vue-template" :config.prop="config" @port-checklist-progress="onProgress"></port-checklist>',
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag === 'port-checklist';
    app.mount(container);
    const el = container.querySelector('port-checklist') as PortChecklist;
    await tick(el);
    expect(seen).to.have.length(1);
    app.unmount();
    container.remove();
  });

  it('plain JavaScript', async () => {
    const el = document.createElement('port-checklist');
    el.config = config;
    el.storageKey = 'plain';
    const seen: unknown[] = [];
    el.addEventListener('port-checklist-progress', (event) => seen.push(event.detail));
    document.body.append(el);
    await tick(el);
    expect(seen[0]).to.include({ itemId: 's.a', checked: true });
    el.remove();
  });
});
