import type { AreaDataset, CommunityImpactAssessment, TensionRating } from '../../types';
import type { MessageKey } from '../../i18n/translate';
import { useCiaEvidence } from '../../state/cia-evidence';
import { useTableStore } from '../../state/table-store';
import { formatNumber } from '../../analysis/format-number';
import { useAreaName, useLocaleTag } from '../use-t';
import { useCiaWords } from './use-cia-words';

const EMERGING_HOT = new Set(['new-hot', 'intensifying-hot', 'persistent-hot', 'diminishing-hot', 'consecutive-hot', 'sporadic-hot']);

/** The workspace's evidence for the footprint, each line citing where it comes from. */
export function EvidenceSection({ assessment }: { assessment: CommunityImpactAssessment }) {
  const { t, day } = useCiaWords();
  const areaName = useAreaName();
  const localeTag = useLocaleTag();
  const tables = useTableStore((s) => s.tables);
  const gathered = useCiaEvidence(assessment);
  if (!gathered) return null;
  const { evidence: e, boundary } = gathered;
  const name = (dataset: AreaDataset, code: string) => {
    const index = dataset.areaCodes.indexOf(code);
    return index >= 0 ? areaName(dataset, index) : code;
  };
  const list = (codes: string[]) => codes.map((code) => name(boundary, code)).join(', ') || t('cia.evidence.noneListed');
  const rating = (r: TensionRating) => t(`tension.level.${r.scale}.${r.level}` as MessageKey);
  const indicator = (id: string) => {
    const [tableId, index] = id.split(':');
    return tables[tableId]?.indicators[Number(index)]?.name ?? id;
  };
  const n = (value: number) => value.toLocaleString(localeTag);
  const dec = (value: number) => formatNumber(value, localeTag, 1);
  return (
    <div className="cia-evidence" data-testid="cia-evidence">
      <h4>{t('cia.section.evidence')}</h4>
      <ul className="small">
        {e.incidents ? (
          <li data-testid="cia-evidence-incidents">
            {t('cia.evidence.incidents', { label: e.incidents.label, total: n(e.incidents.total), first: e.incidents.firstPeriod ?? '', last: e.incidents.lastPeriod ?? '', districtTotal: n(e.incidents.districtTotal) })}{' '}
            {t('cia.evidence.recent', { recent: n(e.incidents.recent.count), previous: n(e.incidents.previous.count) })}{' '}
            {e.incidents.changePercent !== null && t('cia.evidence.change', { change: `${e.incidents.changePercent > 0 ? '+' : ''}${dec(e.incidents.changePercent)}` })}{' '}
            {t(`cia.evidence.trend.${e.incidents.trend}`)}{' '}
            {e.incidents.busiestAreas.length > 0 && t('cia.evidence.busiest', { list: e.incidents.busiestAreas.map((a) => `${name(boundary, a.areaCode)} (${n(a.count)})`).join(', ') })}
          </li>
        ) : <li className="muted">{t('cia.evidence.noIncidents')}</li>}
        {e.hotspots ? (
          <li data-testid="cia-evidence-hotspots">
            {e.hotspots.hot.length ? t('cia.evidence.hot', { list: e.hotspots.hot.map((h) => `${name(boundary, h.areaCode)} (${t(`hotspot.bin.${h.bin}` as MessageKey)})`).join(', ') }) : t('cia.evidence.noHot')}{' '}
            {e.hotspots.cold.length > 0 && t('cia.evidence.cold', { list: list(e.hotspots.cold) })}{' '}
            {Object.keys(e.hotspots.emerging).some((c) => EMERGING_HOT.has(c)) && t('cia.evidence.emerging', { list: Object.entries(e.hotspots.emerging).filter(([c]) => EMERGING_HOT.has(c)).map(([c, codes]) => `${t(`hotspot.emerging.${c}` as MessageKey, { count: codes.length })}: ${list(codes)}`).join('; ') })}
          </li>
        ) : <li className="muted">{t('cia.evidence.noHotspots')}</li>}
        {e.tension?.overall ? (
          <li data-testid="cia-evidence-tension">
            {t('cia.evidence.tension', { label: e.tension.label, date: day(e.tension.overall.timeMs), current: rating(e.tension.overall.current), potential: rating(e.tension.overall.potential) })}{' '}
            {e.tension.communities.map((c) => t('cia.evidence.tensionCommunity', { community: c.communityType, current: rating(c.current), potential: rating(c.potential) })).join('; ')}{'. '}
            {e.tension.impactAreas.length > 0 && t('cia.evidence.tensionImpact', { list: list(e.tension.impactAreas) })}
          </li>
        ) : <li className="muted">{t('cia.evidence.noTension')}</li>}
        {e.cohesion ? (
          <li data-testid="cia-evidence-cohesion">
            {t('cia.evidence.cohesion', { score: e.cohesion.meanScore === null ? '–' : dec(e.cohesion.meanScore), count: e.cohesion.scored, list: list(e.cohesion.lowestFifth) })}{' '}
            {e.cohesion.weakest && t('cia.evidence.weakest', { area: name(boundary, e.cohesion.weakest.areaCode), score: dec(e.cohesion.weakest.score), rank: e.cohesion.weakest.rank, indicators: e.cohesion.weakest.pullingDown.map(indicator).join(', ') || t('cia.evidence.noneListed') })}
          </li>
        ) : <li className="muted">{t('cia.evidence.noCohesion')}</li>}
        {e.rapidChange && <li data-testid="cia-evidence-rapid">{t('cia.evidence.rapid', { list: list(e.rapidChange.areaCodes) })}</li>}
        {e.community && e.community.footprintPercent !== null && (
          <li data-testid="cia-evidence-community">{t('cia.evidence.community', { here: dec(e.community.footprintPercent), district: e.community.districtPercent === null ? '–' : dec(e.community.districtPercent) })}</li>
        )}
        {e.places.map((layer) => (
          <li key={layer.label} data-testid="cia-evidence-places">
            {layer.places.length === 0
              ? t('places.evidenceNone', { label: layer.label })
              : t('places.evidence', { label: layer.label, count: layer.places.length, list: layer.places.map((p) => `${p.name || t('places.unnamed')} (${t(`places.category.${p.category}`)}, ${name(boundary, p.areaCode)})`).join('; ') })}
          </li>
        ))}
      </ul>
    </div>
  );
}
