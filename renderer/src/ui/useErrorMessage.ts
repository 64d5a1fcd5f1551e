import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, type ErrorContext } from './error-text';

/**
 * Turns any error into the translated sentence that says what happened and what to do.
 * `context` says what the user was doing, for errors that do not say it themselves (a PDF
 * that failed to build is not a database problem).
 */
export function useErrorMessage() {
  const { t } = useTranslation(['errors', 'common', 'validation', 'meetings', 'referrals']);
  return useCallback((error: unknown, context?: ErrorContext) => errorText(error, t, context), [t]);
}
