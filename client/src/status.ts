// The error banner (the API is down, a query failed) and the loading indicator.
import { ApiError } from './api.ts';
import { button, h } from './dom.ts';

export class Banner {
  readonly element: HTMLElement;
  private readonly text: HTMLElement;
  private readonly retry: HTMLButtonElement;
  private onRetry: (() => void) | null = null;

  constructor() {
    this.text = h('span', { class: 'banner-text', testid: 'error-text' });
    this.retry = button('Retry', () => {
      this.hide();
      this.onRetry?.();
    }, { testid: 'error-retry' });
    this.element = h(
      'div',
      { class: 'banner', testid: 'error-banner', attrs: { role: 'alert', hidden: '' } },
      this.text,
      this.retry,
      button('×', () => this.hide(), { class: 'icon', attrs: { 'aria-label': 'Dismiss' } }),
    );
  }

  error(err: unknown, retry: (() => void) | null = null): void {
    const message =
      err instanceof ApiError ? err.message : err instanceof Error ? `Something went wrong: ${err.message}` : 'Something went wrong.';
    this.text.textContent = message;
    this.onRetry = retry;
    this.retry.hidden = retry === null;
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
  }
}

export class Busy {
  readonly element: HTMLElement;
  private count = 0;

  constructor() {
    this.element = h(
      'div',
      { class: 'busy', testid: 'loading', attrs: { hidden: '', role: 'status', 'aria-live': 'polite' } },
      h('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }),
      'Loading…',
    );
  }

  async run<T>(work: Promise<T>): Promise<T> {
    this.set(+1);
    try {
      return await work;
    } finally {
      this.set(-1);
    }
  }

  private set(delta: number): void {
    this.count = Math.max(0, this.count + delta);
    this.element.hidden = this.count === 0;
    document.body.classList.toggle('is-loading', this.count > 0);
  }
}
