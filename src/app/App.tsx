import { useEffect, type DragEvent } from 'react';
import { MapView } from '../map/MapView';
import { Header } from '../ui/Header';
import { FileDrop, toInputFiles } from '../ui/FileDrop';
import { LoadStatus } from '../ui/LoadStatus';
import { LayerList } from '../ui/LayerList';
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
import { HotspotPanel } from '../ui/HotspotPanel';
import { PresentationPanel } from '../ui/Presentation/PresentationPanel';
import { PresentationOverlay } from '../ui/Presentation/PresentationOverlay';
import { WorkspacePanel } from '../ui/WorkspacePanel';
import { BoundaryBandPanel } from '../ui/BoundaryBandPanel';
import { ExportDialog } from '../ui/ExportDialog';
import { renderPage } from '../map/export/page-renderer';
import { liveMapSize, settleLiveMap } from '../map/export/live-map';
import { LayerTable } from '../ui/LayerTable';
import { MapKeyboard } from '../ui/MapKeyboard';
import { KeyboardHelp } from '../ui/KeyboardHelp';
import { ComparePanel } from '../ui/Compare';
import { SharePanel } from '../ui/SharePanel';
import { CompareLayout } from './CompareLayout';
import { useCompareStore } from '../state/compare-store';
import { useT } from '../ui/use-t';
import { usePresentationStore } from '../state/presentation-store';
import { useDataStore } from '../state/data-store';
import { startApp } from './start';
import './app.css';
import './neighbours.css';

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
        <Header />
        <WorkspacePanel />
        <ExampleSwitch />
        <FileDrop />
        <LoadStatus />
        <LayerList />
        <BoundaryBandPanel />
        <IncidentPanel />
        <HotspotPanel />
        <TablePanel />
        <CohesionPanel />
        <TensionPanel />
        <ComparePanel />
        <StylePanel />
        <PresentationPanel />
        <ExportDialog renderPage={renderPage} settle={settleLiveMap} screenSize={liveMapSize} />
        <SharePanel />
        <SettingsPanel />
        <KeyboardHelp />
      </div>
      <main className="map-area" id="map" tabIndex={-1}>
        {comparing ? <CompareLayout /> : <MapView />}
        <PresentationOverlay />
        <TimeSlider />
        {!comparing && <Legend />}
        <LayerTable />
        <MapKeyboard />
        <Tooltip />
        <IncidentTooltip />
        <AreaPanel />
      </main>
    </div>
  );
}
