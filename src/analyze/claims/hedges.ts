/**
 * Hedge and speculation cues: the words by which a writer or source marks a statement as
 * uncertain ("may", "probably", "is believed", "reportedly"). Used for uncertainty cues and
 * factuality; a cue is a word span.
 */

/** Cue words and phrases (lower case). Modal verbs count only before a verb-like word. */
const HEDGE_RE =
  /\b(may(?! \d)|might|could|would|probably|possibly|perhaps|likely|unlikely|presumably|apparently|allegedly|reportedly|supposedly|purportedly|seem(?:s|ed|ingly)?|appear(?:s|ed)? to|believed?|thought|considered|regarded|suggest(?:s|ed)?|possible|unclear|whether|if|expected|supposed|rumou?red|claimed|alleged|speculat\w+|uncertain|doubtful|estimated|it is said|some say|are said|is said|was said)\b/gi;

/** Hedge cue spans in a text. */
export function hedgeCues(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  HEDGE_RE.lastIndex = 0;
  for (let m = HEDGE_RE.exec(text); m !== null; m = HEDGE_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Factuality of a predicate on the [-3, 3] scale from the words that govern it. */
export function factualityOf(governing: readonly string[]): number {
  const words = governing.map((w) => w.toLowerCase());
  const negated = words.some((w) => w === 'not' || w === "n't" || w === 'never' || w === 'no' || w === 'without' || w === 'denied' || w === 'failed');
  const uncertain = words.some((w) => /^(may|might|could|would|should|probably|possibly|perhaps|likely|if|whether|plan|plans|planned|want|wants|wanted|hope|hopes|expected|seek|seeks|try|tries|attempt)$/.test(w));
  if (negated && uncertain) return -1;
  if (negated) return -3;
  if (uncertain) return 0;
  return 3;
}
