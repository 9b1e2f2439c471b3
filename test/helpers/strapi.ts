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
/**
 * With DATABASE_CLIENT=postgres (npm run test:pg) each suite gets a database of its own on the
 * server of TEST_DATABASE_URL, dropped afterwards; otherwise a temporary SQLite file.
 */
async function createDatabase(): Promise<{ drop: () => Promise<void> }> {
  const name = `nianbao-test-${process.env.JEST_WORKER_ID ?? 0}-${process.pid}-${Date.now()}`;
  if (process.env.DATABASE_CLIENT !== 'postgres') {
    const dbFile = path.join(os.tmpdir(), `${name}.db`);
    process.env.DATABASE_FILENAME = dbFile;
    return { drop: async () => ['', '-wal', '-shm', '-journal'].forEach((s) => fs.rmSync(dbFile + s, { force: true })) };
  }
  const { Client } = await import('pg');
  const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new Client({ connectionString: server });
  await admin.connect();
  const db = name.replace(/-/g, '_');
  await admin.query(`CREATE DATABASE "${db}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${db}`;
  process.env.DATABASE_URL = url.toString();
  return {
    drop: async () => {
      const c = new Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startTestApp(options: { admin?: boolean } = {}): Promise<TestApp> {
  process.env.NODE_ENV = 'test';
  process.env.DATABASE_CLIENT = process.env.DATABASE_CLIENT ?? 'sqlite';
  const database = await createDatabase();

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
      await database.drop();
    },
  };
}
