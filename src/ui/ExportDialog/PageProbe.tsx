import { useEffect } from 'react';
import { ViewScopeContext, type ViewScope } from '../../state/view-scope';
import { useExportPage, type ExportPage } from './use-export-page';

function Probe({ onPage }: { onPage: (page: ExportPage) => void }) {
  const page = useExportPage();
  useEffect(() => {
    onPage(page);
  }, [page, onPage]);
  return null;
}

/**
 * Works out what a page of `view` says — its title, legend, period, or why it is refused — with the same hooks
 * as the page of the live map, inside the view's scope. Renders nothing; the live map and stores are untouched.
 */
export function PageProbe({ view, onPage }: { view: ViewScope; onPage: (page: ExportPage) => void }) {
  return (
    <ViewScopeContext.Provider value={view}>
      <Probe onPage={onPage} />
    </ViewScopeContext.Provider>
  );
}
