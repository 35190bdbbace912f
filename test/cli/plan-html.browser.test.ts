/**
 * The HTML report checked in a real browser: Debian's Chromium driven by playwright-core. Skipped, with a
 * visible message, only where Chromium cannot be had (.ci/run installs it).
 */
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionTitles } from '../../src/report/section-ids.js';
import { hostileSiteName, writeHostileSpec } from '../helpers/hostile-spec.js';
import { runCli } from '../helpers/run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`SKIPPED: the HTML report was not checked in a browser: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

describe.skipIf(!available)('HTML report in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'kestra-browser-'));

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Writes the report of `input` and opens it; records every request, page error and dialog. */
  async function open(input: string, name: string) {
    const file = join(dir, name);
    const result = runCli(['plan', input, '--format', 'html', '-o', file]);
    expect(result.code).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    return { page, requests, problems, url: pathToFileURL(file).href };
  }

  it('shows every section and both diagrams, offline, and saves a screenshot', async () => {
    const { page, requests, problems, url } = await open('examples/three-node-ceph.yaml', 'three-node-ceph.html');
    expect(await page.locator('main section > h2').allTextContents()).toEqual(Object.values(sectionTitles));
    const diagrams = page.locator('figure.diagram svg');
    expect(await diagrams.count()).toBe(2);
    for (const svg of await diagrams.all()) {
      const box = await svg.boundingBox();
      expect(box?.width).toBeGreaterThan(200);
      expect(box?.height).toBeGreaterThan(200);
    }
    expect(await page.locator('#diagram-topology-current svg text', { hasText: 'corosync-sw' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.step').count()).toBeGreaterThanOrEqual(2);
    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
    const screenshot = join(dir, 'three-node-ceph.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(50_000);
    console.log(`screenshot of the HTML report: ${screenshot}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    expect(await page.locator('#section-risks').isVisible()).toBe(true);
    await page.close();
  });

  it('runs nothing from a hostile spec: no dialog, no request, the text shown as written', async () => {
    const { page, requests, problems, url } = await open(writeHostileSpec(), 'hostile.html');
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    expect(await page.locator('h1').textContent()).toBe(`Architecture report: ${hostileSiteName}`);
    expect(await page.locator('script, img, iframe').count()).toBe(0);
    await page.close();
  });
});
