/**
 * What each section of the sidebar holds, in order, as data: adding a panel is one line in its section's
 * `panels` (its heading key, which names it if it fails, and the element). Sections and their order are
 * SECTION_IDS in state/section-store.ts.
 */
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/translate';
import type { SectionId } from '../state/section-store';
import { FileDrop } from '../ui/FileDrop';
import { LoadStatus } from '../ui/LoadStatus';
import { LayerList } from '../ui/LayerList';
import { StylePanel } from '../ui/StylePanel';
import { SettingsPanel } from '../ui/SettingsPanel';
import { ExampleSwitch } from '../ui/ExampleSwitch';
import { IncidentPanel } from '../ui/IncidentPanel';
import { TablePanel } from '../ui/TablePanel';
import { PlacePanel } from '../ui/PlacePanel';
import { CohesionPanel } from '../ui/CohesionPanel';
import { TensionPanel } from '../ui/TensionPanel';
import { HotspotPanel } from '../ui/HotspotPanel';
import { PresentationPanel } from '../ui/Presentation/PresentationPanel';
import { WorkspacePanel } from '../ui/WorkspacePanel';
import { BoundaryBandPanel } from '../ui/BoundaryBandPanel';
import { ExportDialog } from '../ui/ExportDialog';
import { KeyboardHelp } from '../ui/KeyboardHelp';
import { ComparePanel } from '../ui/Compare';
import { SharePanel } from '../ui/SharePanel';
import { StartFresh } from '../ui/WorkspacePanel/StartFresh';
import { renderPage } from '../map/export/page-renderer';
import { liveMapSize } from '../map/export/live-map';
import { ReportPanel } from '../ui/ReportPanel';
import { CiaPanel } from '../ui/CiaPanel';
import { UndoButtons } from '../ui/UndoButtons';
import { DocumentPanel } from '../ui/DocumentPanel';

export interface SectionPanel {
  /** The panel's heading in the catalogue: said in the error if the panel fails. */
  part: MessageKey;
  element: ReactNode;
  /** Offered beside that error (e.g. "Start fresh", which must stay reachable whatever fails). */
  extra?: ReactNode;
}

export const SECTION_PANELS: Record<SectionId, SectionPanel[]> = {
  data: [
    { part: 'boundary.part.example', element: <ExampleSwitch /> },
    { part: 'load.heading', element: <><FileDrop /><LoadStatus /></> },
    { part: 'layers.heading', element: <LayerList /> },
    { part: 'tables.heading', element: <TablePanel /> },
    { part: 'places.heading', element: <PlacePanel /> },
  ],
  map: [
    { part: 'style.heading', element: <><UndoButtons /><StylePanel /></> },
    { part: 'compare.heading', element: <ComparePanel /> },
    { part: 'settings.heading', element: <SettingsPanel /> },
  ],
  incidents: [
    { part: 'incidents.heading', element: <IncidentPanel /> },
    { part: 'hotspot.heading', element: <HotspotPanel /> },
  ],
  cohesion: [
    { part: 'cohesion.heading', element: <CohesionPanel /> },
  ],
  tension: [
    { part: 'tension.heading', element: <TensionPanel /> },
    { part: 'reports.heading', element: <ReportPanel /> },
    { part: 'cia.heading', element: <CiaPanel /> },
  ],
  neighbours: [
    { part: 'neighbours.band.heading', element: <BoundaryBandPanel /> },
  ],
  present: [
    { part: 'present.heading', element: <PresentationPanel /> },
    { part: 'export.heading', element: <ExportDialog renderPage={renderPage} screenSize={liveMapSize} /> },
    { part: 'document.panel.heading', element: <DocumentPanel /> },
    { part: 'share.heading', element: <SharePanel /> },
  ],
  workspace: [
    { part: 'workspace.heading', element: <WorkspacePanel />, extra: <StartFresh /> },
    { part: 'keys.heading', element: <KeyboardHelp /> },
  ],
};
