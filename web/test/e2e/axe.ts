/**
 * axe-core run in the page: its serious and critical violations (and empty table headers), less
 * the exemptions below. Shared by the accessibility tests and the tests of particular page states.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The query explorer is checked whole (the portal darkens GraphiQL's colours and names its
 * editors). Two structures of GraphiQL itself are left, each exempt for exactly one rule on
 * exactly these elements:
 * - nested-interactive on `.graphiql-tab`: GraphiQL renders each operation tab as
 *   `li[role=tab]` around its own title and close buttons; no prop changes that markup.
 * - scrollable-region-focusable on `.CodeMirror-scroll`: CodeMirror keeps keyboard focus in a
 *   hidden text area beside the scroller and scrolls it to the cursor; the scroller itself
 *   needs no tab stop.
 */
const EXEMPT: { rule: string; selector: string }[] = [
  { rule: 'nested-interactive', selector: '.graphiql-container .graphiql-tab' },
  { rule: 'scrollable-region-focusable', selector: '.graphiql-container .CodeMirror-scroll' },
];

interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (exempt) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: { id: string; impact: string | null; nodes: { target: string[]; element: Element }[] }[];
    }
    const res = await axe.run(document, { resultTypes: ['violations'], elementRef: true });
    // An empty header cell is "minor" to axe, but leaves a screen-reader user a column without a name.
    return res.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'empty-table-header')
      .map((v) => ({
        ...v,
        // (Inline: a named helper in here would reach the page wrapped in tsx's __name.)
        nodes: v.nodes.filter((n) => !exempt.some((x) => x.rule === v.id && n.element.matches(x.selector))),
      }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, EXEMPT);
}
