import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { encodePng, type RgbaImage } from './png.js';

/**
 * The two Teams app icons, drawn by code: a shield with a check mark (the bot helps a person
 * check their rights). Teams' rules: `color.png` 192×192 full colour; `outline.png` 32×32, white
 * on a transparent background. Run `npx tsx src/teams/icons.ts` to redraw the committed files.
 */

/** The manifest's accentColor; the colour icon's background matches it. */
export const accentColor = '#1F5FAD';

type Point = readonly [number, number];

function quadratic(from: Point, control: Point, to: Point, steps: number): Point[] {
  const points: Point[] = [];
  for (let i = 1; i <= steps; i += 1) {
    const t = i / steps;
    const s = 1 - t;
    points.push([
      s * s * from[0] + 2 * s * t * control[0] + t * t * to[0],
      s * s * from[1] + 2 * s * t * control[1] + t * t * to[1],
    ]);
  }
  return points;
}

/** The shield's outline in a unit square (y down): a peaked top, straight sides, a curved point. */
const shield: Point[] = (() => {
  const right: Point[] = [
    [0.5, 0.04],
    [0.9, 0.17],
    [0.9, 0.46],
    ...quadratic([0.9, 0.46], [0.88, 0.8], [0.5, 0.97], 24),
  ];
  const left = right.slice(1, -1).reverse().map(([x, y]): Point => [1 - x, y]);
  return [...right, ...left];
})();

/** The check mark as a polyline in the same unit square. */
const check: Point[] = [
  [0.29, 0.52],
  [0.44, 0.67],
  [0.72, 0.37],
];

function insidePolygon(x: number, y: number, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const [xi, yi] = polygon[i] ?? [0, 0];
    const [xj, yj] = polygon[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment(x: number, y: number, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
}

function onCheck(x: number, y: number, strokeWidth: number): boolean {
  for (let i = 1; i < check.length; i += 1) {
    const a = check[i - 1];
    const b = check[i];
    if (a && b && distanceToSegment(x, y, a, b) <= strokeWidth / 2) return true;
  }
  return false;
}

/**
 * How much of each pixel the white symbol (shield minus check) covers, 0–1, by 8×8 supersampling.
 * The symbol fills the square [inset, size - inset].
 */
function symbolCoverage(size: number, inset: number, strokeWidth: number): Float64Array {
  const samples = 8;
  const span = size - 2 * inset;
  const coverage = new Float64Array(size * size);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples - inset) / span;
          const y = (py + (sy + 0.5) / samples - inset) / span;
          if (insidePolygon(x, y, shield) && !onCheck(x, y, strokeWidth)) hits += 1;
        }
      }
      coverage[py * size + px] = hits / (samples * samples);
    }
  }
  return coverage;
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** 192×192, full colour: a white shield with the check cut out, on the accent colour. */
export function drawColorIcon(): RgbaImage {
  const size = 192;
  // Teams keeps the colour icon's symbol inside a central safe area; 40 px each side leaves 112 px.
  const coverage = symbolCoverage(size, 40, 0.1);
  const [r, g, b] = hexToRgb(accentColor);
  const pixels = new Uint8Array(size * size * 4);
  coverage.forEach((c, i) => {
    pixels[i * 4] = Math.round(r + (255 - r) * c);
    pixels[i * 4 + 1] = Math.round(g + (255 - g) * c);
    pixels[i * 4 + 2] = Math.round(b + (255 - b) * c);
    pixels[i * 4 + 3] = 255;
  });
  return { width: size, height: size, pixels };
}

/** 32×32, white on transparent (Teams' outline rule): only the alpha channel varies. */
export function drawOutlineIcon(): RgbaImage {
  const size = 32;
  // A thicker check than the colour icon's so that it stays open at 32 px.
  const coverage = symbolCoverage(size, 2, 0.13);
  const pixels = new Uint8Array(size * size * 4);
  coverage.forEach((c, i) => {
    pixels[i * 4] = 255;
    pixels[i * 4 + 1] = 255;
    pixels[i * 4 + 2] = 255;
    pixels[i * 4 + 3] = Math.round(255 * c);
  });
  return { width: size, height: size, pixels };
}

export const appPackageDir = fileURLToPath(new URL('../../appPackage/', import.meta.url));

export function writeIcons(dir: string = appPackageDir): void {
  writeFileSync(`${dir}color.png`, encodePng(drawColorIcon()));
  writeFileSync(`${dir}outline.png`, encodePng(drawOutlineIcon()));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeIcons();
  console.log(`wrote ${appPackageDir}color.png and outline.png`);
}
