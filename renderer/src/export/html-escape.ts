/** The one place that turns plain text into HTML for the exports. */
import { withoutControlChars } from './plain-text';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Plain text as HTML text or a quoted attribute value: nothing in it can open a tag or end an attribute. */
export function escapeHtml(text: string): string {
  return withoutControlChars(text).replace(/[&<>"']/g, (char) => entities[char] ?? char);
}
