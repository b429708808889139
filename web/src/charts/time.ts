// A time axis for SVG charts: days as UTC midnights, ticks every day for short spans, else every week or month.
import { s } from '../dom.js';

const DAY_MS = 86_400_000;

/** Milliseconds of a YYYY-MM-DD (or longer ISO) date at UTC midnight, or NaN. */
export function dayMs(d: string | null | undefined): number {
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? Date.parse(d.slice(0, 10) + 'T00:00:00Z') : NaN;
}

/** A linear time scale over whole days, padded half a day each side so the first and last days sit inside. */
export interface TimeScale { t0: number; t1: number; x0: number; x1: number; x(ms: number): number; dayWidth: number }

/** The scale of the days in `dates` drawn between x0 and x1. */
export function timeScale(dates: number[], x0: number, x1: number): TimeScale {
  const ok = dates.filter((d) => !Number.isNaN(d));
  const lo = ok.length ? Math.min(...ok) : Date.UTC(2000, 0, 1), hi = ok.length ? Math.max(...ok) : lo;
  const t0 = lo - DAY_MS / 2, t1 = hi + DAY_MS / 2;
  const k = (x1 - x0) / (t1 - t0);
  return { t0, t1, x0, x1, x: (ms) => x0 + (ms - t0) * k, dayWidth: DAY_MS * k };
}

const fmt = (ms: number, o: Intl.DateTimeFormatOptions) => new Date(ms).toLocaleDateString('en-GB', { ...o, timeZone: 'UTC' });

/** Tick marks, grid lines and labels under a chart of height `top…bottom`. */
export function timeAxis(sc: TimeScale, top: number, bottom: number): SVGGElement {
  const span = (sc.t1 - sc.t0) / DAY_MS;
  const g = s('g', { class: 'axis' });
  const step = span <= 21 ? 1 : span <= 120 ? 7 : 0;
  const ticks: number[] = [];
  if (step) {
    for (let t = Math.ceil(sc.t0 / DAY_MS) * DAY_MS; t <= sc.t1; t += step * DAY_MS) ticks.push(t);
  } else {
    const d = new Date(sc.t0);
    for (let m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); m <= sc.t1; m = Date.UTC(new Date(m).getUTCFullYear(), new Date(m).getUTCMonth() + 1, 1)) ticks.push(m);
  }
  // a label every n ticks so that labels never overlap (about 70 px each)
  const every = Math.max(1, Math.ceil(70 / Math.max(1, (step || 30) * sc.dayWidth)));
  ticks.forEach((t, i) => {
    const x = sc.x(t);
    // daily: the grid line is the day's boundary, the label its middle (where its marks sit)
    const gx = step === 1 ? sc.x(t - DAY_MS / 2) : x;
    g.append(s('line', { x1: gx, x2: gx, y1: top, y2: bottom, class: 'grid' }));
    if (i % every) return;
    const label = step === 1 ? fmt(t, { weekday: 'short', day: 'numeric', month: 'short' }) : step ? fmt(t, { day: 'numeric', month: 'short' }) : fmt(t, { month: 'short', year: 'numeric' });
    g.append(s('text', { x: step === 1 ? x : x + 3, y: bottom + 16, class: 'tick', 'text-anchor': step === 1 ? 'middle' : 'start' }, label));
  });
  g.append(s('line', { x1: sc.x0, x2: sc.x1, y1: bottom, y2: bottom, class: 'baseline' }));
  return g;
}
