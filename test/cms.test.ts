// The README's CMS recipes, on pages that reproduce what each CMS outputs: the child JSON config survives.
import { expect, waitUntil } from '@open-wc/testing';

for (const cms of ['wordpress', 'webflow', 'hubspot', 'squarespace']) {
  it(`${cms}: the pasted config renders`, async () => {
    const frame = document.createElement('iframe');
    frame.src = `/fixtures/cms/${cms}.html`;
    document.body.append(frame);
    await waitUntil(
      () => frame.contentDocument?.querySelector('port-checklist')?.shadowRoot?.querySelector('h2'),
      'rendered',
      { timeout: 8000 },
    );
    const root = frame.contentDocument!.querySelector('port-checklist')!.shadowRoot!;
    await waitUntil(() => root.querySelector('h2')!.textContent === 'CMS checklist', `${cms} config shown`);
    expect(root.querySelectorAll('input[data-id]').length).to.equal(1);
    frame.remove();
  });
}
