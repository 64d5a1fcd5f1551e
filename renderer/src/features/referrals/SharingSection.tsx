/**
 * For each pair of the case's partners: which agreement in force lets them share the data
 * this case involves, what is missing, and whether the coordinator went ahead anyway (and why).
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agreement } from '../../domain/agreement';
import { categorySensitivity } from '../../domain/agreement';
import { isAcknowledged, pairCoverage, pairKey, partnerPairs, type CoverageMatrix } from '../../domain/agreement-coverage';
import { groupAcknowledgements } from '../../domain/acknowledgement-groups';
import { localToday } from '../../domain/date-time';
import type { CoverageAcknowledgement } from '../../domain/disclosure';
import type { Partner } from '../../domain/partner';
import type { Referral } from '../../domain/referral';
import { casePartnerIds, referralDataCategories } from '../../domain/referral-data-categories';
import { useLanguage } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { Section } from '../../ui/Section';
import './sharing.css';

interface SharingSectionProps {
  referral: Referral;
  partners: readonly Partner[];
  agreements: readonly Agreement[];
  /** Built from the same agreements, today. */
  matrix: CoverageMatrix;
  acknowledgements: readonly CoverageAcknowledgement[];
}

export function SharingSection({ referral, partners, agreements, matrix, acknowledgements }: SharingSectionProps) {
  const { t } = useTranslation('referrals');
  const { t: ta } = useTranslation('agreements');
  const language = useLanguage();
  const needed = referralDataCategories(referral);
  const pairs = partnerPairs(casePartnerIds(referral));
  const name = (id: string) => partners.find((partner) => partner.id === id)?.name ?? '—';
  const title = (id: string) => agreements.find((agreement) => agreement.id === id)?.title ?? id;
  // The days a repeated acknowledgement was recorded, each once, in the local calendar.
  const daysOf = (instants: readonly string[]) =>
    [...new Set(instants.map((instant) => localToday(new Date(instant))))].map((day) => formatDate(day, language)).join(', ');
  const category = (code: (typeof needed)[number]) => {
    const sensitivity = categorySensitivity[code];
    // A dash, not brackets: the sensitivity itself ends in a bracket ("(Art. 9)").
    return sensitivity ? `${ta(`vocab.categories.${code}`)} – ${ta(`vocab.sensitivity.${sensitivity}`)}` : ta(`vocab.categories.${code}`);
  };
  return (
    <Section title={t('sharing.title')}>
      <p>
        <strong>{t('sharing.involves')}</strong> {needed.map(category).join(', ')}
      </p>
      <p className="muted">{t('sharing.derivedHint')}</p>
      {pairs.length === 0 ? (
        <p className="muted">{t('sharing.onePartner')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table compact sharing-table">
            <thead>
              <tr>
                <th scope="col">{t('sharing.pair')}</th>
                <th scope="col">{t('sharing.coveredBy')}</th>
                <th scope="col">{t('sharing.missing')}</th>
                <th scope="col">{t('sharing.state')}</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map(([first, second]) => {
                const coverage = pairCoverage(matrix, first, second);
                const missing = needed.filter((code) => !coverage.categories.includes(code));
                const gap = { partnerIds: [first, second] as [string, string], missing };
                // Every acknowledgement that went ahead with some of what is missing here.
                const acknowledgedBy = acknowledgements.filter((entry) =>
                  entry.gaps.some((other) => pairKey(...other.partnerIds) === pairKey(first, second) && other.missing.some((code) => missing.includes(code))),
                );
                const state =
                  missing.length === 0
                    ? 'covered'
                    : isAcknowledged(
                          gap,
                          acknowledgements.flatMap((entry) => entry.gaps),
                        )
                      ? 'acknowledged'
                      : 'uncovered';
                return (
                  <tr key={`${first}|${second}`} data-pair={`${first}|${second}`}>
                    <th scope="row">
                      {name(first)} ↔ {name(second)}
                    </th>
                    <td>
                      {coverage.agreementIds.length === 0
                        ? '—'
                        : coverage.agreementIds.map((id, index) => (
                            <span key={id}>
                              {index > 0 && ', '}
                              <Link to={`/agreements/${id}`}>{title(id)}</Link>
                            </span>
                          ))}
                    </td>
                    <td>{missing.length === 0 ? '—' : missing.map(category).join(', ')}</td>
                    <td>
                      <span className={`badge ${state === 'covered' ? 'covered' : state === 'acknowledged' ? 'prospective' : 'missing'}`}>
                        {t(`sharing.states.${state}`)}
                      </span>
                      {state === 'acknowledged' &&
                        groupAcknowledgements(acknowledgedBy).map((group) => (
                          <p key={group.ids[0]} className="acknowledgement" data-count={group.ids.length}>
                            {group.recordedAt.length === 1
                              ? t('sharing.acknowledgedBy', { by: group.by, when: formatDateTime(group.recordedAt[0]!, language) })
                              : t('sharing.acknowledgedRepeatedly', { by: group.by, count: group.recordedAt.length, dates: daysOf(group.recordedAt) })}
                            : {group.reason}
                          </p>
                        ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
