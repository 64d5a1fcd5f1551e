import { useTranslation } from 'react-i18next';

/** The growing delay after wrong attempts, counted down in whole seconds. */
export function WaitNotice({ waitMs }: { waitMs: number }) {
  const { t } = useTranslation('session');
  if (waitMs <= 0) return null;
  return (
    <p className="notice warn" role="status">
      {t('lock.wait', { count: Math.ceil(waitMs / 1000) })}
    </p>
  );
}
