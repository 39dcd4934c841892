// Stats are counts over the whole graph: worth caching. The cache lives in the process
// and is dropped whenever the graph's write version (bumped by every ingest and API write)
// has moved, so one cheap read per request keeps it exact.
import type { Driver } from '../queries/db';
import { type StatsRecord, graphStats, graphVersion, topEntities } from '../queries/stats';

export class StatsCache {
  private version = -1;
  private counts?: Promise<StatsRecord>;
  private tops = new Map<string, Promise<Array<{ id: string; degree: number }>>>();

  /** Drops everything; the next read recomputes. */
  invalidate(): void {
    this.version = -1;
    this.counts = undefined;
    this.tops.clear();
  }

  private async fresh(driver: Driver): Promise<void> {
    const v = await graphVersion(driver);
    if (v !== this.version) {
      this.invalidate();
      this.version = v;
    }
  }

  /** The graph's write version, read now (and the cache dropped if it moved). */
  async currentVersion(driver: Driver): Promise<number> {
    await this.fresh(driver);
    return this.version;
  }

  async stats(driver: Driver): Promise<StatsRecord> {
    await this.fresh(driver);
    this.counts ??= graphStats(driver).catch((err: unknown) => {
      this.counts = undefined;
      throw err;
    });
    return this.counts;
  }

  async top(driver: Driver, type: string | null, first: number): Promise<Array<{ id: string; degree: number }>> {
    await this.fresh(driver);
    const key = JSON.stringify([type, first]);
    let p = this.tops.get(key);
    if (!p) {
      p = topEntities(driver, type, first).catch((err: unknown) => {
        this.tops.delete(key);
        throw err;
      });
      this.tops.set(key, p);
    }
    return p;
  }
}
