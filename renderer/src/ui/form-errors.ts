/**
 * Counts the fields with a message in react-hook-form's errors, those in field arrays
 * (contacts, decisions) included: the number the form's summary names.
 */
export function countFieldErrors(errors: object): number {
  let count = 0;
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref' || !value || typeof value !== 'object') continue;
    if ('message' in value && typeof value.message === 'string') count += 1;
    else count += countFieldErrors(value);
  }
  return count;
}
