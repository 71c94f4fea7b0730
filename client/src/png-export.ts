// The PNG of the view: the network as cytoscape draws it, under a title and the date range,
// above the legend, so the picture still reads on its own when pasted into a report.
import { EDGE_LEGEND, TYPE_STYLES } from './style.ts';

export interface PngCaption {
  title: string;
  /** "1994 – 2020", "all dates"… */
  dates: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const INK = '#1f2328';
const MUTED = '#59636e';

/** The year range as the caption says it. */
export function dateRange(from: number | null, to: number | null): string {
  if (from === null && to === null) return 'all dates';
  if (from === null) return `until ${to}`;
  if (to === null) return `from ${from}`;
  return from === to ? String(from) : `${from} – ${to}`;
}

/** Draws the network image with the caption above and the legend below; `scale` as the image's. */
export async function composePng(network: Blob, caption: PngCaption, scale: number): Promise<Blob> {
  const img = await createImageBitmap(network);
  const pad = 12 * scale;
  const header = 40 * scale;
  const row = 22 * scale;
  const width = Math.max(img.width, 720 * scale);

  // Lay the legend out first: items flow left to right and wrap at the width.
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('No canvas to draw the picture on.');
  measure.font = `${12 * scale}px ${FONT}`;
  const items = [
    ...TYPE_STYLES.map((t) => ({ label: t.label, draw: swatch(t.colour, t.border) })),
    ...EDGE_LEGEND.map((e) => ({ label: e.label, draw: line(e.line, e.colour) })),
  ];
  const mark = 20 * scale;
  const gap = 16 * scale;
  const placed: { x: number; y: number; item: (typeof items)[number] }[] = [];
  let x = pad;
  let y = 0;
  for (const item of items) {
    const w = mark + 6 * scale + measure.measureText(item.label).width;
    if (x > pad && x + w > width - pad) {
      x = pad;
      y += row;
    }
    placed.push({ x, y, item });
    x += w + gap;
  }
  const legendHeight = y + row + pad;

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = header + img.height + legendHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No canvas to draw the picture on.');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'middle';
  ctx.fillStyle = INK;
  ctx.font = `600 ${15 * scale}px ${FONT}`;
  ctx.fillText(caption.title, pad, header / 2, width * 0.7);
  ctx.fillStyle = MUTED;
  ctx.font = `${12 * scale}px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.fillText(caption.dates, width - pad, header / 2);
  ctx.textAlign = 'left';
  ctx.drawImage(img, Math.round((width - img.width) / 2), header);
  // Read before close(): a closed bitmap measures 0 × 0.
  const top = header + img.height + pad / 2;
  img.close();


  ctx.strokeStyle = '#d0d7de';
  ctx.lineWidth = scale;
  ctx.beginPath();
  ctx.moveTo(pad, top - pad / 4);
  ctx.lineTo(width - pad, top - pad / 4);
  ctx.stroke();
  for (const p of placed) {
    const cy = top + p.y + row / 2;
    p.item.draw(ctx, p.x, cy, mark, scale);
    ctx.fillStyle = MUTED;
    ctx.font = `${12 * scale}px ${FONT}`;
    ctx.fillText(p.item.label, p.x + mark + 6 * scale, cy);
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The picture could not be made.'))), 'image/png'));
}

type Draw = (ctx: CanvasRenderingContext2D, x: number, y: number, w: number, scale: number) => void;

function swatch(fill: string, border: string): Draw {
  return (ctx, x, y, w, scale) => {
    ctx.beginPath();
    ctx.arc(x + w / 2, y, 6 * scale, 0, 2 * Math.PI);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.strokeStyle = border;
    ctx.lineWidth = scale;
    ctx.setLineDash([]);
    ctx.stroke();
  };
}

function line(style: 'solid' | 'dashed' | 'dotted', colour: string): Draw {
  return (ctx, x, y, w, scale) => {
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + w, y);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2 * scale;
    ctx.setLineDash(style === 'dashed' ? [5 * scale, 3 * scale] : style === 'dotted' ? [2 * scale, 2 * scale] : []);
    ctx.stroke();
    ctx.setLineDash([]);
  };
}
