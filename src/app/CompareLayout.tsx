import { MapView } from '../map/MapView';
import { Legend } from '../ui/Legend';
import { PaneControls } from '../ui/Compare/PaneControls';
import { SwipeDivider } from '../ui/Compare/SwipeDivider';
import { useT } from '../ui/use-t';
import { useChoropleth } from '../state/choropleth';
import { sameClasses, useCompareStore } from '../state/compare-store';
import { useDataStore } from '../state/data-store';
import './compare.css';
import { usePaneViews } from '../state/compare-views';

const PANES = [0, 1] as const;

/**
 * Two linked maps (one camera) side by side, or stacked with the second clipped at the swipe divider;
 * each pane's choices above it and its legend under it, or one legend when both classify alike.
 */
export function CompareLayout() {
  const t = useT();
  const mode = useCompareStore((s) => s.mode);
  const panes = useCompareStore((s) => s.panes);
  const swipePercent = useCompareStore((s) => s.swipePercent);
  const datasets = useDataStore((s) => s.datasets);
  const views = usePaneViews();
  const left = useChoropleth(panes[0].datasetId, views[0]);
  const right = useChoropleth(panes[1].datasetId, views[1]);
  const shared = sameClasses(left?.classification ?? null, right?.classification ?? null);
  const name = (i: 0 | 1) => datasets[panes[i].datasetId ?? '']?.label ?? t('compare.noLayer');
  const map = (i: 0 | 1) => <MapView pane={{ index: i, datasetId: panes[i].datasetId, view: views[i] }} />;
  const legend = (i: 0 | 1) => (
    <Legend datasetId={panes[i].datasetId} view={views[i]} testId={`legend-pane-${i}`} className="legend pane-legend" note={t('compare.paneLegend', { pane: t(`compare.pane.${i}`), name: name(i) })} />
  );
  const legends = shared
    ? <div className="compare-legends"><Legend datasetId={panes[0].datasetId} view={views[0]} testId="legend-shared" className="legend pane-legend" note={t('compare.shared')} /></div>
    : null;

  if (mode === 'swipe') {
    return (
      <div className="compare compare-swipe" data-testid="compare">
        <div className="compare-controls">{PANES.map((i) => <PaneControls key={i} index={i} />)}</div>
        <div className="compare-map">
          <div className="swipe-layer">{map(0)}</div>
          <div className="swipe-layer" style={{ clipPath: `inset(0 0 0 ${swipePercent}%)` }}>{map(1)}</div>
          <SwipeDivider leftName={name(0)} rightName={name(1)} />
        </div>
        {legends ?? <div className="compare-legends">{PANES.map((i) => <div key={i}>{legend(i)}</div>)}</div>}
      </div>
    );
  }
  return (
    <div className="compare compare-side" data-testid="compare">
      <div className="compare-panes">
        {PANES.map((i) => (
          <div key={i} className="compare-pane" data-testid={`compare-pane-${i}`}>
            <PaneControls index={i} />
            <div className="compare-map">{map(i)}</div>
            {!shared && legend(i)}
          </div>
        ))}
      </div>
      {legends}
    </div>
  );
}
