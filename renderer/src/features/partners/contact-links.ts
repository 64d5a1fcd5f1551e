/**
 * A contact's e-mail address and phone number as links. Only `mailto:` and `tel:` are made
 * (the desktop app hands exactly these to the mail or phone app, electron/main/security.ts);
 * anything that would not make a sensible address stays plain text.
 */

/** `mailto:` for a plausible address (one @, no spaces or link syntax), else null. */
export function mailtoHref(email: string): string | null {
  const address = email.trim();
  if (!/^[^\s@?#&/:]+@[^\s@?#&/:]+$/.test(address)) return null;
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}`;
}

/** `tel:` with the number's digits (a leading + kept), else null when it has too few digits to dial. */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 3) return null;
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}
