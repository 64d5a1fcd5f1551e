import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../domain/meeting';
import type { RiskPictureEdition, Threat } from '../../domain/risk-picture';
import { threatsBySeverity } from '../../export/risk-report/risk-sections';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { Section } from '../../ui/Section';
import { MarkingNote } from './MarkingNote';
import { RatingBadge } from './RatingBadge';

interface Names {
  partnerName(id: string): string;
  action(id: string): ActionItem | undefined;
}

function Evidence({ edition, threat }: { edition: RiskPictureEdition; threat: Threat }) {
  const { t } = useTranslation('riskPicture');
  const sources = threat.sourceIds.map((id) => edition.sources.find((source) => source.id === id)).filter((source) => source !== undefined);
  return (
    <>
      <h4>{t('edition.threat.evidence')}</h4>
      <MarkingNote marking={edition.markings.sources} />
      {sources.length === 0 ? (
        <p className="muted">{t('edition.threat.noEvidence')}</p>
      ) : (
        <ul>
          {sources.map((source) => (
            <li key={source.id}>
              {source.title}{' '}
              <abbr className="badge grading" title={t('edition.source.explain')}>
                {source.reliability}
                {source.credibility}
              </abbr>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Response({ edition, threat, names }: { edition: RiskPictureEdition; threat: Threat; names: Names }) {
  const { t } = useTranslation(['riskPicture', 'meetings']);
  const language = useLanguage();
  const linked = threat.actionIds.map((id) => ({ id, action: names.action(id) }));
  return (
    <>
      <h4>{t('edition.threat.response')}</h4>
      <MarkingNote marking={edition.markings.response} />
      {linked.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('edition.threat.action')}</th>
              <th scope="col">{t('edition.threat.owner')}</th>
              <th scope="col">{t('edition.threat.due')}</th>
              <th scope="col">{t('edition.threat.status')}</th>
            </tr>
          </thead>
          <tbody>
            {linked.map(({ id, action }) =>
              action ? (
                <tr key={id}>
                  <td>{action.text}</td>
                  <td>{names.partnerName(action.ownerPartnerId)}</td>
                  <td>{action.dueDate ? formatDate(action.dueDate, language) : t('edition.threat.noDueDate')}</td>
                  <td>{t(`meetings:vocab.actionStatuses.${action.status}`)}</td>
                </tr>
              ) : (
                <tr key={id}>
                  <td colSpan={4} className="muted">
                    {t('edition.threat.removedAction')}
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {threat.partnerIds.length > 0 && (
        <p>
          <strong>{t('edition.threat.partners')}:</strong> {threat.partnerIds.map(names.partnerName).join(', ')}
        </p>
      )}
      {linked.length === 0 && threat.partnerIds.length === 0 && <p className="muted">{t('edition.threat.noResponse')}</p>}
    </>
  );
}

function ThreatCard({ edition, threat, number, names }: { edition: RiskPictureEdition; threat: Threat; number: number; names: Names }) {
  const { t } = useTranslation(['riskPicture', 'referrals']);
  const concern = t(`referrals:vocab.concerns.${threat.concern}`);
  return (
    <article className="threat" aria-labelledby={`threat-${threat.id}`}>
      <h3 id={`threat-${threat.id}`}>
        {number}. {threat.title || concern} <RatingBadge likelihood={threat.likelihood} impact={threat.impact} />
      </h3>
      <dl className="definition">
        {threat.title && (
          <>
            <dt>{t('edition.threat.concern')}</dt>
            <dd>{concern}</dd>
          </>
        )}
        <dt>{t('edition.threat.trend')}</dt>
        <dd>{t(`edition.threat.trends.${threat.trend}`)}</dd>
        {threat.areas && (
          <>
            <dt>{t('edition.threat.areas')}</dt>
            <dd>{threat.areas}</dd>
          </>
        )}
        {threat.groups && (
          <>
            <dt>{t('edition.threat.groups')}</dt>
            <dd>{threat.groups}</dd>
          </>
        )}
      </dl>
      {threat.description && <p className="pre-line">{threat.description}</p>}
      <Evidence edition={edition} threat={threat} />
      <Response edition={edition} threat={threat} names={names} />
    </article>
  );
}

/** The threats, most serious first, each with its rating, evidence and the network's response. */
export function EditionThreats({ edition, names }: { edition: RiskPictureEdition; names: Names }) {
  const { t } = useTranslation('riskPicture');
  const threats = threatsBySeverity(edition.threats);
  return (
    <Section title={t('edition.sections.threats')} className="edition-threats">
      <MarkingNote marking={edition.markings.threats} />
      {threats.length === 0 && <p className="muted">{t('edition.empty')}</p>}
      {threats.map((threat, index) => (
        <ThreatCard key={threat.id} edition={edition} threat={threat} number={index + 1} names={names} />
      ))}
    </Section>
  );
}
