import { useTranslation } from 'react-i18next';

/** The footer of every form: Cancel, and Save (disabled and relabelled while saving). */
export function FormActions({ onCancel, isSubmitting }: { onCancel: () => void; isSubmitting: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={onCancel}>
        {t('actions.cancel')}
      </button>
      <button type="submit" className="button primary" disabled={isSubmitting}>
        {isSubmitting ? t('actions.saving') : t('actions.save')}
      </button>
    </div>
  );
}
