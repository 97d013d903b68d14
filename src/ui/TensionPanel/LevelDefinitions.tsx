import { useT } from '../use-t';

const LEVELS = { eep: [1, 2, 3, 4, 5, 6], 'four-level': [1, 2, 3, 4] } as const;

/** What each level of both scales means, where ratings are read and set. */
export function LevelDefinitions() {
  const t = useT();
  return (
    <details className="level-definitions" data-testid="tension-definitions">
      <summary>{t('tension.definitions')}</summary>
      {(['eep', 'four-level'] as const).map((scale) => (
        <div key={scale}>
          <h4 className="small-heading">{t(`tension.definitions.${scale}`)}</h4>
          <dl className="small">
            {LEVELS[scale].map((level) => (
              <div key={level}><dt>{t(`tension.level.${scale}.${level}` as `tension.level.eep.1`)}</dt><dd>{t(`tension.def.${scale}.${level}` as `tension.def.eep.1`)}</dd></div>
            ))}
          </dl>
        </div>
      ))}
    </details>
  );
}
