import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../domain/meeting';
import { useLanguage } from '../../i18n';
import { agenda as agendaRepo, type CarryOverTargets } from '../../storage';
import { SelectField } from '../../ui/fields';
import { FormDialog } from '../../ui/FormDialog';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { meetingLabel } from './carry-over-labels';

/**
 * Where an open item goes on: the next meeting of the series is offered first; any later
 * meeting still taking minutes can be chosen. With none, the dialog says so.
 */
export function CarryOverDialog({ item, onClose }: { item: AgendaItem; onClose: () => void }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [targets, setTargets] = useState<CarryOverTargets | null>(null);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    agendaRepo.targets(item.meetingId).then(
      (found) => {
        if (!current) return;
        setTargets(found);
        setChosen(found.next?.id ?? found.later[0]?.id ?? '');
      },
      (error: unknown) => notify('error', errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [item.meetingId, notify, errorMessage]);

  const choices = targets ? [...(targets.next ? [targets.next] : []), ...targets.later.filter((meeting) => meeting.id !== targets.next?.id)] : [];
  const submit = async () => {
    const target = choices.find((meeting) => meeting.id === chosen);
    if (!target) return;
    setBusy(true);
    try {
      await agendaRepo.carryOver(item.id, item.revision, target.id);
      notify('success', t('carryOver.done', { meeting: meetingLabel(target, language, t) }));
      onClose();
    } catch (error) {
      notify('error', errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <FormDialog
      isOpen
      title={t('carryOver.dialogTitle', { title: item.title })}
      submitLabel={t('carryOver.confirm')}
      busy={busy || choices.length === 0}
      onSubmit={submit}
      onCancel={onClose}
    >
      <p>{t('carryOver.intro')}</p>
      {targets && choices.length === 0 && (
        <p className="notice" role="alert">
          {t('carryOver.noLater')}
        </p>
      )}
      {targets && choices.length > 0 && (
        <>
          {targets.inSeries && !targets.next && <p className="muted">{t('carryOver.noNext')}</p>}
          <SelectField label={t('carryOver.target')} value={chosen} onChange={(event) => setChosen(event.target.value)}>
            {choices.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {meeting.id === targets.next?.id
                  ? t('carryOver.nextOfSeries', { meeting: meetingLabel(meeting, language, t) })
                  : meetingLabel(meeting, language, t)}
              </option>
            ))}
          </SelectField>
        </>
      )}
    </FormDialog>
  );
}
