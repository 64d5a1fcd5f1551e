/**
 * "Delete": what will be erased (for a case, the erasure repository's preview), the reason
 * and a note, and the case code (or the word "delete") typed to confirm; then the erasure
 * repository deletes it. Refusals (a hold, a change since the list was read) are shown
 * translated; the list reads again by itself after the write.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { erasureReasons, type ErasureReason } from '../../../domain/retention';
import { erasureNoteLimit, erasureRequestSchema, type ErasureRequest } from '../../../domain/erasure';
import { useLanguage } from '../../../i18n';
import { formatDate, formatMeetingTime, formatNumber } from '../../../i18n/format';
import { erasure, type CaseErasurePreview, type DueRecord } from '../../../storage';
import { SelectField, TextAreaField, TextField } from '../../../ui/fields';
import { FormDialog } from '../../../ui/FormDialog';
import { useNotify } from '../../../ui/notices';
import { useErrorMessage } from '../../../ui/useErrorMessage';

type Problems = Partial<Record<'reason' | 'note' | 'confirm', string>>;

interface EraseDialogProps {
  record: DueRecord;
  name: string;
  onDone: () => void;
  onCancel: () => void;
}

/** Deletes the record with the repository call for its kind. */
function erase(record: DueRecord, request: ErasureRequest): Promise<unknown> {
  switch (record.kind) {
    case 'case':
      return erasure.eraseCase(record.id, record.revision, request);
    case 'formerPartnerContact':
      return erasure.eraseContact(record.id, record.revision, request);
    case 'caseDiscussion':
      return erasure.eraseCaseDiscussion(record.id, record.revision, request);
    case 'auditActors':
      return erasure.eraseAuditActors(record.id);
  }
}

/** The case's preview, or the error that stopped it (shown in the dialog). */
function useCasePreview(record: DueRecord): { preview?: CaseErasurePreview; error?: unknown } {
  const [state, setState] = useState<{ preview?: CaseErasurePreview; error?: unknown }>({});
  useEffect(() => {
    if (record.kind !== 'case') return;
    let current = true;
    erasure.previewCase(record.id).then(
      (preview) => current && setState({ preview }),
      (error: unknown) => current && setState({ error }),
    );
    return () => {
      current = false;
    };
  }, [record.id, record.kind]);
  return state;
}

export function EraseDialog({ record, name, onDone, onCancel }: EraseDialogProps) {
  const { t } = useTranslation('retention');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState<ErasureReason>('retention');
  const [note, setNote] = useState('');
  const [typed, setTyped] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const { preview, error: previewError } = useCasePreview(record);
  const confirmWord = record.kind === 'case' ? record.label : t('due.erase.confirmWord');
  const withRequest = record.kind !== 'auditActors';
  const held = preview?.activeHold ?? null;

  const submit = async () => {
    const found: Problems = {};
    const parsed = erasureRequestSchema.safeParse({ reason, note });
    if (withRequest && !parsed.success) for (const issue of parsed.error.issues) found[issue.path[0] as 'reason' | 'note'] = issue.message;
    if (typed.trim() !== confirmWord) found.confirm = t('due.erase.confirmMismatch', { word: confirmWord });
    setProblems(found);
    if (Object.keys(found).length > 0 || held) return;
    setBusy(true);
    try {
      await erase(record, parsed.success ? parsed.data : { reason: 'retention', note: '' });
      notify('success', t('due.erase.done', { label: name }));
      onDone();
    } catch (error) {
      notify('error', errorMessage(error));
      setBusy(false);
    }
  };

  const count = (value: number) => formatNumber(value, language);
  return (
    <FormDialog
      isOpen
      wide
      title={t('due.erase.title', { label: name })}
      submitLabel={t('due.erase.submit')}
      tone="danger"
      busy={busy || Boolean(held)}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <p>{t('due.erase.intro')}</p>
      {record.kind === 'case' && !preview && !previewError && <p className="muted">{t('due.erase.loading')}</p>}
      {previewError !== undefined && (
        <p className="error" role="alert">
          {errorMessage(previewError)}
        </p>
      )}
      {preview && (
        <div className="stack erase-preview">
          <p>
            {t('due.erase.case', {
              code: preview.caseCode,
              timeline: count(preview.timelineEntries),
              disclosures: count(preview.disclosures),
              acknowledgements: count(preview.acknowledgements),
            })}
          </p>
          {preview.caseDiscussions.length > 0 && (
            <>
              <p>{t('due.erase.discussions')}</p>
              <ul>
                {preview.caseDiscussions.map((discussion) => (
                  <li key={discussion.agendaItemId}>
                    {formatMeetingTime(discussion.startsAt, discussion.timeZone, language)} – {discussion.meetingTitle}: {discussion.itemTitle}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>{t('due.erase.auditEntries', { count: preview.auditEntries, formatted: count(preview.auditEntries) })}</p>
          {held && (
            <p className="error" role="alert">
              {t('due.erase.activeHold', { date: formatDate(held.until, language) })}
            </p>
          )}
        </div>
      )}
      {record.kind === 'caseDiscussion' && <p>{t('due.erase.caseDiscussion', { item: record.detail ?? '', meeting: record.label })}</p>}
      {record.kind === 'formerPartnerContact' && <p>{t('due.erase.contact', { name: record.label, partner: record.detail ?? '' })}</p>}
      {record.kind === 'auditActors' && <p>{t('due.erase.auditActors', { record: name })}</p>}
      {withRequest && (
        <>
          <SelectField
            label={t('due.erase.reason')}
            value={reason}
            error={problems.reason}
            onChange={(event) => setReason(event.target.value as ErasureReason)}
          >
            {erasureReasons.map((option) => (
              <option key={option} value={option}>
                {t(`due.erase.reasons.${option}`)}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label={t('due.erase.note')}
            hint={t('due.erase.noteHint')}
            limit={erasureNoteLimit}
            rows={3}
            value={note}
            error={problems.note}
            onChange={(event) => setNote(event.target.value)}
          />
        </>
      )}
      <TextField
        label={t('due.erase.confirm', { word: confirmWord })}
        value={typed}
        error={problems.confirm}
        onChange={(event) => setTyped(event.target.value)}
      />
    </FormDialog>
  );
}
