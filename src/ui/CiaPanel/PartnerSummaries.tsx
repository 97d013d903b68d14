import { useShallow } from 'zustand/react/shallow';
import { useCiaStore } from '../../state/cia-store';
import { useCiaWords } from './use-cia-words';

/** Summaries of assessments partners chose to share in their packages: read-only, with who sent them and when. */
export function PartnerSummaries() {
  const { t, day } = useCiaWords();
  const { summaries, remove } = useCiaStore(useShallow((s) => ({ summaries: s.partnerSummaries, remove: s.removePartnerSummary })));
  if (summaries.length === 0) return null;
  return (
    <div data-testid="cia-partner-summaries">
      <h3 className="small-heading">{t('cia2.partners.heading')}</h3>
      <ul className="small">
        {summaries.map((s) => (
          <li key={s.id} data-testid="cia-partner-summary">
            {t('cia2.partners.item', {
              authority: s.authority,
              date: Number.isFinite(Date.parse(s.producedAt)) ? day(Date.parse(s.producedAt)) : s.producedAt,
              summary: s.summary,
              level: s.level ? t(`cia.level.${s.level}`) : t('cia.level.none'),
              status: t(`cia.status.${s.status}`),
              opened: Number.isFinite(Date.parse(s.opened)) ? day(Date.parse(s.opened)) : s.opened,
              areas: s.areas.map((a) => a.areaName || a.areaCode).join(', '),
            })}{' '}
            <button type="button" onClick={() => remove(s.id)} aria-label={t('cia2.partners.remove', { authority: s.authority })}>×</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
