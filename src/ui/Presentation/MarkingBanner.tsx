import { useExportStore } from '../../state/export-store';
import { useT } from '../use-t';

/** The user's sensitivity marking across the map, as on a protectively marked document. */
export function MarkingBanner({ position }: { position: 'top' | 'bottom' }) {
  const t = useT();
  const marking = useExportStore((s) => s.marking);
  if (!marking) return null;
  return (
    <p className={`marking-banner ${position}`} role="note" aria-label={t('present.markingBanner')} data-testid={`marking-${position}`}>
      {marking}
    </p>
  );
}
