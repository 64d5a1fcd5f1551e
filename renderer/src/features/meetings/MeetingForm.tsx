import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { confidentialityLevels, isLocalDateTime, meetingInputSchema, meetingTypes, type MeetingInput } from '../../domain/meeting';
import { endAfterStartMoved } from '../../domain/meeting-times';
import { limits, msg } from '../../domain/validation';
import { machineTimeZone, timeZoneChoices } from '../../domain/zoned-time';
import { meetings as meetingRepo, partners as partnerRepo, useLive } from '../../storage';
import { DateField } from '../../ui/DateField';
import { SelectField, TextField } from '../../ui/fields';
import { usePartnerChoices } from '../../ui/PartnerOptions';
import { useUnsavedChangesGuard } from '../../ui/useUnsavedChangesGuard';
import { FormActions } from '../../ui/FormActions';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { SeriesPrefillNote } from './SeriesPrefillNote';
import { useSeriesPrefill } from './useSeriesPrefill';
import './series.css';

type MeetingOutput = z.output<typeof meetingInputSchema>;
const NEW_SERIES = '__new__';

interface MeetingFormProps {
  initial: MeetingInput;
  /** On create, which partners to invite; absent when editing. */
  invite?: boolean;
  onSubmit: (values: MeetingOutput, invitedPartnerIds: string[]) => Promise<void>;
  onCancel: () => void;
}

export function MeetingForm({ initial, invite = false, onSubmit, onCancel }: MeetingFormProps) {
  const { t } = useTranslation('meetings');
  const series = useLive(() => meetingRepo.listSeries()) ?? [];
  // Invitations go to partners still in the network, by name.
  const partners = usePartnerChoices(useLive(() => partnerRepo.list()));
  const [invited, setInvited] = useState<string[]>([]);
  const [seriesChoice, setSeriesChoice] = useState(initial.seriesId ?? '');
  const localZone = machineTimeZone();
  const zones = useMemo(() => timeZoneChoices(localZone, initial.timeZone ?? localZone), [localZone, initial.timeZone]);
  const {
    register,
    control,
    handleSubmit,
    getValues,
    setValue,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<MeetingInput, unknown, MeetingOutput>({
    resolver: zodResolver(meetingInputSchema),
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const guard = useUnsavedChangesGuard(isDirty || invited.length > 0);
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const prefill = useSeriesPrefill({
    getValues,
    setValue,
    invited,
    setInvited,
    invitable: partners.map((partner) => partner.id),
    onError: (error) => notify('error', errorMessage(error)),
  });
  // The end follows the start (same duration) until the coordinator sets the end themselves.
  const lastStart = useRef(initial.startsAt ?? '');
  const endSetByHand = useRef(false);

  const chooseSeries = (value: string) => {
    setSeriesChoice(value);
    setValue('seriesId', value === NEW_SERIES ? '' : value, { shouldDirty: true });
    if (value !== NEW_SERIES) setValue('newSeriesName', '', { shouldDirty: true });
    // Only a new meeting takes over from the series' last one; an edited meeting keeps its own details.
    if (invite) void prefill.choose(value === NEW_SERIES ? '' : value);
  };
  const chosenSeries = series.find((entry) => entry.id === seriesChoice);

  return (
    <form
      autoComplete="off"
      className="form"
      noValidate
      onSubmit={handleSubmit((values) => {
        // "New series" chosen but not named: say so, rather than quietly make a one-off meeting.
        if (seriesChoice === NEW_SERIES && !values.newSeriesName) {
          setError('newSeriesName', { message: msg('required') }, { shouldFocus: true });
          return;
        }
        return guard.whileSaving(() => onSubmit(values, invited));
      })}
    >
      <section className="card">
        <div className="form-grid">
          <TextField className="wide" label={t('fields.title')} required limit={limits.name} error={errors.title?.message} {...register('title')} />
          <SelectField label={t('fields.type')} error={errors.type?.message} {...register('type')}>
            {meetingTypes.map((type) => (
              <option key={type} value={type}>
                {t(`vocab.types.${type}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('fields.series')} value={seriesChoice} onChange={(event) => chooseSeries(event.target.value)}>
            <option value="">{t('fields.noSeries')}</option>
            {series.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
            <option value={NEW_SERIES}>{t('fields.newSeries')} …</option>
          </SelectField>
          {invite && chosenSeries && <SeriesPrefillNote source={prefill.source} standingItems={chosenSeries.agendaTemplate?.length ?? 0} />}
          {seriesChoice === NEW_SERIES && (
            <TextField
              className="wide"
              label={t('fields.newSeriesName')}
              hint={t('fields.newSeriesHint')}
              limit={limits.name}
              error={errors.newSeriesName?.message}
              {...register('newSeriesName')}
            />
          )}
          <Controller
            control={control}
            name="startsAt"
            render={({ field, fieldState }) => (
              <DateField
                granularity="minute"
                label={t('fields.startsAt')}
                value={field.value ?? ''}
                onChange={(next) => {
                  field.onChange(next);
                  if (!endSetByHand.current) {
                    const end = endAfterStartMoved(lastStart.current, next, getValues('endsAt') ?? '');
                    if (end) setValue('endsAt', end, { shouldDirty: true });
                  }
                  if (isLocalDateTime(next)) lastStart.current = next;
                }}
                error={fieldState.error?.message}
              />
            )}
          />
          <Controller
            control={control}
            name="endsAt"
            render={({ field, fieldState }) => (
              <DateField
                granularity="minute"
                label={t('fields.endsAt')}
                value={field.value ?? ''}
                onChange={(next) => {
                  endSetByHand.current = true;
                  field.onChange(next);
                }}
                error={fieldState.error?.message}
              />
            )}
          />
          <SelectField label={t('fields.timeZone')} hint={t('fields.timeZoneHint')} error={errors.timeZone?.message} {...register('timeZone')}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone === localZone ? t('fields.timeZoneLocal', { zone }) : zone}
              </option>
            ))}
          </SelectField>
          <TextField label={t('fields.location')} limit={limits.role} error={errors.location?.message} {...register('location')} />
          <TextField
            type="url"
            label={t('fields.onlineLink')}
            hint={t('fields.onlineLinkHint')}
            limit={limits.webLink}
            error={errors.onlineLink?.message}
            {...register('onlineLink')}
          />
          <TextField label={t('fields.chair')} limit={limits.name} error={errors.chair?.message} {...register('chair')} />
          <TextField label={t('fields.minuteTaker')} limit={limits.name} error={errors.minuteTaker?.message} {...register('minuteTaker')} />
          <SelectField label={t('fields.confidentiality')} error={errors.confidentiality?.message} {...register('confidentiality')}>
            {confidentialityLevels.map((level) => (
              <option key={level} value={level}>
                {t(`vocab.confidentiality.${level}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </section>
      {invite && (
        <fieldset>
          <legend>{t('fields.invite')}</legend>
          <p className="hint muted">{t('fields.inviteHint')}</p>
          <div className="invite-grid">
            {partners.map((partner) => (
              <label key={partner.id} className="checkbox">
                <input
                  autoComplete="off"
                  type="checkbox"
                  checked={invited.includes(partner.id)}
                  onChange={(event) => setInvited((list) => (event.target.checked ? [...list, partner.id] : list.filter((id) => id !== partner.id)))}
                />
                {partner.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {guard.dialog}
      <FormActions onCancel={onCancel} isSubmitting={isSubmitting} />
    </form>
  );
}
