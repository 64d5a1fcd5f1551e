import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyStorageError } from '../storage';

/** Turns any failed storage call into the translated sentence that says what to do. */
export function useStorageErrorMessage() {
  const { t } = useTranslation();
  return useCallback((error: unknown) => t(`storage.${classifyStorageError(error)}`), [t]);
}
