/**
 * Receiving a share package: read and check it (older versions migrated), restore its boundaries, tables
 * and tension ratings into the stores tagged with the sending authority, and map its first layer.
 */
import type { ImportError, ImportWarning, InputFile } from '../types';
import { readSharePackage } from '../data/share-package/read';
import { restoreSharePackage, sharePointsAsGeoJson } from '../data/share-package/restore';
import { restoreSharedReports } from '../data/share-package/reports';
import { useReportStore } from './report-store';
import { useIncidentStore } from './incident-store';
import { useDataStore } from './data-store';
import { useTableStore } from './table-store';
import { useTensionStore } from './tension-store';
import { tableFieldId } from './table-derived';
import { randomId } from '../data/stable-id';
import { service } from './services';
import { useCiaStore } from './cia-store';

/**
 * Imports each package; returns one error per package that could not be used (the others still load).
 * A package gets a new random id prefix, or (a workspace restore of one package) the one in `savedIds`.
 */
export async function importSharePackages(files: InputFile[], savedIds: string[] = []): Promise<ImportError[]> {
  const errors: ImportError[] = [];
  const saved = files.length === 1 ? savedShareIds(savedIds) : {};
  for (const file of files) {
    const text = new TextDecoder('utf-8').decode(file.bytes);
    const read = readSharePackage(text, file.name);
    if (!read.ok) {
      errors.push(read.error);
      continue;
    }
    const version = read.warnings.some((w) => w.code === 'share-package-migrated') ? versionOf(text) : read.value.version;
    const restored = restoreSharePackage(read.value, file.name, version, saved.prefix ?? randomId('share'));
    if (!restored.ok) {
      errors.push(restored.error);
      continue;
    }
    const { dataset, tables, tension, origin } = restored.value;
    useTableStore.getState().addTables(tables);
    if (tension) useTensionStore.getState().addTensionDataset(tension);
    // Reports travel only when the sender chose them, field by field (issue 14); the sender's own records are never replaced.
    if (read.value.reports) useReportStore.getState().addReceivedReports(restoreSharedReports(read.value.reports, origin, Date.now()));
    // Map the first dated layer at its latest period, else the first layer.
    const first = tables.find((t) => t.periods.length > 1) ?? tables[0];
    const valueField = first ? tableFieldId({ tableId: first.id, indicator: 0, period: first.periods.length - 1, measure: 'value' }) : undefined;
    const warnings: ImportWarning[] = [...read.warnings, ...restored.warnings];
    useDataStore.getState().addDatasets([dataset], { [dataset.id]: warnings }, valueField ? { [dataset.id]: valueField } : {});
    // Assessment summaries travel only when the sender chose them: kept read-only, named for the sender.
    const { authority, producedAt } = read.value.metadata;
    const names = new Map(read.value.boundaries.areas.map((area) => [area.areaCode, area.areaName]));
    if (read.value.assessments.length) {
      useCiaStore.getState().addPartnerSummaries(read.value.assessments.map((a) => ({
        id: `${producedAt}:${a.id}`, authority: authority.name, producedAt, summary: a.summary, level: a.level, status: a.status, opened: a.opened,
        areas: a.areaCodes.map((areaCode) => ({ areaCode, areaName: names.get(areaCode) ?? '' })),
      })));
    }
    // The worker never saw this layer (it came from the package, not a file): give it, so the points can join to it.
    await service('incidentWorker').adopt?.([dataset]);
    // Points only travel when the sender chose to include them; they load as an incident layer named for the sender.
    const points = read.value.incidents;
    if (points && points.points.length) {
      const name = `${read.value.metadata.authority.name} incidents.geojson`;
      await useIncidentStore.getState().loadIncidents([{ name, bytes: new TextEncoder().encode(sharePointsAsGeoJson(points)).buffer as ArrayBuffer }], { id: saved.incidents });
    }
  }
  return errors;
}

/** The id prefix and incident dataset id a package's saved ids (`<store kind>:<id>`) had. */
function savedShareIds(savedIds: string[]): { prefix?: string; incidents?: string } {
  const areas = savedIds.find((id) => id.startsWith('boundaries:') && id.endsWith('-areas'));
  const incidents = savedIds.find((id) => id.startsWith('incidents:'));
  return { prefix: areas?.slice('boundaries:'.length, -'-areas'.length), incidents: incidents?.slice('incidents:'.length) };
}

/** The version number written in a package's text (before migration). */
function versionOf(text: string): number {
  const match = /"version"\s*:\s*(\d+)/.exec(text);
  return match ? Number(match[1]) : 0;
}
