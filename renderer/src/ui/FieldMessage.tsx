import { useTranslation } from 'react-i18next';
import { parseMessage } from '../domain/validation';

/** Renders a validation message reference in the current language, next to its field. */
export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation('validation');
  const parsed = parseMessage(message);
  if (!parsed) return null;
  const text = 'key' in parsed ? t(parsed.key, parsed.values ?? {}) : parsed.text;
  return (
    <span id={id} className="error" role="alert">
      {text}
    </span>
  );
}
