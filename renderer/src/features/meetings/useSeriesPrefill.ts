/**
 * A new meeting in a series starts with what the series' last meeting had: invited partners,
 * place, chair and minute-taker, filled into the form (visibly, and still editable). What the
 * coordinator typed themselves is kept; choosing another series replaces only what was filled in.
 */
import { useRef, useState } from 'react';
import type { UseFormGetValues, UseFormSetValue } from 'react-hook-form';
import type { MeetingInput } from '../../domain/meeting';
import { applySeriesDefaults, prefilledFields, type PrefillValues, type SeriesDefaults } from '../../domain/meeting-series';
import { meetingSeries as seriesRepo } from '../../storage';

interface SeriesPrefillOptions {
  getValues: UseFormGetValues<MeetingInput>;
  setValue: UseFormSetValue<MeetingInput>;
  invited: string[];
  setInvited: (ids: string[]) => void;
  /** The partners that may be invited now (former ones are not offered). */
  invitable: readonly string[];
  onError: (error: unknown) => void;
}

export function useSeriesPrefill({ getValues, setValue, invited, setInvited, invitable, onError }: SeriesPrefillOptions) {
  const [source, setSource] = useState<SeriesDefaults['fromMeeting'] | null>(null);
  const filled = useRef<PrefillValues | null>(null);
  // Only the answer for the latest choice counts (a slow read must not overwrite a later one).
  const latest = useRef(0);

  async function choose(seriesId: string) {
    const ask = ++latest.current;
    setSource(null);
    if (!seriesId) return;
    try {
      const defaults = await seriesRepo.defaultsFor(seriesId);
      if (ask !== latest.current || !defaults) return;
      const current: PrefillValues = {
        location: getValues('location') ?? '',
        onlineLink: getValues('onlineLink') ?? '',
        chair: getValues('chair') ?? '',
        minuteTaker: getValues('minuteTaker') ?? '',
        invitedPartnerIds: invited,
      };
      const wanted = { ...defaults, invitedPartnerIds: defaults.invitedPartnerIds.filter((id) => invitable.includes(id)) };
      const next = applySeriesDefaults(current, filled.current, wanted);
      for (const field of prefilledFields) {
        if (next[field] !== current[field]) setValue(field, next[field], { shouldDirty: true });
      }
      setInvited(next.invitedPartnerIds);
      filled.current = wanted;
      setSource(defaults.fromMeeting);
    } catch (error) {
      onError(error);
    }
  }

  return { choose, source };
}
