import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "before → after". The arrow is for the eye; a screen reader hears "before … after …"
 * instead of "right arrow".
 */
export function BeforeAfter({ before, after }: { before: ReactNode; after: ReactNode }) {
  const { t } = useTranslation('riskPicture');
  return (
    <span className="before-after">
      <span className="visually-hidden">{t('compare.before')}: </span>
      <span className="before">{before}</span>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden">, {t('compare.after')}: </span>
      <span className="after">{after}</span>
    </span>
  );
}

export type ChangeKind = 'added' | 'removed' | 'changed' | 'reworded';

/** The kind of change in words, with a sign (+, −, ~) so it never rests on colour alone. */
export function ChangeBadge({ kind }: { kind: ChangeKind }) {
  const { t } = useTranslation('riskPicture');
  const sign = kind === 'added' ? '+' : kind === 'removed' ? '−' : '~';
  return (
    <span className={`badge change-${kind}`}>
      <span aria-hidden="true">{sign} </span>
      {t(`compare.change.${kind}`)}
    </span>
  );
}
