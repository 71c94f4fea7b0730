// The explorer's smaller faults, in real Chromium over the sample corpus: Back and Forward
// step through views, shortcuts work from any control but text fields, the hover tip goes
// on a click, a slow panel answer never overwrites a newer one, the legend is complete,
// and the PNG export carries the legend and is off on an empty view.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, SCREENSHOTS, ingest, launchChromium, startExplorer, type Explorer } from './harness.ts';
import { eventually, focusEntity, openNeighbour, pick, settledPosition, visibleEdges, visibleNodes } from './page-helpers.ts';

let explorer: Explorer;
let browser: Browser;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
const activeTestid = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const panelEntity = () => page.getByTestId('panel').getAttribute('data-entity-id');

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  explorer = await startExplorer(inject('neo4jUri'));
  await ingest(explorer.graph, [path.join(ROOT, 'data', 'articles')]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await explorer?.close();
});

describe('explorer faults', () => {
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  it('steps through views with Back and Forward, and Back never leaves the app', async () => {
    await page.goto(explorer.url);
    await eventually(() => page.getByTestId('empty-state').isVisible()).toBe(true);
    const lavrov = await focusEntity(page, 'Lavrov');
    await page.getByTestId('year-to').fill('2020');
    await eventually(() => page.url()).toContain('to=2020');
    const primakov = await focusEntity(page, 'Primakov');
    expect(page.url()).not.toContain(encodeURIComponent(lavrov));
    await pick(page, 'path-from', 'Kozyrev');
    await pick(page, 'path-to', 'Primakov');
    await page.getByTestId('path-find').click();
    await eventually(() => page.url()).toContain('pathFrom=');

    await page.goBack();
    await eventually(() => page.url()).not.toContain('pathFrom=');
    expect(page.url()).toContain(`focus=${encodeURIComponent(primakov)}`);
    await eventually(() => page.evaluate(() => window.kgExplorer?.pathIds() ?? [])).toEqual([]);
    expect(await page.getByTestId('path-result').textContent()).not.toContain('→');

    await page.goBack();
    await eventually(() => page.url()).toContain(`focus=${encodeURIComponent(lavrov)}`);
    expect(page.url()).toContain('to=2020');
    await eventually(() => visibleNodes(page)).toContain(lavrov);
    expect(await visibleNodes(page)).not.toContain(primakov);
    expect(await page.getByTestId('year-to').inputValue()).toBe('2020');
    await shot('faults-01-back');

    await page.goBack();
    await eventually(() => page.url()).not.toContain('to=2020');
    expect(page.url()).toContain(`focus=${encodeURIComponent(lavrov)}`);
    expect(await page.getByTestId('year-label').textContent()).not.toContain('2020');

    await page.goBack();
    expect(page.url().startsWith(explorer.url)).toBe(true);
    await eventually(() => page.getByTestId('empty-state').isVisible()).toBe(true);
    await eventually(() => visibleNodes(page)).toEqual([]);

    await page.goForward();
    await eventually(() => visibleNodes(page)).toContain(lavrov);
    await page.goForward();
    await page.goForward();
    await eventually(() => visibleNodes(page)).toContain(primakov);
    expect(await visibleNodes(page)).not.toContain(lavrov);
    await page.goForward();
    await eventually(() => page.url()).toContain('pathFrom=');
    await eventually(() => page.getByTestId('path-result').textContent()).toContain('→');
  });

  it('runs / and Delete from a checkbox, a slider, a select and a button, but not from a text field', async () => {
    await page.goto(explorer.url);
    const focus = await focusEntity(page, 'Primakov');
    await settledPosition(page, focus);

    for (const control of ['type-Person', 'year-from', 'layout', 'fit']) {
      await page.getByTestId(control).focus();
      expect(await activeTestid()).toBe(control);
      await page.keyboard.press('/');
      expect(await activeTestid()).toBe('search');
    }

    const hidden: string[] = [];
    for (const control of ['type-Country', 'year-to', 'kind-filter']) {
      const other = await openNeighbour(page, focus);
      await page.getByTestId(control).focus();
      await page.keyboard.press('Delete');
      await eventually(() => visibleNodes(page)).not.toContain(other);
      hidden.push(other);
    }
    expect(page.url()).toContain('hide=');

    // In the search box, / is text and Delete edits it.
    await page.getByTestId('search').fill('abc');
    await page.getByTestId('search').press('/');
    expect(await page.getByTestId('search').inputValue()).toBe('abc/');
  });

  it('hides the hover tooltip when a node is clicked', async () => {
    await page.goto(explorer.url);
    const focus = await focusEntity(page, 'Primakov');
    const other = (await visibleNodes(page)).find((id) => id !== focus) ?? '';
    const at = await settledPosition(page, other);
    await page.mouse.move(at.x, at.y);
    const tip = page.getByTestId('graph-tooltip');
    await eventually(() => tip.isVisible()).toBe(true);
    await page.mouse.click(at.x, at.y);
    await eventually(panelEntity).toBe(other);
    expect(await tip.isVisible()).toBe(false);
  });

  it('shows the last thing clicked even when an earlier click answers later', async () => {
    await page.goto(explorer.url);
    const focus = await focusEntity(page, 'Primakov');
    await settledPosition(page, focus);
    // The statements behind a link arrive three seconds late.
    let delayed = 0;
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('query Between')) {
        delayed++;
        await new Promise((r) => setTimeout(r, 3000));
      }
      await route.continue().catch(() => {});
    });
    try {
      let clickedEdge = false;
      for (const id of await visibleEdges(page)) {
        const at = await page.evaluate((edgeId) => window.kgExplorer?.edgePosition(edgeId) ?? null, id);
        if (!at) continue;
        const before = delayed;
        await page.mouse.click(at.x, at.y);
        await page.waitForTimeout(300);
        if (delayed > before && (await page.getByTestId('panel-title').textContent())?.includes('→')) {
          clickedEdge = true;
          break;
        }
      }
      expect(clickedEdge).toBe(true);
      // While the link's statements load, click the focus node: its card is cached, so it shows at once.
      const at = await settledPosition(page, focus);
      await page.mouse.click(at.x, at.y);
      await eventually(panelEntity).toBe(focus);
      // The link's answer comes after and must not replace the card.
      await page.waitForTimeout(3500);
      expect(await panelEntity()).toBe(focus);
      expect(await page.getByTestId('edge-summary').count()).toBe(0);
    } finally {
      await page.unroute('**/graphql');
    }
  });

  it('shows every kind of line in the legend, holds-role and affiliated-with included', async () => {
    await page.goto(explorer.url);
    await settledPosition(page, await focusEntity(page, 'Lavrov'));
    const lines = await page.getByTestId('legend-edge').allTextContents();
    expect(lines).toEqual(expect.arrayContaining(['said to', 'said about', 'affiliated with', 'holds a role in']));
    await shot('faults-02-legend');
  });

  it('offers no PNG of an empty view, and exports one with the legend under the network', async () => {
    await page.goto(explorer.url);
    await eventually(() => page.getByTestId('empty-state').isVisible()).toBe(true);
    expect(await page.getByTestId('export-png').isDisabled()).toBe(true);

    const focus = await focusEntity(page, 'Primakov');
    await settledPosition(page, focus);
    await eventually(() => page.getByTestId('export-png').isEnabled()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const file = path.join(SCREENSHOTS, 'faults-03-export.png');
    await download.saveAs(file);
    const png = fs.readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(0);

    // The legend's swatches and lines are drawn in the bottom band of the picture.
    const found = await page.evaluate(async (dataUrl) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      if (!ctx) return [];
      ctx.drawImage(img, 0, 0);
      const band = Math.min(160, img.height);
      const px = ctx.getImageData(0, img.height - band, img.width, band).data;
      const near = (hex: string) => {
        const n = parseInt(hex.slice(1), 16);
        const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
        for (let i = 0; i < px.length; i += 4) {
          if (Math.abs((px[i] ?? 0) - r) < 6 && Math.abs((px[i + 1] ?? 0) - g) < 6 && Math.abs((px[i + 2] ?? 0) - b) < 6) return true;
        }
        return false;
      };
      // Person and Place swatches, and the holds-role line.
      return ['#4a7fc1', '#9a82c4', '#c49a6c'].filter(near);
    }, `data:image/png;base64,${png.toString('base64')}`);
    expect(found).toEqual(['#4a7fc1', '#9a82c4', '#c49a6c']);
    expect(height).toBeGreaterThan(160);

    // Hiding everything but the focus, then clearing, leaves nothing to draw: the button is off.
    await page.getByTestId('clear-view').click();
    await eventually(() => page.getByTestId('export-png').isDisabled()).toBe(true);
  });
});
