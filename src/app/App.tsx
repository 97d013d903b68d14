import { useEffect, type DragEvent } from 'react';
import { MapView } from '../map/MapView';
import { Header } from '../ui/Header';
import { FileDrop, toInputFiles } from '../ui/FileDrop';
import { LoadStatus } from '../ui/LoadStatus';
import { LayerList } from '../ui/LayerList';
import { UndoButtons } from '../ui/UndoButtons';
import { StylePanel } from '../ui/StylePanel';
import { Legend } from '../ui/Legend';
import { AreaPanel } from '../ui/AreaPanel';
import { Tooltip } from '../ui/Tooltip';
import { SettingsPanel } from '../ui/SettingsPanel';
import { ExampleSwitch } from '../ui/ExampleSwitch';
import { IncidentPanel } from '../ui/IncidentPanel';
import { IncidentTooltip } from '../ui/IncidentTooltip';
import { TablePanel } from '../ui/TablePanel';
import { CohesionPanel } from '../ui/CohesionPanel';
import { TimeSlider } from '../ui/TimeSlider';
import { TensionPanel } from '../ui/TensionPanel';
import { ReportPanel } from '../ui/ReportPanel';
import { CiaPanel } from '../ui/CiaPanel';
import { HotspotPanel } from '../ui/HotspotPanel';
import { PresentationPanel } from '../ui/Presentation/PresentationPanel';
import { PresentationOverlay } from '../ui/Presentation/PresentationOverlay';
import { WorkspacePanel } from '../ui/WorkspacePanel';
import { BoundaryBandPanel } from '../ui/BoundaryBandPanel';
import { ExportDialog } from '../ui/ExportDialog';
import { renderPage } from '../map/export/page-renderer';
import { liveMapSize } from '../map/export/live-map';
import { LayerTable } from '../ui/LayerTable';
import { MapKeyboard } from '../ui/MapKeyboard';
import { KeyboardHelp } from '../ui/KeyboardHelp';
import { ComparePanel } from '../ui/Compare';
import { SharePanel } from '../ui/SharePanel';
import { PartBoundary } from '../ui/PartBoundary';
import { StartFresh } from '../ui/WorkspacePanel/StartFresh';
import { BasemapConsent } from '../ui/BasemapConsent';
import { ReadOnlyNotice } from '../ui/WorkspacePanel/ReadOnlyNotice';
import { CompareLayout } from './CompareLayout';
import { useCompareStore } from '../state/compare-store';
import { useT } from '../ui/use-t';
import { usePresentationStore } from '../state/presentation-store';
import { useDataStore } from '../state/data-store';
import { startApp } from './start';
import './app.css';
import './neighbours.css';
import './cia.css';

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
        <PartBoundary part="workspace.heading" extra={<StartFresh />}><WorkspacePanel /></PartBoundary>
        <BasemapConsent />
        <ReadOnlyNotice />
        <PartBoundary part="boundary.part.example"><ExampleSwitch /></PartBoundary>
        <PartBoundary part="load.heading"><FileDrop /><LoadStatus /></PartBoundary>
        <UndoButtons />
        <PartBoundary part="layers.heading"><LayerList /></PartBoundary>
        <PartBoundary part="neighbours.band.heading"><BoundaryBandPanel /></PartBoundary>
        <PartBoundary part="incidents.heading"><IncidentPanel /></PartBoundary>
        <PartBoundary part="hotspot.heading"><HotspotPanel /></PartBoundary>
        <PartBoundary part="tables.heading"><TablePanel /></PartBoundary>
        <PartBoundary part="cohesion.heading"><CohesionPanel /></PartBoundary>
        <PartBoundary part="tension.heading"><TensionPanel /></PartBoundary>
        <PartBoundary part="reports.heading"><ReportPanel /></PartBoundary>
        <PartBoundary part="cia.heading"><CiaPanel /></PartBoundary>
        <PartBoundary part="compare.heading"><ComparePanel /></PartBoundary>
        <PartBoundary part="style.heading"><StylePanel /></PartBoundary>
        <PartBoundary part="present.heading"><PresentationPanel /></PartBoundary>
        <PartBoundary part="export.heading"><ExportDialog renderPage={renderPage} screenSize={liveMapSize} /></PartBoundary>
        <PartBoundary part="share.heading"><SharePanel /></PartBoundary>
        <PartBoundary part="settings.heading"><SettingsPanel /></PartBoundary>
        <PartBoundary part="keys.heading"><KeyboardHelp /></PartBoundary>
      </div>
      <main className="map-area" id="map" tabIndex={-1}>
        <PartBoundary part="boundary.part.map">{comparing ? <CompareLayout /> : <MapView />}</PartBoundary>
        <PartBoundary part="present.heading"><PresentationOverlay /></PartBoundary>
        <PartBoundary part="time.heading"><TimeSlider /></PartBoundary>
        {!comparing && <PartBoundary part="legend.heading"><Legend /></PartBoundary>}
        <PartBoundary part="boundary.part.overlay"><LayerTable /><MapKeyboard /><Tooltip /><IncidentTooltip /></PartBoundary>
        <PartBoundary part="area.heading"><AreaPanel /></PartBoundary>
      </main>
    </div>
  );
}
