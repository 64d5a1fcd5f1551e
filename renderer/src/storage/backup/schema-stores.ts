/** What a schema version declares: its object stores, and the fields each keeps unique. */
import { migrations } from '../migrations';

/** The store definitions in force at `version` (a later `null` removes a store). */
function definitionsAt(version: number): Map<string, string> {
  const stores = new Map<string, string>();
  for (const migration of migrations) {
    if (migration.version > version) break;
    for (const [store, spec] of Object.entries(migration.stores)) {
      if (spec === null) stores.delete(store);
      else stores.set(store, spec);
    }
  }
  return stores;
}

/** Whether some migration has exactly this version (a backup of any other cannot be read). */
export function isKnownVersion(version: number): boolean {
  return migrations.some((migration) => migration.version === version);
}

/** The stores of schema `version`, sorted (the order snapshots read them in). */
export function storesAt(version: number): string[] {
  return [...definitionsAt(version).keys()].sort();
}

/** The primary key and the unique indexes of `store` at `version`: values two rows may not share. */
export function uniqueFieldsOf(store: string, version: number): string[] {
  const spec = definitionsAt(version).get(store);
  if (!spec) return [];
  const [primary, ...indexes] = spec.split(',').map((part) => part.trim());
  const unique = indexes.filter((index) => index.startsWith('&')).map((index) => index.slice(1));
  // Compound unique indexes ([a+b]) do not occur; they would need a composed value here.
  return [primary!.replace(/^\+\+|^&/, ''), ...unique.filter((field) => !field.startsWith('['))];
}
