/** Text for HTML text or an attribute value: the five characters that could end either, as numeric references. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
