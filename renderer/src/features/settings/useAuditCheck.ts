/**
 * Runs the audit check in the background (a Web Worker, so the window stays responsive),
 * with its progress, a way to cancel it, and its report. Leaving the page cancels it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { AuditCheckCancelledError, checkAuditTrailInBackground, type AuditCheckMode, type AuditCheckProgress, type AuditCheckReport } from '../../storage';

export interface AuditCheckRun {
  /** The mode asked for while a check runs, null otherwise. */
  running: AuditCheckMode | null;
  progress: AuditCheckProgress | null;
  report: AuditCheckReport | null;
  /** Resolves when done; rejects with the check's error (cancelling is not an error: `cancelled` says so). */
  start: (mode: AuditCheckMode) => Promise<{ cancelled: boolean }>;
  cancel: () => void;
}

export function useAuditCheck(): AuditCheckRun {
  const [running, setRunning] = useState<AuditCheckMode | null>(null);
  const [progress, setProgress] = useState<AuditCheckProgress | null>(null);
  const [report, setReport] = useState<AuditCheckReport | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (mode: AuditCheckMode) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setRunning(mode);
    setProgress(null);
    setReport(null);
    try {
      setReport(await checkAuditTrailInBackground({ mode, onProgress: setProgress, signal: current.signal }));
      return { cancelled: false };
    } catch (error) {
      if (error instanceof AuditCheckCancelledError) return { cancelled: true };
      throw error;
    } finally {
      if (controller.current === current) {
        controller.current = null;
        setRunning(null);
        setProgress(null);
      }
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { running, progress, report, start, cancel };
}
