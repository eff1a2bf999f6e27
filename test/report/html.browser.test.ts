import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARMEES_5TH_DIRECTIVE, INDICATORS, portfolioHtml } from '../../src/index.js';
import { sampleSummary } from '../support/portfolio.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const available = existsSync(CHROMIUM);
if (!available) console.warn(`html.browser.test: SKIPPED — ${CHROMIUM} is absent (apt-get install -y chromium)`);

describe.skipIf(!available)('HTML report in headless Chromium', () => {
  it.each(['fr', 'en'] as const)('renders every chart, offline, without console errors (%s)', async (locale) => {
    const { chromium } = await import('playwright-core');
    const html = portfolioHtml(await sampleSummary(ARMEES_5TH_DIRECTIVE), { locale });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => {
        if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
      });
      await page.setContent(html, { waitUntil: 'load' });
      const charts = page.locator('svg.chart');
      expect(await charts.count()).toBe(INDICATORS.length);
      for (let i = 0; i < INDICATORS.length; i++) {
        const box = await charts.nth(i).boundingBox();
        expect(box?.width).toBeGreaterThan(100);
        expect(box?.height).toBeGreaterThan(100);
      }
      // Each year of the sample has a bar; the ministère des Armées targets draw a line for 2023-2025.
      const bars = await page.locator('#environmental-consideration rect.bar').count();
      expect(bars).toBe(4);
      const barBox = await page.locator('#environmental-consideration rect.bar').first().boundingBox();
      expect(barBox?.height).toBeGreaterThan(10);
      expect(await page.locator('#environmental-consideration line.target').count()).toBe(3);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await page.locator('h1').textContent()).toBe(
        locale === 'fr' ? 'Conformité du portefeuille d’achats' : 'Purchasing portfolio compliance',
      );
      if (locale === 'fr') await page.screenshot({ path: '/tmp/report.png', fullPage: false });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
