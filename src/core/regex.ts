/** Text escaped to match itself inside a regular expression ("U.N." matches "U.N.", not "UXNY"). */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
