// The QR code of a progress link (src/link/qr.ts): what the path draws is rasterized here, in plain JS, and read
// back by jsQR, a QR reader that shares no code with the encoder (lean-qr); the path is also parsed back into
// cells and compared with lean-qr's own matrix. In the browsers, the path is filled by the engine itself
// (Path2D on a canvas) and read back too.
import { expect } from './chai.js';
import fc from 'fast-check';
import jsQR from 'jsqr';
import { correction, generate } from 'lean-qr';
import { DEFAULT_ECC, qrPath, type QrEcc } from '../src/link/qr.js';
import { readPath } from './qr-raster.js';

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';
const LINK = 'https://example.com/porting/?utm_source=x#pc=';

/** `length` URL-safe characters, the same on every run (a xorshift generator), as random-looking as a token. */
function token(length: number, seed = 17): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    text += URL_SAFE[(state >>> 0) % URL_SAFE.length];
  }
  return text;
}

/**
 * The cells that an SVG path fills (nonzero rule), as rows of booleans: the path may use M m H h V v Z z with
 * integer coordinates only, and must stay inside the code. Each vertical edge changes the winding number of
 * the cells to its right on the rows it spans; a horizontal edge changes none.
 */
function cellsOfPath(path: string, size: number): boolean[][] {
  // Plain checks, not chai's: they run for every edge of every code.
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`path: ${what}`);
  };
  check(/^[MmHhVvZz0-9 -]*$/.test(path), 'only M m H h V v Z z, integers and spaces');
  const delta = Array.from({ length: size }, () => new Array<number>(size + 1).fill(0));
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const lineTo = (toX: number, toY: number) => {
    check(toX >= 0 && toX <= size && toY >= 0 && toY <= size, `(${toX}, ${toY}) is outside the code`);
    if (toX !== x) check(toY === y, 'an edge that is neither horizontal nor vertical');
    else for (let row = Math.min(y, toY); row < Math.max(y, toY); row++) delta[row][x] += Math.sign(toY - y);
    x = toX;
    y = toY;
  };
  for (const [, command, args] of path.matchAll(/([MmHhVvZz])([^MmHhVvZz]*)/g)) {
    const numbers = args.match(/-?\d+/g)?.map(Number) ?? [];
    const relative = command === command.toLowerCase();
    switch (command.toUpperCase()) {
      case 'M':
        check(numbers.length === 2, `${command}${args}: a move takes two numbers here`);
        x = startX = numbers[0] + (relative ? x : 0);
        y = startY = numbers[1] + (relative ? y : 0);
        break;
      case 'H':
        for (const n of numbers) lineTo(n + (relative ? x : 0), y);
        break;
      case 'V':
        for (const n of numbers) lineTo(x, n + (relative ? y : 0));
        break;
      default:
        check(numbers.length === 0, `${command}${args}: numbers after a closepath`);
        lineTo(startX, startY);
    }
  }
  return delta.map((row) => {
    let winding = 0;
    return row.slice(0, size).map((d) => (winding += d) !== 0);
  });
}

/** lean-qr's own matrix of a text, as `qrPath` asks for it. */
function libraryCells(text: string, ecc: QrEcc): boolean[][] {
  const code = generate(text, { minCorrectionLevel: correction[ecc] });
  return Array.from({ length: code.size }, (_, y) =>
    Array.from({ length: code.size }, (_, x) => code.get(x, y)),
  );
}

/** Cells as an RGBA image: black on white, `scale` pixels a module, with the 4-module quiet zone of the viewBox. */
function rasterize(cells: boolean[][], scale = 4): { data: Uint8ClampedArray; width: number } {
  const width = (cells.length + 8) * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  cells.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let py = (y + 4) * scale; py < (y + 5) * scale; py++)
        for (let px = (x + 4) * scale; px < (x + 5) * scale; px++)
          data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }),
  );
  return { data, width };
}

/** What a QR reader makes of the code that `qrPath` draws for `text`. */
function readBack(text: string, ecc?: QrEcc): string | undefined {
  const { size, path } = qrPath(text, ecc ? { ecc } : {});
  const { data, width } = rasterize(cellsOfPath(path, size));
  return jsQR(data, width, width)?.data;
}

describe('QR code of a link: read back', () => {
  for (const length of [120, 300, 600]) {
    it(`reads back a link with ${length} URL-safe characters`, () => {
      const link = LINK + token(length);
      expect(readBack(link)).to.equal(link);
    });
  }

  it('reads back text beyond ASCII: accents, a dash, kanji, an emoji', () => {
    const text = 'Portering av nummer — Åsa Öberg, 東京 😎 ☎ +46 8 123 45 67';
    expect(readBack(text)).to.equal(text);
  });

  it('reads back the empty string (a version 1 code)', () => {
    expect(qrPath('').version).to.equal(1);
    expect(readBack('')).to.equal('');
  });

  for (const ecc of ['L', 'M', 'Q', 'H'] as const) {
    it(`reads back a 300-character link at error correction ${ecc}`, () => {
      const link = LINK + token(300, 5);
      expect(readBack(link, ecc)).to.equal(link);
    });
  }

  // size 'max': lengths spread over 1–600 (fast-check's default keeps strings to about ten characters).
  it('reads back any URL-safe text of 1–600 characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...URL_SAFE), minLength: 1, maxLength: 600, size: 'max' }),
        (text) => {
          expect(readBack(text)).to.equal(text);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('QR code of a link: the path', () => {
  const texts = ['', 'A', LINK + token(120), LINK + token(600, 3), 'Åsa 東京 😎'];

  it('fills exactly the dark modules of the encoder, at every level', () => {
    for (const ecc of ['L', 'M', 'Q', 'H'] as const)
      for (const text of texts) {
        const { size, path } = qrPath(text, { ecc });
        expect(cellsOfPath(path, size), `${ecc} ${text}`).to.deep.equal(libraryCells(text, ecc));
      }
  });

  it('draws one subpath per row and each run of dark modules as one rectangle, runs apart', () => {
    const run = 'v1h[1-9]\\d*v-1';
    const row = `M\\d+ \\d+${run}(?:h[1-9]\\d*${run})*z`;
    for (const text of texts) {
      const { size, path } = qrPath(text);
      expect(path).to.match(new RegExp(`^(?:${row})*$`));
      const starts = [...path.matchAll(/M(\d+) (\d+)/g)].map((m) => Number(m[2]));
      const rows = libraryCells(text, DEFAULT_ECC).flatMap((cells, y) => (cells.includes(true) ? [y] : []));
      expect(starts, 'rows in order, once each').to.deep.equal(rows);
      const runs = libraryCells(text, DEFAULT_ECC)
        .flatMap((cells) => cells.map((dark, x) => dark && !cells[x - 1]))
        .filter(Boolean).length;
      expect(path.match(/v1/g)!.length, 'one rectangle a run').to.equal(runs);
      expect(size).to.be.greaterThan(0);
    }
  });

  it('starts each row at its first dark module, and crosses each gap in one step', () => {
    // The finder patterns fix the first rows: 7 dark, 5 light, 7 dark … in row 0 of a version 1 code.
    const { size, path } = qrPath('');
    expect(size).to.equal(21);
    expect(path.startsWith('M0 0v1h7v-1h')).to.be.true;
    expect(path.slice(0, path.indexOf('z')).endsWith(`v1h7v-1`)).to.be.true;
  });

  it('stays compact: the 97-module code of a 600-character link is under 23,000 characters', () => {
    const { size, path } = qrPath(LINK + token(600));
    expect(size).to.equal(97);
    expect(path.length).to.be.below(23000);
  });
});

describe('QR code of a link: size, version and level', () => {
  it('gives the modules per side without the quiet zone, and the version (size = 17 + 4 × version)', () => {
    for (const text of ['', LINK + token(120), LINK + token(600)]) {
      const { size, version } = qrPath(text);
      expect(size).to.equal(generate(text, { minCorrectionLevel: correction.M }).size);
      expect(size).to.equal(17 + 4 * version);
    }
  });

  it('grows the version with the length of the link', () => {
    const versions = [0, 120, 300, 600].map((length) => qrPath(LINK + token(length)).version);
    expect(versions).to.deep.equal([4, 9, 14, 20]);
  });

  it('uses error correction M unless told otherwise, and the level asked for', () => {
    const link = LINK + token(600);
    expect(DEFAULT_ECC).to.equal('M');
    expect(qrPath(link)).to.deep.equal(qrPath(link, { ecc: 'M' }));
    expect(qrPath(link, {})).to.deep.equal(qrPath(link, { ecc: 'M' }));
    const versions = (['L', 'M', 'Q', 'H'] as const).map((ecc) => qrPath(link, { ecc }).version);
    expect(versions).to.deep.equal([18, 20, 24, 28]);
  });

  it('fits 2,331 bytes at M and 1,273 at H (version 40), and throws a RangeError for one more', () => {
    expect(qrPath('a'.repeat(2331)).version).to.equal(40);
    expect(qrPath('a'.repeat(1273), { ecc: 'H' }).size).to.equal(177);
    expect(qrPath('a'.repeat(2332), { ecc: 'L' }).version).to.equal(36);
    const tooLong = [
      [
        'a'.repeat(2332),
        undefined,
        /^qrPath: 2332 characters do not fit in a QR code at error correction M$/,
      ],
      ['a'.repeat(1274), 'H', /^qrPath: 1274 characters do not fit in a QR code at error correction H$/],
    ] as const;
    for (const [text, ecc, message] of tooLong) {
      let error: unknown;
      try {
        qrPath(text, ecc ? { ecc } : {});
      } catch (thrown) {
        error = thrown;
      }
      expect(error).to.be.instanceOf(RangeError);
      expect((error as RangeError).message).to.match(message);
      expect((error as RangeError).cause, 'the encoder’s own error').to.be.instanceOf(Error);
    }
  });
});

// The engines' own reading of the path: filled by a canvas, then read back. Not in Node (no canvas there).
if (typeof Path2D === 'function' && typeof OffscreenCanvas === 'function')
  describe('QR code of a link: the path as a browser fills it', () => {
    it('reads back what the engine draws from the path, in the viewBox with its quiet zone', () => {
      for (const text of [LINK + token(120), LINK + token(600, 9), 'Åsa 東京 😎']) {
        const { size, path } = qrPath(text);
        expect(readPath(path, size), text).to.equal(text);
      }
    });
  });
