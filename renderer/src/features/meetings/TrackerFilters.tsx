import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareOwners, dueWindows, trackerSorts, type TrackerQuery } from '../../domain/action-tracker';
import { actionStatuses } from '../../domain/meeting';
import { useLanguage } from '../../i18n';
import { collatorFor } from '../../i18n/format';
import type { TrackerOwner } from '../../storage';
import { SelectField } from '../../ui/fields';

/** Owner, status, due window and sort of the action tracker. */
export function TrackerFilters({
  query,
  owners,
  onChange,
}: {
  query: TrackerQuery;
  owners: TrackerOwner[];
  onChange: (change: Partial<TrackerQuery>) => void;
}) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const ownerOptions = useMemo(() => {
    const collator = collatorFor(language);
    // A partner record that is gone still names its actions' owner, by id.
    return owners.map((owner) => ({ id: owner.id, name: owner.name || owner.id })).sort((a, b) => compareOwners(collator, a, b));
  }, [owners, language]);
  return (
    <div className="toolbar four" role="search">
      <SelectField label={t('tracker.owner')} value={query.owner} onChange={(event) => onChange({ owner: event.target.value })}>
        <option value="all">{t('tracker.allOwners')}</option>
        {ownerOptions.map((owner) => (
          <option key={owner.id} value={owner.id}>
            {owner.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('tracker.status')} value={query.status} onChange={(event) => onChange({ status: event.target.value as TrackerQuery['status'] })}>
        <option value="openOnly">{t('tracker.openOnly')}</option>
        <option value="all">{t('tracker.allStatuses')}</option>
        {actionStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`vocab.actionStatuses.${status}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('tracker.due')} value={query.due} onChange={(event) => onChange({ due: event.target.value as TrackerQuery['due'] })}>
        {dueWindows.map((window) => (
          <option key={window} value={window}>
            {t(`tracker.${window === 'any' ? 'anyDue' : window}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('tracker.sort')} value={query.sort} onChange={(event) => onChange({ sort: event.target.value as TrackerQuery['sort'] })}>
        {trackerSorts.map((sort) => (
          <option key={sort} value={sort}>
            {t(`tracker.sort${sort[0]!.toUpperCase()}${sort.slice(1)}` as 'tracker.sortDue')}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
