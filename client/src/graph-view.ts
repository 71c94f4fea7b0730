// The network view: the one module that drives cytoscape. It receives plain graphs and
// filters, keeps positions across updates, and reports taps; it knows nothing of the API.
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { oneLine } from './escape.ts';
import { visibleElements, type Filters } from './filter-graph.ts';
import { h } from './dom.ts';
import { CORE_OPTIONS, fcoseOptions, LARGE } from './layout-options.ts';
import { stylesheet, typeStyle } from './style.ts';
import { toElements, type EdgeData, type NodeData } from './to-elements.ts';
import type { Graph } from './types.ts';
import type { LayoutName } from './url-state.ts';

cytoscape.use(fcose);

/** Fitting a handful of nodes should not blow them up to poster size. */
const MAX_FIT_ZOOM = 1.2;
const PADDING = 48;
/** Pixels per CSS pixel in the exported picture. */
export const PNG_SCALE = 2;

export interface GraphHandlers {
  onNode(data: NodeData): void;
  onNodeDouble(data: NodeData): void;
  onEdge(data: EdgeData): void;
  onBackground(): void;
}

/** Read-only hooks for end-to-end tests and the console. */
export interface ExplorerHook {
  visibleNodeIds(): string[];
  visibleEdgeIds(): string[];
  /** Where a node is on the page, in CSS pixels, or null when it is not shown. */
  nodePosition(id: string): { x: number; y: number } | null;
  /** Where an edge's midpoint is on the page, or null when it is not shown. */
  edgePosition(id: string): { x: number; y: number } | null;
  pathIds(): string[];
  zoom(): number;
}

declare global {
  interface Window {
    kgExplorer?: ExplorerHook;
  }
}

export class GraphView {
  readonly cy: Core;
  private readonly tooltip: HTMLElement;
  private focus: string[] = [];
  /** Whether the analyst panned or zoomed since the last layout (then a resize keeps their view). */
  private userMoved = false;
  private refitTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly container: HTMLElement,
    handlers: GraphHandlers,
  ) {
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      ...CORE_OPTIONS,
    });
    this.tooltip = h('div', { class: 'graph-tooltip', testid: 'graph-tooltip', attrs: { role: 'tooltip', hidden: '' } });
    container.parentElement?.append(this.tooltip);
    const cy = this.cy;
    cy.on('tap', 'node', (ev) => handlers.onNode(ev.target.data() as NodeData));
    cy.on('dbltap', 'node', (ev) => handlers.onNodeDouble(ev.target.data() as NodeData));
    cy.on('tap', 'edge', (ev) => handlers.onEdge(ev.target.data() as EdgeData));
    cy.on('tap', (ev) => {
      // A click opens the panel: the hover tip would only cover it, so it goes.
      this.hideTooltip();
      if (ev.target === cy) handlers.onBackground();
    });
    cy.on('mouseover', 'node, edge', (ev) => this.showTooltip(ev.target as NodeSingular | EdgeSingular));
    cy.on('mouseout', 'node, edge', () => this.hideTooltip());
    cy.on('viewport', () => this.hideTooltip());
    cy.on('scrollzoom dragpan pinchzoom', () => (this.userMoved = true));
    window.kgExplorer = {
      visibleNodeIds: () => cy.nodes().not('.gone').map((n) => n.id()),
      visibleEdgeIds: () => cy.edges().not('.gone').map((e) => e.id()),
      nodePosition: (id) => {
        const n = cy.getElementById(id);
        if (n.empty() || n.hasClass('gone')) return null;
        const p = n.renderedPosition();
        const box = container.getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      },
      edgePosition: (id) => {
        const e = cy.getElementById(id);
        if (e.empty() || !e.isEdge() || e.hasClass('gone')) return null;
        const p = e.renderedMidpoint();
        const box = container.getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      },
      pathIds: () => cy.elements('.path').map((e) => e.id()),
      zoom: () => cy.zoom(),
    };
  }

  /** Replaces the graph, keeping the positions of nodes already shown; new nodes start beside `anchor`. */
  setGraph(graph: Graph, focus: string[], anchor: string | null = null): { added: number } {
    this.focus = focus;
    const els = toElements(graph);
    const cy = this.cy;
    const wanted = new Set(els.map((e) => e.data.id as string));
    const fresh: ElementDefinition[] = [];
    const from = anchor ? cy.getElementById(anchor) : null;
    const start = from && from.nonempty() ? from.position() : { x: cy.width() / 2, y: cy.height() / 2 };
    cy.batch(() => {
      cy.elements().filter((e) => !wanted.has(e.id())).remove();
      for (const el of els) {
        const id = el.data.id as string;
        const existing = cy.getElementById(id);
        if (existing.nonempty()) existing.data(el.data);
        else fresh.push(el.group === 'nodes' ? { ...el, position: { x: start.x + Math.random() * 40 - 20, y: start.y + Math.random() * 40 - 20 } } : el);
      }
      cy.add(fresh);
      cy.nodes().removeClass('focus');
      for (const id of focus) cy.getElementById(id).addClass('focus');
      cy.edges().toggleClass('fast', cy.elements().length > LARGE);
    });
    return { added: fresh.filter((e) => e.group === 'nodes').length };
  }

  applyFilters(f: Filters): void {
    const cy = this.cy;
    const v = visibleElements(
      cy.nodes().map((n) => n.data() as NodeData),
      cy.edges().map((e) => e.data() as EdgeData),
      f,
    );
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('gone', !v.nodes.has(n.id()));
      });
      cy.edges().forEach((e) => {
        e.toggleClass('gone', !v.edges.has(e.id()));
      });
    });
  }

  layout(name: LayoutName, opts: { randomize?: boolean } = {}): void {
    const eles = this.cy.elements().not('.gone');
    const n = eles.nodes().length;
    if (n === 0) return;
    const animate = n < 300;
    this.userMoved = false;
    // The layout leaves the viewport alone; fit() then frames the result without over-zooming.
    const common = { fit: false, animate, animationDuration: 450, stop: () => this.fit(animate) };
    const roots = this.focus.filter((id) => eles.getElementById(id).nonempty());
    let options: LayoutOptions;
    if (name === 'concentric') {
      options = {
        ...common,
        name: 'concentric',
        concentric: (node: NodeSingular) => (node.hasClass('focus') ? 1000 : node.degree(false)),
        levelWidth: () => 3,
        minNodeSpacing: 28,
      } as LayoutOptions;
    } else if (name === 'breadthfirst') {
      options = { ...common, name: 'breadthfirst', directed: false, spacingFactor: 1.15, roots: roots.length > 0 ? roots : undefined } as LayoutOptions;
    } else {
      options = { ...common, ...fcoseOptions(n, opts.randomize ?? false) } as LayoutOptions;
    }
    eles.layout(options).run();
  }

  /** Frames the shown elements, never zooming in beyond MAX_FIT_ZOOM. */
  fit(animate = true): void {
    const cy = this.cy;
    const eles = cy.elements().not('.gone');
    if (eles.empty()) return;
    this.userMoved = false;
    const bb = eles.boundingBox();
    const w = cy.width();
    const h = cy.height();
    const fitZoom = Math.min((w - 2 * PADDING) / Math.max(1, bb.w), (h - 2 * PADDING) / Math.max(1, bb.h));
    const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, fitZoom));
    const pan = { x: (w - zoom * (bb.x1 + bb.x2)) / 2, y: (h - zoom * (bb.y1 + bb.y2)) / 2 };
    if (animate) cy.animate({ zoom, pan, duration: 300, easing: 'ease-in-out-cubic' });
    else cy.viewport({ zoom, pan });
  }

  zoomBy(factor: number): void {
    const cy = this.cy;
    cy.animate({ zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }, duration: 150 });
  }

  select(id: string | null): void {
    this.cy.elements('.chosen').removeClass('chosen');
    if (id) this.cy.getElementById(id).addClass('chosen');
  }

  center(id: string): void {
    const n = this.cy.getElementById(id);
    if (n.nonempty()) this.cy.animate({ center: { eles: n }, duration: 250 });
  }

  /** Highlights a path (its nodes and edges) and fades the rest; empty ids clear it. */
  highlight(nodeIds: string[], edgeIds: string[]): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('path faded');
      if (nodeIds.length === 0) return;
      const on = cy.collection();
      for (const id of [...nodeIds, ...edgeIds]) on.merge(cy.getElementById(id));
      on.addClass('path');
      cy.elements().not(on).addClass('faded');
    });
  }

  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: PNG_SCALE, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 });
  }

  visibleNodes(): NodeData[] {
    return this.cy.nodes().not('.gone').map((n) => n.data() as NodeData);
  }

  visibleEdges(): EdgeData[] {
    return this.cy.edges().not('.gone').map((e) => e.data() as EdgeData);
  }

  /** Frames the view again after filters changed it, unless the analyst moved it. */
  refit(): void {
    clearTimeout(this.refitTimer);
    this.refitTimer = setTimeout(() => {
      if (!this.userMoved) this.fit(true);
    }, 200);
  }

  /** After the container changed size: keeps the graph in view unless the analyst moved it. */
  resize(): void {
    this.cy.resize();
    if (!this.userMoved) this.fit(false);
  }

  private hideTooltip(): void {
    this.cy.elements('.hover').removeClass('hover');
    this.tooltip.hidden = true;
  }

  private showTooltip(target: NodeSingular | EdgeSingular): void {
    target.addClass('hover');
    const tip = this.tooltip;
    tip.replaceChildren();
    if (target.isNode()) {
      const d = target.data() as NodeData;
      tip.append(h('strong', {}, oneLine(d.name, 160)), h('span', { class: 'tip-type' }, typeStyle(d.type)?.label ?? d.type));
      if (d.date) tip.append(h('span', { class: 'tip-type' }, d.date));
    } else {
      const d = target.data() as EdgeData;
      const name = (id: string) => oneLine((this.cy.getElementById(id).data('name') as string | undefined) ?? id, 60);
      const dates = d.firstDate ? (d.firstDate === d.lastDate || !d.lastDate ? d.firstDate : `${d.firstDate} – ${d.lastDate}`) : '';
      tip.append(
        h('strong', {}, `${name(d.source)} → ${name(d.target)}`),
        h('span', { class: 'tip-type' }, `${edgeLabel(d.type)}${d.count > 1 ? ` · ${d.count} statements` : ''}`),
        dates ? h('span', { class: 'tip-type' }, dates) : '',
      );
    }
    const p = target.isNode() ? target.renderedPosition() : target.renderedMidpoint();
    tip.style.left = `${Math.round(p.x + this.container.offsetLeft + 14)}px`;
    tip.style.top = `${Math.round(p.y + this.container.offsetTop + 10)}px`;
    tip.hidden = false;
  }
}

export function edgeLabel(type: string): string {
  const labels: Record<string, string> = {
    SAID_TO: 'said to',
    SAID_ABOUT: 'said about',
    AFFILIATED_WITH: 'affiliated with',
    HOLDS_ROLE: 'holds a role in',
    SAID: 'said',
    TO: 'to',
    ABOUT: 'about',
  };
  return labels[type] ?? type.toLowerCase().replace(/_/g, ' ');
}
