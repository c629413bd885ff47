import { expect } from './chai.js';
import { ALLOWED_URL_SCHEMES, safeUrl } from '../src/config/url.js';

describe('safeUrl', () => {
  describe('keeps allowed absolute URLs, normalised by the URL parser', () => {
    const cases: [input: string, expected: string][] = [
      ['https://example.com/path?q=1#h', 'https://example.com/path?q=1#h'],
      ['HTTPS://Example.com', 'https://example.com/'],
      ['http://example.com', 'http://example.com/'],
      ['HTTP://EXAMPLE.COM/A', 'http://example.com/A'],
      ['https://example.com/a b', 'https://example.com/a%20b'],
      ['  https://example.com/  ', 'https://example.com/'],
      ['https://exa\nmple.com/', 'https://example.com/'],
      ['mailto:someone@example.com', 'mailto:someone@example.com'],
      ['MAILTO:someone@example.com', 'mailto:someone@example.com'],
      ['tel:+1-555-0100', 'tel:+1-555-0100'],
      ['TEL:+15550100', 'tel:+15550100'],
    ];
    for (const [input, expected] of cases) {
      it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => {
        expect(safeUrl(input)).to.equal(expected);
      });
    }
  });

  describe('keeps relative URLs as written', () => {
    const cases: string[] = [
      '/contact',
      '#top',
      '?a=b',
      'page.html',
      '../up/page.html',
      '/a/b?c=d#e',
      '//example.com/x',
    ];
    for (const input of cases) {
      it(JSON.stringify(input), () => {
        expect(safeUrl(input)).to.equal(input);
      });
    }

    it('strips the edges the URL parser ignores but does not resolve the URL', () => {
      expect(safeUrl('  /contact\n')).to.equal('/contact');
      expect(safeUrl('/con\ttact')).to.equal('/contact');
    });
  });

  describe('drops dangerous or unusable input (null)', () => {
    const cases: [label: string, input: unknown][] = [
      ['javascript:', 'javascript:alert(1)'],
      ['JAVASCRIPT:', 'JAVASCRIPT:alert(1)'],
      ['javascript: with a tab inside the scheme', 'java\tscript:alert(1)'],
      ['javascript: with a newline inside the scheme', 'java\nscript:alert(1)'],
      ['javascript: with a carriage return inside the scheme', 'java\rscript:alert(1)'],
      ['javascript: after a space and a C0 control', ' \u0001javascript:alert(1)'],
      ['javascript: after a NUL', '\u0000javascript:alert(1)'],
      ['data:', 'data:text/html,<script>alert(1)</script>'],
      ['DATA:', 'DATA:text/html;base64,PHNjcmlwdD4='],
      ['vbscript:', 'vbscript:msgbox(1)'],
      ['VbScript:', 'VbScript:msgbox(1)'],
      ['file:', 'file:///etc/passwd'],
      ['ftp:', 'ftp://example.com/file'],
      ['blob:', 'blob:https://example.com/uuid'],
      ['an empty string', ''],
      ['spaces only', '   '],
      ['whitespace and controls only', ' \t\n\r\u0001 '],
      ['an unparseable absolute URL', 'https://[::1'],
      ['an absolute URL without a host', 'http://'],
      ['undefined', undefined],
      ['null', null],
      ['a number', 42],
      ['an object', {}],
      ['an array', ['https://example.com/']],
      ['a URL object', new URL('https://example.com/')],
      ['a boolean', true],
    ];
    for (const [label, input] of cases) {
      it(label, () => {
        expect(safeUrl(input)).to.equal(null);
      });
    }
  });

  it('allows exactly https:, http:, mailto: and tel:', () => {
    expect([...ALLOWED_URL_SCHEMES].sort()).to.deep.equal(['http:', 'https:', 'mailto:', 'tel:']);
  });

  it('does not resolve an absolute URL without slashes against a placeholder host', () => {
    expect(safeUrl('https:contact')).to.equal('https://contact/');
    expect(safeUrl('https:/path')).to.equal('https://path/');
    expect(safeUrl('https:contact')).to.not.contain('relative.invalid');
  });
});
