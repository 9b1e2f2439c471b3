/**
 * The stamps of published versions, kept in memory so that a revalidation (304) or a cache hit
 * touches no database. Kept stamps are dropped when this instance writes a report or an agency,
 * and, for writes by other instances, when the publication generation — the count and the latest
 * id and update of published reports and of agencies — has moved: read at most once a second, so a
 * publish on another machine shows here within a second.
 */
import type { Core } from '@strapi/strapi';
import { AGENCY_UID, REPORT_UID } from '../../../../shared/constants';
import { viewStamp } from './view-source';

const CHECK_EVERY_MS = 1000;
/** Enough for every published report of a large government; past it the map starts afresh. */
const MAX_STAMPS = 20_000;

export class PublishedStamps {
  private readonly stamps = new Map<string, string>();
  /** Moves on every drop, so that a stamp read before a drop is not kept after it. */
  private epoch = 0;
  private generation: string | null = null;
  private checkedAt = 0;
  private checking: Promise<void> | null = null;

  constructor(private readonly strapi: Core.Strapi) {}

  drop(): void {
    this.stamps.clear();
    this.epoch++;
  }

  /** The stamp of the published version of `documentId`, null when none is published. */
  async current(documentId: string): Promise<string | null> {
    await this.checkGeneration();
    const kept = this.stamps.get(documentId);
    if (kept) return kept;
    const epoch = this.epoch;
    const stamp = await viewStamp(this.strapi, documentId, 'published');
    if (stamp && epoch === this.epoch) {
      if (this.stamps.size >= MAX_STAMPS) this.stamps.clear();
      this.stamps.set(documentId, stamp);
    }
    return stamp;
  }

  private checkGeneration(): Promise<void> | void {
    if (Date.now() - this.checkedAt < CHECK_EVERY_MS) return;
    this.checking ??= this.readGeneration()
      .then((generation) => {
        if (generation !== this.generation) this.drop();
        this.generation = generation;
        this.checkedAt = Date.now();
      })
      .finally(() => {
        this.checking = null;
      });
    return this.checking;
  }

  private async readGeneration(): Promise<string> {
    const { db } = this.strapi;
    const summary = (uid: typeof REPORT_UID | typeof AGENCY_UID, publishedOnly: boolean) => {
      const query = db.connection(db.metadata.get(uid).tableName).first(db.connection.raw('count(*) as n, max(id) as i, max(updated_at) as u'));
      return publishedOnly ? query.whereNotNull('published_at') : query;
    };
    const [reports, agencies] = await Promise.all([summary(REPORT_UID, true), summary(AGENCY_UID, false)]);
    return JSON.stringify([reports, agencies]);
  }
}

const WRITES = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

/** This instance's own writes drop the kept stamps at once, without waiting for the generation check. */
export function dropStampsOnWrites(strapi: Core.Strapi, stamps: PublishedStamps): void {
  strapi.db.lifecycles.subscribe({
    models: [REPORT_UID, AGENCY_UID],
    ...Object.fromEntries(WRITES.map((event) => [event, () => stamps.drop()])),
  });
}
