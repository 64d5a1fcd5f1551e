/**
 * The bench city's passphrase: strong enough for the app's rule (the first start of a
 * loading profile types it into the real setup screen), and typed into the lock screen at
 * the start of every measured run. The same as the end-to-end tests' on purpose: a known
 * strong one, nothing secret about a synthetic city.
 */
export { TEST_PASSPHRASE as BENCH_PASSPHRASE } from '../../tests/e2e/support/session';
