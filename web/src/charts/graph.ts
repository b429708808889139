// Co-occurrence graph: the entity in the middle, the entities seen with it on a circle around, edges as thick as
// the number of shared articles. A radial layout: readable, stable, no physics to converge.
import { route, s } from '../dom.js';
import type { EntityRef } from '../../../src/store/types.js';

/** Neighbours drawn at most. */
const MAX_NODES = 14;

/** The graph of `center` and its neighbours (by count). */
export function cooccurrenceGraph(center: EntityRef, neighbours: { entity: EntityRef; count: number }[], width = 580, height = 420): SVGSVGElement {
  const ns = neighbours.slice(0, MAX_NODES);
  // an ellipse leaves room for the labels written left and right of the nodes
  const c = width / 2, cy = height / 2, rx = width / 2 - 150, ry = height / 2 - 40;
  const max = Math.max(1, ...ns.map((n) => n.count));
  const svg = s('svg', { class: 'graph', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `entities seen with ${center.name}` });
  const nodes = ns.map((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, ns.length) - Math.PI / 2;
    return { ...n, x: c + rx * Math.cos(a), y: cy + ry * Math.sin(a) };
  });
  for (const n of nodes) svg.append(s('line', { x1: c, y1: cy, x2: n.x, y2: n.y, class: 'edge', 'stroke-width': 1 + (5 * n.count) / max }, s('title', null, `${n.count} shared article(s)`)));
  for (const n of nodes) {
    const anchor = n.x < c - 5 ? 'end' : n.x > c + 5 ? 'start' : 'middle';
    const dx = anchor === 'end' ? -14 : anchor === 'start' ? 14 : 0;
    // a node straight above or below the centre has its label above or below it
    const dy = anchor !== 'middle' ? 4 : n.y < cy ? -16 : 24;
    svg.append(s('a', { href: route('entity', n.entity.id), class: 'node' },
      s('title', null, `${n.entity.name} (${n.entity.type}) — ${n.count} article(s) together`),
      s('circle', { cx: n.x, cy: n.y, r: 6 + (6 * n.count) / max, class: `n-${n.entity.type}` }),
      s('text', { x: n.x + dx, y: n.y + dy, 'text-anchor': anchor }, n.entity.name.length > 24 ? n.entity.name.slice(0, 23) + '…' : n.entity.name)));
  }
  svg.append(s('circle', { cx: c, cy, r: 16, class: `center n-${center.type}` }),
    s('text', { x: c, y: cy + 34, 'text-anchor': 'middle', class: 'center-label' }, center.name));
  return svg;
}
