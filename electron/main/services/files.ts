/**
 * file:save: the user picks where an export or backup goes, and main writes it atomically.
 * The renderer only suggests a name (validated in contract.ts); the path always comes from
 * the OS dialog, so a compromised renderer cannot write anywhere on its own.
 */
import { basename, join } from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue, WebContents } from 'electron';
import type { ContractParsedInput, SaveFileOutput } from '../../contract';
import { writeFileAtomic } from '../atomic-write';

export interface SaveFileDeps {
  /** dialog.showSaveDialog, parented to the sender's window so it is modal to it. */
  showSaveDialog: (sender: WebContents, options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  /** app.getPath('documents'): where the dialog opens. */
  documentsDir: () => string;
  /** Atomic write (temp file + rename); injectable so tests can make it fail. */
  write?: (path: string, data: Uint8Array) => Promise<void>;
}

export function createSaveFileHandler(deps: SaveFileDeps) {
  const write = deps.write ?? ((path: string, data: Uint8Array) => writeFileAtomic(path, data));
  return async (input: ContractParsedInput<'saveFile'>, event: { sender: WebContents }): Promise<SaveFileOutput> => {
    const result = await deps.showSaveDialog(event.sender, {
      defaultPath: join(deps.documentsDir(), input.suggestedName),
      filters: input.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    // Cancelling is a normal answer, not an error; some platforms report it as an empty path.
    if (result.canceled || !result.filePath) return { status: 'cancelled' };
    await write(result.filePath, input.data);
    // Only the name goes back: the renderer has no use for the user's directory layout.
    return { status: 'saved', fileName: basename(result.filePath) };
  };
}
