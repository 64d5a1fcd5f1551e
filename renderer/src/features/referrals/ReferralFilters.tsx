import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { concernTypes, referralStatuses, riskLevels } from '../../domain/referral';
import type { ReferralListQuery } from '../../domain/referral-list';
import { useLanguage } from '../../i18n';
import { collatorFor } from '../../i18n/format';
import { referrals as referralRepo, useLive } from '../../storage';
import { SelectField } from '../../ui/fields';

interface ReferralFiltersProps {
  query: ReferralListQuery;
  onChange: (change: Partial<ReferralListQuery>) => void;
  /** Partner names by id, built once per change of the partners. */
  partnerNames: ReadonlyMap<string, string>;
}

/** The list's filters and order. Lead partners offered are those that lead a case, by name. */
export function ReferralFilters({ query, onChange, partnerNames }: ReferralFiltersProps) {
  const { t } = useTranslation('referrals');
  const language = useLanguage();
  const leadIds = useLive(() => referralRepo.leadPartnerIds());
  const leads = useMemo(() => {
    // A lead chosen in the URL stays offered (and selected) even when no case names it any more.
    const ids = new Set([...(leadIds ?? []), ...(query.lead === 'all' ? [] : [query.lead])]);
    const collator = collatorFor(language);
    return [...ids].map((id) => ({ id, name: partnerNames.get(id) ?? id })).sort((a, b) => collator.compare(a.name, b.name));
  }, [leadIds, query.lead, partnerNames, language]);

  return (
    <>
      <div className="toolbar five">
        <SelectField
          label={t('list.status')}
          value={query.status}
          onChange={(event) => onChange({ status: event.target.value as ReferralListQuery['status'] })}
        >
          <option value="open">{t('list.openCases')}</option>
          <option value="all">{t('list.allStatuses')}</option>
          {referralStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`vocab.statuses.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('list.lead')} value={query.lead} onChange={(event) => onChange({ lead: event.target.value })}>
          <option value="all">{t('list.allLeads')}</option>
          {leads.map(({ id, name }) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('list.concern')}
          value={query.concern}
          onChange={(event) => onChange({ concern: event.target.value as ReferralListQuery['concern'] })}
        >
          <option value="all">{t('list.allConcerns')}</option>
          {concernTypes.map((code) => (
            <option key={code} value={code}>
              {t(`vocab.concerns.${code}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('list.risk')} value={query.risk} onChange={(event) => onChange({ risk: event.target.value as ReferralListQuery['risk'] })}>
          <option value="all">{t('list.allRisks')}</option>
          {riskLevels.map((level) => (
            <option key={level} value={level}>
              {t(`vocab.risk.${level}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('list.sort')} value={query.order} onChange={(event) => onChange({ order: event.target.value as ReferralListQuery['order'] })}>
          <option value="newest">{t('list.newest')}</option>
          <option value="oldest">{t('list.oldest')}</option>
        </SelectField>
      </div>
      <div className="list-controls">
        <label className="checkbox">
          <input autoComplete="off" type="checkbox" checked={query.reviewsDue} onChange={(event) => onChange({ reviewsDue: event.target.checked })} />
          {t('list.reviewsDue')}
        </label>
      </div>
    </>
  );
}
