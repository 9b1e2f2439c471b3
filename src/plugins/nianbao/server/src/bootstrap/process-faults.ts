/**
 * A database error just after a commit used to end the process: Strapi emits its after-commit
 * events (document-service/events.js) without catching, so a failing subscriber or a query that hits
 * a lost connection is an unhandled rejection, which Node turns into an exit. The data is committed by
 * then; what failed is follow-up work. So such a rejection is logged with its cause and the server
 * keeps serving. An uncaught *exception* still ends the process (state may be broken): run it under
 * a supervisor (README).
 */
import type { Core } from '@strapi/strapi';

let current: Core.Strapi | null = null;
let installed = false;

export function keepServingThroughRejections(strapi: Core.Strapi): void {
  current = strapi;
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason: unknown) => {
    const error = reason instanceof Error ? reason : new Error(String(reason));
    const cause = (error as { cause?: unknown }).cause;
    const log = current?.log ?? console;
    log.error(`未处理的异步错误，服务继续运行：${error.message}${cause ? `（原因：${String((cause as Error).message ?? cause)}）` : ''}\n${error.stack ?? ''}`);
  });
}
