/**
 * What the import worker does, composed from data/, geo/ and analysis/ functions (kept out of the
 * .worker.ts file so it runs in node tests too): parse boundary and incident files, remember the
 * parsed geometry and points by dataset id, and join incidents to areas without the main thread ever
 * sending geometry or coordinates back (cloning national-scale GeoJSON costs seconds).
 */
import type { BandWorkerRequest, BoundaryBand, PostcodeLookup, PostcodeLookupSummary, AreaDataset, BoundaryLoadRequest, LoadedBoundaries, FileKindDecision, ImportProgress, ImportResult, IncidentDataset, IndicatorTable, InputFile, IncidentLoadRequest, JoinResult, TableLoadRequest, TensionDataset, TensionLoadRequest, HotspotRequest, HotspotResult, PeriodCountRequest, PeriodCounts, PostcodeLocation, ReportLoadRequest, ReportLoadResult, DatumGridCheck, PlaceDataset } from '../types';
import { buildPolygonIndex, type PolygonIndex } from '../geo/polygon-index';
import { assignPostcodeAreas } from '../analysis/postcode-areas';
import { locatePoints } from '../geo/polygon-index-locate';
import { compareWithFileCodes } from '../analysis/join-agreement';
import { countIncidents } from '../analysis/incident-counts';
import { periodIndexOn } from '../analysis/timeline-window';
import { areaLabelPoints, distanceBandWeights, queenContiguityWeights, type SpatialWeights } from '../geo/contiguity';
import { computeGiStar } from '../analysis/hotspots/gi-star';
import { classifyEmergingHotspots, computeGiStarByPeriod } from '../analysis/hotspots/emerging';
import { identifyFiles } from '../data/file-kind';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import { encodeBoundaryMapSource } from '../geo/boundary-map-source';
import { loadIncidentFiles } from '../data/load-incidents';
import { loadPostcodeFiles, mergePostcodeLookups, summarisePostcodeLookup } from '../data/load-postcodes';
import { loadPlaceFiles } from '../data/places/load-places';
import { loadTableFiles } from '../data/load-tables';
import { loadTensionFiles } from '../data/load-tensions';
import { loadReportFiles } from '../data/reports/load-reports';
import { indexPostcodeLookups, locateByPostcode } from '../data/postcodes/locate-by-postcode';
import { randomId } from '../data/stable-id';
import { mergeAreaDatasets } from '../data/authorities/merge-datasets';
import { boundaryBand } from '../geo/boundary-band';
import { applyDatumGridFile } from '../data/datum-grid-file';

export type Progress = ImportProgress;

/** One import session (one per worker): loaders plus the datasets they produced, by id. */
export function createImportSession() {
  const areas = new Map<string, AreaDataset>();
  const indexes = new Map<string, PolygonIndex>();
  const incidents = new Map<string, IncidentDataset>();
  /** Postcode lookups by id (issue 19): every incident load places rows without coordinates by them. */
  const postcodes = new Map<string, PostcodeLookup>();
  const weightCache = new Map<string, SpatialWeights>();
  /** The last join of each incident dataset (a copy: the result's array is transferred to the caller). */
  const lastJoins = new Map<string, { boundaryId: string; areaIndex: Int32Array }>();

  function weightsFor(boundaryId: string, weights: HotspotRequest['weights']): SpatialWeights {
    const key = `${boundaryId}|${weights.kind === 'queen' ? 'queen' : weights.distanceM}`;
    let cached = weightCache.get(key);
    if (!cached) {
      const dataset = areas.get(boundaryId);
      if (!dataset) throw new Error(`No boundary dataset ${boundaryId} in this session`);
      const geometries = dataset.features.map((f) => f.geometry);
      if (weights.kind === 'queen') cached = queenContiguityWeights(geometries);
      else {
        const points = areaLabelPoints(geometries);
        cached = distanceBandWeights(points.lng, points.lat, weights.distanceM);
      }
      weightCache.set(key, cached);
    }
    return cached;
  }

  function polygonIndexFor(boundaryId: string): PolygonIndex {
    let index = indexes.get(boundaryId);
    if (!index) {
      const dataset = areas.get(boundaryId);
      if (!dataset) throw new Error(`No boundary dataset ${boundaryId} in this session`);
      index = buildPolygonIndex(dataset.features.map((f) => f.geometry));
      indexes.set(boundaryId, index);
    }
    return index;
  }

  return {
    /** What each dropped file is (the one file registry); nothing is kept. */
    identifyFiles(files: InputFile[]): FileKindDecision[] {
      return identifyFiles(files);
    },

    async loadBoundaryDatasets(request: BoundaryLoadRequest, onProgress?: Progress): Promise<LoadedBoundaries> {
      const results = await loadBoundaryDatasets(request, onProgress);
      const mapSources: Record<string, ArrayBuffer> = {};
      for (const result of results) {
        if (!result.ok) continue;
        areas.set(result.value.id, result.value);
        mapSources[result.value.id] = encodeBoundaryMapSource(result.value);
      }
      return { results, mapSources };
    },

    async loadIncidents(files: InputFile[], request: IncidentLoadRequest, onProgress?: Progress): Promise<ImportResult<IncidentDataset>> {
      const result = await loadIncidentFiles(files, { ...request, postcodeLookups: [...postcodes.values()], onProgress });
      if (result.ok) incidents.set(result.value.id, result.value);
      return result;
    },

    /** A postcode lookup (one or several files, e.g. Code-Point Open's one CSV per area), held for incident loads. */
    async loadPostcodes(files: InputFile[], request: { id: string; label: string }): Promise<ImportResult<PostcodeLookupSummary>> {
      const result = loadPostcodeFiles(files);
      if (!result.ok) return result;
      const merged = mergePostcodeLookups(result.value);
      postcodes.set(request.id, merged);
      return { ok: true, value: summarisePostcodeLookup(merged, request), warnings: result.warnings };
    },

    /** Places and assets (issue 16): small enough to live on the main thread, so only read here. */
    async loadPlaces(files: InputFile[], request: { id: string; label: string }): Promise<ImportResult<PlaceDataset>> {
      const result = loadPlaceFiles(files, postcodes.size > 0 ? indexPostcodeLookups([...postcodes.values()]) : null);
      if (!result.ok) return result;
      return { ok: true, value: { ...request, files: files.map((f) => f.name), ...result.value }, warnings: result.warnings };
    },

    /** Indicator tables (CSV, .xlsx, .ods); tables are small enough to live on the main thread only. */
    loadTables(files: InputFile[], request: TableLoadRequest, onProgress?: Progress): Promise<ImportResult<IndicatorTable>> {
      return loadTableFiles(files, { ...request, onProgress });
    },

    /** Tension assessment tables; rows naming areas that no loaded layer has are reported, not guessed. */
    loadTensions(files: InputFile[], request: TensionLoadRequest): Promise<ImportResult<TensionDataset>> {
      const codes = new Set<string>();
      const names: Record<string, string> = {};
      for (const dataset of areas.values()) {
        dataset.areaCodes.forEach((code, i) => {
          codes.add(code);
          if (dataset.areaNames[i]) names[dataset.areaNames[i]] = code;
        });
      }
      return loadTensionFiles(files, { ...request, areaCodes: codes.size ? [...codes] : undefined, areaNames: names });
    },

    /** Tension report tables (issue 14): rows given by postcode alone are placed by the held postcode lookups. */
    loadReports(files: InputFile[], request: ReportLoadRequest, onProgress?: Progress): Promise<ImportResult<ReportLoadResult>> {
      return loadReportFiles(files, {
        importedMs: request.importedMs, newId: () => randomId('report'), postcodeLookups: [...postcodes.values()], onProgress,
        ...(request.areas && { areaCodes: request.areas.areaCodes, areaNames: request.areas.areaNames }),
      });
    },

    /** Where the held postcode lookups put a postcode typed in the report form; null when no lookup is held. */
    locatePostcode(text: string): PostcodeLocation | null {
      return postcodes.size === 0 ? null : locateByPostcode(text, indexPostcodeLookups([...postcodes.values()]));
    },

    /** Area index of every incident in the boundary dataset (-1 outside every area), with timings. */
    joinIncidents(incidentId: string, boundaryId: string): JoinResult {
      const points = incidents.get(incidentId);
      if (!points) throw new Error(`No incident dataset ${incidentId} in this session`);
      const started = performance.now();
      const index = polygonIndexFor(boundaryId);
      const built = performance.now();
      const areaIndex = assignPostcodeAreas(locatePoints(index, points.lng, points.lat), points.postcodePlacement, areas.get(boundaryId)!.areaCodes);
      const joinMs = performance.now() - built;
      const agreement = compareWithFileCodes(points, areaIndex, areas.get(boundaryId)!.areaCodes, index);
      lastJoins.set(incidentId, { boundaryId, areaIndex: areaIndex.slice() });
      return { incidentId, boundaryId, areaIndex, buildMs: built - started, joinMs, agreement };
    },

    /**
     * Incidents per area × period of the shared timeline (bounds in UTC ms), for the categories kept:
     * computed once here, so a time-slider step on the main thread only selects among them.
     */
    periodCounts(request: PeriodCountRequest): PeriodCounts {
      const points = incidents.get(request.incidentId);
      const join = lastJoins.get(request.incidentId);
      const boundary = areas.get(request.boundaryId);
      if (!points || !join || join.boundaryId !== request.boundaryId || !boundary) throw new Error(`No join of ${request.incidentId} into ${request.boundaryId} in this session`);
      const periodCount = request.boundsMs.length - 1;
      const counts = countIncidents(
        { areaIndex: join.areaIndex, categoryIndex: points.categoryIndex, timeMs: points.timeMs, periodIndex: periodIndexOn(points.timeMs, request.boundsMs) },
        { areaCount: boundary.features.length, categoryCount: points.categories.length, periodCount },
        { categories: request.categories, fromMs: null, toMs: null },
      );
      return { areaCount: boundary.features.length, periodCount, counts: counts.byAreaPeriod };
    },

    /** Getis-Ord Gi* per area (and emerging hot spot categories over periods) with the chosen weights. */
    hotspots(request: HotspotRequest): HotspotResult {
      const weights = weightsFor(request.boundaryId, request.weights);
      const options = { falseDiscoveryRate: request.falseDiscoveryRate };
      const gi = computeGiStar(request.values, weights, options);
      let emerging: string[] | null = null;
      if (request.periods && request.periods.periodCount >= 2) {
        const byPeriod = computeGiStarByPeriod(request.periods.values, request.periods.periodCount, weights, options);
        emerging = classifyEmergingHotspots(byPeriod, { rules: request.emergingRules }).categories;
      }
      let neighbourless = 0;
      for (let i = 0; i < weights.areaCount; i++) if (weights.offsets[i + 1] === weights.offsets[i]) neighbourless += 1;
      return { zScores: gi.zScores, pValues: gi.pValues, bins: gi.bins, areasWithData: gi.areasWithData, emerging, neighbourless };
    },

    /** Drops what the session holds for a removed dataset. */
    /** Installs (or, with null, removes) the OSTN15 grid for the BNG files read after it. */
    applyDatumGrid(file: InputFile | null): DatumGridCheck | null {
      return applyDatumGridFile(file);
    },

    /** Holds boundary datasets restored on the main thread (share packages) that no file load gave the session. */
    adoptBoundaries(datasets: AreaDataset[]): void {
      for (const dataset of datasets) if (!areas.has(dataset.id)) areas.set(dataset.id, dataset);
    },

    /** Merges held boundary datasets into one, as the main thread does with its copies (issue 7). */
    mergeBoundaries(ids: string[], id: string, label: string, received: AreaDataset[] = []): void {
      for (const dataset of received) if (!areas.has(dataset.id)) areas.set(dataset.id, dataset);
      const list = ids.flatMap((x) => areas.get(x) ?? []);
      if (list.length !== ids.length) throw new Error(`Cannot merge: some of ${ids.join(', ')} are not in this session`);
      areas.set(id, mergeAreaDatasets(list, { id, label }).dataset);
    },

    /** The boundary band of a held dataset, with the caller's authority of each area. */
    boundaryBand(request: BandWorkerRequest): BoundaryBand {
      const dataset = areas.get(request.datasetId);
      if (!dataset) throw new Error(`No boundary dataset ${request.datasetId} in this session`);
      return boundaryBand(dataset.features.map((f) => f.geometry), request.areaAuthorities, request.a, request.b, request.distanceM);
    },

    forgetDataset(id: string): void {
      areas.delete(id);
      indexes.delete(id);
      lastJoins.delete(id);
      for (const [incidentId, join] of [...lastJoins]) if (join.boundaryId === id) lastJoins.delete(incidentId);
      for (const key of [...weightCache.keys()]) if (key.startsWith(`${id}|`)) weightCache.delete(key);
      incidents.delete(id);
      postcodes.delete(id);
    },
  };
}

export type ImportSession = ReturnType<typeof createImportSession>;
