/**
 * The backup file: one binary file that opens on another computer with the passphrase or the
 * recovery key.
 *
 *   magic (8 bytes) ‖ format version (uint16, big-endian) ‖ header length (uint32, big-endian)
 *   ‖ header (UTF-8 JSON) ‖ nonce (12) ‖ encrypted body ‖ tag (16)
 *
 * The header is plaintext and small: what made the file and when, the schema version, and the
 * keyring (only wrapped keys), so the data key can be unwrapped before anything is decrypted.
 * The body (body.ts) is encrypted with AES-256-GCM under the backup key derived from the data
 * key, with everything before it (the header included) as associated data: changing a single
 * header byte makes the file fail to decrypt. WebCrypto does the bulk work: nothing here runs
 * inside an IndexedDB transaction.
 *
 * The magic starts with a byte that is not ASCII and ends with CR LF, SUB, LF (as PNG's does),
 * so a file mangled by a text-mode transfer is recognised as damaged, not as something else.
 */
import { z } from 'zod';
import { fromUtf8, randomBytes, utf8 } from '../../crypto/bytes';
import { NONCE_BYTES, TAG_BYTES } from '../../crypto/aead';
import { keyringSchema } from '../../crypto/keyring';
import { BackupError } from './backup-error';

export const BACKUP_MAGIC = new Uint8Array([0x89, 0x52, 0x54, 0x42, 0x0d, 0x0a, 0x1a, 0x0a]); // \x89 R T B \r \n \x1a \n
export const BACKUP_FORMAT = 1;
const PREFIX_BYTES = BACKUP_MAGIC.length + 2 + 4;
const MAX_HEADER_BYTES = 64 * 1024;
/**
 * The largest backup file read. Well above the whole bench city (about 600 MB encrypted), so
 * a backup the app made can always be restored from a file; the desktop's folder itself takes
 * at most 500 MiB per file (one IPC message, electron/contract.ts).
 */
export const MAX_BACKUP_FILE_BYTES = 1024 * 1024 * 1024;

export const backupKinds = ['daily', 'manual', 'pre-migration', 'pre-restore', 'pre-conversion'] as const;
export type BackupKind = (typeof backupKinds)[number];

const appVersion = z
  .string()
  .max(64)
  .regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}(?:[-+][0-9A-Za-z.-]*)?$/);

/**
 * A keyring in a file from outside: a header may ask Argon2id for at most 1 GiB, so a crafted
 * file cannot make the app allocate the 4 GiB the stored keyring's schema allows.
 */
const fileKeyringSchema = keyringSchema.refine((keyring) => keyring.kdf.memoryKiB <= 1024 * 1024 && keyring.kdf.iterations <= 16);

export const backupHeaderSchema = z.strictObject({
  /** The app version that made the file. */
  app: appVersion,
  schemaVersion: z.number().int().min(1).max(100_000),
  createdAt: z.iso.datetime(),
  kind: z.enum(backupKinds),
  /** Whether the rows inside are sealed; false for a backup of a database from before encryption. */
  encrypted: z.boolean(),
  keyring: fileKeyringSchema,
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** A file split into its parts; nothing is decrypted or trusted yet. */
export interface BackupContainer {
  header: BackupHeader;
  /** Everything before the body: the associated data of its encryption. */
  associatedData: Uint8Array<ArrayBuffer>;
  /** Nonce ‖ ciphertext ‖ tag. */
  sealedBody: Uint8Array<ArrayBuffer>;
}

function startsWithMagic(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, BACKUP_MAGIC.length);
  for (let index = 0; index < length; index += 1) if (bytes[index] !== BACKUP_MAGIC[index]) return false;
  return true;
}

/** Splits a file into header and body; BackupError when it is not a backup, is damaged or too new. */
export function parseContainer(bytes: Uint8Array<ArrayBuffer>): BackupContainer {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0 || !startsWithMagic(bytes)) throw new BackupError('notBackup');
  if (bytes.length > MAX_BACKUP_FILE_BYTES) throw new BackupError('tooLarge');
  if (bytes.length < PREFIX_BYTES) throw new BackupError('damaged', { reason: 'truncated' });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint16(BACKUP_MAGIC.length);
  if (format > BACKUP_FORMAT) throw new BackupError('newerApp', { reason: 'format' });
  if (format < 1) throw new BackupError('damaged', { reason: 'format' });
  const headerLength = view.getUint32(BACKUP_MAGIC.length + 2);
  if (headerLength > MAX_HEADER_BYTES || PREFIX_BYTES + headerLength > bytes.length) throw new BackupError('damaged', { reason: 'header' });
  const headerEnd = PREFIX_BYTES + headerLength;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromUtf8(bytes.subarray(PREFIX_BYTES, headerEnd)));
  } catch (error) {
    throw new BackupError('damaged', { reason: 'header' }, { cause: error });
  }
  const header = backupHeaderSchema.safeParse(parsed);
  if (!header.success) throw new BackupError('damaged', { reason: 'header' }, { cause: header.error });
  if (bytes.length - headerEnd < NONCE_BYTES + TAG_BYTES) throw new BackupError('damaged', { reason: 'truncated' });
  return { header: header.data, associatedData: bytes.slice(0, headerEnd), sealedBody: bytes.slice(headerEnd) };
}

/** Whether version `a` is newer than `b` (major.minor.patch; a pre-release counts as its release). */
export function isNewerVersion(a: string, b: string): boolean {
  const parts = (version: string) => (/^(\d+)\.(\d+)\.(\d+)/.exec(version) ?? ['', '0', '0', '0']).slice(1).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < 3; index += 1) if (x[index] !== y[index]) return x[index]! > y[index]!;
  return false;
}

function importBackupKey(key: Uint8Array, usage: KeyUsage): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new Uint8Array(key), { name: 'AES-GCM' }, false, [usage]);
}

/** The whole file: header, then the body encrypted with `backupKey`. */
export async function sealBackupFile(header: BackupHeader, body: Uint8Array<ArrayBuffer>, backupKey: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const headerBytes = utf8(JSON.stringify(backupHeaderSchema.parse(header)));
  const prefix = new Uint8Array(PREFIX_BYTES + headerBytes.length);
  prefix.set(BACKUP_MAGIC);
  const view = new DataView(prefix.buffer);
  view.setUint16(BACKUP_MAGIC.length, BACKUP_FORMAT);
  view.setUint32(BACKUP_MAGIC.length + 2, headerBytes.length);
  prefix.set(headerBytes, PREFIX_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const key = await importBackupKey(backupKey, 'encrypt');
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: prefix, tagLength: 128 }, key, body));
  const file = new Uint8Array(prefix.length + NONCE_BYTES + ciphertext.length);
  file.set(prefix);
  file.set(nonce, prefix.length);
  file.set(ciphertext, prefix.length + NONCE_BYTES);
  return file;
}

/** The body, decrypted; BackupError('damaged') when it does not authenticate under `backupKey`. */
export async function openBackupBody(container: BackupContainer, backupKey: Uint8Array): Promise<Uint8Array> {
  const { sealedBody, associatedData } = container;
  try {
    const key = await importBackupKey(backupKey, 'decrypt');
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealedBody.subarray(0, NONCE_BYTES), additionalData: associatedData, tagLength: 128 },
      key,
      sealedBody.subarray(NONCE_BYTES),
    );
    return new Uint8Array(plain);
  } catch (error) {
    throw new BackupError('damaged', { reason: 'decryption' }, { cause: error });
  }
}
