/** The desktop's backup folder and the backups in it, read from the desktop shell and re-read on request. */
import { useCallback, useEffect, useState } from 'react';
import { platform, type BackupFileInfo } from '../../platform';

export interface BackupFolderState {
  /** undefined while loading; null when none is chosen. */
  folder: string | null | undefined;
  files: BackupFileInfo[] | undefined;
  /** Why the listing failed (a folder on a drive not connected…). */
  listError: unknown;
  refresh: () => void;
}

export function useBackupFolder(): BackupFolderState {
  const [folder, setFolder] = useState<string | null | undefined>(undefined);
  const [files, setFiles] = useState<BackupFileInfo[] | undefined>(undefined);
  const [listError, setListError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((current) => current + 1), []);

  useEffect(() => {
    const backups = platform.backups;
    if (!backups) return;
    let live = true;
    void (async () => {
      try {
        const chosen = await backups.folder();
        if (!live) return;
        setFolder(chosen);
        const listed = chosen === null ? [] : await backups.list();
        if (!live) return;
        setFiles(listed);
        setListError(null);
      } catch (error) {
        if (live) setListError(error);
      }
    })();
    return () => {
      live = false;
    };
  }, [version]);

  return { folder, files, listError, refresh };
}
