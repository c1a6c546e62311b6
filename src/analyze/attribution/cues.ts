/**
 * The words that signal reported speech, the channels statements travel through, and the
 * non-person sources (imagery, documents) that "show" rather than "say".
 */
import type { Span } from '../../core/span.js';

/** Speech verbs (all forms listed: no lemmatiser needed on the hot path). */
export const CUE_VERBS =
  'said|says|say|told|tells|tell|warned|warns|warn|insisted|insists|replied|replies|added|adds|posted|posts|wrote|writes|' +
  'claimed|claims|denied|denies|confirmed|confirms|stated|states|announced|announces|reported|reports|report(?=\\s+that\\s)|assess(?:ed|es)?(?=\\s+(?:on\\s+[A-Z][a-z]+\\s+)?that\\s)|declared|declares|' +
  'stressed|stresses|noted|notes|explained|explains|acknowledged|acknowledges|admitted|admits|accused|accuses|argued|argues|' +
  'alleged|alleges|urged|urges|asserted|asserts|showed|shows|show|refused to confirm|declined to confirm|refused to comment|declined to comment|' +
  'has learned|have learned|learned|believes|believed|thinks|thought|suggested|suggests|predicted|predicts|estimated|estimates|' +
  'pointed out|points out|tweeted|tweets|told reporters|saying|asked|telling|described|concluded|adding|joked|assures|assured|explaining|warning|noting|arguing|insisting|stating|claiming';

/** The single words among the speech verbs ("said", "warned"; not "refused to confirm", nor a pattern such as "report" before "that"). */
export const CUE_WORDS: ReadonlySet<string> = new Set(CUE_VERBS.split('|').filter((c) => /^[a-z]+$/.test(c)));

/** The questions a referral sends elsewhere ("referred [further questions] to the Defence Ministry"): a regex source. */
export const REFERRED_QUESTIONS = String.raw`(?:(?:further|all|other)\s+)?(?:questions|inquiries|enquiries|queries)`;
/** Verbs of disputing what another said (a regex source): ", which the military [disputed], saying …". */
export const DISPUTING_VERBS = 'disputed|disputes|denied|denies|rejected|rejects|contested|contests';
/** Questions sent on to another (a regex source): "to [address questions to] the defence ministry". */
export const QUESTIONS_SENT = String.raw`(?:address|direct|put|send|refer)\s+(?:(?:all|any|further|such|their|those|these|the)\s+)?(?:questions|queries|inquiries|enquiries)\s+to`;
/** Verbs whose negation is a silence ("did not comment", "did not immediately respond"), and the adverbs around them. */
export const SILENCE_VERBS = 'comment|respond|address|mention|explain';
/** Withholding something asked for, a count or details (a regex source): "did not give", "has not provided", "gave no". */
export const WITHHOLDING = String.raw`(?:did|does|do|has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+|immediately\s+)?(?:give|given|provide|provided|release|released|offer|offered|disclose|disclosed)|(?:gave|provided|offered|released|disclosed)\s+no`;
/** Evidence not given (a regex source): "gave no evidence", "did not provide any proof", "has not presented evidence". */
export const EVIDENCE_WITHHELD = String.raw`(?:(?:gave|gives|give|given|offered|offers|provided|provides|presented|presents|cited|cites|produced|showed)\s+no\s+|(?:did|does|has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:give|offer|provide|present|cite|produce|show)[a-z]*\s+(?:any\s+)?)(?:evidence|proof)\b`;
/** What another source said, as a headline names it when rejecting it ("; junta rejects [report]"): the finder's cue and the claims stage's target read the same nouns. */
export const REJECTED_NOUNS = 'reports?|claims?|accusations?|allegations?|charges?|findings?';
export const SILENCE_ADVERBS = 'yet|immediately|publicly|directly|officially';
export const SILENCE_AFTER = 'publicly|directly|officially';

/** Whether a text leaves a quote open: a straight quote mark unpaired, or more curly quotes opened than closed. */
export const openQuote = (text: string): boolean => (text.match(/"/g)?.length ?? 0) % 2 === 1 || (text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0);

/** "According to" what is no source but a hedge on what follows ("according to preliminary information"): a regex source. */
export const ACCORDING_TO_EARLY_FINDINGS = String.raw`according\s+to\s+(?:preliminary|initial|early|first|unconfirmed)\s+(?:information|data|reports|findings|estimates|assessments?)`;

/** Verbs that non-person sources (images, videos, documents) use. */
export const SHOW_VERBS = /^(showed|shows|show)$/i;

/** Imagery named in a phrase ("the footage", "a video", "The clip"): what an outlet could not verify, or what shows something. */
export const IMAGERY = /\b(?:footage|videos?|images?|photos?|photographs?|pictures?|clips?)\b/i;

/** A speaker phrase that is imagery or a document rather than a person or body. */
export const NONPERSON_SOURCE = /\b(images?|videos?|footage|photos?|photographs?|pictures?|social media|satellite imagery|documents?|posts?|e-?mails?|memos?|cables?|transcripts?)\b/i;

/** Words a speaker phrase may end with before the cue, to be trimmed: time, adverbs, auxiliaries. */
export const SPEAKER_TRAILERS = /(\s+(on|last|this)\s+\w+day|\s+(also|later|earlier|previously|again|further|repeatedly|directly|separately)|\s+(has|have|had|was|were|is|are)|\s+in\s+a\s+statement|\s+on\s+\w+)+$/i;

/** Known platforms: "told Telegram" in machine-translated text is a channel, not a recipient. */
export const PLATFORMS = /^(telegram|facebook|twitter|x|instagram|youtube|tiktok|vkontakte|vk|whatsapp|truth social)$/i;

/** A channel phrase right after the cue (or speaker), and its normalised name ("in comments carried by a pro-Fano media outlet"). */
const CHANNEL_RE =
  /^\s*(?:on\s+\w+day\s+)?((?:by|over\s+the)\s+(?:tele)?phone(?![\p{L}-])|by\s+(?:e-?mail|text\s+message|video\s+link)(?![\p{L}-])|(?:on|in|during|at|via|through)\s+(?:(?:its|his|her|their|a|an|the)\s+)?(?:official\s+|(?:tele)?phone\s+|regular\s+|daily\s+|nightly\s+|late-night\s+|weekly\s+|televised\s+|video\s+|emailed\s+|e-mailed\s+|written\s+|joint\s+|separate\s+|brief\s+|short\s+|(?:pre-?)?recorded\s+|confidential\s+|internal\s+|leaked\s+|annual\s+|new\s+)*(?:(?:Telegram|Facebook|Twitter|X|Instagram|YouTube|TikTok)\s+(?:post|video|message)(?![\p{L}-])|Telegram(?:\s+(?:channel|messaging\s+app|app))?|Facebook(?:\s+page)?|Twitter|X|Instagram|YouTube|TikTok|Truth\s+Social(?:\s+(?:platform|account|site))?|statement|briefing(?:\s+with\s+reporters)?|press\s+conference|interview|comments|remarks|speech|address|post|(?:interactive\s+|online\s+)?maps?|video(?:\s+address)?|(?:audio\s+|voice\s+|text\s+|emailed\s+)?message(?:\s+to\s+(?:reporters|journalists|the\s+media))?|social\s+media|(?<=(?:through|via)\s+(?:his|her|their|its|a)\s+)(?:lawyers?|attorneys?|spokes(?:man|woman|person)|representatives?)|(?:evening\s+|morning\s+|daily\s+|latest\s+)?(?:intelligence\s+|situation\s+|operational\s+)?(?:report|update|assessment|bulletin))(?![\p{L}-])(?:\s+on\s+(?:(?:its|his|her|their|the)\s+)?(?:official\s+)?(?:Telegram|Facebook|Twitter|X|Instagram|YouTube|TikTok|VKontakte|Truth\s+Social|social\s+media|website)(?:\s+(?:channel|page|account))?(?![\p{L}-]))?(?:\s+(?:carried|published|aired|broadcast|posted|released|read)\s+(?:by|on)\s+(?:(?:the|its|his|her|their)\s+)?(?:(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}(?:media\s+outlet|news\s+(?:site|outlet|agency|channel)|television\s+(?:station|channel)|radio\s+station|newspaper|broadcaster)|state\s+(?:media|television|TV|news\s+agency)|social\s+media|website|Telegram|Facebook|X|YouTube|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|that|which|and|in|on|at)\b)\p{Lu}[\p{L}-]*(?:\s+(?!(?:that|which|and|in|on|at)\b)\p{Lu}[\p{L}-]*){0,2})(?:\s+(?:channel|page|account))?(?=[\s,.;]|$))?(?:\s+(?:posted|shared|published|uploaded|released)\s+online(?![\p{L}-]))?)/iu;

/** Who an interview was given to; case matters ("with Fox News", not "with reporters on Friday"), so not in CHANNEL_RE. */
const INTERVIEWER = /^\s+with\s+(?:the\s+)?\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*/u;

/** A medium's name in capitals after its noun ("state news agency [SANA]", "state television [MRTV]"); not a day. */
const MEDIUM_NAME = /^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}\p{N}-]*(?=[\s,.;]|$)/u;

/** A body's own medium after a statement's noun: " on its Andalus radio station", " via its Amaq news agency". */
const OWN_MEDIUM_AFTER = /^\s+(?:on|via|through)\s+(?:its|their)\s+(?:own\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:radio(?:\s+station)?|website|(?:news\s+)?agency|channel|outlet)\b/u;
/** The channel phrase at the start of a text (CHANNEL_RE, and an interview's outlet): where it starts and ends. */
export function channelAt(s: string): Span | null {
  const m = CHANNEL_RE.exec(s);
  if (!m) return null;
  const start = m[0].length - m[1]!.length;
  let end = m[0].length;
  if (/interview$/i.test(m[1]!)) end += INTERVIEWER.exec(s.slice(end))?.[0].length ?? 0;
  // (A medium's name after its noun: "carried by the state news agency [SANA]".)
  else if (/(?:agency|television|TV|media|broadcaster)$/i.test(m[1]!)) end += MEDIUM_NAME.exec(s.slice(end))?.[0].length ?? 0;
  // (And the group's own medium a statement went out on: "in a statement [on its Andalus radio station]".)
  else if (/(?:statement|message|video)$/i.test(m[1]!)) end += OWN_MEDIUM_AFTER.exec(s.slice(end))?.[0].length ?? 0;
  return { start, end };
}

/** The normalised name of a channel phrase. */
export function channelName(phrase: string): string {
  const p = phrase.toLowerCase();
  for (const name of ['telegram', 'facebook', 'twitter', 'instagram', 'youtube', 'tiktok', 'truth social', 'statement', 'briefing', 'press conference', 'interview', 'speech', 'social media', 'video', 'message', 'report', 'update', 'assessment', 'bulletin', 'address', 'phone', 'mail', 'text message', 'video link']) {
    if (p.includes(name)) return name;
  }
  return p.replace(/^(on|in|during|at|via|through)\s+/, '');
}

/**
 * News outlets, as the news names them (a regex source): their doubts and checks are the outlet's (the claims stage's
 * `UNVERIFIED`, `NEWS_ORGANISATION` and the like), not statements of a source (find's `NOT_CONFIRMED_BY_OUTLET`).
 */
export const OUTLETS = String.raw`(?:Reuters|AP|AFP|Agence\s+France-Presse|the\s+AP|(?:the\s+)?Associated\s+Press|CNN|(?:the\s+)?BBC|dpa|Al\s+Jazeera|(?:the\s+)?Kyiv\s+Independent|Meduza|Bloomberg|(?:the\s+)?New\s+York\s+Times|(?:the\s+)?Washington\s+Post|NBC\s+News|ABC\s+News|CBS\s+News|Sky\s+News|(?:the\s+)?Guardian)`;
/** An outlet's own people in the field, by their noun (a regex source): "An AP [journalist] in Odesa", "Reuters [reporters]". */
export const OUTLET_STAFF = 'journalist|reporter|correspondent|photographer|cameraman|videographer|team|crew|witness';
