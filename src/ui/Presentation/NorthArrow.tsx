import { useCameraStore } from '../../state/camera-store';
import { useT } from '../use-t';

/** The presentation's north arrow, turned with the map's bearing (north is up unless a saved camera turned it). */
export function NorthArrow() {
  const t = useT();
  const bearing = useCameraStore((s) => s.camera?.bearing ?? 0);
  return (
    <div className="north-arrow" data-map-overlay="" data-testid="north-arrow" role="img" aria-label={t('words.present.northLabel')}>
      <svg viewBox="0 0 40 56" aria-hidden="true" style={{ transform: `rotate(${-bearing}deg)` }}>
        <text x="20" y="15" textAnchor="middle" fontSize="15" fontWeight="700" fill="#000">{t('words.present.north')}</text>
        <path d="M20 19 L31 52 L20 44 L9 52 Z" fill="#fff" stroke="#000" strokeWidth="2.5" strokeLinejoin="round" />
        <path d="M20 19 L20 44 L9 52 Z" fill="#000" />
      </svg>
    </div>
  );
}
