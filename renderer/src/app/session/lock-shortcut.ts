/** Ctrl+L (Cmd+L on a Mac) locks, as the desktop menu's File > Lock does; Shift or Alt make it another shortcut. */
export function isLockShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l';
}
