// What the analyst reads about the thing they clicked: an entity, the statements behind an
// edge, one statement, or the evidence in its article. Owns the panel, the evidence view
// and the caches of entities and articles.
import * as api from './api.ts';
import { ApiError } from './api.ts';
import { EvidenceView } from './evidence.ts';
import type { Filters } from './filter-graph.ts';
import { edgeLabel, type GraphView } from './graph-view.ts';
import { Panel, type EntityActions } from './panel.ts';
import type { Banner, Busy } from './status.ts';
import type { EdgeData } from './to-elements.ts';
import type { Article, Entity, EntityRef, Statement } from './types.ts';

export interface DetailsHost {
  graph(): GraphView;
  busy: Busy;
  banner: Banner;
  filters(): Filters;
  /** The entity shown in the panel changed (null: none). */
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  onHide(id: string): void;
  onPathFrom(ref: EntityRef): void;
}

export class Details {
  readonly panel: Panel;
  readonly evidence: EvidenceView;
  private readonly entities = new Map<string, Entity>();
  private readonly articles = new Map<string, Article>();
  private selected: string | null = null;
  /** Counts panel requests: an answer that is not for the newest one is dropped, so a slow
   * first click never overwrites what a later click showed. */
  private request = 0;
  /** The same for the evidence view. */
  private evidenceRequest = 0;
  private readonly actions: EntityActions;

  constructor(private readonly host: DetailsHost) {
    this.panel = new Panel(() => this.close());
    this.evidence = new EvidenceView((e) => {
      this.evidence.close();
      void this.openEntity(e.id);
    });
    this.actions = {
      onEntity: (ref) => void this.openEntity(ref.id),
      onEvidence: (s) => void this.openEvidence(s),
      onExpand: (ref) => host.onExpand(ref.id),
      onHide: (ref) => host.onHide(ref.id),
      onPathFrom: (ref) => host.onPathFrom(ref),
    };
  }

  async openEntity(id: string): Promise<void> {
    const token = this.begin();
    this.select(id, id);
    const cached = this.entities.get(id);
    if (!cached) this.panel.loading(this.nameOf(id));
    try {
      const e = cached ?? (await this.host.busy.run(this.loadEntity(id)));
      if (token !== this.request) return;
      if (!e) this.panel.message('Not found', 'This entity is no longer in the graph.');
      else this.panel.entity(e, this.host.filters(), this.actions);
    } catch (err) {
      if (token !== this.request) return;
      if (err instanceof ApiError && !err.unreachable) {
        this.panel.message(this.nameOf(id), `This entity could not be loaded (${err.message}).`);
        return;
      }
      this.panel.message(this.nameOf(id), 'Could not load this entity.');
      this.host.banner.error(err, () => void this.openEntity(id));
    }
  }

  /** The entities behind ids, from the cache or the API. */
  async loadEntities(ids: string[]): Promise<Entity[]> {
    const missing = ids.filter((id) => !this.entities.has(id));
    await this.host.busy.run(Promise.all(missing.map((id) => this.loadEntity(id))));
    return ids.flatMap((id) => this.entities.get(id) ?? []);
  }

  async openEdge(d: EdgeData): Promise<void> {
    if (d.type === 'SAID' || d.type === 'TO' || d.type === 'ABOUT') {
      const statement = this.host.graph().cy.getElementById(d.source).data('type') === 'Statement' ? d.source : d.target;
      return this.openStatement(statement);
    }
    const token = this.begin();
    this.select(null, d.id);
    const source = this.nameOf(d.source);
    const target = this.nameOf(d.target);
    const heading = `${source} → ${target}`;
    if (d.type !== 'SAID_TO' && d.type !== 'SAID_ABOUT') {
      this.panel.message(heading, `${source} ${edgeLabel(d.type)} ${target}.`);
      return;
    }
    this.panel.loading(heading);
    try {
      const all = await this.host.busy.run(api.between(d.source, d.target));
      if (token !== this.request) return;
      const wanted = new Set(d.statementIds);
      const exact = all.filter((s) => wanted.has(s.id));
      this.panel.edge(heading, edgeLabel(d.type), exact.length > 0 ? exact : all, this.host.filters(), this.actions);
    } catch (err) {
      if (token !== this.request) return;
      this.panel.message(heading, 'Could not load the statements of this link.');
      this.host.banner.error(err, () => void this.openEdge(d));
    }
  }

  /** A statement node: its id is `<article id>#<start>-<end>`, so its article has it. */
  async openStatement(id: string): Promise<void> {
    const token = this.begin();
    this.select(null, id);
    const articleId = id.slice(0, Math.max(0, id.lastIndexOf('#'))) || id;
    this.panel.loading('Statement');
    try {
      const a = await this.host.busy.run(this.loadArticle(articleId));
      if (token !== this.request) return;
      const s = a?.statements.find((x) => x.id === id);
      if (s) this.panel.statement(s, this.actions);
      else this.panel.message('Statement', 'This statement could not be found.');
    } catch (err) {
      if (token !== this.request) return;
      this.panel.message('Statement', 'Could not load this statement.');
      this.host.banner.error(err, () => void this.openStatement(id));
    }
  }

  async openEvidence(s: Statement): Promise<void> {
    const token = ++this.evidenceRequest;
    this.evidence.loading();
    try {
      const a = await this.host.busy.run(this.loadArticle(s.article.id));
      if (token !== this.evidenceRequest) return;
      if (a) this.evidence.article(a, s.id);
      else this.evidence.message('The article is no longer in the graph.');
    } catch (err) {
      if (token !== this.evidenceRequest) return;
      this.evidence.message('Could not load the article.');
      this.host.banner.error(err, () => void this.openEvidence(s));
    }
  }

  /** Shows the open entity again (after the filters changed). */
  refresh(): void {
    const e = this.selected ? this.entities.get(this.selected) : undefined;
    if (e && this.panel.open && this.panel.element.dataset.entityId === e.id) this.panel.entity(e, this.host.filters(), this.actions);
  }

  close(): void {
    this.begin();
    this.panel.close();
    this.select(null, null);
  }

  /** Esc: closes the evidence, else the panel. Returns whether there was something to close. */
  escape(): boolean {
    if (this.evidence.open) this.evidence.close();
    else if (this.panel.open) this.close();
    else return false;
    return true;
  }

  /** A new panel request: answers to earlier ones are dropped from now on. */
  private begin(): number {
    return ++this.request;
  }

  nameOf(id: string): string {
    return (this.host.graph().cy.getElementById(id).data('name') as string | undefined) ?? this.entities.get(id)?.name ?? id;
  }

  private select(entity: string | null, element: string | null): void {
    this.selected = entity;
    this.host.graph().select(element);
    this.host.onSelect(entity);
  }

  private async loadEntity(id: string): Promise<Entity | null> {
    const e = await api.entity(id);
    if (e) this.entities.set(id, e);
    return e;
  }

  private async loadArticle(id: string): Promise<Article | null> {
    const cached = this.articles.get(id);
    if (cached) return cached;
    const a = await api.article(id);
    if (a) this.articles.set(id, a);
    return a;
  }
}
