import type { Page } from './playwright';

/** What is in the browser's workspace database: file keys and the parsed snapshot (null when none). */
export function storedWorkspace(page: Page): Promise<{ files: string[]; snapshot: { parts: Record<string, Record<string, unknown>>; sources: unknown[] } | null }> {
  return page.evaluate(async () => {
    // Never create the database here (an empty one would have no stores for the app).
    if (!(await indexedDB.databases()).some((d) => d.name === 'cohesion-atlas-workspace')) return { files: [], snapshot: null };
    return new Promise((resolve, reject) => {
      const req = indexedDB.open('cohesion-atlas-workspace');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('files')) {
          db.close();
          return resolve({ files: [], snapshot: null });
        }
        const tx = db.transaction(['files', 'meta']);
        const keys = tx.objectStore('files').getAllKeys();
        const meta = tx.objectStore('meta').get('snapshot');
        tx.oncomplete = () => {
          db.close();
          resolve({ files: keys.result.map(String), snapshot: meta.result ? JSON.parse(meta.result as string) : null });
        };
      };
    });
  });
}

