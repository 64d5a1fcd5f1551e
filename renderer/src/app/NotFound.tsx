import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../ui/PageHeading';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('errorBoundary.title')} />
      <p>
        <Link to="/">{t('nav.overview')}</Link>
      </p>
    </>
  );
}
