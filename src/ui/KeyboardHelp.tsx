import type { MessageKey } from '../i18n/translate';
import { useT } from './use-t';

const KEYS: { keys: MessageKey; does: MessageKey }[] = [
  { keys: 'keys.panKeys', does: 'keys.pan' },
  { keys: 'keys.zoomKeys', does: 'keys.zoom' },
  { keys: 'keys.stepKeys', does: 'keys.step' },
  { keys: 'keys.openKeys', does: 'keys.open' },
  { keys: 'keys.closeKeys', does: 'keys.close' },
  { keys: 'present.keysPresent', does: 'present.keysPresentDoes' },
];

/** The map's keyboard shortcuts, written out in the sidebar. */
export function KeyboardHelp() {
  const t = useT();
  return (
    <details className="panel" data-testid="keyboard-help">
      <summary>{t('keys.heading')}</summary>
      <p className="small">{t('keys.intro')}</p>
      <dl className="key-list small">
        {KEYS.map(({ keys, does }) => (
          <div key={keys}><dt><kbd>{t(keys)}</kbd></dt><dd>{t(does)}</dd></div>
        ))}
      </dl>
    </details>
  );
}
