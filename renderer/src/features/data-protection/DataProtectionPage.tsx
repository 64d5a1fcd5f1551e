/**
 * The data-protection officer's page (Datenschutzbeauftragte*r): the records of processing,
 * the network's disclosure log for a period, the deletions done and due, and the audit
 * check, each read through indexes; all of it exportable as one report.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { localToday } from '../../domain/date-time';
import type { FiguresPeriod } from '../../domain/figures-period';
import { useLanguage } from '../../i18n';
import { PageHeading } from '../../ui/PageHeading';
import { periodFromParams } from '../../ui/period-query';
import { AuditCheckStatus } from './AuditCheckStatus';
import { DisclosureLogSection } from './DisclosureLogSection';
import { DpoReportButton } from './DpoReportButton';
import { dpoWords } from './dpo-words';
import { DueForDeletionSlot } from './DueForDeletionSlot';
import { ErasuresSection } from './ErasuresSection';
import { RecordsOfProcessingSection } from './RecordsOfProcessingSection';
import './data-protection.css';

export function DataProtectionPage() {
  const { t } = dpoWords(useLanguage());
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => localToday(), []);
  const { period, invalid } = useMemo(() => periodFromParams(params, today), [params, today]);
  // A new period starts the log at its first page; the deletions keep theirs.
  const choose = useCallback(
    (next: FiguresPeriod) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.set('from', next.start);
          updated.set('to', next.end);
          updated.delete('page');
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );

  return (
    <>
      <PageHeading title={t('title')} intro={t('intro')} actions={<DpoReportButton period={period} />} />
      <div className="dpo-page stack">
        <RecordsOfProcessingSection />
        <DisclosureLogSection period={period} invalid={invalid} today={today} onPeriod={choose} />
        <ErasuresSection />
        <DueForDeletionSlot />
        <AuditCheckStatus />
      </div>
    </>
  );
}
