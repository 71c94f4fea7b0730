// The key to the network's colours, shapes and line styles.
import { h } from './dom.ts';
import { EDGE_LEGEND, TYPE_STYLES } from './style.ts';

export function legend(): HTMLElement {
  return h(
    'div',
    { class: 'legend', testid: 'legend', attrs: { 'aria-label': 'Legend' } },
    ...TYPE_STYLES.map((t) =>
      h(
        'span',
        { class: 'legend-item' },
        h('span', { class: `swatch shape-${t.shape}`, attrs: { style: `background:${t.colour};border-color:${t.border}`, 'aria-hidden': 'true' } }),
        t.label,
      ),
    ),
    ...EDGE_LEGEND.map((e) =>
      h(
        'span',
        { class: 'legend-item', testid: 'legend-edge' },
        h('span', { class: 'line', attrs: { style: `border-top-style:${e.line};border-top-color:${e.colour}`, 'aria-hidden': 'true' } }),
        e.label,
      ),
    ),
  );
}
