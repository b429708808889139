// Mentions over time: one bar per day (articles mentioning the entity) on a real time axis.
import { s } from '../dom.js';
import { dayMs, timeAxis, timeScale } from './time.js';

/** A bar chart of `points` (date → value) `width` wide. */
export function dayBars(points: { date: string; value: number; title: string }[], width: number, height = 160): SVGSVGElement {
  const top = 10, bottom = height - 26, left = 36, right = width - 12;
  const pts = points.map((p) => ({ ...p, ms: dayMs(p.date) })).filter((p) => !Number.isNaN(p.ms));
  const sc = timeScale(pts.map((p) => p.ms), left, right);
  const max = Math.max(1, ...pts.map((p) => p.value));
  const y = (v: number) => bottom - ((bottom - top) * v) / max;
  const svg = s('svg', { class: 'bars', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'mentions over time' });
  svg.append(timeAxis(sc, top, bottom));
  for (const v of [0, Math.ceil(max / 2), max]) svg.append(s('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, String(v)));
  const w = Math.max(2, Math.min(40, sc.dayWidth * 0.7));
  for (const p of pts) {
    svg.append(s('rect', { x: sc.x(p.ms) - w / 2, y: y(p.value), width: w, height: bottom - y(p.value), class: 'bar' }, s('title', null, p.title)));
  }
  return svg;
}
