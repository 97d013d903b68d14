import { useShallow } from 'zustand/react/shallow';
import type { AreaDataset, CiaFootprint } from '../../types';
import { useCiaStore } from '../../state/cia-store';
import { drawnFootprint } from '../../analysis/cia/assessment';
import { useCiaWords } from './use-cia-words';

type Drawn = Extract<CiaFootprint, { kind: 'drawn' }>;

/**
 * Drawing an assessment's geography on the map: each click on the map adds a corner; the shape is finished
 * with three or more corners covering at least one area of the layer. (From the keyboard, areas are chosen
 * from the list instead.)
 */
export function DrawShape({ dataset, drawn, onDrawn }: { dataset: AreaDataset; drawn: Drawn | null; onDrawn: (footprint: Drawn | null) => void }) {
  const { t } = useCiaWords();
  const { drawing, startDrawing, undoCorner, stopDrawing } = useCiaStore(useShallow((s) => ({ drawing: s.drawing, startDrawing: s.startDrawing, undoCorner: s.undoCorner, stopDrawing: s.stopDrawing })));
  const active = drawing?.datasetId === dataset.id ? drawing : null;
  const finish = () => {
    if (!active) return;
    const footprint = drawnFootprint(dataset, active.corners);
    if (!footprint) return;
    onDrawn(footprint);
    stopDrawing();
  };
  const finished = active ? drawnFootprint(dataset, active.corners) : null;
  return (
    <div className="cia-draw" data-testid="cia-draw">
      {active ? (
        <>
          <p className="small" role="status" data-testid="cia-draw-status">{t('cia2.draw.status', { count: active.corners.length })}</p>
          {active.corners.length >= 3 && !finished && <p className="small warning-text" role="alert" data-testid="cia-draw-empty">{t('cia2.draw.coversNothing')}</p>}
          <div className="button-row">
            <button type="button" onClick={finish} disabled={!finished} data-testid="cia-draw-finish">{t('cia2.draw.finish')}</button>
            <button type="button" onClick={undoCorner} disabled={active.corners.length === 0} data-testid="cia-draw-undo">{t('cia2.draw.undo')}</button>
            <button type="button" onClick={stopDrawing} data-testid="cia-draw-cancel">{t('cia2.draw.cancel')}</button>
          </div>
        </>
      ) : (
        <button type="button" onClick={() => { onDrawn(null); startDrawing(dataset.id); }} data-testid="cia-draw-start">{t(drawn ? 'cia2.draw.again' : 'cia2.draw.start')}</button>
      )}
      <p className="muted small">{t('cia2.draw.keyboard')}</p>
    </div>
  );
}
