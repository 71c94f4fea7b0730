// Page actions the browser tests share: picking a search suggestion, focusing an actor,
// and finding where a node or an edge is drawn.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExplorerHook } from '../../client/src/graph-view.ts';

declare global {
  interface Window {
    kgExplorer?: ExplorerHook;
  }
}

/** expect.poll with room for a cold database (the first queries compile their plans). */
export const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

export const visibleNodes = (page: Page) => page.evaluate(() => window.kgExplorer?.visibleNodeIds() ?? []);
export const visibleEdges = (page: Page) => page.evaluate(() => window.kgExplorer?.visibleEdgeIds() ?? []);

/** Waits until the layout stops moving a node, then returns where it is on the page. */
export async function settledPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const p = await page.evaluate((nodeId) => window.kgExplorer?.nodePosition(nodeId) ?? null, id);
    const now = JSON.stringify(p);
    if (p && now === last) return p;
    last = now;
    await page.waitForTimeout(150);
  }
  throw new Error(`node ${id} did not settle`);
}

/** Types into a search box and picks the first suggestion with the keyboard. */
export async function pick(page: Page, testid: string, text: string): Promise<void> {
  const box = page.getByTestId(testid);
  await box.fill(text);
  await page.getByTestId(`${testid}-suggestions`).getByTestId('suggestion').first().waitFor();
  await box.press('ArrowDown');
  await box.press('Enter');
}

/** Searches an actor, and returns its id once the panel and the network show it. */
export async function focusEntity(page: Page, text: string): Promise<string> {
  const panel = page.getByTestId('panel');
  const before = await panel.getAttribute('data-entity-id');
  await pick(page, 'search', text);
  let id = '';
  await eventually(async () => (id = (await panel.getAttribute('data-entity-id')) ?? '') !== '' && id !== before).toBe(true);
  await eventually(() => visibleNodes(page)).toContain(id);
  return id;
}

/** Clicks a shown node other than `not` and waits for its panel; returns its id. */
export async function openNeighbour(page: Page, not: string): Promise<string> {
  const other = (await visibleNodes(page)).find((id) => id !== not && !id.includes('#')) ?? '';
  const at = await settledPosition(page, other);
  await page.mouse.click(at.x, at.y);
  await eventually(() => page.getByTestId('panel').getAttribute('data-entity-id')).toBe(other);
  return other;
}
