/**
 * The top of the case page: what a coordinator needs at a glance before any detail, namely
 * where the case stands, how risky it is, who leads it, and what happens next by when.
 */
import { useTranslation } from 'react-i18next';
import { localToday } from '../../domain/date-time';
import type { Referral, ReferralEvent, RiskLevel } from '../../domain/referral';
import { nextStep } from '../../domain/referral-next-step';
import { isOpenCase } from '../../domain/referral-workflow';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { ReferralStatusBadge } from './ReferralStatusBadge';
import { TransitionDialog } from './TransitionDialog';
import './case-summary.css';

interface CaseSummaryProps {
  referral: Referral;
  events: readonly ReferralEvent[];
  partnerName: (partnerId: string) => string;
  decidedByDefault: string;
}

const riskBadge: Record<RiskLevel, string> = { low: 'former', medium: 'prospective', high: 'missing' };

export function CaseSummary({ referral, events, partnerName, decidedByDefault }: CaseSummaryProps) {
  const { t } = useTranslation('referrals');
  const language = useLanguage();
  const step = nextStep(events, localToday());
  const stepText = !step
    ? t(isOpenCase(referral.status) ? 'caseSummary.noNextStep' : 'caseSummary.closedNoStep')
    : step.kind === 'review'
      ? t('timeline.review', { months: step.event.reviewMonths ?? 0 })
      : step.event.ownerPartnerId
        ? t('caseSummary.supportBy', { text: step.event.text, owner: partnerName(step.event.ownerPartnerId) })
        : step.event.text;
  return (
    <section className="case-summary" aria-labelledby="case-summary-title">
      <h2 id="case-summary-title" className="visually-hidden">
        {t('caseSummary.title')}
      </h2>
      <dl className="case-summary-grid">
        <div>
          <dt>{t('caseSummary.status')}</dt>
          <dd className="case-summary-status">
            <ReferralStatusBadge status={referral.status} />
            <TransitionDialog referral={referral} decidedByDefault={decidedByDefault} />
          </dd>
        </div>
        <div>
          <dt>{t('fields.riskLevel')}</dt>
          <dd>
            <span className={`badge ${riskBadge[referral.riskLevel]}`}>{t(`vocab.risk.${referral.riskLevel}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('fields.leadPartner')}</dt>
          <dd>{referral.leadPartnerId ? partnerName(referral.leadPartnerId) : t('fields.noLead')}</dd>
        </div>
        <div className="case-summary-next">
          <dt>{t('caseSummary.nextStep')}</dt>
          <dd>
            <span className={step ? undefined : 'muted'}>{stepText}</span>
            {step && step.dueDate && (
              <span className={`badge ${step.overdue ? 'missing' : 'prospective'}`}>
                {t(step.overdue ? 'caseSummary.overdueSince' : 'detail.due', { date: formatDate(step.dueDate, language) })}
              </span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
