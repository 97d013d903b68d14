import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { stepSection, useSectionStore, SECTION_IDS, type SectionId } from '../state/section-store';
import { useT } from './use-t';

const tabId = (id: SectionId) => `section-tab-${id}`;
const panelId = (id: SectionId) => `section-panel-${id}`;

/**
 * The rail of sections, as tabs (WAI-ARIA tabs pattern): one Tab stop for the whole rail, arrow keys, Home
 * and End move between sections and open them, so any section is two or three keys away.
 */
export function SectionRail() {
  const t = useT();
  const open = useSectionStore((s) => s.open);
  const openSection = useSectionStore((s) => s.openSection);
  const list = useRef<HTMLDivElement>(null);
  const go = (id: SectionId) => {
    openSection(id);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(id)}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const next = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? stepSection(open, 1)
      : event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? stepSection(open, -1)
        : event.key === 'Home' ? SECTION_IDS[0]
          : event.key === 'End' ? SECTION_IDS[SECTION_IDS.length - 1] : null;
    if (!next) return;
    event.preventDefault();
    go(next);
  };
  return (
    <div className="section-rail" role="tablist" aria-orientation="vertical" aria-label={t('section.rail')} ref={list} onKeyDown={onKeyDown} data-testid="section-rail">
      {SECTION_IDS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={tabId(id)}
          aria-selected={open === id}
          aria-controls={panelId(id)}
          tabIndex={open === id ? 0 : -1}
          className="section-tab"
          data-testid={`section-tab-${id}`}
          onClick={() => openSection(id)}
        >
          {t(`section.${id}`)}
        </button>
      ))}
    </div>
  );
}

/** One section's panels, shown while its tab is open. Panels stay mounted when hidden, so drafts survive. */
export function SectionBody({ id, children }: { id: SectionId; children: ReactNode }) {
  const t = useT();
  const open = useSectionStore((s) => s.open === id);
  return (
    <div className="section-body" role="tabpanel" id={panelId(id)} aria-labelledby={tabId(id)} hidden={!open} data-section={id} data-testid={`section-${id}`}>
      <h2 className="section-heading">{t(`section.${id}`)}</h2>
      <p className="section-intro">{t(`section.${id}.intro`)}</p>
      {children}
    </div>
  );
}
