import { useId } from 'react';
import type { ChoroplethView } from '../state/choropleth';
import { useMapKeys, type MapKey } from './use-map-keys';
import { useT } from './use-t';

function KeySwatch({ swatch }: { swatch: MapKey['swatch'] }) {
  if (swatch.kind === 'heatmap') return <span className="heat-swatch" aria-hidden="true" />;
  return <span className="outline-swatch" style={{ borderColor: swatch.color, borderStyle: swatch.dashed ? 'dashed' : 'solid' }} aria-hidden="true" />;
}

/** "Also on the map": the outlines and heatmap drawn over the classes, each with its swatch and what it means. */
export function LegendKeys({ datasetId, view }: { datasetId: string | null; view?: ChoroplethView }) {
  const t = useT();
  const headingId = useId();
  const keys = useMapKeys(datasetId, view);
  if (keys.length === 0) return null;
  return (
    <div className="legend-keys" data-testid="legend-keys">
      <p className="small legend-keys-heading" id={headingId}>{t('legend.keysHeading')}</p>
      <ul aria-labelledby={headingId}>
        {keys.map((key) => (
          <li key={key.id} className="small" data-testid={key.id === 'heatmap' ? 'legend-heatmap' : `legend-key-${key.id}`}>
            <KeySwatch swatch={key.swatch} />
            <span className="legend-label">{key.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
