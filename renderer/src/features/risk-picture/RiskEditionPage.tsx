import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { instantToWallClock } from '../../domain/zoned-time';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { settings, useLive } from '../../storage';
import { PageHeading } from '../../ui/PageHeading';
import { EditionFactors, EditionGaps, EditionSources, EditionSummary } from './EditionSections';
import { AgreeEditionDialog } from './AgreeEditionDialog';
import { CaseFiguresSection, useCaseFigures } from './CaseFiguresSection';
import { EditionThreats } from './EditionThreats';
import { StartNextEditionButton } from './StartNextEditionButton';
import { MarkingNote } from './MarkingNote';
import { RiskReportExportDialog } from './RiskReportExportDialog';
import { useRiskEditionView, type RiskEditionView } from './useRiskEditionView';
import './risk-edition.css';

/** The edition as a document: status, period, then every section with its marking. */
export function RiskEditionPage() {
  const { t } = useTranslation('riskPicture');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const view = useRiskEditionView(id);
  const back = (
    <p>
      <Link to="/risk-picture">← {t('edition.back')}</Link>
    </p>
  );
  if (view === undefined) return <p className="muted">{tc('loading')}</p>;
  if (view === null) {
    return (
      <>
        {back}
        <PageHeading title={t('edition.notFound')} intro={t('edition.notFoundBody')} />
      </>
    );
  }
  return (
    <>
      {back}
      <EditionDocument view={view} />
    </>
  );
}

function EditionStatus({ view }: { view: RiskEditionView }) {
  const { t } = useTranslation('riskPicture');
  const language = useLanguage();
  const { edition, agreedAt } = view;
  const agreement = edition.status === 'agreed' ? edition.agreement : null;
  const meeting = agreedAt.meeting;
  return (
    <div className="row edition-status">
      <span className={`badge ${agreement ? 'active' : 'prospective'}`}>
        {agreement ? t('edition.status.agreed', { date: formatDate(agreement.agreedOn, language) }) : t('edition.status.draft')}
      </span>
      {agreement && meeting && (
        <span>
          {t('edition.agreedAt', { meeting: meeting.title, date: formatDate(instantToWallClock(meeting.startsAt, meeting.timeZone).slice(0, 10), language) })}
        </span>
      )}
      {agreement && agreedAt.decision && <span>{t('edition.decision', { text: agreedAt.decision })}</span>}
      <span>{t('edition.editionNumber', { number: edition.editionNumber })}</span>
      <span>{t('edition.period', { start: formatDate(edition.periodStart, language), end: formatDate(edition.periodEnd, language) })}</span>
    </div>
  );
}

function EditionDocument({ view }: { view: RiskEditionView }) {
  const { t } = useTranslation('riskPicture');
  const { edition } = view;
  const networkName = useLive(() => settings.get('networkName')) ?? '';
  const partnerNames = new Map(view.partners.map((partner) => [partner.id, partner.name]));
  const actionsById = new Map(view.actions.map((action) => [action.id, action]));
  const names = { partnerName: (partnerId: string) => partnerNames.get(partnerId) ?? '–', action: (actionId: string) => actionsById.get(actionId) };
  // The agreed edition's figures as they were agreed; a draft's counted live, so its report holds them too.
  const caseFigures = useCaseFigures({ periodStart: edition.periodStart, periodEnd: edition.periodEnd, snapshot: edition.caseFigures }) ?? null;
  return (
    <>
      <PageHeading
        title={edition.title}
        windowTitle={t('edition.windowTitle')}
        actions={
          <>
            {edition.status === 'draft' && (
              <Link className="button" to={`/risk-picture/${edition.id}/edit`}>
                {t('edition.edit')}
              </Link>
            )}
            <Link className="button" to={`/risk-picture/compare?to=${encodeURIComponent(edition.id)}`}>
              {t('edition.compare')}
            </Link>
            <RiskReportExportDialog input={{ edition, networkName, partners: view.partners, actions: view.actions, agreedAt: view.agreedAt, caseFigures }} />
            {edition.status === 'draft' && <AgreeEditionDialog edition={edition} onAgreed={() => undefined} />}
            {edition.status === 'agreed' && <StartNextEditionButton edition={edition} />}
          </>
        }
      />
      <EditionStatus view={view} />
      <EditionSummary edition={edition} />
      <EditionThreats edition={edition} names={names} />
      <EditionSources edition={edition} partnerName={names.partnerName} />
      <EditionFactors edition={edition} />
      <EditionGaps edition={edition} />
      <CaseFiguresSection figures={caseFigures} agreed={edition.caseFigures !== null}>
        <MarkingNote marking={edition.markings.caseFigures} />
      </CaseFiguresSection>
    </>
  );
}
