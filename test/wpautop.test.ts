// What WordPress's wpautop does to JSON pasted into a post, and a config whose <script> a sanitizer removed.
import { expect } from './chai.js';
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
    ['a tag right after the opening brace', '{<br />"a": 1}', '{"a": 1}'],
    ['a < that starts no tag, before one that does', '{"a": 1 <x <br>}', '{"a": 1 <x }'],
    ['a backslash that ends the text inside a string', '{"a": "x\\', '{"a": "x\\'],
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
    ['a config left as text, after white space', `\n   ${config}`, true],
    ['a config cut short, by its "title" key', '{"title":"T", "sections": [', true],
    ['a config cut short, a space before the colon', '{ "sections" : [ {', true],
    ['a config cut short, with typographic quotes', '{\u201Ctitle\u201D: \u201CT', true],
    ["a config cut short, a space inside the key's quotes", '{"title ": "T", "items": [', true],
    ['a config cut short, a space before the key', '{" sections": [ {', true],
    ['text that names "title": but is no object', 'See "title": below', false],
    ['a no-JavaScript fallback', 'Our checklist needs JavaScript.', false],
    ['text in braces that is not JSON', '{ see the list below }', false],
    ['nothing', '', false],
  ];
  for (const [name, text, found] of table) {
    it(`${found ? 'reports' : 'ignores'} ${name}`, () => {
      const error = strippedScriptError(text);
      if (found) {
        expect(error).to.contain('sanitizer removed the script tag');
        expect(error).to.contain(
          'unfiltered_html capability). Use the WordPress plugin (block or shortcode), or config-src',
        );
      } else expect(error).to.equal(undefined);
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
