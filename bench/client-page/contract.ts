// What the bench page offers the benchmark driver (bench/client.ts) on `window.kgBench`.
import type { Graph } from '../../client/src/types.ts';

export interface FrameTimes {
  frames: number;
  p50: number;
  p95: number;
  max: number;
}

export interface RenderResult {
  nodes: number;
  edges: number;
  /** API graph → cytoscape elements (client/src/to-elements.ts). */
  toElementsMs: number;
  /** From receiving the graph to its first frame on screen (elements at random positions). */
  firstRenderMs: number;
  /** The fcose layout with the client's options, unanimated, until its result is drawn. */
  layoutMs: number;
  /** requestAnimationFrame deltas while the view pans a little every frame. */
  pan: FrameTimes;
}

export interface BenchPage {
  /** requestAnimationFrame deltas of the page with nothing to draw: the display's own pace. */
  idle(ms: number): Promise<FrameTimes>;
  render(graph: Graph, panMs: number): Promise<RenderResult>;
}

export interface BenchWindow {
  kgBench?: BenchPage;
}
