// The explorer's controller: holds the view state, asks the API for graphs, and tells the
// views what to show. The view state lives in the URL, so a reload or a shared link
// restores it; each new view is a history entry, so Back and Forward step through views.
import * as api from './api.ts';
import { ApiError } from './api.ts';
import { Details } from './details.ts';
import { download, isTyping } from './dom.ts';
import { safeFilename } from './escape.ts';
import type { Filters } from './filter-graph.ts';
import { FilterControls, type FilterPatch } from './filters.ts';
import { GraphView, PNG_SCALE } from './graph-view.ts';
import { PathFinder } from './path-finder.ts';
import { composePng, dateRange } from './png-export.ts';
import { createSearchBox, type SearchBox } from './search-box.ts';
import { buildShell, type Shell } from './shell.ts';
import { Banner, Busy } from './status.ts';
import { TableView } from './table-view.ts';
import { mergeGraphs, withoutStatementNodes, type NodeData } from './to-elements.ts';
import { Toolbar } from './toolbar.ts';
import type { EntityRef, Graph, Stats } from './types.ts';
import { formatState, parseState, type ViewState } from './url-state.ts';
import { orderPath, viewStatements, yearBounds } from './view-model.ts';

const EMPTY: Graph = { nodes: [], edges: [] };

export class Explorer {
  private state: ViewState;
  private readonly neighbourhoods = new Map<string, Graph>();
  private pathGraph: Graph | null = null;
  private stats: Stats | null = null;
  /** Counts view loads: a load that a newer one (a search pick, Back) overtook is dropped. */
  private viewToken = 0;
  /** The last history entry pushed: a run of the same change (a dragged slider) is one entry. */
  private lastPush = { key: '', at: 0 };
  /** While a view is restored from the URL, the URL is only corrected, never pushed. */
  private restoring = false;

  private readonly banner = new Banner();
  private readonly busy = new Busy();
  private readonly search: SearchBox;
  private readonly filters: FilterControls;
  private readonly pathFinder: PathFinder;
  private readonly table: TableView;
  private readonly toolbar: Toolbar;
  private readonly details: Details;
  private readonly graph: GraphView;
  private readonly shell: Shell;

  constructor(root: HTMLElement) {
    this.state = parseState(location.search);
    const onError = (err: unknown) => this.banner.error(err);
    this.search = createSearchBox({
      label: 'Search for a person, organisation or country',
      placeholder: 'Search people, organisations, countries…',
      testid: 'search',
      onPick: (e) => void this.focusOn(e),
      onError,
      clearOnPick: true,
    });
    this.filters = new FilterControls((p) => this.setFilters(p));
    this.pathFinder = new PathFinder({ onFind: (a, b) => void this.findPath(a.id, b.id), onClear: () => this.clearPath(), onError });
    this.table = new TableView(
      () => this.toggleTable(false),
      (s) => void this.details.openEvidence(s),
    );
    this.toolbar = new Toolbar({
      onLayout: (name) => {
        this.state.layout = name;
        this.graph.layout(name);
        this.saveUrl();
      },
      onFit: () => this.graph.fit(),
      onZoom: (f) => this.graph.zoomBy(f),
      onStatements: (on) => void this.setStatements(on),
      onUndo: () => this.undoHide(),
      onTable: () => this.toggleTable(),
      onPng: () => void this.exportPng(),
      onClear: () => this.clear(),
    });
    const details = (this.details = new Details({
      graph: () => this.graph,
      busy: this.busy,
      banner: this.banner,
      filters: () => this.filterState(),
      onSelect: (id) => {
        this.state.selected = id;
        this.saveUrl();
      },
      onExpand: (id) => void this.expand(id),
      onHide: (id) => this.hide(id),
      onPathFrom: (ref) => this.pathFinder.set(ref),
    }));
    this.shell = buildShell(root, {
      search: this.search.element,
      filters: this.filters.element,
      pathFinder: this.pathFinder.element,
      toolbar: this.toolbar.element,
      viewCount: this.toolbar.note,
      banner: this.banner.element,
      busy: this.busy.element,
      table: this.table.element,
      panel: details.panel.element,
      evidence: details.evidence.element,
    });
    this.graph = new GraphView(this.shell.graph, {
      onNode: (d: NodeData) => void (d.type === 'Statement' ? details.openStatement(d.id) : details.openEntity(d.id)),
      onNodeDouble: (d) => void this.expand(d.id),
      onEdge: (d) => void details.openEdge(d),
      onBackground: () => {},
    });
    new ResizeObserver(() => this.graph.resize()).observe(this.shell.graph);
    document.addEventListener('keydown', (ev) => this.onKey(ev));
    window.addEventListener('popstate', () => void this.onPopState());
  }

  /** Loads the corpus stats and the view in the URL. */
  async start(): Promise<void> {
    this.showControls();
    await Promise.all([this.loadStats(), this.restore()]);
  }

  private async loadStats(): Promise<void> {
    try {
      const s = await this.busy.run(api.stats());
      this.stats = s;
      this.shell.corpusNote.textContent = `${s.articles} articles · ${s.entities} entities · ${s.statements} statements`;
      this.updateBounds();
    } catch (err) {
      this.banner.error(err, () => void this.start());
    }
  }

  /** Back or Forward: shows the view of that history entry, reusing what is loaded. */
  private async onPopState(): Promise<void> {
    const next = parseState(location.search);
    if (next.statements !== this.state.statements) this.neighbourhoods.clear();
    for (const id of [...this.neighbourhoods.keys()]) if (!next.focus.includes(id)) this.neighbourhoods.delete(id);
    this.state = next;
    this.pathGraph = null;
    this.pathFinder.set(null, null);
    this.pathFinder.show('');
    if (!next.selected) this.details.close();
    await this.restore({ randomize: false });
  }

  private async restore(opts: { randomize: boolean } = { randomize: true }): Promise<void> {
    const s = this.state;
    const token = ++this.viewToken;
    this.restoring = true;
    try {
      // A shared link may name entities that have since gone (deleted or merged): drop those.
      const results = await this.busy.run(
        Promise.allSettled(s.focus.map((id) => (this.neighbourhoods.has(id) ? Promise.resolve() : this.loadNeighbourhood(id)))),
      );
      if (token !== this.viewToken) return;
      const gone = s.focus.filter((_, i) => {
        const r = results[i];
        if (r?.status !== 'rejected') return false;
        if (r.reason instanceof ApiError && !r.reason.unreachable) return true;
        throw r.reason;
      });
      if (gone.length > 0) {
        s.focus = s.focus.filter((id) => !gone.includes(id));
        if (s.selected && gone.includes(s.selected)) s.selected = null;
        this.banner.error(new ApiError(`${gone.length} of the entities in this link ${gone.length === 1 ? 'is' : 'are'} no longer in the graph.`));
      }
      if (s.path) await this.busy.run(this.loadPath(s.path.from, s.path.to));
      if (token !== this.viewToken) return;
      this.render(null);
      this.graph.layout(s.layout, { randomize: opts.randomize });
      this.restoring = false;
      if (s.selected) await this.details.openEntity(s.selected);
    } catch (err) {
      if (token === this.viewToken) this.banner.error(err, () => void this.restore());
    } finally {
      if (token === this.viewToken) this.restoring = false;
    }
  }

  // ——— focus and expansion ———

  /** A search pick: a new view around the entity, or, when it is in view already, the entity. */
  private async focusOn(ref: EntityRef): Promise<void> {
    if (this.graph.cy.getElementById(ref.id).nonempty()) {
      if (this.state.hidden.includes(ref.id)) this.setFilters({ hidden: this.state.hidden.filter((id) => id !== ref.id) });
      this.graph.center(ref.id);
      await this.details.openEntity(ref.id);
      return;
    }
    this.state = { ...this.state, focus: [ref.id], hidden: [], path: null, selected: ref.id };
    this.neighbourhoods.clear();
    this.pathGraph = null;
    this.pathFinder.set(null, null);
    const token = ++this.viewToken;
    this.restoring = false;
    try {
      await this.busy.run(this.loadNeighbourhood(ref.id));
      if (token !== this.viewToken) return;
      this.render(null);
      this.graph.layout(this.state.layout, { randomize: true });
      await this.details.openEntity(ref.id);
    } catch (err) {
      this.banner.error(err, () => void this.focusOn(ref));
    }
  }

  private async expand(id: string): Promise<void> {
    if (this.state.focus.includes(id)) {
      this.graph.center(id);
      return;
    }
    const token = this.viewToken;
    try {
      await this.busy.run(this.loadNeighbourhood(id));
      if (token !== this.viewToken) return;
      this.state.focus = [...this.state.focus, id];
      const { added } = this.render(id);
      if (added > 0) this.graph.layout(this.state.layout);
    } catch (err) {
      this.banner.error(err, () => void this.expand(id));
    }
  }

  private async loadNeighbourhood(id: string): Promise<void> {
    this.neighbourhoods.set(id, await api.neighbourhood(id, this.state.statements));
  }

  private async setStatements(on: boolean): Promise<void> {
    this.state.statements = on;
    try {
      await this.busy.run(Promise.all(this.state.focus.map((id) => this.loadNeighbourhood(id))));
      this.render(null);
      this.graph.layout(this.state.layout);
    } catch (err) {
      this.banner.error(err, () => void this.setStatements(on));
    }
  }

  /** Rebuilds the network from what is loaded; new nodes start beside `anchor`. */
  private render(anchor: string | null): { added: number } {
    let g = mergeGraphs(...this.state.focus.map((id) => this.neighbourhoods.get(id) ?? EMPTY), this.pathGraph ?? EMPTY);
    if (!this.state.statements) g = withoutStatementNodes(g);
    const result = this.graph.setGraph(g, this.state.focus, anchor);
    this.graph.applyFilters(this.filterState());
    this.graph.select(this.state.selected);
    this.highlightPath();
    this.updateBounds();
    this.showControls();
    this.saveUrl();
    if (this.table.open) void this.refreshTable();
    return result;
  }

  private clear(): void {
    const { layout, types, from, to, kind } = this.state;
    this.state = { ...parseState(''), layout, types, from, to, kind };
    this.neighbourhoods.clear();
    this.pathGraph = null;
    this.pathFinder.set(null, null);
    this.pathFinder.show('');
    this.details.close();
    this.render(null);
    this.search.input.focus();
  }

  // ——— filters and hiding ———

  private filterState(): Filters {
    const s = this.state;
    const keep = [...s.focus, ...(s.path ? [s.path.from, s.path.to] : [])];
    return { types: s.types, from: s.from, to: s.to, kind: s.kind, hidden: s.hidden, keep };
  }

  private setFilters(p: FilterPatch & Partial<Pick<ViewState, 'hidden'>>): void {
    this.state = { ...this.state, ...p };
    this.graph.applyFilters(this.filterState());
    this.graph.refit();
    this.showControls();
    // A dragged year slider sends many changes: they make one history entry.
    this.saveUrl('from' in p || 'to' in p ? 'years' : undefined);
    this.details.refresh();
    if (this.table.open) void this.refreshTable();
  }

  private hide(id: string): void {
    if (this.state.hidden.includes(id)) return;
    if (this.state.selected === id) this.details.close();
    this.setFilters({ hidden: [...this.state.hidden, id] });
  }

  private undoHide(): void {
    this.setFilters({ hidden: this.state.hidden.slice(0, -1) });
  }

  // ——— path ———

  private async findPath(from: string, to: string): Promise<void> {
    const token = this.viewToken;
    try {
      await this.busy.run(this.loadPath(from, to));
      if (token !== this.viewToken) return;
      this.state.path = { from, to };
      this.render(null);
      this.graph.layout(this.state.layout);
    } catch (err) {
      this.banner.error(err, () => void this.findPath(from, to));
    }
  }

  private async loadPath(from: string, to: string): Promise<void> {
    const g = await api.path(from, to);
    this.pathGraph = g;
    const ref = (id: string): EntityRef | null => {
      const n = g.nodes.find((x) => x.id === id);
      return n ? { id, type: n.type as EntityRef['type'], name: n.label } : null;
    };
    this.pathFinder.set(ref(from), ref(to));
    if (g.nodes.length === 0) this.pathFinder.show('No path within four steps.');
    else this.pathFinder.show(orderPath(g, from, to).map((id) => g.nodes.find((n) => n.id === id)?.label ?? id));
  }

  private highlightPath(): void {
    const g = this.state.path ? this.pathGraph : null;
    this.graph.highlight(g?.nodes.map((n) => n.id) ?? [], g?.edges.map((e) => e.id) ?? []);
  }

  private clearPath(): void {
    this.pathGraph = null;
    this.state.path = null;
    this.pathFinder.set(null, null);
    this.render(null);
  }

  // ——— table ———

  private toggleTable(force?: boolean): void {
    this.table.toggle(force);
    this.toolbar.tableOpen(this.table.open);
    if (this.table.open) void this.refreshTable();
  }

  private async refreshTable(): Promise<void> {
    this.table.loading();
    try {
      const loaded = await this.details.loadEntities(this.state.focus);
      const visible = new Set(this.graph.visibleNodes().map((n) => n.id));
      this.table.show(viewStatements(loaded, visible, this.filterState()), this.viewName());
    } catch (err) {
      this.banner.error(err, () => void this.refreshTable());
    }
  }

  // ——— export ———

  /** The picture of the view with its title, date range and legend; nothing for an empty view. */
  private async exportPng(): Promise<void> {
    if (this.graph.visibleNodes().length === 0) return;
    const title = this.state.focus.map((id) => this.details.nameOf(id)).join(', ') || 'Who said what to whom';
    try {
      const blob = await composePng(this.graph.png(), { title, dates: dateRange(this.state.from, this.state.to) }, PNG_SCALE);
      download(blob, `network-${safeFilename(this.viewName(), 'view')}.png`);
    } catch (err) {
      this.banner.error(err);
    }
  }

  // ——— controls, URL, keys ———

  private showControls(): void {
    this.filters.show(this.state);
    this.toolbar.show(this.state.layout, this.state.statements, this.state.hidden.length);
    const nodes = this.graph.visibleNodes().length;
    this.toolbar.counts(nodes, this.graph.visibleEdges().length);
    this.shell.empty.hidden = this.state.focus.length > 0 || nodes > 0;
  }

  private updateBounds(): void {
    this.filters.setBounds(yearBounds(this.stats, [...this.neighbourhoods.values(), this.pathGraph ?? EMPTY]));
    this.filters.show(this.state);
  }

  /**
   * Puts the view in the URL. A new view (other focus, path, filters, layout…) pushes a
   * history entry; a new selection, a restore's correction, or more of the same change
   * within a second (`key`: a slider being dragged) replaces the current one.
   */
  private saveUrl(key = 'view'): void {
    const query = formatState(this.state);
    if (query === location.search) return;
    const url = `${location.pathname}${query}`;
    const sameView = formatState({ ...this.state, selected: null }) === formatState({ ...parseState(location.search), selected: null });
    const now = Date.now();
    const coalesce = key !== 'view' && key === this.lastPush.key && now - this.lastPush.at < 1000;
    if (this.restoring || sameView || coalesce) {
      history.replaceState(null, '', url);
    } else {
      history.pushState(null, '', url);
      this.lastPush = { key, at: now };
    }
    if (coalesce) this.lastPush.at = now;
  }

  private viewName(): string {
    return this.state.focus.map((id) => this.details.nameOf(id)).join(' ') || 'view';
  }

  private onKey(ev: KeyboardEvent): void {
    if (ev.key === 'Escape') {
      if (!this.details.escape() && this.table.open) this.toggleTable(false);
      return;
    }
    if (isTyping(ev) || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === '/') {
      ev.preventDefault();
      this.search.input.focus();
    } else if ((ev.key === 'Delete' || ev.key === 'Backspace') && this.state.selected) {
      this.hide(this.state.selected);
    }
  }
}
