/**
 * Asks before in-app navigation would throw away unsaved form input. Only in-app: a
 * `beforeunload` veto would, in Electron, silently stop the window from closing.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog';

export function useUnsavedChangesGuard(isDirty: boolean) {
  const { t } = useTranslation();
  // Released while a save runs: its own navigation to the saved record must pass.
  const released = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => isDirty && !released.current && currentLocation.pathname !== nextLocation.pathname);
  const dialog = (
    <ConfirmDialog
      isOpen={blocker.state === 'blocked'}
      title={t('unsaved.title')}
      body={t('unsaved.body')}
      confirmLabel={t('unsaved.confirm')}
      cancelLabel={t('unsaved.stay')}
      tone="danger"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
  /** Runs a save with the guard lifted; if the save fails and stays on the page, it is armed again. */
  async function whileSaving(save: () => Promise<void>): Promise<void> {
    released.current = true;
    try {
      await save();
    } finally {
      released.current = false;
    }
  }
  return { whileSaving, dialog };
}
