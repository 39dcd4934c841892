// The explorer end to end: the real server on a free port, the real Neo4j behind it, the
// dev articles ingested, and Debian's Chromium driven by playwright-core through search,
// the neighbourhood, an edge's evidence, a path, the policy view, the dashboard and
// GraphiQL. Every request the pages make must stay on this machine. Screenshots of each
// step land in tests/e2e/artifacts/.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT, loadConfig } from '../../core/config';
import { extract } from '../../ingest/extract';
import { loadLexicon } from '../../ingest/lexicon';
import { documentId, readDocumentFile } from '../../ingest/read';
import { writeExtraction } from '../../ingest/write';
import { type Driver, createDriver, write } from '../../queries/db';
import { applySchema } from '../../queries/schema';
import { portOf, startServer, stopServer } from '../../server';
import { CHROMIUM, launchChromium, shot } from './browser';

// The callbacks given to page.evaluate and waitForFunction run in the browser; these are
// its globals (the project's TypeScript has no DOM library).
declare const window: any;
declare const document: any;

const DEV = path.join(ROOT, '..', 'shared', 'eval', 'dev');
const TRACK = /^Clean (Carrier|Store|Apps|Cloud|Cable|Path|Telcos)$/;

let driver: Driver;
let server: http.Server;
let base: string;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
const outside: string[] = [];
const pageErrors: string[] = [];

/** A URL the pages may load: this machine's server, or data held by the page itself. */
const isLocal = (url: string) => /^(https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/|data:|blob:|about:blank)/.test(url);

beforeAll(async () => {
  const config = loadConfig();
  driver = createDriver(config.neo4j);
  await applySchema(driver);
  await write(driver, 'MATCH (n) DETACH DELETE n');
  const lexicon = loadLexicon();
  const files = fs.readdirSync(DEV).filter((f) => f.endsWith('.txt')).sort();
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) {
    const doc = await readDocumentFile(path.join(DEV, f));
    await writeExtraction(driver, { ...doc, id: documentId(doc.text) }, extract(doc, lexicon));
  }
  server = await startServer(config, driver, { port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${portOf(server)}`;

  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.on('request', (req) => {
    if (!isLocal(req.url())) outside.push(req.url());
  });
  page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) pageErrors.push(m.text());
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server) await stopServer(server);
  await driver?.close();
});

/** Types into a search box like a person and picks the highlighted suggestion with Enter. */
async function pick(selector: string, text: string, expected: string): Promise<void> {
  await page.click(selector);
  await page.fill(selector, '');
  await page.keyboard.type(text, { delay: 20 });
  const active = page.locator(`${selector} + [role=listbox] [role=option][aria-selected=true][data-id]`);
  await active.waitFor({ timeout: 15_000 });
  expect(await active.locator('.name').textContent()).toBe(expected);
  expect(await page.getAttribute(selector, 'aria-expanded')).toBe('true');
  await page.keyboard.press('Enter');
}

interface DrawnNode { id: string; label: string; type: string }

test('Chromium is there to drive', () => {
  // launchChromium has thrown (failing every test) when it is not; this says why plainly.
  expect(fs.existsSync(CHROMIUM)).toBe(true);
});

test('the explorer page is served with a strict CSP from local files only', async () => {
  const res = await fetch(`${base}/`);
  // 404 here means server/app.ts does not call mountExplorer (server/explorer.ts).
  expect([res.status, res.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  const html = await res.text();
  expect(html).not.toMatch(/(src|href)="https?:/);
  for (const asset of ['/vendor/cytoscape.esm.min.mjs', '/web/js/main.js', '/graphiql', '/vendor/graphiql.min.js']) {
    expect([asset, (await fetch(`${base}${asset}`)).status]).toEqual([asset, 200]);
  }
  expect((await fetch(`${base}/vendor/package.json`)).status).toBe(404);
});

test('search "Huawei" suggests it; Enter opens it with its neighbourhood, Clean Network tracks among the nodes', async () => {
  await page.goto(`${base}/`);
  await pick('#q', 'Huawei', 'Huawei');
  await shot(page, '01-search-suggestions');
  await page.waitForSelector('#cy[data-ready]');
  await page.waitForFunction(() => document.querySelector('#entity-name')?.textContent === 'Huawei');
  expect(page.url()).toMatch(/#\/entity\//);

  const nodes: DrawnNode[] = await page.evaluate(() =>
    (window as any).policyGraph.explore.cy.nodes().map((n: any) => ({ id: n.id(), label: n.data('label'), type: n.data('type') })),
  );
  expect(nodes.find((n) => n.label === 'Huawei')).toMatchObject({ type: 'Company' });
  const tracks = nodes.filter((n) => TRACK.test(n.label));
  expect(tracks.length).toBeGreaterThan(0);
  expect(tracks.every((t) => t.type === 'Policy')).toBe(true);

  const panel = await page.textContent('#entity');
  expect(panel).toContain('Company');
  expect(panel).toMatch(/Degree\s*\d+/);
  expect(await page.getAttribute('#entity a[href^="https://www.wikidata.org/wiki/"]', 'href')).toMatch(/\/Q\d+$/);
  await shot(page, '02-entity-neighbourhood');
});

test('clicking a TARGETS edge shows its evidence sentence, highlighted, with its document', async () => {
  const edge = await page.evaluate(() => {
    const { cy, graph } = (window as any).policyGraph.explore;
    const box = document.getElementById('cy').getBoundingClientRect();
    const e = cy.edges('[type = "TARGETS"]').filter((x: any) => x.target().data('label') === 'Huawei' && x.visible())[0];
    const p = e.renderedMidpoint();
    const rel = graph.relationships.get(e.id().slice(4));
    return { id: rel.id, x: box.left + p.x, y: box.top + p.y, source: rel.source.name, sentence: rel.evidence[0].sentence, title: rel.evidence[0].document.title };
  });
  await page.mouse.click(edge.x, edge.y);
  await page.waitForFunction((id) => document.getElementById('evidence').dataset.rel === id, edge.id, { timeout: 10_000 });
  const text = (await page.textContent('#evidence')) ?? '';
  expect(text).toContain('TARGETS');
  expect(text).toContain(edge.source);
  expect(text).toContain(edge.sentence);
  if (edge.title) expect(text).toContain(edge.title);
  expect(text).toMatch(/English|Danish/);
  expect(await page.locator('#evidence .sentence mark').allTextContents()).toContain('Huawei');
  await shot(page, '03-targets-evidence');
});

test('a click on a node expands it', async () => {
  const before: number = await page.evaluate(() => (window as any).policyGraph.explore.cy.nodes().length);
  const target = await page.evaluate(() => {
    const { cy } = (window as any).policyGraph.explore;
    const box = document.getElementById('cy').getBoundingClientRect();
    const n = cy.nodes().filter((x: any) => /^Clean /.test(x.data('label')))[0];
    const p = n.renderedPosition();
    return { id: n.id(), label: n.data('label'), x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction((label) => document.querySelector('#entity-name')?.textContent === label, target.label);
  await page.waitForFunction((id) => (window as any).policyGraph.explore.cy.getElementById(id).hasClass('expanded'), target.id);
  const after: number = await page.evaluate(() => (window as any).policyGraph.explore.cy.nodes().length);
  expect(after).toBeGreaterThanOrEqual(before);
  await shot(page, '04-node-expanded');
});

test('the path finder draws a path from Mike Pompeo to Huawei', async () => {
  await page.click('nav a[data-view=paths]');
  await pick('#path-from', 'Mike Pompeo', 'Mike Pompeo');
  await pick('#path-to', 'Huawei', 'Huawei');
  await page.click('#path-go');
  await page.waitForSelector('.path-list li', { timeout: 30_000 });
  const first = (await page.locator('.path-list li').first().textContent()) ?? '';
  expect(first.trim().startsWith('Mike Pompeo')).toBe(true);
  expect(first.trim().endsWith('Huawei')).toBe(true);
  const drawn: string[] = await page.evaluate(() => (window as any).policyGraph.paths.cy.nodes().map((n: any) => n.data('label')));
  expect(drawn).toEqual(expect.arrayContaining(['Mike Pompeo', 'Huawei']));
  await page.locator('.path-list li').first().locator('button.step').first().click();
  await page.waitForSelector('#path-evidence .sentence');
  await shot(page, '05-path-pompeo-huawei');
});

test('the policy view shows Clean Network with its tracks and a timeline', async () => {
  await page.click('nav a[data-view=policy]');
  await pick('#policy-q', 'Clean Network', 'Clean Network');
  await page.waitForSelector('.policy-title h2');
  expect(await page.textContent('.policy-title h2')).toBe('Clean Network');
  const tracks = await page.locator('.track h3').allTextContents();
  expect(tracks.some((t) => TRACK.test(t))).toBe(true);
  expect(await page.locator('#policy-body .timeline li').count()).toBeGreaterThan(0);
  await shot(page, '06-policy-clean-network', true);
});

test('the dashboard draws its charts, or says plainly that the server has no stats', async () => {
  await page.click('nav a[data-view=dashboard]');
  // The body is empty until the view starts loading: wait for something other than that or "Loading…".
  await page.waitForFunction(() => {
    const text: string = document.getElementById('dashboard-body')?.textContent ?? '';
    return text.trim() !== '' && !/Loading/.test(text);
  });
  const charts = await page.locator('#dashboard-body svg.chart').count();
  const notice = await page.locator('#dashboard-body .notice').count();
  expect(charts > 0 || notice > 0).toBe(true);
  await shot(page, '07-dashboard', true);
});

test('GraphiQL loads from local assets and runs a query', async () => {
  await page.goto(`${base}/graphiql`);
  await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => /"Huawei"/.test(document.querySelector('.result-window')?.textContent ?? ''), undefined, { timeout: 20_000 });
  await shot(page, '08-graphiql');
});

test('on a phone-sized screen the entity view stacks and stays usable', async () => {
  const phone = await context.newPage();
  phone.on('pageerror', (err) => pageErrors.push(err.message));
  await phone.setViewportSize({ width: 390, height: 844 });
  const huawei = await page.evaluate(async () => {
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ search(text: "Huawei", first: 1) { id } }' }) });
    const body: any = await res.json();
    return body.data.search[0].id as string;
  });
  await phone.goto(`${base}/#/entity/${encodeURIComponent(huawei)}`);
  await phone.waitForSelector('#cy[data-ready]');
  await phone.waitForFunction(() => document.querySelector('#entity-name')?.textContent === 'Huawei');
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await shot(phone, '09-phone-entity');
  await phone.locator('.rel-button[data-type=TARGETS]').first().click();
  await phone.waitForSelector('#evidence .sentence');
  await phone.locator('#evidence').scrollIntoViewIfNeeded();
  await shot(phone, '10-phone-evidence');
  await phone.close();
});

test('no request left this machine and no page error or CSP violation happened', () => {
  expect(outside).toEqual([]);
  expect(pageErrors).toEqual([]);
});
