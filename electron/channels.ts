/**
 * Every IPC channel name, and the method name under which preload exposes it on
 * `window.api`. Kept free of imports so the sandboxed preload bundle stays tiny;
 * the schemas live in `contract.ts`.
 */
export const channels = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  printToPdf: 'pdf:print',
  setLanguage: 'app:set-language',
} as const;

export type ApiMethod = keyof typeof channels;
export type ChannelName = (typeof channels)[ApiMethod];
