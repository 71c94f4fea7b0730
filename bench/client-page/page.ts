// The bench page: draws a graph with the client's own element building and stylesheet
// (client/src/to-elements.ts, client/src/style.ts), cytoscape and fcose set up as in
// client/src/graph-view.ts, and measures drawing, layout and panning. Runs in Chromium;
// the few browser globals it uses are declared here, so no DOM types reach the Node build.
import cytoscape, { type Core, type CytoscapeOptions, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { CORE_OPTIONS, fcoseOptions, LARGE } from '../../client/src/layout-options.ts';
import { stylesheet } from '../../client/src/style.ts';
import { toElements } from '../../client/src/to-elements.ts';
import type { Graph } from '../../client/src/types.ts';
import { percentile } from '../stats.ts';
import type { BenchPage, BenchWindow, FrameTimes, RenderResult } from './contract.ts';
import { seededRandom } from '../../common/seeded-random.ts';

interface Browser extends BenchWindow {
  document: { getElementById(id: string): CytoscapeOptions['container'] };
  requestAnimationFrame(callback: (time: number) => void): number;
}
const browser = globalThis as unknown as Browser;

cytoscape.use(fcose);


const nextFrame = () => new Promise<number>((resolve) => browser.requestAnimationFrame(resolve));

function frameTimes(deltas: number[]): FrameTimes {
  const sorted = [...deltas].sort((a, b) => a - b);
  return { frames: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN };
}

/** Frame deltas for `ms`, calling `each` before every frame. */
async function frames(ms: number, each: (i: number) => void = () => {}): Promise<FrameTimes> {
  const deltas: number[] = [];
  let last = await nextFrame();
  const end = last + ms;
  for (let i = 0; last < end; i++) {
    each(i);
    const t = await nextFrame();
    deltas.push(t - last);
    last = t;
  }
  return frameTimes(deltas);
}

/** Resolves once cytoscape has drawn, and the frame holding it has been presented. */
async function drawn(cy: Core): Promise<void> {
  await new Promise<void>((resolve) => cy.one('render', () => resolve()));
  await nextFrame();
}

let cy: Core | null = null;

async function render(graph: Graph, panMs: number): Promise<RenderResult> {
  cy?.destroy();
  const random = seededRandom(7);
  const t0 = performance.now();
  const elements = toElements(graph);
  const t1 = performance.now();
  const large = elements.length > LARGE;
  const placed: ElementDefinition[] = elements.map((e) =>
    e.group === 'nodes' ? { ...e, position: { x: random() * 1200, y: random() * 800 } } : large ? { ...e, classes: 'fast' } : e,
  );
  const view = cytoscape({
    container: browser.document.getElementById('cy'),
    style: stylesheet(),
    elements: placed,
    layout: { name: 'preset' },
    ...CORE_OPTIONS,
  });
  cy = view;
  await drawn(view);
  const t2 = performance.now();

  const layout = view.layout({ ...fcoseOptions(view.nodes().length, true), animate: false, fit: true } as LayoutOptions);
  const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  await stopped;
  await drawn(view);
  const t3 = performance.now();

  // A slow drag: a few pixels a frame, turning back every second.
  const pan = await frames(panMs, (i) => {
    const dir = Math.floor(i / 60) % 2 === 0 ? 1 : -1;
    view.panBy({ x: 4 * dir, y: 2 * dir });
  });
  return {
    nodes: view.nodes().length,
    edges: view.edges().length,
    toElementsMs: t1 - t0,
    firstRenderMs: t2 - t0,
    layoutMs: t3 - t2,
    pan,
  };
}

const api: BenchPage = {
  idle: (ms) => frames(ms),
  render,
};
browser.kgBench = api;
