// What WordPress's wpautop does to JSON pasted into a post, and a config whose <script> a sanitizer removed.
import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import type { PortChecklist } from '../src/port-checklist.js';
import { record, render, text } from './helpers.js';
import { STRIPPED_SCRIPT } from '../src/config/stripped.js';
import {
  parseConfigJson,
  removeAutopTags,
  resolveConfig,
  strippedScriptError,
} from '../src/config/validate.js';

describe('removeAutopTags', () => {
  const table: [string, string, string][] = [
    ['a blank line (wpautop: </p>\\n<p>)', '{"a": 1,</p>\n<p>"b": 2}', '{"a": 1,\n"b": 2}'],
    ['line ends (<br />)', '{<br />\n"a": 1<br />\n}', '{\n"a": 1\n}'],
    ['<br> and <br/>', '[1,<br>2,<br/>3]', '[1,2,3]'],
    ['upper case and attributes', '{"a": 1,</P>\n<P class="x">"b": 2}', '{"a": 1,\n"b": 2}'],
    ['an opening <p> before the JSON', '<p>{"a": 1}</p>', '{"a": 1}'],
    ['<p> text inside a string', '{"t": "use <p> and </p>"}', '{"t": "use <p> and </p>"}'],
    ['<br /> text inside a string', '{"t": "a<br />b"}', '{"t": "a<br />b"}'],
    [
      'an escaped quote before the tag text',
      '{"t": "say \\"<br />\\" here"}',
      '{"t": "say \\"<br />\\" here"}',
    ],
    ['other tags between tokens, left for JSON.parse to reject', '{"a": <b>1</b>}', '{"a": <b>1</b>}'],
    ['<pre> is not <p>', '{"a": 1<pre>}', '{"a": 1<pre>}'],
  ];
  for (const [name, input, output] of table) {
    it(name, () => expect(removeAutopTags(input)).to.equal(output));
  }
});

describe('parseConfigJson with wpautop tags', () => {
  it('parses a config wpautop split at a blank line, with the repair warning', () => {
    const text =
      '{\n  "title": "T <p> stays",</p>\n<p>  "sections": [{"id": "s", "title": "a<br />b", "items": []}]\n}';
    const result = parseConfigJson(text);
    expect(result).to.deep.equal({
      ok: true,
      value: { title: 'T <p> stays', sections: [{ id: 's', title: 'a<br />b', items: [] }] },
      warning: 'config: repaired typographic quotes, HTML entities or <p>/<br> tags in the JSON',
    });
  });

  it('parses JSON whose strings hold tags without touching them', () => {
    const value = { title: '<p>x</p>', text: 'a<br />b' };
    expect(parseConfigJson(JSON.stringify(value))).to.deep.equal({ ok: true, value });
  });
});

describe('strippedScriptError', () => {
  const config =
    '{"title": "T", "sections": [{"id": "s", "title": "S", "items": [{"id": "a", "title": "A"}]}]}';
  const table: [string, string, boolean][] = [
    ['a config left as text', config, true],
    ['the same with typographic quotes (wptexturize)', config.replace(/"/g, '\u201D'), true],
    ['an object without title or sections, that parses', '{"id": "x"}', true],
    ['a no-JavaScript fallback', 'Our checklist needs JavaScript.', false],
    ['text in braces that is not JSON', '{ see the list below }', false],
    ['nothing', '', false],
  ];
  for (const [name, text, found] of table) {
    it(`${found ? 'reports' : 'ignores'} ${name}`, () => {
      const error = strippedScriptError(text);
      if (found) expect(error).to.contain('sanitizer removed the script tag');
      else expect(error).to.equal(undefined);
    });
  }

  it('resolveConfig reports it as config-invalid and shows the bundled checklist', () => {
    const reports: string[] = [];
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const result = resolveConfig(STRIPPED_SCRIPT + config, (code, message) =>
        reports.push(`${code}: ${message}`),
      );
      expect(result).to.equal(undefined);
      expect(reports).to.have.length(1);
      expect(reports[0]).to.match(/^config-invalid: .*without its <script type="application\/json">/s);
      expect(resolveConfig(STRIPPED_SCRIPT + '{ no config }', () => reports.push('again'))).to.equal(
        undefined,
      );
      expect(reports).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});

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
      expect(text(el, '[part~="counter"]')).to.equal('0 of 43 completed');
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
    expect(text(el, '[part~="counter"]')).to.equal('0 of 43 completed');
  });
});
