// Draws the reader's icons: a newspaper page with a "saved" ribbon on the
// project's accent red. One list of shapes becomes the SVG and, through a
// small anti-aliased rasteriser and a PNG encoder on node:zlib, the PNGs at
// the sizes browsers ask for (192 and 512, and a maskable 512 whose drawing
// stays inside the central circle of 40 % radius that launchers keep).
//
//   node examples/reader/icons/draw-icons.mjs     # rewrites the files beside this script
import { deflateSync } from 'node:zlib';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('.', import.meta.url));
const RED = '#a3122a', PAPER = '#fdfcf9', INK = '#1b1b1b', GREY = '#8a8780';

// On a 512 × 512 canvas, back to front.
const BACKGROUND = { rect: [0, 0, 512, 512], r: 96, fill: RED };
const DRAWING = [
  { rect: [112, 88, 288, 336], r: 14, fill: PAPER },                     // the page
  { rect: [144, 120, 160, 28], r: 4, fill: INK },                        // masthead
  { rect: [144, 164, 160, 6], r: 0, fill: INK },                         // rule under it (ends before the ribbon)
  { rect: [144, 190, 224, 20], r: 4, fill: INK },                        // headline
  { rect: [144, 220, 170, 20], r: 4, fill: INK },
  { rect: [144, 262, 104, 70], r: 4, fill: RED },                        // picture
  ...[262, 282, 302, 322].map((y) => ({ rect: [264, y, 104, 8], r: 4, fill: GREY })), // text beside it
  ...[350, 370, 390].map((y) => ({ rect: [144, y, 224, 8], r: 4, fill: GREY })),      // text below
  { poly: [[322, 88], [370, 88], [370, 176], [346, 156], [322, 176]], fill: INK },  // the ribbon: saved
];

function shapesFor(kind) {
  if (kind === 'maskable') {
    // Full bleed, drawing scaled to 80 % about the centre (inside the safe circle).
    const s = 0.8, t = 256 * (1 - s);
    const scale = (shape) => shape.rect
      ? { ...shape, rect: shape.rect.map((v, i) => (i < 2 ? v * s + t : v * s)), r: shape.r * s }
      : { ...shape, poly: shape.poly.map(([x, y]) => [x * s + t, y * s + t]) };
    return [{ ...BACKGROUND, r: 0 }, ...DRAWING.map(scale)];
  }
  return [BACKGROUND, ...DRAWING];
}

function svg(shapes) {
  const body = shapes.map((s) => s.rect
    ? `<rect x="${s.rect[0]}" y="${s.rect[1]}" width="${s.rect[2]}" height="${s.rect[3]}"${s.r ? ` rx="${s.r}"` : ''} fill="${s.fill}"/>`
    : `<polygon points="${s.poly.map((p) => p.join(',')).join(' ')}" fill="${s.fill}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">\n${body.join('\n')}\n</svg>\n`;
}

// ---- Rasterising: 4 × 4 samples a pixel, each sample takes the topmost shape.

function inside(shape, x, y) {
  if (shape.rect) {
    const [rx, ry, w, h] = shape.rect, r = shape.r;
    if (x < rx || y < ry || x > rx + w || y > ry + h) return false;
    const dx = Math.max(rx + r - x, 0, x - (rx + w - r)), dy = Math.max(ry + r - y, 0, y - (ry + h - r));
    return dx * dx + dy * dy <= r * r;
  }
  let hit = false; // even-odd rule
  const p = shape.poly;
  for (let i = 0, j = p.length - 1; i < p.length; j = i++) {
    if ((p[i][1] > y) !== (p[j][1] > y) && x < ((p[j][0] - p[i][0]) * (y - p[i][1])) / (p[j][1] - p[i][1]) + p[i][0]) hit = !hit;
  }
  return hit;
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

function raster(shapes, size) {
  const colours = shapes.map((s) => rgb(s.fill));
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4, k = 512 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) * k, y = (py + (sy + 0.5) / n) * k;
          for (let i = shapes.length - 1; i >= 0; i--) {
            if (inside(shapes[i], x, y)) {
              const c = colours[i];
              sum[0] += c[0]; sum[1] += c[1]; sum[2] += c[2]; sum[3] += 255;
              break;
            }
          }
        }
      }
      // Premultiplied sums: divide colour by coverage so edges do not darken.
      const at = (py * size + px) * 4, covered = sum[3] / 255;
      for (let c = 0; c < 3; c++) pixels[at + c] = covered ? Math.round(sum[c] / covered) : 0;
      pixels[at + 3] = Math.round(sum[3] / (n * n));
    }
  }
  return pixels;
}

// ---- PNG: signature, IHDR, one IDAT (filter 0 on every row), IEND.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
function png(pixels, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

await writeFile(`${OUT}icon.svg`, svg(shapesFor('any')));
for (const [name, kind, size] of [['icon-192.png', 'any', 192], ['icon-512.png', 'any', 512], ['icon-maskable-512.png', 'maskable', 512]]) {
  await writeFile(`${OUT}${name}`, png(raster(shapesFor(kind), size), size));
}
console.log('examples/reader/icons: icon.svg, icon-192.png, icon-512.png, icon-maskable-512.png');
