import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { correctionReasonSchema } from '../../domain/referral-correction';
import { limits } from '../../domain/validation';
import { TextAreaField } from '../../ui/fields';

/** What the edit form saves: a plain change, or a correction (Art. 16) with its reason. */
export type CorrectionChoice = { reason: string } | undefined;

/**
 * The case form's "save as a correction" choice and its reason. `check` runs on submit: the
 * reason is required once the box is ticked, and its message shows beside it.
 */
export function useCorrectionChoice() {
  const { t } = useTranslation('referrals');
  const [asCorrection, setAsCorrection] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  /** The choice to save with, or null when the reason is refused (its message is shown). */
  function check(): CorrectionChoice | null {
    if (!asCorrection) return undefined;
    const parsed = correctionReasonSchema.safeParse(reason);
    setError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    return parsed.success ? { reason: parsed.data } : null;
  }

  const fields = (
    <fieldset>
      <legend>{t('correction.legend')}</legend>
      <div className="stack">
        <label className="checkbox">
          <input type="checkbox" autoComplete="off" checked={asCorrection} onChange={(event) => setAsCorrection(event.target.checked)} />
          <span>{t('correction.asCorrection')}</span>
        </label>
        <p className="hint muted">{t('correction.hint')}</p>
        {asCorrection && (
          <TextAreaField
            label={t('correction.reason')}
            hint={t('correction.reasonHint')}
            rows={2}
            limit={limits.contactNotes}
            value={reason}
            error={error}
            onChange={(event) => {
              setReason(event.target.value);
              if (error) setError(undefined);
            }}
          />
        )}
      </div>
    </fieldset>
  );
  return { fields, check };
}
