/**
 * The layer boundaries of the architecture guide are held by eslint.config.js. These cases lint
 * small snippets as if they lived in a given folder (the files need not exist) and check that every
 * spelling of a crossing is refused, and that the ordinary, allowed imports still pass.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** A distinctive part of each boundary's message in eslint.config.js. */
const refusal = {
  dexie: 'Only renderer/src/storage/ may import Dexie',
  storageInternals: 'Import `storage` (its index) only',
  windowApi: 'Only renderer/src/platform/ may touch window.api',
  domain: 'domain/ holds pure rules',
  features: 'Features do not import each other',
  export: 'export/ is pure',
  recordStore: 'Read and write records through the record store',
  maxLength: 'No maxLength',
  autoComplete: 'needs autoComplete="off"',
  autoCompleteLast: 'Put autoComplete="off" after the spread attributes',
  windowTitle: 'needs a windowTitle naming only the kind of page',
} as const;

type Boundary = keyof typeof refusal;
type Case = [description: string, file: string, code: string];

const feature = 'renderer/src/features/meetings/Probe.tsx';
const app = 'renderer/src/app/Probe.tsx';
const ui = 'renderer/src/ui/Probe.tsx';
const domain = 'renderer/src/domain/probe.ts';
const exporter = 'renderer/src/export/probe.ts';

const repository = 'renderer/src/storage/repositories/probe.ts';

const refused: Record<Boundary, Case[]> = {
  recordStore: [
    ['a repository writing a record table directly', repository, 'export const write = (db: { partners: { put(x: object): void } }) => db.partners.put({});'],
    [
      'a repository reading a record table directly',
      repository,
      "export const read = (db: { referrals: { where(x: string): unknown } }) => db.referrals.where('caseYear');",
    ],
    ['a repository reaching a table by name', repository, "export const any = (db: { table(name: string): unknown }) => db.table('meetings');"],
  ],
  maxLength: [['a maxLength that cuts pasted text', feature, 'export const field = <input maxLength={5} />;']],
  autoComplete: [
    ['a raw input in a feature', feature, 'export const field = <input type="search" value="" readOnly />;'],
    ['a checkbox in a feature', feature, 'export const box = <input type="checkbox" />;'],
    ['a textarea switching autocomplete on, in ui', ui, 'export const field = <textarea autoComplete="on" />;'],
    ['a select with a name to autofill, in app', app, 'export const field = <select autoComplete="organization" />;'],
    ['a form without it, in app', app, 'export const form = <form onSubmit={() => undefined} />;'],
    ['a form inside a feature subfolder', 'renderer/src/features/meetings/parts/Probe.tsx', 'export const form = <form noValidate />;'],
  ],
  windowTitle: [
    ['a record field as the heading', feature, 'export const heading = (meeting: { title: string }) => <PageHeading title={meeting.title} />;'],
    [
      'a translation with record text in it',
      feature,
      "export const heading = (name: string) => <PageHeading title={t('form.editTitle', { name })} intro={t('intro')} />;",
    ],
    ['a template with record text', ui, 'export const heading = (name: string) => <PageHeading title={`${name} – details`} />;'],
    ['a variable', app, 'export const heading = (title: string) => <PageHeading title={title} />;'],
  ],
  autoCompleteLast: [
    ['autoComplete before a spread that could switch it back on', feature, 'export const field = (props: object) => <input autoComplete="off" {...props} />;'],
  ],
  dexie: [
    ['Dexie in a feature', feature, "import Dexie from 'dexie';\nexport { Dexie };"],
    ['dexie-react-hooks in ui', ui, "import { useLiveQuery } from 'dexie-react-hooks';\nexport { useLiveQuery };"],
    ['a Dexie subpath in app', app, "import Dexie from 'dexie/dist/dexie.mjs';\nexport { Dexie };"],
    ['Dexie in the entry point', 'renderer/src/main.tsx', "import Dexie from 'dexie';\nexport { Dexie };"],
  ],
  storageInternals: [
    ['storage/db from a feature', feature, "import { RoundtableDb } from '../../storage/db';\nexport { RoundtableDb };"],
    [
      'a repository file from a feature',
      feature,
      "import { createPartnerRepository } from '../../storage/repositories/partners';\nexport { createPartnerRepository };",
    ],
    ['a type from a repository file', feature, "import type { MeetingBundle } from '../../storage/repositories/meetings';\nexport type { MeetingBundle };"],
    ['storage/audit from app', app, "import { appendAudit } from '../storage/audit';\nexport { appendAudit };"],
    ['storage/errors from ui', ui, "import { StorageError } from '../storage/errors';\nexport { StorageError };"],
    ['storage/migrations from app', app, "import { migrations } from '../storage/migrations';\nexport { migrations };"],
    ['a re-export of storage/db from the entry point', 'renderer/src/main.tsx', "export { db } from './storage/db';"],
    ['export * from storage/open', app, "export * from '../storage/open';"],
    ['a dynamic import of storage/db', feature, "export const load = () => import('../../storage/db');"],
  ],
  windowApi: [
    ['window.api', app, 'export const bridge = window.api;'],
    ['window?.api', app, 'export const bridge = window?.api;'],
    ["window['api']", app, "export const bridge = window['api'];"],
    ['window[`api`]', app, 'export const bridge = window[`api`];'],
    ['globalThis.api', feature, 'export const bridge = globalThis.api;'],
    ["globalThis['api']", feature, "export const bridge = globalThis['api'];"],
    ['self.api', ui, 'export const bridge = self.api;'],
    ['window.window.api', ui, 'export const bridge = window.window.api;'],
    ['(window as X).api', app, 'export const bridge = (window as { api?: unknown }).api;'],
    ["(window as unknown as X)['api']", app, "export const bridge = (window as unknown as { api: unknown })['api'];"],
    ['(<X>window).api', 'renderer/src/app/probe.ts', 'export const bridge = (<{ api: unknown }>(<unknown>window)).api;'],
    ['window!.api', app, 'export const bridge = (window as { api?: unknown })!.api;'],
    ['const { api } = window', app, 'const { api } = window;\nexport { api };'],
    ['const { api: renamed } = window as X', app, 'const { api: bridge } = window as unknown as { api: unknown };\nexport { bridge };'],
    ["const { ['api']: renamed } = globalThis", app, "const { ['api']: bridge } = globalThis;\nexport { bridge };"],
    ['({ api } = window)', app, 'let api: unknown;\n({ api } = window);\nexport { api };'],
    ['a parameter defaulting to window', app, 'export function bridge({ api } = window) {\n  return api;\n}'],
    ["Reflect.get(window, 'api')", app, "export const bridge = Reflect.get(window, 'api');"],
    ["'api' in window", app, "export const desktop = 'api' in window;"],
    ['window.api in storage', 'renderer/src/storage/probe.ts', 'export const bridge = window.api;'],
    ['window.api in domain', domain, 'export const bridge = globalThis.api;'],
  ],
  domain: [
    ['React', domain, "import { useState } from 'react';\nexport { useState };"],
    ['react-i18next', domain, "import { useTranslation } from 'react-i18next';\nexport { useTranslation };"],
    ['i18next', domain, "import i18next from 'i18next';\nexport { i18next };"],
    ['Dexie', domain, "import Dexie from 'dexie';\nexport { Dexie };"],
    ['storage (its index)', domain, "import { partners } from '../storage';\nexport { partners };"],
    ['storage/db', domain, "import { db } from '../storage/db';\nexport { db };"],
    ['ui', domain, "import { Section } from '../ui/Section';\nexport { Section };"],
    ['platform', domain, "import { platform } from '../platform';\nexport { platform };"],
    ['i18n', domain, "import { formatDate } from '../i18n/format';\nexport { formatDate };"],
    ['a feature', domain, "import { MeetingForm } from '../features/meetings/MeetingForm';\nexport { MeetingForm };"],
    ['export', domain, "import { minutesToMarkdown } from '../export/markdown';\nexport { minutesToMarkdown };"],
    ['app', domain, "import { App } from '../app/App';\nexport { App };"],
    ['a type from storage', domain, "import type { StorageProblem } from '../storage';\nexport type { StorageProblem };"],
    ['a dynamic import of i18n', domain, "export const load = () => import('../i18n');"],
  ],
  features: [
    [
      'a sibling feature',
      'renderer/src/features/agreements/Probe.tsx',
      "import { LocalUserGate } from '../referrals/LocalUserGate';\nexport { LocalUserGate };",
    ],
    [
      'a feature the long way round',
      'renderer/src/features/agreements/Probe.tsx',
      "import { LocalUserGate } from '../../features/referrals/LocalUserGate';\nexport { LocalUserGate };",
    ],
    ['a sibling feature through ./..', feature, "import { StatusBadge } from './../partners/StatusBadge';\nexport { StatusBadge };"],
    [
      'a sibling feature from a subfolder',
      'renderer/src/features/meetings/parts/Probe.tsx',
      "import { StatusBadge } from '../../partners/StatusBadge';\nexport { StatusBadge };",
    ],
    ['a dynamic import of a sibling feature', feature, "export const load = () => import('../partners/PartnerDetailPage');"],
  ],
  export: [
    ['React', exporter, "import { createElement } from 'react';\nexport { createElement };"],
    ['react-dom/server', exporter, "import { renderToString } from 'react-dom/server';\nexport { renderToString };"],
    ['storage (its index)', exporter, "import { meetings } from '../storage';\nexport { meetings };"],
    ['platform', exporter, "import { platform } from '../platform';\nexport { platform };"],
    ['a feature', exporter, "import { exportMinutes } from '../features/meetings/export-minutes';\nexport { exportMinutes };"],
    ['ui', exporter, "import { MinutesMarkdown } from '../ui/MinutesMarkdown';\nexport { MinutesMarkdown };"],
  ],
};

const allowed: Case[] = [
  [
    'platform touching window.api',
    'renderer/src/platform/probe.ts',
    "export const bridge = (window as unknown as { api?: unknown }).api;\nexport const direct = window.api ?? window['api'];",
  ],
  [
    'storage importing Dexie and its own internals',
    'renderer/src/storage/probe.ts',
    "import Dexie from 'dexie';\nimport { useLiveQuery } from 'dexie-react-hooks';\nimport { migrations } from './migrations';\nimport { RoundtableDb } from './db';\nexport { Dexie, useLiveQuery, migrations, RoundtableDb };",
  ],
  [
    'a repository importing db and audit',
    'renderer/src/storage/repositories/probe.ts',
    "import { RoundtableDb } from '../db';\nimport { appendAudit } from '../audit';\nexport { RoundtableDb, appendAudit };",
  ],
  [
    'a repository reading settings, which are not records',
    repository,
    "export const read = (db: { settings: { get(key: string): unknown } }) => db.settings.get('localUser');",
  ],
  [
    'a feature importing storage, ui, platform, i18n, export, domain and itself',
    feature,
    [
      "import { partners, useLive } from '../../storage';",
      "import { db } from '../../storage/index';",
      "import { Section } from '../../ui/Section';",
      "import { platform } from '../../platform';",
      "import { formatDate } from '../../i18n/format';",
      "import { minutesToMarkdown } from '../../export/markdown';",
      "import { sectorCodes } from '../../domain/sectors';",
      "import { MeetingForm } from './MeetingForm';",
      'export { partners, useLive, db, Section, platform, formatDate, minutesToMarkdown, sectorCodes, MeetingForm };',
    ].join('\n'),
  ],
  [
    'a feature subfolder importing its own feature',
    'renderer/src/features/meetings/parts/Probe.tsx',
    "import { MeetingForm } from '../MeetingForm';\nimport { partners } from '../../../storage';\nexport { MeetingForm, partners };",
  ],
  [
    'app composing features',
    app,
    "import { MeetingListPage } from '../features/meetings/MeetingListPage';\nimport { openStorage } from '../storage';\nexport { MeetingListPage, openStorage };",
  ],
  [
    'domain importing zod, @noble, @internationalized/date, the contract and itself',
    domain,
    [
      "import { z } from 'zod';",
      "import { sha256 } from '@noble/hashes/sha2.js';",
      "import { CalendarDate } from '@internationalized/date';",
      "import type { Language } from '../../../electron/contract';",
      "import { isRealIsoDate } from './validation';",
      'export type { Language };',
      'export { z, sha256, CalendarDate, isRealIsoDate };',
    ].join('\n'),
  ],
  [
    'export importing domain, i18n and its libraries',
    exporter,
    "import { Document } from 'docx';\nimport { formatDate } from '../i18n/format';\nimport type { Meeting } from '../domain/meeting';\nexport type { Meeting };\nexport { Document, formatDate };",
  ],
  [
    'form controls that opt out of autocomplete, after their spreads',
    feature,
    [
      'export const form = (props: object) => (',
      '  <form autoComplete="off" noValidate>',
      '    <input type="checkbox" {...props} autoComplete="off" />',
      '    <textarea autoComplete="off" />',
      '    <select autoComplete="off" />',
      '  </form>',
      ');',
    ].join('\n'),
  ],
  [
    'the shared fields, which opt out once for everyone',
    feature,
    'import { TextField } from \'../../ui/fields\';\nexport const field = <TextField label="Name" />;',
  ],
  ['an api property of an ordinary object', app, 'const client = { api: 1 };\nexport const value = client.api;'],
  [
    'a migration test reaching into storage',
    'tests/migrations/probe.test.ts',
    "import { RoundtableDb } from '../../renderer/src/storage/db';\nimport Dexie from 'dexie';\nexport { RoundtableDb, Dexie };",
  ],
];

let eslint: ESLint;
// The first lint loads the config and the TypeScript parser: seconds on a busy machine, so it
// is done here, with time to spare, rather than inside the first case's five seconds.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, 'eslint.config.js') });
  await eslint.lintText('export {};\n', { filePath: resolve(root, 'renderer/src/domain/warm-up.ts') });
}, 60_000);

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result!.messages;
}

describe('lint holds the layer boundaries', () => {
  for (const [boundary, cases] of Object.entries(refused) as [Boundary, Case[]][]) {
    describe(`refuses: ${refusal[boundary]}`, () => {
      it.each(cases)('%s', async (_description, file, code) => {
        const messages = await lint(file, code);
        expect(messages.filter((message) => message.fatal)).toEqual([]);
        expect(messages.map((message) => message.message)).toContainEqual(expect.stringContaining(refusal[boundary]));
      });
    });
  }

  describe('allows', () => {
    it.each(allowed)('%s', async (_description, file, code) => {
      expect(await lint(file, code)).toEqual([]);
    });
  });
});
