import { Component, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/translate';
import { useT } from './use-t';

interface Props {
  /** The part's name in the catalogue (its heading), said in the error. */
  part: MessageKey;
  children: ReactNode;
  /** Offered beside the error (e.g. "Start fresh", which must stay reachable whatever fails). */
  extra?: ReactNode;
}

interface State {
  failed: boolean;
  closed: boolean;
}

function PartFailed({ part, extra, onRetry, onClose }: { part: MessageKey; extra?: ReactNode; onRetry: () => void; onClose: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="error-notice part-failed" data-testid="part-failed" data-part={part}>
      <p>{t('boundary.failed', { part: t(part) })}</p>
      {extra}
      <button type="button" data-testid="part-retry" onClick={onRetry}>{t('boundary.retry')}</button>
      <button type="button" data-testid="part-close" onClick={onClose}>{t('boundary.close')}</button>
    </div>
  );
}

/**
 * Keeps a failure inside one part of the page (a panel, the legend, the map, the timeline): that part shows
 * the error with "Try again" and "Close", and the rest of the app keeps working (issue 14).
 */
export class PartBoundary extends Component<Props, State> {
  override state: State = { failed: false, closed: false };

  static getDerivedStateFromError(): State {
    return { failed: true, closed: false };
  }

  override render(): ReactNode {
    const { part, extra, children } = this.props;
    if (this.state.closed) return null;
    if (!this.state.failed) return children;
    return <PartFailed part={part} extra={extra} onRetry={() => this.setState({ failed: false })} onClose={() => this.setState({ closed: true })} />;
  }
}
