// How the network is set up and laid out, shared by the explorer (graph-view.ts) and the
// rendering benchmark (bench/client-page), so the benchmark measures what analysts get.
import type { CytoscapeOptions, LayoutOptions } from 'cytoscape';

/** Above this many elements the view trades curves and animation for speed. */
export const LARGE = 1000;
/** Above this many nodes fcose keeps its fast spectral draft and skips the force-directed polish (minutes at 3,000 nodes). */
export const DRAFT_NODES = 1000;

/** The cytoscape options of the view, besides its container, style and elements. */
export const CORE_OPTIONS = {
  minZoom: 0.08,
  maxZoom: 4,
  boxSelectionEnabled: false,
  // Selection is the explorer's (the panel's entity), shown with the `chosen` class.
  autounselectify: true,
  motionBlur: false,
} satisfies Partial<CytoscapeOptions>;

/** fcose for `nodes` nodes: the full quality while it stays quick, the draft beyond. */
export function fcoseOptions(nodes: number, randomize: boolean): LayoutOptions {
  const draft = nodes > DRAFT_NODES;
  return {
    name: 'fcose',
    quality: draft ? 'draft' : 'default',
    // The draft is the spectral layout, which needs a random start.
    randomize: draft || randomize,
    nodeRepulsion: 16000,
    idealEdgeLength: 140,
    nodeSeparation: 100,
    packComponents: true,
  } as LayoutOptions;
}
