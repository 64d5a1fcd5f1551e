import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { partners as partnerRepo, useLive } from '../../storage';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useNotify } from '../../ui/notices';
import { PageHeading } from '../../ui/PageHeading';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { StatusBadge } from './StatusBadge';
import { Section } from '../../ui/Section';
import { ContactsTable } from './ContactsTable';
import { PartnerActions } from './PartnerActions';
import { PartnerAgreements } from './PartnerAgreements';
import { PartnerCases } from './PartnerCases';
import { PartnerDisclosures } from './PartnerDisclosures';
import { PartnerMeetings } from './PartnerMeetings';
import './partner-summary.css';

export function PartnerDetailPage() {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const partner = useLive(async () => (await partnerRepo.get(id)) ?? null, [id]);

  if (partner === undefined) return <p className="muted">{tc('loading')}</p>;
  if (partner === null) {
    return (
      <>
        <PageHeading title={t('detail.notFound')} />
        <Link to="/partners">{t('detail.backToList')}</Link>
      </>
    );
  }

  const archived = partner.deletedAt !== null;
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notify('success', done);
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  const notSet = t('detail.notSet');

  return (
    <>
      <p>
        <Link to="/partners">← {t('detail.backToList')}</Link>
      </p>
      <PageHeading
        title={partner.name}
        windowTitle={t('detail.windowTitle')}
        intro={partner.shortName || undefined}
        actions={
          archived ? (
            <button
              type="button"
              className="button"
              onClick={() => run(() => partnerRepo.restore(partner.id, partner.revision), t('archive.restored', { name: partner.name }))}
            >
              {tc('actions.restore')}
            </button>
          ) : (
            <>
              <Link className="button primary" to={`/partners/${partner.id}/edit`}>
                {tc('actions.edit')}
              </Link>
              <button type="button" className="button" onClick={() => setConfirming(true)}>
                {tc('actions.archive')}
              </button>
            </>
          )
        }
      />
      {archived && <p className="notice warn">{t('detail.archivedNotice')}</p>}
      <Section title={t('detail.overview')}>
        <dl className="definition">
          <dt>{t('fields.sector')}</dt>
          <dd>{tc(`sectors.${partner.sector}`)}</dd>
          <dt>{t('fields.status')}</dt>
          <dd>
            <StatusBadge status={partner.status} />
          </dd>
          <dt>{t('fields.role')}</dt>
          <dd>{partner.role || notSet}</dd>
          <dt>{t('fields.joinedOn')}</dt>
          <dd>{partner.joinedOn ? formatDate(partner.joinedOn, language) : notSet}</dd>
          <dt>{t('fields.notes')}</dt>
          <dd>{partner.notes || notSet}</dd>
          <dt>{t('detail.created')}</dt>
          <dd>{formatDateTime(partner.createdAt, language)}</dd>
          <dt>{t('detail.updated')}</dt>
          <dd>{formatDateTime(partner.updatedAt, language)}</dd>
        </dl>
      </Section>
      <Section title={t('contacts.title')}>
        {partner.contacts.length === 0 ? <p className="muted">{t('contacts.none')}</p> : <ContactsTable contacts={partner.contacts} />}
      </Section>
      <div className="partner-summary">
        <PartnerMeetings partnerId={partner.id} />
        <PartnerActions partnerId={partner.id} />
        <PartnerCases partnerId={partner.id} />
        <PartnerAgreements partnerId={partner.id} />
        <PartnerDisclosures partnerId={partner.id} />
      </div>
      <ConfirmDialog
        isOpen={confirming}
        title={t('archive.title', { name: partner.name })}
        body={t('archive.body')}
        confirmLabel={t('archive.confirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void run(() => partnerRepo.archive(partner.id, partner.revision), t('archive.done', { name: partner.name }));
        }}
      />
    </>
  );
}
