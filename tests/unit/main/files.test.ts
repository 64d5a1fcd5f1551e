import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent, SaveDialogReturnValue, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels, type IpcResult } from '../../../electron/contract';
import { bindContract, type ContractHandlers } from '../../../electron/main/ipc';
import { allowedOrigins } from '../../../electron/main/origins';
import { createSaveFileHandler, type SaveFileDeps } from '../../../electron/main/services/files';
import { invokeEvent } from './fakes';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rt-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sender = {} as WebContents;
const input = {
  suggestedName: 'referrals.csv',
  data: new Uint8Array([0x61, 0x62, 0x63]),
  filters: [{ name: 'CSV', extensions: ['csv'] }],
};

function dialogAnswer(answer: SaveDialogReturnValue): SaveFileDeps['showSaveDialog'] {
  return vi.fn(async () => answer);
}

describe('saveFile', () => {
  it('opens the dialog in Documents with the suggested name and filters', async () => {
    const showSaveDialog = dialogAnswer({ canceled: true, filePath: '' });
    await createSaveFileHandler({ showSaveDialog, documentsDir: () => '/home/u/Documents' })(input, { sender });
    expect(showSaveDialog).toHaveBeenCalledWith(
      sender,
      expect.objectContaining({ defaultPath: join('/home/u/Documents', 'referrals.csv'), filters: input.filters }),
    );
  });

  it.each([
    ['cancel', { canceled: true, filePath: '' }],
    ['an empty path', { canceled: false, filePath: '' }],
  ])('answers cancelled (not an error) on %s, and writes nothing', async (_case, answer) => {
    const write = vi.fn();
    const handler = createSaveFileHandler({ showSaveDialog: dialogAnswer(answer), documentsDir: () => dir, write });
    await expect(handler(input, { sender })).resolves.toEqual({ status: 'cancelled' });
    expect(write).not.toHaveBeenCalled();
  });

  it('writes the bytes atomically to the chosen path and returns only the file name', async () => {
    const target = join(dir, 'chosen name.csv');
    const handler = createSaveFileHandler({
      showSaveDialog: dialogAnswer({ canceled: false, filePath: target }),
      documentsDir: () => dir,
    });
    await expect(handler(input, { sender })).resolves.toEqual({ status: 'saved', fileName: 'chosen name.csv' });
    expect([...(await readFile(target))]).toEqual([0x61, 0x62, 0x63]);
    // No temp file left next to it.
    expect(await readdir(dir)).toEqual(['chosen name.csv']);
  });

  it('reports a write error as failed through the IPC envelope', async () => {
    let listener: ((event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<IpcResult<unknown>>) | undefined;
    const ipcMain = {
      handle: (channel: string, fn: typeof listener) => {
        if (channel === channels.saveFile) listener = fn;
      },
    };
    const saveFile = createSaveFileHandler({
      showSaveDialog: dialogAnswer({ canceled: false, filePath: join(dir, 'no-such-dir', 'x.csv') }),
      documentsDir: () => dir,
    });
    bindContract(ipcMain as unknown as IpcMain, { saveFile } as unknown as ContractHandlers, {
      allowedOrigins: allowedOrigins(null),
      onError: () => {},
    });
    const result = await listener?.(invokeEvent('app://roundtable/index.html'), input);
    expect(result).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringContaining('ENOENT') } });
  });
});
