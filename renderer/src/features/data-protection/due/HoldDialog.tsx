/**
 * "Extend (legal hold)": keeps a due record past its due day until a date, for a reason. The
 * date must be after today and at most ten years away; both are checked before anything is
 * written, and the hold is audited (it shows in the record's history).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../domain/date-time';
import { holdInputSchema } from '../../../domain/retention-hold';
import { limits } from '../../../domain/validation';
import { useLanguage } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { retention, type DueRecord } from '../../../storage';
import { DateField } from '../../../ui/DateField';
import { TextAreaField } from '../../../ui/fields';
import { FormDialog } from '../../../ui/FormDialog';
import { useNotify } from '../../../ui/notices';
import { useErrorMessage } from '../../../ui/useErrorMessage';

type Problems = Partial<Record<'until' | 'reason', string>>;

interface HoldDialogProps {
  record: DueRecord;
  name: string;
  onDone: () => void;
  onCancel: () => void;
}

export function HoldDialog({ record, name, onDone, onCancel }: HoldDialogProps) {
  const { t } = useTranslation('retention');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState(record.hold?.reason ?? '');
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const parsed = holdInputSchema(localToday).safeParse({ until, reason });
    if (!parsed.success) {
      setProblems(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path[0], issue.message])));
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      const hold = await retention.hold(record.id, record.table, parsed.data);
      notify('success', t('due.hold.saved', { date: formatDate(hold.until, language) }));
      onDone();
    } catch (error) {
      notify('error', errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <FormDialog
      isOpen
      title={t('due.hold.title', { label: name })}
      submitLabel={t('due.hold.submit')}
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <p>{t('due.hold.intro')}</p>
      <DateField label={t('due.hold.until')} hint={t('due.hold.untilHint')} value={until} onChange={setUntil} error={problems.until} />
      <TextAreaField
        label={t('due.hold.reason')}
        hint={t('due.hold.reasonHint')}
        limit={limits.notes}
        rows={3}
        value={reason}
        error={problems.reason}
        onChange={(event) => setReason(event.target.value)}
      />
    </FormDialog>
  );
}
