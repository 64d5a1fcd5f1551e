import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/PageHeading';

export function ComingSoon({ area }: { area: 'agreements' }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t(`nav.${area}`)} />
      <section className="card empty-state">
        <h2>{t('comingSoon.title')}</h2>
        <p>{t(`comingSoon.${area}`)}</p>
        <p>{t('comingSoon.hint')}</p>
      </section>
    </>
  );
}
