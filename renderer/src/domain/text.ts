/**
 * Text folding for search and duplicate checks: case, accents and ß do not matter, so
 * "Jugendamt Süd" finds "jugendamt sud" and "Straße" matches "strasse".
 */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchesQuery(query: string, ...fields: string[]): boolean {
  const needle = foldText(query);
  if (!needle) return true;
  return fields.some((field) => foldText(field).includes(needle));
}
