/**
 * The warning before a case brings partners together without an agreement for its data.
 * Going ahead needs a reason, which is stored and audited; cancelling saves nothing.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageGap } from '../../domain/agreement-coverage';
import { acknowledgementReason } from '../../domain/disclosure';
import { limits, msg } from '../../domain/validation';
import { partners as partnerRepo, useLive } from '../../storage';
import { TextAreaField } from '../../ui/fields';
import { FormDialog } from '../../ui/FormDialog';
import { CoverageGapList } from './CoverageGapList';

interface CoverageWarningDialogProps {
  gaps: CoverageGap[] | null;
  onCancel: () => void;
  onAcknowledge: (reason: string) => Promise<void>;
}

export function CoverageWarningDialog({ gaps, onCancel, onAcknowledge }: CoverageWarningDialogProps) {
  const { t } = useTranslation('referrals');
  const partners = useLive(() => partnerRepo.list()) ?? [];
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const close = () => {
    setReason('');
    setError(undefined);
    onCancel();
  };
  const submit = async () => {
    const checked = acknowledgementReason.safeParse(reason);
    if (!checked.success) {
      // Empty or too long: the schema's own message says which.
      setError(checked.error.issues[0]?.message ?? msg('required'));
      return;
    }
    setBusy(true);
    try {
      await onAcknowledge(reason);
      setReason('');
      setError(undefined);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog isOpen={gaps !== null} title={t('sharing.warningTitle')} submitLabel={t('sharing.acknowledge')} busy={busy} onSubmit={submit} onCancel={close}>
      <p className="form-summary" role="alert">
        {t('sharing.warningBody')}
      </p>
      {gaps && <CoverageGapList gaps={gaps} partners={partners} />}
      <p className="muted">{t('sharing.warningAdvice')}</p>
      <TextAreaField
        label={t('sharing.reason')}
        hint={t('sharing.reasonHint')}
        rows={3}
        limit={limits.notes}
        value={reason}
        error={error}
        onChange={(event) => {
          setReason(event.target.value);
          setError(undefined);
        }}
      />
    </FormDialog>
  );
}
