/**
 * PDF by printing the HTML view in Debian's Chromium (playwright-core, no downloaded browser), so
 * the PDF is the same page citizens see, with selectable Chinese text from the system CJK font.
 * One browser is started on first use and kept for later requests.
 */
import fs from 'fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string | null {
  return CANDIDATES.find((p): p is string => !!p && fs.existsSync(p)) ?? null;
}

let browser: Promise<Browser> | null = null;

function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('未找到 Chromium，无法生成 PDF（Debian：apt-get install chromium fonts-wqy-zenhei）');
  browser ??= chromium
    .launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    .catch((error) => {
      browser = null;
      throw error;
    });
  return browser;
}

export async function renderPdf(html: string): Promise<Buffer> {
  const page = await (await launch()).newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
}

export async function closePdfBrowser(): Promise<void> {
  const b = browser;
  browser = null;
  if (b) await (await b).close().catch(() => undefined);
}
