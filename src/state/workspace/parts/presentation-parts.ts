/**
 * Workspace parts of presenting and exporting: the saved views (with the layer and table ids inside them
 * mapped to the restored ones) and the texts of exported pages, sensitivity marking included.
 */
import { usePresentationStore } from '../../presentation-store';
import { useExportStore } from '../../export-store';
import { checkCamera } from '../../camera-store';
import type { SavedView } from '../../saved-views';
import type { PageSpec } from '../../../analysis/export/page-size';
import { mapFieldId } from './layer-parts';
import { isEmergingRules } from '../../../analysis/hotspots/emerging-series';
import { isRecord, mapKeys, registerWorkspacePart, type IdMap, readPartList } from '../workspace-parts';
import { withLegendTitle } from '../../layer-store';

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isDisplay = (v: unknown): v is { heatmap: boolean; points: boolean } => isRecord(v) && isBoolean(v.heatmap) && isBoolean(v.points);

const isPage = (v: unknown): v is PageSpec =>
  isRecord(v) && ['screen', 'a4', 'a3'].includes(v.paper as string) && ['portrait', 'landscape'].includes(v.orientation as string) && (v.dpi === 150 || v.dpi === 300);

/** A saved view read back from a workspace, its ids mapped; null when it is not a saved view. */
export function mapSavedView(saved: unknown, ids: IdMap): SavedView | null {
  if (!isRecord(saved) || typeof saved.id !== 'string' || typeof saved.name !== 'string' || !isRecord(saved.timeline)) return null;
  const timeline = saved.timeline;
  if ((timeline.kind !== 'month' && timeline.kind !== 'week') || !(timeline.step === null || Number.isInteger(timeline.step)) || !isRecord(timeline.window)) return null;
  const style = isRecord(saved.style) && typeof saved.style.valueField === 'string' && isRecord(saved.style.options)
    ? withLegendTitle({ valueField: mapFieldId(saved.style.valueField, ids) ?? saved.style.valueField, options: saved.style.options as unknown as NonNullable<SavedView['style']>['options'] }, typeof saved.style.legendTitle === 'string' ? saved.style.legendTitle : null)
    : null;
  return {
    id: saved.id,
    name: saved.name,
    camera: checkCamera(saved.camera),
    // A layer that did not come back stays named by its old id, so showing the view reports it missing.
    activeDatasetId: typeof saved.activeDatasetId === 'string' ? ids(saved.activeDatasetId) ?? saved.activeDatasetId : null,
    ...(typeof saved.layerLabel === 'string' ? { layerLabel: saved.layerLabel } : {}),
    visible: mapKeys(saved.visible, ids, isBoolean),
    style,
    bivariate: saved.bivariate === true,
    timeline: {
      kind: timeline.kind,
      step: timeline.step as number | null,
      // Views saved before period keys have none: their step is read on the timeline over everything loaded.
      ...(typeof timeline.periodKey === 'string' || timeline.periodKey === null ? { periodKey: timeline.periodKey as string | null } : {}),
      window: timeline.window as unknown as SavedView['timeline']['window'],
      breaks: timeline.breaks === 'per-period' ? 'per-period' : 'fixed',
    },
    incidents: mapKeys(saved.incidents, ids, isDisplay),
    ...(isRecord(saved.hotspot) && typeof saved.hotspot.field === 'string'
      ? { hotspot: { field: mapFieldId(saved.hotspot.field, ids) ?? saved.hotspot.field, weights: (isRecord(saved.hotspot.weights) ? saved.hotspot.weights : null) as NonNullable<SavedView['hotspot']>['weights'], falseDiscoveryRate: typeof saved.hotspot.falseDiscoveryRate === 'boolean' ? saved.hotspot.falseDiscoveryRate : null, emergingRules: isEmergingRules(saved.hotspot.emergingRules) ? saved.hotspot.emergingRules : null } }
      : {}),
    ...(isRecord(saved.tension) && (saved.tension.measure === 'current' || saved.tension.measure === 'potential') && typeof saved.tension.community === 'string'
      ? { tension: { measure: saved.tension.measure, community: saved.tension.community } }
      : {}),
    ...(isBoolean(saved.assessments) ? { assessments: saved.assessments } : {}),
  };
}

/** Registers the saved views and export texts parts. */
export function registerPresentationParts(): void {
  registerWorkspacePart({
    key: 'saved-views',
    snapshot: () => usePresentationStore.getState().views,
    restore: (saved, ids, noteDropped) => {
      if (!Array.isArray(saved)) return;
      const views = readPartList(saved, (view) => mapSavedView(view, ids), 'saved-views', noteDropped);
      usePresentationStore.setState({ views, current: null, incomplete: {} });
    },
    subscribe: (onChange) => usePresentationStore.subscribe((s, p) => s.views !== p.views && onChange()),
  });

  registerWorkspacePart({
    key: 'export-texts',
    snapshot: () => {
      const { title, subtitle, sources, sourcesEdited, marking, page, format } = useExportStore.getState();
      return { title, subtitle, sources, sourcesEdited, marking, page, format };
    },
    restore: (saved) => {
      if (!isRecord(saved)) return;
      const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
      const current = useExportStore.getState();
      useExportStore.setState({
        title: text(saved.title) ?? current.title,
        subtitle: text(saved.subtitle) ?? current.subtitle,
        sources: text(saved.sources) ?? current.sources,
        sourcesEdited: saved.sourcesEdited === true,
        marking: text(saved.marking) ?? current.marking,
        ...(isPage(saved.page) ? { page: saved.page } : {}),
        ...(saved.format === 'png' || saved.format === 'pdf' ? { format: saved.format } : {}),
      });
    },
    subscribe: (onChange) => useExportStore.subscribe((s, p) => (s.title !== p.title || s.subtitle !== p.subtitle || s.sources !== p.sources || s.marking !== p.marking || s.page !== p.page || s.format !== p.format) && onChange()),
  });
}
