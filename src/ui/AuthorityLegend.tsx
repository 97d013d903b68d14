import type { AreaDataset } from '../types';
import type { Choropleth } from '../state/choropleth';
import { useNeighbourStore } from '../state/neighbour-store';
import { useLocaleStore } from '../state/locale-store';
import { authorityName } from '../state/dataset-names';
import { useLocaleTag, useT, useVintageText } from './use-t';
import { useAuthorityLegendSections, type AuthorityLegendSection } from './use-legend-items';

/** For a layer with several authorities: which classification applies (shared or per authority) and a switch. */
export function AuthorityLegendMode({ dataset, choropleth }: { dataset: AreaDataset; choropleth: Choropleth }) {
  const t = useT();
  const vintageText = useVintageText();
  const mode = useNeighbourStore((s) => s.classifyMode);
  const setClassifyMode = useNeighbourStore((s) => s.setClassifyMode);
  const note = useNeighbourStore((s) => s.mergeNotes[dataset.id]);
  const locale = useLocaleStore((s) => s.locale);
  const authorities = dataset.authorities ?? [];
  if (authorities.length < 2) return null;
  const perAuthority = !!choropleth.byAuthority;
  const years = note?.mixedVintages ? vintageText(note.vintageYears) : null;
  return (
    <div className="authority-legend" data-testid="legend-authorities">
      <p className="small" data-testid="legend-classify-mode">
        {perAuthority
          ? t('neighbours.legend.perAuthority')
          : t('neighbours.legend.shared', { count: authorities.length, names: foldNames(authorities.map((a) => authorityName(a, locale))) })}
      </p>
      <div className="segmented" role="group" aria-label={t('neighbours.legend.modeGroup')}>
        <button type="button" aria-pressed={mode === 'shared'} onClick={() => setClassifyMode('shared')} data-testid="classify-shared">{t('neighbours.legend.modeShared')}</button>
        <button type="button" aria-pressed={mode === 'per-authority'} onClick={() => setClassifyMode('per-authority')} data-testid="classify-per-authority">{t('neighbours.legend.modePer')}</button>
      </div>
      {years && <p className="warning-text small" role="note" data-testid="legend-vintage-warning">{t('neighbours.mixedVintages', { years })}</p>}
    </div>
  );
}

/** Authorities named in the legend before the rest fold away (a national file has hundreds). */
const NAMED_BEFORE_FOLD = 6;

/** The first few names, then how many more: "Cardiff, Newport, …, Powys, … (+342)". */
function foldNames(names: string[]): string {
  if (names.length <= NAMED_BEFORE_FOLD) return names.join(', ');
  return `${names.slice(0, NAMED_BEFORE_FOLD).join(', ')}, … (+${names.length - NAMED_BEFORE_FOLD})`;
}

/** One authority's name, then its classes and counts. */
function AuthoritySection({ section }: { section: AuthorityLegendSection }) {
  const t = useT();
  const localeTag = useLocaleTag();
  return (
    <section className="legend-authority" data-testid="legend-authority">
      <h3 className="small">{section.name}</h3>
      <ul>
        {section.items.map((item, j) => (
          <li key={j} data-testid="legend-item" data-color={item.color}>
            <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
            <span className="legend-label">{item.label}</span>
            <span className="legend-count">{t('legend.count', { count: item.count.toLocaleString(localeTag) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Per-authority legend: each authority's name, then its classes and counts (past six folded), then one no-data row. */
export function AuthorityClassList({ choropleth }: { choropleth: Choropleth }) {
  const t = useT();
  const localeTag = useLocaleTag();
  const sections = useAuthorityLegendSections(choropleth) ?? [];
  return (
    <div data-testid="legend-per-authority">
      {sections.slice(0, NAMED_BEFORE_FOLD).map((section, i) => <AuthoritySection key={i} section={section} />)}
      {sections.length > NAMED_BEFORE_FOLD && (
        <details className="legend-fold" data-testid="legend-authority-fold">
          <summary className="small">{t('legend.moreAuthorities', { count: sections.length - NAMED_BEFORE_FOLD })}</summary>
          {sections.slice(NAMED_BEFORE_FOLD).map((section, i) => <AuthoritySection key={i} section={section} />)}
        </details>
      )}
      <ul>
        <li data-testid="legend-nodata" data-color={choropleth.classification.noDataColor}>
          <span className="swatch" style={{ background: choropleth.classification.noDataColor }} aria-hidden="true" />
          <span className="legend-label">{t('legend.noData')}</span>
          <span className="legend-count">{t('legend.count', { count: choropleth.classification.noDataCount.toLocaleString(localeTag) })}</span>
        </li>
      </ul>
    </div>
  );
}
