import { useCallback, useMemo } from 'react';
import { translate, localeTags, type MessageKey, type MessageParams } from '../i18n/translate';
import { formatProblem, formatProblemHint, type ProblemKind, type ProblemText } from '../i18n/problem-text';
import { useLocaleStore } from '../state/locale-store';
import { localAreaName } from '../analysis/area-name';
import type { AreaDataset, VintageYear } from '../types';

/** The translate function for the current interface language; components re-render when it changes. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const locale = useLocaleStore((s) => s.locale);
  return useCallback((key: MessageKey, params?: MessageParams) => translate(locale, key, params), [locale]);
}

/**
 * Words problems from data/ (importer errors and warnings, rejected rows, vintage notes: codes with
 * parameters) in the current interface language; `hint` is what to do, when the catalogue says.
 */
export function useProblemText(): { text: (kind: ProblemKind, problem: ProblemText) => string; hint: (kind: ProblemKind, problem: ProblemText) => string | undefined } {
  const locale = useLocaleStore((s) => s.locale);
  return useMemo(
    () => ({ text: (kind, problem) => formatProblem(locale, kind, problem), hint: (kind, problem) => formatProblemHint(locale, kind, problem) }),
    [locale],
  );
}

/** The BCP 47 tag for formatting numbers and dates in the current language. */
export function useLocaleTag(): string {
  return localeTags[useLocaleStore((s) => s.locale)];
}

/** An area's name in the interface language (Welsh names where the data has them), never blank. */
export function useAreaName(): (dataset: Pick<AreaDataset, 'areaNames' | 'areaCodes' | 'areaNamesWelsh'>, index: number) => string {
  const locale = useLocaleStore((s) => s.locale);
  return useCallback((dataset, index) => localAreaName(dataset, index, locale), [locale]);
}

/** Boundary vintages as words: "2013", "2014 or later", joined with commas. */
export function useVintageText(): (vintages: ReadonlyArray<VintageYear>) => string {
  const t = useT();
  return useCallback(
    (vintages) => vintages.map((v) => (v.orLater ? t('neighbours.vintageOrLater', { year: v.year }) : String(v.year))).join(', '),
    [t],
  );
}
