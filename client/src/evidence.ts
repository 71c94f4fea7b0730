// The evidence view: an article's text with the statement's span marked and the entity
// mentions underlined. Runs of text become text nodes inside <mark>/<span>, never markup.
import { button, h, replace } from './dom.ts';
import { safeHttpUrl } from './escape.ts';
import { typeStyle } from './style.ts';
import { segments } from './text-segments.ts';
import type { Article, EntityRef } from './types.ts';

export class EvidenceView {
  readonly element: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly meta: HTMLElement;
  private readonly body: HTMLElement;
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly onEntity: (ref: EntityRef) => void) {
    this.heading = h('h2', { testid: 'evidence-title', attrs: { id: 'evidence-title' } });
    this.meta = h('p', { class: 'muted evidence-meta' });
    this.body = h('div', { class: 'article-text', testid: 'evidence-text' });
    const closeBtn = button('×', () => this.close(), { class: 'icon close', testid: 'evidence-close', attrs: { 'aria-label': 'Close the evidence (Esc)' } });
    this.element = h(
      'div',
      { class: 'evidence-backdrop', attrs: { hidden: '' }, on: { mousedown: (ev) => ev.target === this.element && this.close() } },
      h(
        'section',
        { class: 'evidence', testid: 'evidence', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'evidence-title' } },
        h('header', { class: 'evidence-header' }, h('div', {}, this.heading, this.meta), closeBtn),
        h(
          'p',
          { class: 'evidence-key muted' },
          h('mark', {}, 'the statement'),
          ' · ',
          h('span', { class: 'mention' }, 'mentions'),
          ' (click one to open it) · ',
          h('span', { class: 'other-stmt' }, 'other statements'),
        ),
        this.body,
      ),
    );
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  loading(): void {
    this.show();
    this.heading.textContent = 'Loading the article…';
    replace(this.meta);
    replace(this.body);
  }

  article(a: Article, statementId: string | null): void {
    this.show();
    this.heading.textContent = a.title ?? 'Untitled article';
    const url = safeHttpUrl(a.url);
    replace(
      this.meta,
      [a.source, a.published].filter(Boolean).join(' · '),
      url && ' · ',
      url && h('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, 'original'),
    );
    const focus = a.statements.find((s) => s.id === statementId) ?? null;
    const others = a.statements.filter((s) => s !== focus).map((s) => s.span);
    const runs = segments(a.text, focus?.span ?? null, others, a.mentions.map((m) => ({ start: m.start, end: m.end, entity: m.entity })));
    // Consecutive runs of one statement share one element, so the quote stays one <mark>.
    replace(this.body);
    let group: HTMLElement | null = null;
    let groupKind: 'focus' | 'other' | null = null;
    for (const run of runs) {
      const node = this.run(run.text, run.mention);
      if (run.statement === null) {
        group = null;
        this.body.append(node);
        continue;
      }
      if (!group || groupKind !== run.statement) {
        group = run.statement === 'focus' ? h('mark', { testid: 'evidence-mark' }) : h('span', { class: 'other-stmt' });
        groupKind = run.statement;
        this.body.append(group);
      }
      group.append(node);
    }
    const mark = this.body.querySelector('mark');
    if (mark) requestAnimationFrame(() => mark.scrollIntoView({ block: 'center' }));
  }

  message(text: string): void {
    this.show();
    this.heading.textContent = 'Evidence';
    replace(this.body, h('p', { class: 'muted' }, text));
  }

  close(): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    this.returnFocus?.focus();
  }

  private show(): void {
    if (this.element.hidden) this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.element.hidden = false;
    this.element.querySelector<HTMLElement>('.close')?.focus();
  }

  private run(text: string, mention: EntityRef | null): Node {
    const node = document.createTextNode(text);
    if (mention) {
      const style = typeStyle(mention.type);
      return h(
        'span',
        {
          class: 'mention',
          testid: 'evidence-mention',
          attrs: { title: `${style?.label ?? mention.type}: ${mention.name}`, style: `--type-colour:${style?.colour ?? '#999'}`, tabindex: '0', role: 'button' },
          on: {
            click: () => this.onEntity(mention),
            keydown: (ev) => ev.key === 'Enter' && this.onEntity(mention),
          },
        },
        node,
      );
    }
    return node;
  }
}
