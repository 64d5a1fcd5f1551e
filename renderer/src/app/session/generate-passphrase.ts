/**
 * A passphrase made for the coordinator: six groups of four characters from 31 that cannot
 * be mistaken for each other when read from paper (no i, l, o, 0, 1), chosen by the
 * browser's cryptographic random source. 24 × log2(31) ≈ 119 bits: beyond guessing, even
 * with the keyring in hand. Lower case and digits only, so it is typed without Shift on any
 * keyboard layout.
 */
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 6;
const GROUP_LENGTH = 4;
/** The largest multiple of the alphabet's size below 256: bytes above it are drawn again, so every character is equally likely. */
const fairLimit = 256 - (256 % alphabet.length);

/** The strength of a generated passphrase in bits, for the hint beside the button. */
export const GENERATED_PASSPHRASE_BITS = Math.floor(GROUPS * GROUP_LENGTH * Math.log2(alphabet.length));

export function generatePassphrase(randomBytes: (count: number) => Uint8Array = (count) => crypto.getRandomValues(new Uint8Array(count))): string {
  const characters: string[] = [];
  while (characters.length < GROUPS * GROUP_LENGTH) {
    for (const byte of randomBytes(GROUPS * GROUP_LENGTH)) {
      if (byte < fairLimit && characters.length < GROUPS * GROUP_LENGTH) characters.push(alphabet[byte % alphabet.length]!);
    }
  }
  const groups: string[] = [];
  for (let index = 0; index < characters.length; index += GROUP_LENGTH) groups.push(characters.slice(index, index + GROUP_LENGTH).join(''));
  return groups.join('-');
}
