import { useId, useState } from 'react';
import { Controller, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PartnerChoice } from '../../domain/partner-choices';
import { riskPictureLimits, type RiskEditionInput } from '../../domain/risk-picture';
import { msg } from '../../domain/validation';
import { FieldMessage } from '../../ui/FieldMessage';
import { PartnerOptions, usePartnerChoiceLabel } from '../../ui/PartnerOptions';
import { ActionChooser } from './ActionChooser';
import type { EditionControl } from './form-types';

interface ThreatResponseProps {
  index: number;
  control: EditionControl;
  partnerChoices: PartnerChoice[];
  errors: FieldErrors<RiskEditionInput['threats'][number]> | undefined;
}

/** The network's response to a threat: actions from the tracker and the partners responsible. */
export function ThreatResponse({ index, control, partnerChoices, errors }: ThreatResponseProps) {
  const { t } = useTranslation('riskPicture');
  return (
    <fieldset className="threat-response">
      <legend>{t('response.legend')}</legend>
      <div className="stack">
        <Controller
          control={control}
          name={`threats.${index}.actionIds`}
          render={({ field }) => <ActionChooser value={field.value ?? []} onChange={field.onChange} error={errors?.actionIds?.message} />}
        />
        <Controller
          control={control}
          name={`threats.${index}.partnerIds`}
          render={({ field }) => (
            <PartnerLinks value={field.value ?? []} onChange={field.onChange} choices={partnerChoices} error={errors?.partnerIds?.message} />
          )}
        />
      </div>
    </fieldset>
  );
}

interface PartnerLinksProps {
  value: string[];
  onChange: (value: string[]) => void;
  choices: PartnerChoice[];
  error?: string;
}

/** The partners responsible: chosen one at a time from the network's partners, listed with a remove button. */
function PartnerLinks({ value, onChange, choices, error }: PartnerLinksProps) {
  const { t } = useTranslation('riskPicture');
  const { t: tc } = useTranslation();
  const label = usePartnerChoiceLabel();
  const selectId = useId();
  const messageId = useId();
  const [chosen, setChosen] = useState('');
  const [refused, setRefused] = useState(false);
  const byId = new Map(choices.map((choice) => [choice.id, choice]));
  const add = () => {
    if (!chosen || value.includes(chosen)) return;
    if (value.length >= riskPictureLimits.linksPerThreat) return setRefused(true);
    setRefused(false);
    onChange([...value, chosen]);
    setChosen('');
  };
  return (
    <div className="field">
      <label htmlFor={selectId}>{t('response.partners')}</label>
      {value.length === 0 ? (
        <p className="muted">{t('response.noPartners')}</p>
      ) : (
        <ul className="linked-list">
          {value.map((id) => {
            const choice = byId.get(id);
            const name = choice ? label(choice) : t('response.unknownPartner');
            return (
              <li key={id}>
                <span>{name}</span>
                <button
                  type="button"
                  className="button quiet"
                  onClick={() => onChange(value.filter((entry) => entry !== id))}
                  aria-label={t('response.removePartner', { name })}
                >
                  {tc('actions.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="row">
        <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)} autoComplete="off">
          <option value="">{t('response.choosePartner')}</option>
          <PartnerOptions choices={choices.filter((choice) => !value.includes(choice.id))} />
        </select>
        <button type="button" className="button" onClick={add} disabled={!chosen} aria-describedby={refused ? messageId : undefined}>
          {t('response.addPartner')}
        </button>
      </div>
      {refused && <FieldMessage id={messageId} message={msg('tooMany', { max: riskPictureLimits.linksPerThreat })} />}
      {error && <FieldMessage id={`${messageId}-list`} message={error} />}
    </div>
  );
}
