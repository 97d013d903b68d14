import { useEffect, type DragEvent } from 'react';
import { MapView } from '../map/MapView';
import { Header } from '../ui/Header';
import { toInputFiles } from '../ui/FileDrop';
import { SectionBody, SectionRail } from '../ui/SectionRail';
import { SECTION_IDS } from '../state/section-store';
import { SECTION_PANELS } from './sections';
import { TimeSlider } from '../ui/TimeSlider';
import { Legend } from '../ui/Legend';
import { AreaPanel } from '../ui/AreaPanel';
import { BasemapNotice } from '../ui/BasemapNotice';
import { Tooltip } from '../ui/Tooltip';
import { IncidentTooltip } from '../ui/IncidentTooltip';
import { PresentationOverlay } from '../ui/Presentation/PresentationOverlay';
import { LayerTable } from '../ui/LayerTable';
import { MapKeyboard } from '../ui/MapKeyboard';
import { PartBoundary } from '../ui/PartBoundary';
import { BasemapConsent } from '../ui/BasemapConsent';
import { ReadOnlyNotice } from '../ui/WorkspacePanel/ReadOnlyNotice';
import { CompareLayout } from './CompareLayout';
import { StartChoiceDialog } from '../ui/StartChoiceDialog';
import { useCompareStore } from '../state/compare-store';
import { useT } from '../ui/use-t';
import { usePresentationStore } from '../state/presentation-store';
import { useDataStore } from '../state/data-store';
import { startApp } from './start';
import './app.css';
import './neighbours.css';
import './cia.css';
import './words.css';

export function App() {
  const t = useT();
  const loadFiles = useDataStore((s) => s.loadFiles);
  const presenting = usePresentationStore((s) => s.presenting);
  // Presenting shows one map (saved views are single-map views); the comparison comes back afterwards.
  const comparing = useCompareStore((s) => s.mode !== 'single') && !presenting;
  useEffect(() => startApp(), []);

  // Files dropped anywhere on the page load too, not only on the drop zone.
  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    if (event.dataTransfer.files.length) await loadFiles(await toInputFiles(event.dataTransfer.files));
  };

  return (
    <div className={presenting ? 'app presenting' : 'app'} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <a className="skip-link" href="#map">{t('app.skipToMap')}</a>
      <div className="sidebar" role="complementary" aria-label={t('app.sidebar')} hidden={presenting}>
        <PartBoundary part="boundary.part.header"><Header /></PartBoundary>
        <BasemapConsent />
        <ReadOnlyNotice />
        <div className="sidebar-body">
          <SectionRail />
          {SECTION_IDS.map((id) => (
            <SectionBody key={id} id={id}>
              {SECTION_PANELS[id].map((panel) => <PartBoundary key={panel.part} part={panel.part} extra={panel.extra}>{panel.element}</PartBoundary>)}
            </SectionBody>
          ))}
        </div>
      </div>
      <main className="map-area" id="map" tabIndex={-1}>
        <PartBoundary part="boundary.part.map">{comparing ? <CompareLayout /> : <MapView />}</PartBoundary>
        <PartBoundary part="present.heading"><PresentationOverlay /></PartBoundary>
        <PartBoundary part="time.heading"><TimeSlider /></PartBoundary>
        {!comparing && <PartBoundary part="legend.heading"><Legend /></PartBoundary>}
        <PartBoundary part="boundary.part.overlay"><LayerTable /><MapKeyboard /><Tooltip /><IncidentTooltip /></PartBoundary>
        <PartBoundary part="area.heading"><AreaPanel /></PartBoundary>
        <PartBoundary part="settings.heading"><BasemapNotice /></PartBoundary>
      </main>
      <StartChoiceDialog />
    </div>
  );
}
