// The element when a sanitizer removed its config's <script> but left the JSON as text (what kses does).
import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import type { PortChecklist } from '../src/port-checklist.js';
import { record, render, text } from './helpers.js';

describe('the element with its config script removed', () => {
  it('fires config-invalid naming the cause, and shows the bundled checklist', async () => {
    const container = document.createElement('div');
    const errors = record(container, ['port-checklist-error']);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      // What kses leaves of a pasted config when the element is allowed but <script> is not.
      container.innerHTML = `<port-checklist storage="none"><p>{"title": "Gone", "sections": []}</p></port-checklist>`;
      document.body.append(container);
      const el = container.querySelector('port-checklist') as PortChecklist;
      await waitUntil(() => errors.length > 0, 'config-invalid fired');
      await el.updateComplete;
      expect(errors[0].detail.code).to.equal('config-invalid');
      expect(errors[0].detail.message).to.contain('sanitizer removed the script tag');
      expect(text(el, '[part~="counter"]')).to.equal('0 of 46 completed');
    } finally {
      console.warn = warn;
      container.remove();
    }
  });

  it('stays silent for a no-JavaScript fallback', async () => {
    const el = await render(
      html`<port-checklist storage="none"><p>Our checklist needs JavaScript.</p></port-checklist>`,
    );
    const errors = record(el, ['port-checklist-error']);
    await aTimeout(50);
    expect(errors).to.have.length(0);
    expect(text(el, '[part~="counter"]')).to.equal('0 of 46 completed');
  });
});
