/**
 * The one memo helper of the derivations: results cached per owner object (a dataset, a join, a table…),
 * forgotten with it, and per a second key within it — a string (e.g. a JSON of options) or another object
 * (a filter, a mask, a coverage), itself held weakly. The same inputs give the same result object, so React
 * memos and the map see no change when nothing changed.
 */
export interface Memo<Owner extends object, Key extends string | object, Value> {
  get: (owner: Owner, key: Key, compute: () => Value) => Value;
}

/** A new, empty memo. */
export function createMemo<Owner extends object, Key extends string | object, Value>(): Memo<Owner, Key, Value> {
  const byOwner = new WeakMap<Owner, { strings: Map<string, Value>; objects: WeakMap<object, Value> }>();
  return {
    get(owner, key, compute) {
      let entry = byOwner.get(owner);
      if (!entry) byOwner.set(owner, (entry = { strings: new Map(), objects: new WeakMap() }));
      const table = typeof key === 'string' ? entry.strings : entry.objects;
      if ((table as Map<string | object, Value>).has(key as never)) return (table as Map<string | object, Value>).get(key as never) as Value;
      const value = compute();
      (table as Map<string | object, Value>).set(key as never, value);
      return value;
    },
  };
}
