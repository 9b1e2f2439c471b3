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

async function print(html: string): Promise<Buffer> {
  const page = await (await launch()).newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
}

/**
 * A version's content never changes, so its PDF is printed once: requests for the same key share
 * one print, finished PDFs are kept (most recently used first, up to CACHE_BYTES), and at most
 * MAX_PRINTS pages print at a time, so a burst of downloads cannot exhaust the server.
 */
const CACHE_BYTES = 64 * 1024 * 1024;
const MAX_PRINTS = 2;
const cache = new Map<string, Buffer>();
const inFlight = new Map<string, Promise<Buffer>>();
let cachedBytes = 0;
let printing = 0;
const waiting: (() => void)[] = [];

async function withPrintSlot<T>(work: () => Promise<T>): Promise<T> {
  if (printing >= MAX_PRINTS) await new Promise<void>((resolve) => waiting.push(resolve));
  printing += 1;
  try {
    return await work();
  } finally {
    printing -= 1;
    waiting.shift()?.();
  }
}

function remember(key: string, pdf: Buffer): void {
  cache.set(key, pdf);
  cachedBytes += pdf.length;
  for (const [oldest, buffer] of cache) {
    if (cachedBytes <= CACHE_BYTES) break;
    cache.delete(oldest);
    cachedBytes -= buffer.length;
  }
}

/** `key` identifies the content (a view stamp); without one the page is printed afresh. */
export async function renderPdf(html: string, key?: string): Promise<Buffer> {
  if (!key) return withPrintSlot(() => print(html));
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  let pending = inFlight.get(key);
  if (!pending) {
    pending = withPrintSlot(() => print(html)).then(
      (pdf) => {
        inFlight.delete(key);
        remember(key, pdf);
        return pdf;
      },
      (error: unknown) => {
        inFlight.delete(key);
        throw error;
      },
    );
    inFlight.set(key, pending);
  }
  return pending;
}

export async function closePdfBrowser(): Promise<void> {
  const b = browser;
  browser = null;
  if (b) await (await b).close().catch(() => undefined);
}
