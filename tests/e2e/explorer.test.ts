// The explorer in real Chromium against the real server and Neo4j, loaded with the sample
// articles: search, the panel, evidence, expansion, paths, filters, escaping, the URL.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ArticleInput } from '../../common/extraction.ts';
import { deleteArticle } from '../../server/graph/delete-article.ts';
import { ROOT, SCREENSHOTS, ingest, launchChromium, startExplorer, type Explorer } from './harness.ts';
import * as on from './page-helpers.ts';
import { eventually } from './page-helpers.ts';

// In the quote the attribute is unquoted, so the quotation marks around it stay unambiguous
// for the extractor; the title carries the quoted form and a script element.
const XSS = '<img src=x onerror=window.__xss=1>';
const TITLE_XSS = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';

/** An article whose quote and title are markup: both must show as text. */
const hostile: ArticleInput = {
  meta: { file: 'hostile.md', title: `Kozyrev ${SCRIPT} ${TITLE_XSS}`, published: '1994-07-01', source: 'Test Wire', dateline: null, id: 'e2e-hostile' },
  text: `MOSCOW -- Foreign Minister Andrei Kozyrev told reporters on Friday: “${XSS} was all they sent us.”\n\nKozyrev said the talks would go on.\n`,
};

let explorer: Explorer;
let browser: Browser;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

const settledPosition = (id: string) => on.settledPosition(page, id);
const visibleNodes = () => on.visibleNodes(page);
const pick = (testid: string, text: string) => on.pick(page, testid, text);
const focusEntity = (text: string) => on.focusEntity(page, text);

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  explorer = await startExplorer(inject('neo4jUri'));
  await ingest(explorer.graph, [path.join(ROOT, 'data', 'articles')], [hostile]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (explorer) {
    await deleteArticle(explorer.graph.db, hostile.meta.id ?? '');
    await explorer.close();
  }
});

describe('the explorer', () => {
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  it('opens on a clear empty state, and / focuses the search', async () => {
    await page.goto(explorer.url);
    await eventually(() => page.getByTestId('empty-state').textContent()).toContain('Search for a person, organisation or country');
    await eventually(() => page.getByTestId('corpus-stats').textContent()).toMatch(/\d+ articles/);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search');
    await shot('01-empty');
  });

  it('finds Primakov, shows his quote, and the evidence in the article', async () => {
    await page.goto(explorer.url);
    const id = await focusEntity('Primakov');
    expect(await page.getByTestId('panel-title').textContent()).toMatch(/Primakov/);
    await page.keyboard.press('Escape');
    await eventually(() => page.getByTestId('panel').isHidden()).toBe(true);

    const at = await settledPosition(id);
    await page.mouse.click(at.x, at.y);
    const quote = page.getByTestId('statement').filter({ hasText: 'sign on May 27' }).first();
    await quote.waitFor();
    await shot('02-entity');

    await quote.getByTestId('open-evidence').click();
    const mark = page.getByTestId('evidence-mark');
    await eventually(() => mark.first().textContent()).toContain('sign on May 27');
    expect(await page.getByTestId('evidence-text').locator('mark').count()).toBe(1);
    await shot('03-evidence');
    await page.keyboard.press('Escape');
    await eventually(() => page.getByTestId('evidence').isHidden()).toBe(true);
  });

  it("shows a known office-holder's Wikidata id as a link and the table's dated office", async () => {
    await page.goto(explorer.url);
    await focusEntity('Lavrov');
    const panel = page.getByTestId('panel');
    const link = panel.locator('a[href="https://www.wikidata.org/wiki/Q58217"]');
    await eventually(() => link.count()).toBe(1);
    expect(await link.getAttribute('rel')).toContain('noopener');
    await eventually(() => panel.getByTestId('entity-roles').textContent()).toMatch(/foreign minister, Russia\s*\(2004-03-09 – in office; office-holders table\)/);
  });

  it('expands a node on double-click', async () => {
    await page.goto(explorer.url);
    const focus = await focusEntity('Primakov');
    const before = (await visibleNodes()).length;
    const candidates = (await visibleNodes()).filter((n) => n !== focus).sort((a, b) => rank(a) - rank(b));
    let after = before;
    for (const id of candidates) {
      const at = await settledPosition(id);
      await page.mouse.dblclick(at.x, at.y);
      try {
        await expect.poll(async () => (await visibleNodes()).length, { timeout: 5000 }).toBeGreaterThan(before);
        after = (await visibleNodes()).length;
        break;
      } catch {
        // This neighbour had no one new around it: try the next.
      }
    }
    expect(after).toBeGreaterThan(before);
    await page.waitForTimeout(800);
    await shot('04-expanded');
  });

  it('finds and highlights a path between two actors', async () => {
    await page.goto(explorer.url);
    await focusEntity('Lavrov');
    await pick('path-from', 'Kozyrev');
    await pick('path-to', 'Lavrov');
    await page.getByTestId('path-find').click();
    await eventually(() => page.getByTestId('path-result').textContent()).toContain('→');
    const highlighted = await page.evaluate(() => window.kgExplorer?.pathIds() ?? []);
    expect(highlighted.length).toBeGreaterThanOrEqual(3);
    expect(highlighted.some((id) => id.includes('kozyrev'))).toBe(true);
    await page.waitForTimeout(800);
    await shot('05-path');
  });

  it('hides 2021 statements with a date range ending in 2020, and a reload restores the view', async () => {
    await page.goto(explorer.url);
    const id = await focusEntity('Lavrov');
    const dated = (year: string) => page.locator(`[data-testid="panel"] [data-testid="statement"][data-date^="${year}"]`).count();
    await eventually(() => dated('2021')).toBeGreaterThan(0);
    const nodesBefore = (await visibleNodes()).length;

    await page.getByTestId('year-to').fill('2020');
    await eventually(() => dated('2021')).toBe(0);
    expect(await page.getByTestId('filtered-note').first().textContent()).toMatch(/hidden by the filters/);
    expect((await visibleNodes()).length).toBeLessThan(nodesBefore);
    expect(page.url()).toContain('to=2020');
    await shot('06-filtered');

    await page.reload();
    await eventually(() => page.getByTestId('panel').getAttribute('data-entity-id')).toBe(id);
    expect(await page.getByTestId('year-to').inputValue()).toBe('2020');
    expect(await page.getByTestId('year-label').textContent()).toContain('2020');
    await eventually(visibleNodes).toContain(id);
    expect(await dated('2021')).toBe(0);
  });

  it('lists the statements behind an edge, hides and restores a node, and exports a PNG', async () => {
    await page.goto(explorer.url);
    const focus = await focusEntity('Primakov');
    await settledPosition(focus);

    // An edge between two actors, clicked at its midpoint, lists the statements it stands for.
    const edges = await page.evaluate(() => window.kgExplorer?.visibleEdgeIds() ?? []);
    let listed = false;
    for (const id of edges) {
      const at = await page.evaluate((edgeId) => window.kgExplorer?.edgePosition(edgeId) ?? null, id);
      if (!at) continue;
      await page.mouse.click(at.x, at.y);
      const summary = page.getByTestId('edge-summary');
      const isEdge = await summary.waitFor({ timeout: 3000 }).then(
        () => true,
        () => false,
      );
      if (!isEdge) continue; // The midpoint was under a node or a label.
      await eventually(() => summary.textContent()).toMatch(/\d+ statements?/);
      if ((await page.getByTestId('panel').getByTestId('statement').count()) > 0) {
        listed = true;
        break;
      }
    }
    expect(listed).toBe(true);
    await shot('07-edge');

    // Hide a neighbour, then undo.
    const other = (await visibleNodes()).find((id) => id !== focus) ?? '';
    const at = await settledPosition(other);
    await page.mouse.click(at.x, at.y);
    await eventually(() => page.getByTestId('panel').getAttribute('data-entity-id')).toBe(other);
    await page.getByTestId('hide-node').click();
    await eventually(visibleNodes).not.toContain(other);
    expect(page.url()).toContain('hide=');
    await page.getByTestId('undo-hide').click();
    await eventually(visibleNodes).toContain(other);

    // Statements as nodes, another layout, and the picture.
    await page.getByTestId('toggle-statements').check();
    await eventually(async () => (await visibleNodes()).some((id) => id.includes('#'))).toBe(true);
    await page.getByTestId('layout').selectOption('concentric');
    expect(page.url()).toContain('layout=concentric');
    const statementNode = (await visibleNodes()).find((id) => id.includes('#')) ?? '';
    const sp = await settledPosition(statementNode);
    await page.mouse.click(sp.x, sp.y);
    await eventually(() => page.locator(`[data-testid="panel"] [data-statement-id="${statementNode}"]`).count()).toBe(1);
    await shot('08-statement-nodes');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
  });

  it('shows the table of who said what to whom, with a CSV export', async () => {
    await page.goto(explorer.url);
    await focusEntity('Primakov');
    await page.getByTestId('toggle-table').click();
    await eventually(() => page.getByTestId('table-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('table').textContent()).toContain('sign on May 27');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await shot('09-table');
  });

  it('shows markup in quotes and titles as text, and runs none of it', async () => {
    await page.goto(explorer.url);
    await page.evaluate(() => Reflect.deleteProperty(window, '__xss'));
    await focusEntity('Kozyrev');
    const card = page.getByTestId('statement').filter({ hasText: 'onerror' }).first();
    await card.waitFor();
    expect(await card.getByTestId('statement-text').textContent()).toContain(XSS);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.getByTestId('panel').textContent()).toContain(SCRIPT);
    expect(await page.getByTestId('panel').textContent()).toContain(TITLE_XSS);

    await card.getByTestId('open-evidence').click();
    await eventually(() => page.getByTestId('evidence-mark').first().textContent()).toContain(XSS);
    expect(await page.getByTestId('evidence-title').textContent()).toContain(SCRIPT);
    expect(await page.locator('.evidence script, .evidence img').count()).toBe(0);
    expect(await page.evaluate(() => Reflect.get(window, '__xss'))).toBeUndefined();
    await shot('10-escaped');
  });

  it('says so when a shared link names an entity that is gone', async () => {
    await page.goto(`${explorer.url}?focus=person:nobody-by-this-name&sel=person:nobody-by-this-name`);
    await eventually(() => page.getByTestId('error-banner').textContent()).toContain('no longer in the graph');
    await page.keyboard.press('Escape');
    await eventually(() => page.getByTestId('empty-state').isVisible()).toBe(true);
  });

  it('says so when the API is down', async () => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(explorer.url);
    await eventually(() => page.getByTestId('error-banner').textContent()).toContain('The API is not reachable');
    await shot('11-api-down');
    await page.unroute('**/graphql');
  });
});

/** Organisations and countries first: they lead to the most new neighbours. */
function rank(id: string): number {
  if (id.startsWith('org:')) return 0;
  if (id.startsWith('country:')) return 1;
  return 2;
}
