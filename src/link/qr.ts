// A QR code as one SVG path, for "Continue on another device" (issue 17). Loaded with that panel only. The
// encoding (segments, error correction, masking) is lean-qr's; this module draws its modules as data that the
// element renders with Lit's svg templates: no markup from the library, no innerHTML, no inline styles.

import { correction, generate } from 'lean-qr';

/** Error-correction levels: roughly 7 %, 15 %, 25 % and 30 % of the code may be lost and still read. */
export type QrEcc = 'L' | 'M' | 'Q' | 'H';

/** A QR code to draw: `path` fills every dark module, in a `viewBox` of `-4 -4 size+8 size+8`. */
export interface QrPath {
  /** Modules per side, without the quiet zone: 21 for version 1 … 177 for version 40. */
  size: number;
  /**
   * SVG path data, one subpath per row with dark modules, each run of them a unit-high rectangle:
   * `M x y v1 h n v-1 h gap v1 h n v-1 … z`. Filled the same by either fill rule (nothing overlaps).
   */
  path: string;
  /** The QR version, 1–40 (size = 17 + 4 × version). */
  version: number;
}

/**
 * The default level, M: the code is read off a screen by a phone camera, so there is no wear or dirt to survive
 * (what Q and H are for), but glare, moiré and reflections do blot out patches, more than L's 7 % can recover.
 * M recovers 15 % for two versions more than L on a link with 600 random URL-safe characters (97 modules a side
 * instead of 89; Q needs 113), so the modules stay large enough for a phone held at a screen.
 */
export const DEFAULT_ECC: QrEcc = 'M';

/**
 * The QR code of `text` (UTF-8; lean-qr picks the shortest segments, so an ASCII link is plain bytes with no
 * ECI header) as one path of its dark modules. `ecc` is the least error correction: lean-qr raises it while the
 * code keeps its size. Throws a RangeError when the text does not fit in a version 40 code at that level
 * (2,331 bytes at M).
 */
export function qrPath(text: string, options: { ecc?: QrEcc } = {}): QrPath {
  const ecc = options.ecc ?? DEFAULT_ECC;
  let code;
  try {
    code = generate(text, { minCorrectionLevel: correction[ecc] });
  } catch (cause) {
    // A string always has an encoding (UTF-8), so running out of room is the one way to fail.
    throw new RangeError(
      `qrPath: ${text.length} characters do not fit in a QR code at error correction ${ecc}`,
      { cause },
    );
  }
  const size = code.size;
  let path = '';
  for (let y = 0; y < size; y++) {
    // One subpath per row: down, along and up each run of dark modules, across the gap to the next run on the
    // row's top edge; `z` returns along that edge, so the gaps are traced there and back and enclose nothing.
    let row = '';
    let end = 0;
    for (let x = 0; x < size; x++) {
      if (!code.get(x, y)) continue;
      const start = x;
      // get() is false outside the code, so a run stops at the right edge.
      while (code.get(x + 1, y)) x++;
      row += `${row ? `h${start - end}` : `M${start} ${y}`}v1h${x + 1 - start}v-1`;
      end = x + 1;
    }
    if (row) path += `${row}z`;
  }
  return { size, path, version: (size - 17) / 4 };
}
