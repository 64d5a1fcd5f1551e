/**
 * Running an export from its dialog (the minutes, the risk picture report, the figures report):
 * busy while it runs; when done the dialog closes and the outcome is told (saved as …, the
 * print dialog is open, cancelled); a failure is told as an export error and the dialog stays
 * open, so the user can try again with what they chose.
 */
import { useState } from 'react';
import type { PdfOutcome } from '../platform';
import { useNotify } from './notices';
import { useErrorMessage } from './useErrorMessage';

export interface ExportOutcomeTexts {
  done: (fileName: string) => string;
  printing: string;
  cancelled: string;
}

export function useExportRun(texts: ExportOutcomeTexts, close: () => void) {
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<PdfOutcome>) => {
    setBusy(true);
    try {
      const outcome = await work();
      close();
      if (outcome.status === 'saved') notify('success', texts.done(outcome.fileName));
      else if (outcome.status === 'printing') notify('success', texts.printing);
      else notify('success', texts.cancelled);
    } catch (error) {
      notify('error', errorMessage(error, 'export'));
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
