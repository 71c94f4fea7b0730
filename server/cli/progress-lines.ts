// Progress for a log rather than a terminal (stderr piped or redirected, where a bar
// cannot redraw): one plain line every `everyArticles` articles and every `everyMs`, so
// a long or stalled run still shows it is alive.
export interface ProgressLinesOptions {
  total: number | null;
  everyArticles?: number;
  everyMs?: number;
  now?: () => number;
}

export interface ProgressState {
  done: number;
  statements: number;
  failed: number;
}

export class ProgressLines {
  private readonly everyArticles: number;
  private readonly everyMs: number;
  private readonly now: () => number;
  private readonly started: number;
  private state: ProgressState = { done: 0, statements: 0, failed: 0 };
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly write: (line: string) => void,
    private readonly opts: ProgressLinesOptions,
  ) {
    this.everyArticles = opts.everyArticles ?? 100;
    this.everyMs = opts.everyMs ?? 10_000;
    this.now = opts.now ?? (() => performance.now());
    this.started = this.now();
  }

  start(): void {
    // unref: a pending line never keeps the command alive.
    this.timer = setInterval(() => this.print(), this.everyMs).unref();
  }

  update(state: ProgressState): void {
    const crossed = Math.floor(state.done / this.everyArticles) > Math.floor(this.state.done / this.everyArticles);
    this.state = state;
    if (crossed) this.print();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The line for the current state: "progress: 200/500 articles (40%), …". */
  line(): string {
    const { done, statements, failed } = this.state;
    const seconds = Math.max((this.now() - this.started) / 1000, 0.001);
    const { total } = this.opts;
    const count = total === null ? `${done} articles` : `${done}/${total} articles (${Math.floor((100 * done) / Math.max(total, 1))}%)`;
    return `progress: ${count}, ${statements} statements, ${failed} failed, ${(done / seconds).toFixed(1)} articles/s, ${Math.round(seconds)} s`;
  }

  private print(): void {
    this.write(this.line());
  }
}
