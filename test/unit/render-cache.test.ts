/** The view's render cache: bounded in bytes, least recently used out, one rendering per key at a time. */
import { RenderCache, renderCacheFromEnv } from '../../src/plugins/nianbao/server/src/services/views/rendered';

const rendering = (bytes: number) => ({ body: Buffer.alloc(bytes, 1), title: '' });

describe('RenderCache', () => {
  test('keeps renderings up to its byte bound, dropping the least recently used', async () => {
    const cache = new RenderCache(250);
    let renders = 0;
    const render = (bytes: number) => async () => {
      renders++;
      return rendering(bytes);
    };
    await cache.get('a', render(100));
    await cache.get('b', render(100));
    await cache.get('a', render(100)); // a is now the most recent
    await cache.get('c', render(100)); // 300 > 250: b goes
    expect(cache.size).toEqual({ entries: 2, bytes: 200 });
    expect(renders).toBe(3);
    await cache.get('a', render(100));
    expect(renders).toBe(3);
    await cache.get('b', render(100));
    expect(renders).toBe(4);
  });

  test('a rendering larger than the bound is served, not kept', async () => {
    const cache = new RenderCache(50);
    const got = await cache.get('big', async () => rendering(80));
    expect(got.body.length).toBe(80);
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });

  test('concurrent requests for one key share one rendering; a failed one is not kept', async () => {
    const cache = new RenderCache(1000);
    let renders = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async () => {
      renders++;
      await gate;
      return rendering(10);
    };
    const both = Promise.all([cache.get('k', slow), cache.get('k', slow)]);
    release();
    const [x, y] = await both;
    expect(x).toBe(y);
    expect(renders).toBe(1);
    await expect(cache.get('bad', async () => Promise.reject(new Error('渲染失败')))).rejects.toThrow('渲染失败');
    expect(await cache.get('bad', async () => rendering(5))).toEqual(rendering(5));
  });

  test('VIEW_CACHE_MB sets the bound; a value that is not a size keeps the default', () => {
    expect(renderCacheFromEnv({ VIEW_CACHE_MB: '8' }).maxBytes).toBe(8 * 1024 * 1024);
    expect(renderCacheFromEnv({ VIEW_CACHE_MB: '0' }).maxBytes).toBe(0);
    expect(renderCacheFromEnv({ VIEW_CACHE_MB: 'viel' }).maxBytes).toBe(64 * 1024 * 1024);
    expect(renderCacheFromEnv({}).maxBytes).toBe(64 * 1024 * 1024);
  });
});
