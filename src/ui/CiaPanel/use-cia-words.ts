import { useCallback } from 'react';
import type { CiaLink, CommunityImpactAssessment } from '../../types';
import type { CiaFormatProblem } from '../../analysis/cia/cia-format';
import type { AgreementRefusal } from '../../analysis/cia/agreement';
import type { MessageKey } from '../../i18n/translate';
import { formatDate } from '../format-date';
import { useT } from '../use-t';

/** The catalogue key of a field's words, when the catalogue has them. */
function fieldKey(field: string): MessageKey {
  return `cia.field.${field}` as MessageKey;
}

/** Words for the assessments' codes: links, refusals, problems, dates. */
export function useCiaWords() {
  const t = useT();
  const day = useCallback((ms: number) => formatDate(ms, 'day-month-year', t), [t]);
  const link = useCallback((l: CiaLink | null) => (l ? t('cia.origin', { origin: t(`cia.link.${l.kind}`, { label: l.label }) }) : t('cia.origin.none')), [t]);
  const refusal = useCallback((r: AgreementRefusal) => (r.code === 'risk-without-action' ? t('cia.refusal.risk-without-action', { description: r.description, score: r.score, likelihood: r.likelihood, impact: r.impact }) : t(`cia.refusal.${r.code}`)), [t]);
  const problem = useCallback((p: CiaFormatProblem) => {
    if (p.code === 'newer-version') return t('cia.problem.newer-version', { version: p.version });
    if (p.code === 'not-cia-data') return t('cia.problem.not-cia-data');
    const field = t(fieldKey(p.field)) ?? p.field;
    const common = { item: t(`cia.item.${p.item}`), name: p.name, field, outcome: t(p.dropped ? 'cia.problem.outcome.dropped' : 'cia.problem.outcome.kept') };
    return p.code === 'missing-field' ? t('cia.problem.missing-field', common) : t('cia.problem.score-out-of-range', { ...common, value: p.value });
  }, [t]);
  const title = useCallback((a: Pick<CommunityImpactAssessment, 'title'>) => a.title.trim() || t('cia.untitled'), [t]);
  return { t, day, link, refusal, problem, title };
}

/** 'YYYY-MM-DD' of a UTC day, for a date input. */
export function dateInputValue(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The UTC day a date input holds, or null when it is empty or not a date. */
export function readDateInput(value: string): number | null {
  const ms = Date.parse(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && Number.isFinite(ms) ? ms : null;
}
