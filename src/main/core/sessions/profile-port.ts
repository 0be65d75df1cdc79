// The store profile as a session entity over the local copy: one document per store, read from the
// synced profile row and written back after a push. Record-table ports route 'profile' here.
import type { Db } from '../store/db'
import { loadProfile, saveProfile } from '../store/entities'
import type { Entity } from './ports'

export function readLocalProfile(db: Db): Entity | null {
  return loadProfile(db) as Entity | null
}

/** Keeps the local profile in step with what Ecwid now holds (after a push or a conflict read). */
export function writeLocalProfile(db: Db, profile: Entity, now: number = Date.now()): void {
  saveProfile(db, profile, now)
}
