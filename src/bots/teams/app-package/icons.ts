import type { Rgba } from './png.js';

type Color = readonly [number, number, number, number];
/** A shape: the colour at a point of the unit square, or null where it leaves what is below. */
type Layer = (x: number, y: number) => Color | null;

const BLUE: Color = [43, 108, 176, 255];
const WHITE: Color = [255, 255, 255, 255];
const GREEN: Color = [56, 161, 105, 255];

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  const cx = Math.max(x0 + r, Math.min(x1 - r, x));
  const cy = Math.max(y0 + r, Math.min(y1 - r, y));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && Math.hypot(x - cx, y - cy) <= r;
}

/** Paints the layers in order, 4×4 samples a pixel so edges are smooth. */
function render(size: number, layers: Layer[]): Rgba {
  const pixels = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let color: Color = [0, 0, 0, 0];
          for (const layer of layers) color = layer(x, y) ?? color;
          sum[0]! += color[0] * color[3];
          sum[1]! += color[1] * color[3];
          sum[2]! += color[2] * color[3];
          sum[3]! += color[3];
        }
      }
      const i = (py * size + px) * 4;
      const alpha = sum[3]! / (n * n);
      pixels[i] = alpha ? Math.round(sum[0]! / sum[3]!) : 0;
      pixels[i + 1] = alpha ? Math.round(sum[1]! / sum[3]!) : 0;
      pixels[i + 2] = alpha ? Math.round(sum[2]! / sum[3]!) : 0;
      pixels[i + 3] = Math.round(alpha);
    }
  }
  return { width: size, height: size, pixels };
}

const envelopeFlap = (x: number, y: number, x0: number, y0: number, x1: number, mid: number) =>
  Math.min(segmentDistance(x, y, x0, y0, (x0 + x1) / 2, mid), segmentDistance(x, y, (x0 + x1) / 2, mid, x1, y0));

/** The full-colour icon (192×192): a white envelope with a green plus on blue. */
export function colorIcon(size = 192): Rgba {
  return render(size, [
    (x, y) => (insideRoundedRect(x, y, 0, 0, 1, 1, 0.18) ? BLUE : null),
    (x, y) => (insideRoundedRect(x, y, 0.18, 0.28, 0.78, 0.7, 0.04) ? WHITE : null),
    (x, y) => (x > 0.18 && x < 0.78 && envelopeFlap(x, y, 0.2, 0.3, 0.76, 0.52) < 0.025 ? BLUE : null),
    (x, y) => (Math.hypot(x - 0.74, y - 0.7) < 0.15 ? GREEN : null),
    (x, y) => ((Math.abs(x - 0.74) < 0.022 && Math.abs(y - 0.7) < 0.085) || (Math.abs(y - 0.7) < 0.022 && Math.abs(x - 0.74) < 0.085) ? WHITE : null),
  ]);
}

/** The outline icon (32×32): a white envelope outline on a transparent background, as Teams asks. */
export function outlineIcon(size = 32): Rgba {
  const stroke = 1.6 / size;
  return render(size, [
    (x, y) => {
      const inOuter = insideRoundedRect(x, y, 0.1, 0.2, 0.9, 0.8, 0.06);
      const inInner = insideRoundedRect(x, y, 0.1 + stroke * 1.4, 0.2 + stroke * 1.4, 0.9 - stroke * 1.4, 0.8 - stroke * 1.4, 0.03);
      return inOuter && !inInner ? WHITE : null;
    },
    (x, y) => (x > 0.12 && x < 0.88 && envelopeFlap(x, y, 0.12, 0.24, 0.88, 0.54) < stroke * 0.75 ? WHITE : null),
  ]);
}
