import { useCallback } from 'react';
import type { TableSource } from '../../types';
import { useT } from '../use-t';

/** A table's source in words: "Welsh Index of Multiple Deprivation 2025, ranks", "Census 2021 TS004". */
export function useSourceWords(): (source: TableSource) => string {
  const t = useT();
  return useCallback((source: TableSource) => {
    const edition = source.edition ?? '';
    const named = source.kind === 'file'
      ? t(source.edition ? 'tableSource.fileEdition' : 'tableSource.file', { label: source.label, edition })
      : t(`tableSource.${source.kind}`, { edition, topic: source.topic ?? '' }).replace(/\s+/g, ' ').trim();
    return source.measure ? t(`tableSource.${source.measure}`, { source: named }) : named;
  }, [t]);
}
