import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/*
 * The layer boundaries of the architecture guide, held by lint (tests/unit/lint-boundaries.test.ts
 * proves every rule). `no-restricted-imports` and `no-restricted-syntax` are each ONE rule: a later
 * config block replaces an earlier block's options instead of adding to them. So every folder's
 * block below is built from the complete list of restrictions that apply to it.
 *
 * Import specifiers are matched as written (relative paths, no resolution), with regexes; the
 * same regexes are applied to dynamic `import('…')`, which `no-restricted-imports` does not see.
 * `require()` and `import x = require()` are refused everywhere by @typescript-eslint/no-require-imports,
 * `import('…')` type annotations by @typescript-eslint/consistent-type-imports.
 */

/** A relative specifier (`./x`, `../x`, `..`) whose path has a segment named after one of `folders`. */
const intoFolder = (...folders) => `^\\.\\.?(/.*)?/(${folders.join('|')})(/|$)`;

/** Only storage/ talks to the database; everyone else imports `storage` (its index). */
const storageOnlyThroughIndex = [
  { regex: '^dexie(-react-hooks)?(/|$)', message: 'Only renderer/src/storage/ may import Dexie: use the repositories from `storage`.' },
  {
    // storage/db, storage/repositories/*, storage/audit, storage/errors, storage/open, storage/migrations…
    regex: '^\\.\\.?(/.*)?/storage/(?!(index(\\.tsx?)?)?$)',
    message: 'Import `storage` (its index) only: db, repositories, audit and errors are storage-internal.',
  },
];

/** The only bare packages domain/ may use: schemas, hashing and calendar dates. Extend with care. */
const domainPackages = ['zod', '@noble/', '@internationalized/date'];

const domainIsPure = [
  {
    regex: `^(?!\\.|${domainPackages.map((name) => name.replaceAll('.', '\\.') + (name.endsWith('/') ? '' : '(/|$)')).join('|')})`,
    message: `domain/ holds pure rules: packages other than ${domainPackages.join(', ')} (React, Dexie, i18next…) belong in other layers.`,
  },
  {
    regex: intoFolder('storage', 'ui', 'platform', 'i18n', 'features', 'export', 'app'),
    message: 'domain/ holds pure rules: it imports no storage, ui, platform, i18n, features, export or app.',
  },
];

const exportIsPure = [
  { regex: '^react(-[^/]*)?(/|$)', message: 'export/ is pure (records → bytes or HTML): no React.' },
  {
    regex: intoFolder('storage', 'platform', 'features', 'ui', 'app'),
    message: 'export/ is pure (records → bytes or HTML): it gets records passed in and imports no storage, platform, features, ui or app.',
  },
];

/**
 * Features do not import each other; shared pieces move to ui/ or app/. A file `depth` folders
 * below features/<name>/ that climbs depth+1 levels stands in features/ and goes down into another
 * feature; any specifier naming a `features/` folder does the same the long way round.
 */
function featuresStayApart(depth) {
  const climbToFeatures = `(\\.\\./){${depth + 1}}`;
  return [
    {
      regex: `^(\\./)?${climbToFeatures}(?!\\.\\.)[^/]+`,
      message: 'Features do not import each other: move what both need to ui/ or app/.',
    },
    { regex: '(^|/)features(/|$)', message: 'Features do not import each other: move what both need to ui/ or app/.' },
  ];
}

/** `no-restricted-imports` options plus the matching `no-restricted-syntax` entries for `import()`. */
function restrictImports(...groups) {
  const patterns = groups.flat();
  return {
    imports: ['error', { patterns: patterns.map(({ regex, message }) => ({ regex, message })) }],
    dynamicImports: patterns.map(({ regex, message }) => ({
      // esquery regexes may not contain '/', so it is written as \x2F.
      selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/i]`,
      message,
    })),
  };
}

/*
 * window.api is the Electron bridge: only platform/ may touch it, in any spelling.
 * Global objects that are the window, and the wrappers TypeScript puts around them.
 */
const globalObject = '/^(window|globalThis|self|top|parent|frames)$/';
const isGlobal = (path) => [
  `[${path}.name=${globalObject}]`, // window
  `[${path}.expression.name=${globalObject}]`, // (window as X), window!, <X>window, (window satisfies X)
  `[${path}.expression.expression.name=${globalObject}]`, // (window as unknown as X)
  `[${path}.object.name=${globalObject}][${path}.property.name=${globalObject}]`, // window.window, globalThis.self
];
const isApiKey = (path) => [`[${path}.name='api']`, `[${path}.value='api']`, `[${path}.quasis.0.value.cooked='api']`];

const windowApiMessage = 'Only renderer/src/platform/ may touch window.api: use `platform` instead.';
const windowApiOutsidePlatform = [
  // window.api, window['api'], window[`api`], (window as X).api, globalThis.api, self?.api …
  `MemberExpression:matches(${isApiKey('property').join(', ')}):matches(${isGlobal('object').join(', ')})`,
  // const { api } = window; ({ api } = window as X); function f({ api } = window)
  `:matches(VariableDeclarator:matches(${isGlobal('init').join(', ')}), AssignmentExpression:matches(${isGlobal('right').join(', ')}), AssignmentPattern:matches(${isGlobal('right').join(', ')})) > ObjectPattern > Property:matches(${isApiKey('key').join(', ')})`,
  // Reflect.get(window, 'api'), Object.getOwnPropertyDescriptor(window, 'api')
  `CallExpression:matches(${isGlobal('arguments.0').join(', ')}):matches(${isApiKey('arguments.1').join(', ')})`,
  // 'api' in window
  `BinaryExpression[operator='in']:matches(${isApiKey('left').join(', ')}):matches(${isGlobal('right').join(', ')})`,
].map((selector) => ({ selector, message: windowApiMessage }));

const noRawHtml = {
  selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
  message: 'No raw HTML from records: render text, or sanitise in one reviewed place.',
};

/** The browser silently cuts pasted text at maxLength, and it is saved cut. */
const noMaxLength = {
  selector: 'JSXAttribute[name.name=/^maxlength$/i]',
  message: 'No maxLength: it cuts pasted text without a word. Give TextField/TextAreaField a `limit` from domain/validation `limits`.',
};

/**
 * What the browser keeps on disk by itself, in plaintext and outside the app's encrypted
 * records: what is typed into a form control (its autofill database, Chromium's `Web Data`,
 * and the form state of the session it restores), and every window title (History, Sessions).
 * So every raw control and form opts out of autocomplete, with the attribute after any spread
 * (a spread after it could switch it back on); the fields of ui/fields do this once. And a
 * page heading showing record text gives the window a title of its own.
 */
const browserKeptControl = '/^(input|textarea|select|form)$/';
const noBrowserKeptText = [
  {
    selector: `JSXOpeningElement[name.name=${browserKeptControl}]:not(:has(JSXAttribute[name.name="autoComplete"][value.value="off"]))`,
    message:
      'Every <input>, <textarea>, <select> and <form> needs autoComplete="off": the browser would keep what is typed on disk. Or use TextField/TextAreaField/SelectField from ui/fields.',
  },
  {
    selector: `JSXOpeningElement[name.name=${browserKeptControl}] > JSXAttribute[name.name="autoComplete"] ~ JSXSpreadAttribute`,
    message: 'Put autoComplete="off" after the spread attributes, so none of them can switch autocomplete back on.',
  },
  {
    // PageHeading's title becomes the window title, which the browser keeps in History and
    // Sessions. A title that is more than a fixed translation (t('key')) may hold record text.
    // (Attribute paths, not `:has(> A > B)`: esquery does not match a chain inside a relative :has.)
    selector:
      'JSXOpeningElement[name.name="PageHeading"]:not(:has(> JSXAttribute[name.name="windowTitle"])):has(> JSXAttribute[name.name="title"][value.type="JSXExpressionContainer"]:not([value.expression.type="CallExpression"][value.expression.arguments.length=1][value.expression.arguments.0.type="Literal"]))',
    message:
      'A PageHeading whose title may hold record text needs a windowTitle naming only the kind of page: the browser keeps window titles on disk (History, Sessions).',
  },
];

/**
 * Repositories read and write records only through the record store (storage/record-store.ts),
 * so no write can skip its validation, revision check or audit entry, and no read its tombstone
 * filter or (later) decryption. Settings and the audit trail are not records.
 */
const recordTablePattern =
  '/^(partners|contacts|meetings|meetingSeries|agendaItems|actions|referrals|referralEvents|agreements|disclosures|coverageAcknowledgements)$/';
const recordsOnlyThroughTheStore = [
  {
    selector: `MemberExpression[object.name='db'][property.name=${recordTablePattern}]`,
    message: 'Read and write records through the record store (createRecordStores), never db.<table>.',
  },
  {
    selector: "CallExpression[callee.object.name='db'][callee.property.name='table']",
    message: 'Read and write records through the record store (createRecordStores), never db.table().',
  },
];

/** The two boundary rules for one renderer folder. */
function boundaries({ imports = [], windowApi = true, syntax = [] }) {
  const restricted = restrictImports(...imports);
  return {
    'no-restricted-imports': restricted.imports,
    'no-restricted-syntax': [
      'error',
      ...(windowApi ? windowApiOutsidePlatform : []),
      noRawHtml,
      noMaxLength,
      ...noBrowserKeptText,
      ...syntax,
      ...restricted.dynamicImports,
    ],
  };
}

const featureDepths = [0, 1, 2, 3];
const featureFilesAt = (depth) => `renderer/src/features/*/${'*/'.repeat(depth)}*.{ts,tsx}`;

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundaries({ imports: [storageOnlyThroughIndex] }),
    },
  },
  {
    files: ['renderer/src/storage/**/*.{ts,tsx}'],
    rules: boundaries({}),
  },
  {
    files: ['renderer/src/storage/repositories/**/*.{ts,tsx}'],
    rules: boundaries({ syntax: recordsOnlyThroughTheStore }),
  },
  {
    files: ['renderer/src/platform/**/*.{ts,tsx}'],
    rules: boundaries({ imports: [storageOnlyThroughIndex], windowApi: false }),
  },
  {
    files: ['renderer/src/domain/**/*.{ts,tsx}'],
    rules: boundaries({ imports: [storageOnlyThroughIndex, domainIsPure] }),
  },
  {
    files: ['renderer/src/export/**/*.{ts,tsx}'],
    rules: boundaries({ imports: [storageOnlyThroughIndex, exportIsPure] }),
  },
  ...featureDepths.map((depth) => ({
    files: [featureFilesAt(depth)],
    rules: boundaries({ imports: [storageOnlyThroughIndex, featuresStayApart(depth)] }),
  })),
);
