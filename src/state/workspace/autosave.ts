/**
 * Saves the workspace to browser storage shortly after each change: new original files once (then their
 * in-memory copies are dropped), the small settings snapshot every time it changed, and files no longer
 * used are deleted. Whatever the browser refuses is reported by name; nothing fails silently.
 */
import type { WorkspaceSnapshot } from '../../types';
import { referencedFileKeys } from '../../data/workspace-format';
import { heldBytes, releaseBytes } from './source-recorder';
import { captureWorkspace, contentJson } from './capture';
import type { WorkspaceStorage } from './workspace-storage';
import { isQuotaError } from './workspace-storage';

/** What the last save kept and what it could not. `full` is true when the browser said storage is full. */
export interface SaveReport {
  savedAt: string | null;
  filesNotSaved: string[];
  settingsNotSaved: boolean;
  full: boolean;
}

export class WorkspaceAutosave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastJson: string | null = null;
  private stored: Set<string> | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private paused = false;

  constructor(
    private readonly storage: WorkspaceStorage,
    private readonly onReport: (report: SaveReport) => void,
    private readonly delayMs = 500,
  ) {}

  /** Treats `snapshot` as already saved (the untouched example, or the workspace just restored). */
  markSaved(snapshot: WorkspaceSnapshot): void {
    this.lastJson = contentJson(snapshot);
  }

  /** Asks for a save after the delay (restarted by every further change). */
  schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.saveNow();
    }, this.delayMs);
  }

  /** Saves now (after any save already running). */
  saveNow(): Promise<void> {
    this.running = this.running.then(() => this.save()).catch(() => undefined);
    return this.running;
  }

  /** Holds saving while a workspace is being rebuilt (a half-built workspace is never saved). */
  pause(): void {
    this.paused = true;
  }

  /** Saving again, starting with whatever changed while paused. */
  resume(): void {
    this.paused = false;
    this.schedule();
  }

  /** Stops saving for good (the workspace is being deleted). Waits for a save already running. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private async save(): Promise<void> {
    if (this.stopped || this.paused) return;
    const { snapshot } = captureWorkspace();
    const json = contentJson(snapshot);
    if (json === this.lastJson) return;
    const report: SaveReport = { savedAt: null, filesNotSaved: [], settingsNotSaved: false, full: false };
    this.stored ??= new Set(await this.storage.fileKeys().catch(() => []));
    // The small snapshot first: if a file is then refused, a reload still says which file did not come back.
    try {
      await this.storage.writeSnapshot(JSON.stringify(snapshot));
      report.savedAt = snapshot.savedAt;
    } catch (thrown) {
      report.settingsNotSaved = true;
      report.full ||= isQuotaError(thrown);
    }
    const keys = referencedFileKeys(snapshot);
    for (const key of keys.filter((k) => !this.stored!.has(k))) {
      if (this.stopped) return;
      const bytes = heldBytes(key);
      const names = snapshot.sources.flatMap((s) => s.files).filter((f) => f.key === key).map((f) => f.name);
      try {
        if (!bytes) throw new Error('bytes no longer held');
        await this.storage.writeFile(key, bytes);
        this.stored.add(key);
        releaseBytes(key);
      } catch (thrown) {
        report.filesNotSaved.push(...new Set(names));
        report.full ||= isQuotaError(thrown);
      }
    }
    // Only a fully saved workspace counts as saved: otherwise the next change tries again.
    if (!report.filesNotSaved.length && !report.settingsNotSaved) this.lastJson = json;
    // Files no longer in the workspace are deleted (the data is sensitive and must not linger), once the
    // stored snapshot no longer refers to them.
    const unused = [...this.stored].filter((k) => !keys.includes(k));
    if (unused.length && !report.settingsNotSaved) {
      await this.storage.deleteFiles(unused).catch(() => undefined);
      unused.forEach((k) => this.stored!.delete(k));
    }
    this.onReport(report);
  }
}
