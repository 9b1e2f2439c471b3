/** Strapi on a temporary SQLite file, listening on a free loopback port: what every HTTP bench runs beside. */
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { createStrapi, type Core } from '@strapi/strapi';

export const ROOT = path.resolve(__dirname, '..');

export async function bootStrapi(): Promise<{ strapi: Core.Strapi; port: number; stop: () => Promise<void> }> {
  const dbFile = path.join(os.tmpdir(), `nianbao-bench-${process.pid}.db`);
  Object.assign(process.env, { NODE_ENV: 'test', DATABASE_FILENAME: dbFile });
  await require('../scripts/compile').compileApp(ROOT);
  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', () => resolve()));
  const port = (strapi.server.httpServer.address() as { port: number }).port;
  const stop = async () => {
    await strapi.destroy();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  };
  return { strapi, port, stop };
}

/** One GET on loopback, the body read and counted. */
export function get(port: number, pathname: string, headers: Record<string, string> = {}, agent?: http.Agent): Promise<{ status: number; etag: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: pathname, headers, agent }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: String(res.headers.etag), bytes }));
      })
      .on('error', reject);
  });
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
