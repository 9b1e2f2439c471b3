/**
 * Boots the compiled app on a temporary SQLite file of its own (STRAPI-NOTES §3.2), mounts the
 * routes and hands out supertest agents for the public, an admin and an API token.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import supertest from 'supertest';
import { createStrapi, type Core } from '@strapi/strapi';

const ROOT = path.resolve(__dirname, '../..');

export interface TestApp {
  strapi: Core.Strapi;
  /** http://127.0.0.1:port when started with { listen: true }. */
  url: string;
  http: () => supertest.Agent;
  adminToken: () => Promise<string>;
  apiToken: (type?: 'full-access' | 'read-only') => Promise<string>;
  stop: () => Promise<void>;
}

/** `admin: true` serves the built admin panel and listens on a real port, for the browser tests. */
export async function startTestApp(options: { admin?: boolean } = {}): Promise<TestApp> {
  const dbFile = path.join(
    os.tmpdir(),
    `nianbao-test-${process.env.JEST_WORKER_ID ?? 0}-${process.pid}-${Date.now()}.db`,
  );
  process.env.NODE_ENV = 'test';
  process.env.DATABASE_CLIENT = process.env.DATABASE_CLIENT ?? 'sqlite';
  process.env.DATABASE_FILENAME = dbFile;

  const strapi = await createStrapi({
    appDir: ROOT,
    distDir: path.join(ROOT, 'dist'),
    autoReload: false,
    serveAdminPanel: Boolean(options.admin),
  }).load();
  strapi.server.mount();
  let url = '';
  if (options.admin) {
    await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', () => resolve()));
    url = `http://127.0.0.1:${(strapi.server.httpServer.address() as { port: number }).port}`;
  }

  let admin: string | undefined;
  return {
    strapi,
    url,
    http: () => supertest.agent(strapi.server.httpServer),
    async adminToken() {
      if (!admin) {
        const res = await supertest(strapi.server.httpServer).post('/admin/register-admin').send({
          email: 'admin@example.gov.cn',
          firstname: '测试',
          lastname: '管理员',
          password: 'Test-Admin-2024',
        });
        if (res.status !== 200 && res.status !== 201) throw new Error(`register-admin ${res.status}: ${res.text}`);
        admin = res.body.data.token as string;
      }
      return admin;
    },
    async apiToken(type = 'full-access') {
      const token = await strapi.service('admin::api-token').create({
        name: `test-${type}-${Date.now()}-${Math.random()}`,
        type,
        lifespan: null,
        description: '',
      });
      return token.accessKey as string;
    },
    async stop() {
      await strapi.destroy();
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(dbFile + suffix, { force: true });
    },
  };
}
