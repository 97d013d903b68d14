/**
 * Content-derived ids handed to imports still running. An id reaches its store only when the import
 * ends, so without this the same file dropped twice at once would get one id for two datasets.
 */
import { unusedId } from '../data/stable-id';

const claimed = new Set<string>();

/** An id for one import, and the function that lets it go once the import has reached its store. */
export interface IdClaim {
  id: string;
  release: () => void;
}

/** `base`, or the first free `base_<n>`, that no store has (`isTaken`) and no running import holds; held until `release`. */
export function claimId(base: string, isTaken: (id: string) => boolean): IdClaim {
  const id = unusedId(base, (candidate) => isTaken(candidate) || claimed.has(candidate));
  claimed.add(id);
  return { id, release: () => claimed.delete(id) };
}

/** An id given by the caller (a workspace restore, a re-read): nothing to hold. */
export function givenId(id: string): IdClaim {
  return { id, release: () => undefined };
}
