// What a browser draws of a QR path, read back: the path filled by a canvas in the viewBox with its quiet zone
// (`-4 -4 size+8 size+8`, as the element draws it), then decoded by jsQR. Browsers only (no canvas in Node).
import jsQR from 'jsqr';

/** The text jsQR reads from `path` (a code of `size` modules) as the engine fills it, or undefined. */
export function readPath(path: string, size: number, scale = 4): string | undefined {
  const width = (size + 8) * scale;
  const canvas = new OffscreenCanvas(width, width);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, width);
  context.setTransform(scale, 0, 0, scale, 4 * scale, 4 * scale);
  context.fillStyle = '#000';
  context.fill(new Path2D(path));
  return jsQR(context.getImageData(0, 0, width, width).data, width, width)?.data;
}
