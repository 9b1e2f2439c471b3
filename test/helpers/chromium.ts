/**
 * Debian's Chromium for the browser tests (and the PDF tests while the server prints PDF with it),
 * found by the tests themselves rather than by reaching into the plugin's code.
 */
import fs from 'fs';

export function chromiumPath(): string | null {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && fs.existsSync(p)) ?? null;
}
