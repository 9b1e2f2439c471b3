/**
 * Each format of a published version is rendered once: a published version never changes, so its
 * stamp (view-source.ts) names its content, and the rendered bytes are kept under stamp and format,
 * least recently used first out, up to a byte bound. Requests for the same key while it renders
 * share one rendering, and at most RENDER_SLOTS render at a time, so a burst of cold downloads
 * cannot exhaust the server.
 */
const DEFAULT_CACHE_MB = 64;
const RENDER_SLOTS = 2;

export interface Rendered {
  body: Buffer;
  title: string;
}

const size = (r: Rendered) => r.body.length + r.title.length * 2;

export class RenderCache {
  private readonly entries = new Map<string, Rendered>();
  private readonly inFlight = new Map<string, Promise<Rendered>>();
  private bytes = 0;
  private rendering = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly maxBytes: number) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** The rendering under `key`, made by `render` if it is not kept. */
  async get(key: string, render: () => Promise<Rendered>): Promise<Rendered> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.withSlot(render).then(
        (rendered) => {
          this.inFlight.delete(key);
          this.remember(key, rendered);
          return rendered;
        },
        (error: unknown) => {
          this.inFlight.delete(key);
          throw error;
        },
      );
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private remember(key: string, rendered: Rendered): void {
    // A rendering larger than the whole bound is served but not kept.
    if (size(rendered) > this.maxBytes) return;
    this.entries.set(key, rendered);
    this.bytes += size(rendered);
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= size(entry);
    }
  }

  private async withSlot<T>(work: () => Promise<T>): Promise<T> {
    if (this.rendering >= RENDER_SLOTS) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.rendering += 1;
    try {
      return await work();
    } finally {
      this.rendering -= 1;
      this.waiting.shift()?.();
    }
  }
}

/** The process's cache; `VIEW_CACHE_MB` sets its bound (0 turns it off). */
export function renderCacheFromEnv(env: NodeJS.ProcessEnv = process.env): RenderCache {
  const mb = Number(env.VIEW_CACHE_MB ?? DEFAULT_CACHE_MB);
  return new RenderCache(Number.isFinite(mb) && mb >= 0 ? mb * 1024 * 1024 : DEFAULT_CACHE_MB * 1024 * 1024);
}
