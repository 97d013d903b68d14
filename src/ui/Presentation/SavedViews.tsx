import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { usePresentationStore } from '../../state/presentation-store';
import { useT } from '../use-t';

/** The list of saved views ("slides"): save the current map, show, update, reorder, remove. */
export function SavedViews() {
  const t = useT();
  const { views, current, incomplete } = usePresentationStore(useShallow((s) => ({ views: s.views, current: s.current, incomplete: s.incomplete })));
  const actions = usePresentationStore(useShallow((s) => ({ saveView: s.saveView, updateView: s.updateView, removeView: s.removeView, moveView: s.moveView, goTo: s.goTo })));
  const [name, setName] = useState('');
  return (
    <section aria-labelledby="saved-views-heading">
      <h3 id="saved-views-heading" className="small-heading">{t('present.views')}</h3>
      <p className="muted small">{t('present.viewsHelp')}</p>
      <form
        className="rename"
        onSubmit={(e) => {
          e.preventDefault();
          actions.saveView(name);
          setName('');
        }}
      >
        <label className="field">
          <span>{t('present.viewName')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="view-name" />
        </label>
        <button type="submit" data-testid="save-view">{t('present.saveView')}</button>
      </form>
      {views.length === 0 ? (
        <p className="muted small">{t('present.noViews')}</p>
      ) : (
        <ol className="saved-views" data-testid="saved-views">
          {views.map((view, i) => (
            <li key={view.id} className={i === current ? 'current' : undefined} aria-current={i === current ? 'true' : undefined}>
              <span className="layer-label">{view.name}</span>
              <span className="layer-actions">
                <button type="button" onClick={() => actions.goTo(i)} aria-label={t('present.showLabel', { name: view.name })}>{t('present.show')}</button>
                <button type="button" onClick={() => actions.updateView(i)} aria-label={t('present.updateLabel', { name: view.name })}>{t('present.update')}</button>
                <button type="button" onClick={() => actions.moveView(i, -1)} disabled={i === 0} aria-label={t('present.moveUp', { name: view.name })}>↑</button>
                <button type="button" onClick={() => actions.moveView(i, 1)} disabled={i === views.length - 1} aria-label={t('present.moveDown', { name: view.name })}>↓</button>
                <button type="button" onClick={() => actions.removeView(i)} aria-label={t('present.remove', { name: view.name })}>×</button>
              </span>
              {(incomplete[view.id]?.length ?? 0) > 0 && <p className="warning-text small">{t('present.incomplete')}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
