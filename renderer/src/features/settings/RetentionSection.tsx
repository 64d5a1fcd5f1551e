/**
 * Settings → Retention and deletion: each rule's period in months (also as years when whole
 * years), what it covers, what it counts from and why the default is what it is. Periods
 * outside the limits are refused with the translated message and nothing is saved.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { defaultRetentionSchedule, retentionRules, retentionScheduleSchema, type RetentionRule, type RetentionSchedule } from '../../domain/retention';
import { retention, useLive } from '../../storage';
import { TextField } from '../../ui/fields';
import { useNotify } from '../../ui/notices';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { periodText } from '../../ui/retention-text';
import './retention.css';

type Draft = Record<RetentionRule, string>;
const draftOf = (schedule: RetentionSchedule): Draft => Object.fromEntries(retentionRules.map((rule) => [rule, String(schedule[rule])])) as Draft;

export function RetentionSection() {
  const saved = useLive(() => retention.schedule());
  const { t } = useTranslation('retention');
  // Mounted once with what was saved: saving keeps the form (and the keyboard focus) as it is.
  return <Section title={t('settings.title')}>{saved && <RetentionForm saved={saved} />}</Section>;
}

function RetentionForm({ saved }: { saved: RetentionSchedule }) {
  const { t } = useTranslation('retention');
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved));
  const [errors, setErrors] = useState<Partial<Record<RetentionRule, string>>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // An empty field is a mistake, not "use the default": the schema would fill it in silently.
    const values = Object.fromEntries(retentionRules.map((rule) => [rule, draft[rule].trim() === '' ? Number.NaN : draft[rule].trim()]));
    const parsed = retentionScheduleSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path[0], issue.message])));
      notify('error', t('settings.fixErrors'));
      return;
    }
    try {
      await retention.saveSchedule(parsed.data);
      notify('success', t('settings.saved'));
    } catch (failure) {
      notify('error', errorMessage(failure));
    }
  };

  const reset = async () => {
    try {
      await retention.resetSchedule();
      setDraft(draftOf(defaultRetentionSchedule));
      setErrors({});
      notify('success', t('settings.resetDone'));
    } catch (failure) {
      notify('error', errorMessage(failure));
    }
  };

  return (
    <form autoComplete="off" className="stack retention-form" onSubmit={submit} noValidate>
      <p className="muted">{t('settings.intro')}</p>
      {retentionRules.map((rule) => {
        const months = Number(draft[rule]);
        const wholeYears = Number.isInteger(months) && months > 0 && months % 12 === 0;
        return (
          <fieldset key={rule} className="retention-rule">
            <legend>{t(`rules.${rule}.label`)}</legend>
            <div className="row retention-months">
              <TextField
                label={t('settings.months')}
                inputMode="numeric"
                className="retention-months-field"
                value={draft[rule]}
                error={errors[rule]}
                onChange={(event) => {
                  setDraft({ ...draft, [rule]: event.target.value });
                  setErrors({ ...errors, [rule]: undefined });
                }}
              />
              {wholeYears && <span className="muted retention-years">{t('settings.years', { count: months / 12 })}</span>}
            </div>
            <p className="hint">{t('settings.covers', { text: t(`rules.${rule}.covers`) })}</p>
            <p className="hint">{t('settings.from', { text: t(`rules.${rule}.from`) })}</p>
            <p className="hint">{t('settings.why', { period: periodText(defaultRetentionSchedule[rule], t), text: t(`rules.${rule}.reason`) })}</p>
          </fieldset>
        );
      })}
      <p className="muted">{t('settings.backups')}</p>
      <div className="row">
        <button type="submit" className="button primary">
          {t('settings.save')}
        </button>
        <button type="button" className="button" onClick={reset}>
          {t('settings.reset')}
        </button>
        <Link to="/data-protection/due">{t('settings.dueLink')}</Link>
      </div>
    </form>
  );
}
