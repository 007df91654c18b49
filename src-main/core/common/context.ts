// What every service needs: the database and a clock (injected so tests can move time).
import type { Db } from '../db/connection';

export interface ServiceContext {
  db: Db;
  /** Milliseconds since the epoch. */
  now: () => number;
}
