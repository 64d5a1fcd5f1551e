import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../domain/date-time';
import { riskPictureLimits } from '../../domain/risk-picture';
import { msg } from '../../domain/validation';
import { useLanguage } from '../../i18n';
import { collatorFor, formatDate } from '../../i18n/format';
import { actions as actionRepo, useLive } from '../../storage';
import { FieldMessage } from '../../ui/FieldMessage';
import { ActionFinder } from './ActionFinder';

interface ActionChooserProps {
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}

/**
 * The actions from the action tracker that answer a threat: the linked ones (read by id),
 * and a finder over the tracker's pages to link more. Nothing here reads the whole table.
 */
export function ActionChooser({ value, onChange, error }: ActionChooserProps) {
  const { t } = useTranslation('riskPicture');
  const { t: tc } = useTranslation();
  const { t: tm } = useTranslation('meetings');
  const language = useLanguage();
  const messageId = useId();
  const [finding, setFinding] = useState(false);
  const [refused, setRefused] = useState(false);
  const key = value.join('|');
  const linked = useLive(() => actionRepo.getMany(value), [key]);
  const byId = new Map((linked ?? []).map((action) => [action.id, action]));
  const link = (id: string) => {
    if (value.includes(id)) return;
    if (value.length >= riskPictureLimits.linksPerThreat) return setRefused(true);
    setRefused(false);
    onChange([...value, id]);
  };
  return (
    <div className="field action-chooser">
      <span className="label">{t('response.actions')}</span>
      {value.length === 0 ? (
        <p className="muted">{t('response.noActions')}</p>
      ) : (
        <ul className="linked-list">
          {value.map((id) => {
            const action = byId.get(id);
            const text = action ? action.text : linked ? t('response.actionGone') : tc('loading');
            return (
              <li key={id}>
                <span>
                  {text}
                  {action && (
                    <small className="muted">
                      {' '}
                      · {tm(`vocab.actionStatuses.${action.status}`)}
                      {action.dueDate && ` · ${t('response.due', { date: formatDate(action.dueDate, language) })}`}
                    </small>
                  )}
                </span>
                <button
                  type="button"
                  className="button quiet"
                  onClick={() => onChange(value.filter((entry) => entry !== id))}
                  aria-label={t('response.unlinkAction', { text })}
                >
                  {tc('actions.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {finding ? (
        <ActionFinder linked={value} onLink={link} onClose={() => setFinding(false)} today={localToday()} collator={collatorFor(language)} />
      ) : (
        <div className="row">
          <button type="button" className="button" onClick={() => setFinding(true)}>
            {t('response.findActions')}
          </button>
        </div>
      )}
      {refused && <FieldMessage id={messageId} message={msg('tooMany', { max: riskPictureLimits.linksPerThreat })} />}
      {error && <FieldMessage id={`${messageId}-list`} message={error} />}
    </div>
  );
}
