/**
 * Event triggers for the 16 PLOVER types, with modes, written for sitrep: word forms are listed
 * (no lemmatiser on the hot path). Also sitrep's own CAMEO and ACLED-style codes for each
 * type/mode, for the tools users already have.
 */
import type { PloverType } from '../../core/annotations.js';

/** A trigger pattern: its type, mode, and the words it matches (a regex source, whole words). */
export interface TriggerRule {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly re: RegExp;
}

const rule = (type: PloverType, mode: string | null, words: string): TriggerRule => ({ type, mode, re: new RegExp(`\\b(?:${words})\\b`, 'gi') });

/** Whom one pulls out who is rescued, not withdrawn ("pulled out [the bodies of 15 children]", "pulled out 12 survivors"). */
const NO_RESCUE = String.raw`(?!\s+(?:the\s+|\S+\s+)?(?:bod(?:y|ies)|survivors?|children|people|victims|residents|corpses|wounded|injured)\b)`;

/** Announced future retreats are CONCEDE (PLOVER): checked before RETREAT. */
export const TRIGGERS: readonly TriggerRule[] = [
  // Multi-word triggers first: they win over the single words inside them.
  rule('PROTEST', 'hunger', 'hunger strike'),
  rule('PROTEST', 'boycott', 'general strike|went on strike|(?:stopped|shunned|downed) work|walkout'),
  rule('PROTEST', 'obstruct', 'blocked (?:the |a |roads?|traffic|\\w+ (?:road|bridge|highway|border|crossing))'),
  rule('SANCTION', 'discontinue', '(?:suspended|suspension of|cut off|reduced|halted|prohibit(?:ed)?) (?:\\w+ ){0,3}?(?:aid|links|supplies|assistance|relations|ties|cooperation)'),
  rule('SANCTION', 'withdraw', '(?:cancelled|canceled|called off) (?:a |the |his |her |its )?(?:planned |scheduled )?(?:visit|trip|talks|meeting)|ended (?:\\w+ )?mediation|(?:may|will|would) halt (?:\\w+ )?(?:mediation|talks)'),
  rule('SANCTION', 'expel', 'expelled (?:\\w+ ){0,2}?(?:inspectors|diplomats|ambassador|observers|envoy)|forced (?:\\w+ ){0,4}?out of the country'),
  rule('REJECT', null, 'declined to|denied|refusing to|refuses to|failed to (?:reach|agree)|(?:is|are|was|were) opposed to|opposed|violated|out of the question'),
  rule('THREATEN', null, 'would (?:boycott|blockade|halt|retaliate|strike|impose|cut|tighten)|unless|threatened to|vowed to'),
  rule('AGREE', null, '(?:offered|offers|promised|pledged|(?:is|are|was|were) willing|(?:is|are|was|were) ready|(?:is|are|was|were) prepared|(?:is|are) committed|agreed) to|will (?:support|give|allow|release|return|provide|send|contribute)'),
  rule('REQUEST', null, 'must|demanding|pushing (?:hard )?for|sought|called for|calls for'),
  // ("the boat [was allowed] to take": a permission stated, no concession; nor "as quickly as the terrain [allowed]".)
  rule('CONCEDE', null, '(?:lifted|eased|shortened|cancelled|relaxed) (?:\\w+ ){0,3}?(?:ban|curfew|restrictions|state of emergency|martial law)|called off (?:a |the |its )?strike|(?<!\\b(?:was|were|is|are|be|been|being) )(?<!\\b(?:terrain|weather|conditions|situation|circumstances|time) )allowed'),
  rule('AID', null, 'granted (?:\\w+ )?asylum|send(?:ing)? arms|opened (?:its |their )?borders|evacuated|(?:is|are|was|were) providing|provided(?! (?:no |any |little |few )?(?:evidence|proof|details|information|figures?|explanation)\\b)'),
  rule('COOPERATE', null, '(?:has been |have been )?shar(?:ed|ing) (?:\\w+ )?(?:expertise|evidence|intelligence|information)|war games'),
  rule('ACCUSE', 'investigate', 'opened (?:\\w+ )?(?:investigations?|hearing|inquiry|probe)|dispatched inspectors|complained|su(?:ed|ing)|lawsuit'),
  rule('SUPPORT', null, 'defended|(?:established|upgraded|restored) (?:\\w+ )?(?:diplomatic )?(?:ties|relations)|forgive|welcomed?'),
  rule('MOBILIZE', 'troops', '(?:on|on high) alert|strengthened (?:its |their )?forces|prepared to resume'),
  rule('COERCE', 'restrict', 'outlawed|prevented|reimposed|hack(?:ed)? into|ordered (?:\\w+ ){0,4}?to suspend'),
  rule('ASSAULT', null, 'sexually abused|ethnic cleansing|mounted (?:\\w+ )?invasion'),
  rule('CONCEDE', null, '(?:ordered|announced|decided|agreed to|plans? to|intention to|promised to|will)\\s+(?:an?\\s+|the\\s+)?(?:partial(?:ly)?\\s+|full\\s+|complete\\s+)?(?:withdrawal|withdraw|pull-?out|pull out|retreat)|conceded?|concession|accede[ds]?|acceded|yielded|eased? (?:restrictions|sanctions|the ban)|lifted (?:the )?(?:ban|curfew|restrictions|blockade)'),
  // (Not a rescue: "We pulled out the bodies of 15 children from under the collapsed roof".)
  rule('RETREAT', 'withdraw', `withdr(?:ew|awn|awal|awing|aws|aw)|(?:pulled|pull(?:ing|s)?) (?:out|back)${NO_RESCUE}|retreat(?:ed|ing|s)?|retreated`),
  rule('RETREAT', 'release', 'released? (?:\\d+ |the |two |three |several )?(?:prisoners|hostages|detainees|captives|POWs)|freed (?:\\d+ )?(?:prisoners|hostages)|prisoner (?:swap|exchange)'),
  rule('RETREAT', 'ceasefire', 'ceasefire|cease-fire|truce|armistice'),
  rule('RETREAT', 'disarm', 'disarm(?:ed|ament)?|demobili[sz](?:e|ed|ation)|surrender(?:ed)?'),
  rule('ASSAULT', 'destroy', 'destroyed|destroying|destroy|demolished|demolish|blew up|blown up|detonated|razed|torched|set (?:on )?fire to|sank|sunk|sinking'),
  rule('ASSAULT', 'assassinate', 'assassinat(?:ed|ion|e)'),
  rule('ASSAULT', 'suicide-attack', 'suicide (?:bomb(?:ing|er)?|attack)'),
  rule('ASSAULT', 'explosives', 'bomb (?:attacks?|strikes?)|bomb(?:ed|ing|ings|s)?|explosions?|blasts?|car bomb|roadside bomb|IED'),
  rule('ASSAULT', 'heavy-weapons', 'shell(?:ed|ing)|artillery (?:fire|strikes?)|missile (?:strikes?|attacks?)|air ?strikes?|rocket (?:attacks?|fire)|drone (?:strikes?|attacks?)|bombard(?:ed|ment)|struck|strikes? (?:on|against|hit)|mortars?'),
  // ("air defences had [shot down] or jammed 80 of the drones": downing, no shooting of people.)
  rule('ASSAULT', null, 'shot down|shoot down|shooting down|shoots down'),
  rule('ASSAULT', 'firearms', 'shot(?: dead| and killed)?|opened fire|gunfire|shooting'),
  rule('ASSAULT', 'abduct', 'abduct(?:ed|ion)|kidnapp?(?:ed|ing)|hijack(?:ed|ing)'),
  rule('ASSAULT', 'torture', 'tortur(?:ed|e|ing)'),
  rule('ASSAULT', 'sexual', 'raped?|sexual(?:ly)? (?:assault(?:ed)?|violence)'),
  rule('ASSAULT', 'beat', 'beat(?:en|ing)?'),
  rule('ASSAULT', 'massacre', 'massacred?|mass killings?'),
  // ("Armed gangs [stormed] the town", "fighters [raided] the town of Dioura", "had [overrun] the base", "[ambushed] a convoy".)
  // ("[neutralised] 39 militants": killed, in an army's words; "19 of the wounded": people, no wounding; nor "four critically
  // injured passengers", who are the injured, evacuated; "critically injured two guards" is a wounding.)
  rule('ASSAULT', null, 'attack(?:ed|s|ing)?|killed|killing|kills|kill|neutrali[sz]ed|clash(?:ed|es)?|fight(?:ing)?|fought|invad(?:ed|e)|invasion|annex(?:ed|ation)|(?<!\\bthe\\s)(?<!\\b(?:critically|seriously|badly|severely|gravely|slightly|lightly)\\s)(?:wounded|injured)|(?<=\\b(?:critically|seriously|badly|severely|gravely|slightly|lightly)\\s)(?:wounded|injured)(?=\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|at\\s+least|more\\s+than|dozens|scores|hundreds|several|many|the|a|an|his|her|their|its)\\b)|offensive|assault(?:ed)?|storm(?:ed|ing)|raid(?:ed|s|ing)?|overr(?:an|un)|ambush(?:ed|es)?'),
  rule('PROTEST', 'vandalize', 'tore down|tear(?:ing|s)? down|torn down|vandali[sz](?:ed|e|ing)|defaced'),
  rule('PROTEST', 'riot', 'riot(?:s|ed|ing|ers)?|looting|looted'),
  rule('PROTEST', 'hunger', 'hunger strike'),
  rule('PROTEST', 'boycott', 'general strike|went on strike|walkout|boycott(?:ed)?'),
  rule('PROTEST', 'obstruct', 'blockaded?|blocked (?:roads?|the road|traffic)|sit-in'),
  rule('PROTEST', 'demo', 'protest(?:ed|ers|s|ing)?|demonstrat(?:ed|ion|ions|ors|ing)|rall(?:y|ied|ies)|marched'),
  rule('THREATEN', null, 'threat(?:en|ened|ens|ening)|ultimatum|vowed to (?:retaliate|respond|strike)'),
  // (Not a compound's first noun: "a temporary [deployment] point".)
  rule('MOBILIZE', 'troops', 'mobili[sz](?:ed|e|ation|ing)|deploy(?:ed|ing)|deployment(?! (?:point|area|zone|site|base|position)s?\\b)|massed|reinforcements|put on (?:high )?alert'),
  // (Not one feared: "for fear of arrest", "the risk of detention".)
  rule('COERCE', 'arrest', '(?<!\\b(?:fear|fears|risk|threat)\\s+of\\s+)(?:arrest(?:ed|s|ing)?|detain(?:ed|ing)|detention(?! (?:centre|center|camp|facility|facilities))|charged with|jailed|imprisoned)'),
  rule('COERCE', 'deport', 'deport(?:ed|ation)|expelled'),
  rule('COERCE', 'curfew', 'curfew'),
  rule('COERCE', 'martial-law', 'martial law|state of emergency'),
  // ("occupied Palestine", "the occupied West Bank": land held, an adjective, no seizure.)
  // ("[recaptured] it in 2017", "had [taken full control of] the town".)
  rule('COERCE', 'seize', 'seized|confiscat(?:ed|ion)|occupied(?!\\s+(?:Palestine|Palestinian|West\\s+Bank|East\\s+Jerusalem|Golan|Crimea|Gaza|Ukrainian|Syrian|Arab|territor(?:y|ies)|lands?|areas?|parts?|regions?|zones?)\\b)|captured|recaptured|retook|retaken|(?:took|taken) (?:full |complete )?control of'),
  rule('COERCE', 'restrict', 'restrict(?:ed|ions)|banned|censor(?:ed|ship)|blockade'),
  rule('SANCTION', null, 'sanction(?:s|ed)|embargo|severed (?:ties|relations)|suspended (?:aid|talks|relations|cooperation)|recalled (?:its )?ambassador'),
  rule('ACCUSE', 'investigate', 'investigat(?:e|ed|ion|ing)|probe|inquiry'),
  rule('ACCUSE', 'allege', 'accus(?:ed|es|ation|ations|ing)|blamed?|alleged'),
  rule('ACCUSE', 'disapprove', 'condemn(?:ed|s|ation)?|critici[sz](?:ed|es|m)|denounc(?:ed|es)'),
  rule('REJECT', null, 'reject(?:ed|s|ing)?|refused|veto(?:ed)?|dismissed'),
  // (Not a source's wish to go unnamed: "who requested anonymity", "asked for anonymity", "asked to be identified only by his first
  // name".)
  rule('REQUEST', null, '(?:call(?:ed|s)? (?:on|for)|demand(?:ed|s)?|urged?|appeal(?:ed)? (?:to|for)|asked (?:for|to)(?! be (?:identified|named)\\b)|request(?:ed)?)(?! anonymity)'),
  // "aid agencies", "aid convoys": who or what carries aid, no event of giving it.
  rule('AID', null, 'aid(?! (?:agenc(?:y|ies)|workers?|groups?|organi[sz]ations?|officials?|convoys?|trucks?|shipments?|deliveries|flights?|sites?|distribution|hubs?|points?|centres?|centers?|warehouses?|seekers?|routes?|corridors?))|humanitarian assistance|donat(?:ed|ion)|provided (?:aid|assistance|weapons|loans)|delivered (?:aid|supplies)'),
  rule('COOPERATE', null, 'cooperat(?:e|ed|ion)|joint (?:exercises?|operations?|patrols?)|shared intelligence|extradit(?:ed|e)'),
  rule('AGREE', null, 'agreed?|agreement|accord|pledged?|signed'),
  rule('SUPPORT', null, 'praised?|endorsed?|welcomed?|backed|supported|recogni[sz]ed(?! (?:government|authorities|state|leader))|thanked'),
  rule('CONSULT', null, 'met|meet(?:s|ing)?|talks|visit(?:ed|s)?|hosted|negotiat(?:ed|ions?|ing)|discussed|phone call|summit'),
];

/** sitrep's CAMEO code for a PLOVER type and mode (the closest CAMEO category). */
export function cameoCode(type: PloverType, mode: string | null): string | null {
  const byMode: Record<string, string> = {
    'RETREAT/withdraw': '0874',
    'RETREAT/release': '0841',
    'RETREAT/ceasefire': '0871',
    'RETREAT/disarm': '0873',
    'ASSAULT/destroy': '1712',
    'ASSAULT/assassinate': '186',
    'ASSAULT/suicide-attack': '1831',
    'ASSAULT/explosives': '183',
    'ASSAULT/heavy-weapons': '194',
    'ASSAULT/firearms': '193',
    'ASSAULT/abduct': '181',
    'ASSAULT/torture': '1822',
    'ASSAULT/sexual': '1821',
    'ASSAULT/beat': '182',
    'ASSAULT/massacre': '202',
    'PROTEST/riot': '145',
    'PROTEST/vandalize': '145',
    'PROTEST/hunger': '142',
    'PROTEST/boycott': '143',
    'PROTEST/obstruct': '144',
    'PROTEST/demo': '141',
    'MOBILIZE/troops': '154',
    'COERCE/arrest': '173',
    'COERCE/deport': '174',
    'COERCE/curfew': '1723',
    'COERCE/martial-law': '1724',
    'COERCE/seize': '192',
    'COERCE/restrict': '172',
    'ACCUSE/investigate': '090',
    'ACCUSE/allege': '112',
    'ACCUSE/disapprove': '111',
  };
  const byType: Partial<Record<PloverType, string>> = {
    AGREE: '030', CONSULT: '040', SUPPORT: '051', CONCEDE: '080', COOPERATE: '060', AID: '070', RETREAT: '087', REQUEST: '100',
    ACCUSE: '112', REJECT: '120', THREATEN: '130', PROTEST: '140', SANCTION: '160', MOBILIZE: '150', COERCE: '170', ASSAULT: '190',
  };
  return byMode[`${type}/${mode}`] ?? byType[type] ?? null;
}

/** An ACLED-style "event type: sub-event type" for export, where one fits. */
export function acledType(type: PloverType, mode: string | null): string | null {
  switch (type) {
    case 'ASSAULT':
      if (mode === 'destroy') return 'Violence against civilians: Looting/property destruction';
      if (mode === 'heavy-weapons' || mode === 'explosives' || mode === 'suicide-attack') return 'Explosions/Remote violence';
      if (mode === 'abduct') return 'Violence against civilians: Abduction/forced disappearance';
      if (mode === 'sexual') return 'Violence against civilians: Sexual violence';
      return 'Battles: Armed clash';
    case 'RETREAT':
      return mode === 'withdraw' ? 'Strategic developments: Non-violent transfer of territory' : mode === 'ceasefire' ? 'Strategic developments: Agreement' : 'Strategic developments: Other';
    case 'CONCEDE':
      return 'Strategic developments: Other';
    case 'PROTEST':
      return mode === 'riot' || mode === 'vandalize' ? 'Riots: Violent demonstration' : 'Protests: Peaceful protest';
    case 'COERCE':
      return mode === 'arrest' ? 'Strategic developments: Arrests' : mode === 'seize' ? 'Strategic developments: Headquarters or base established' : 'Strategic developments: Other';
    case 'MOBILIZE':
      return 'Strategic developments: Other';
    case 'AGREE':
    case 'COOPERATE':
      return 'Strategic developments: Agreement';
    case 'AID':
    case 'CONSULT':
    case 'SUPPORT':
    case 'REQUEST':
    case 'ACCUSE':
    case 'REJECT':
    case 'THREATEN':
    case 'SANCTION':
      return null;
    default: {
      const never: never = type;
      return never;
    }
  }
}

/** Finds triggers in a sentence: each word span gets the first rule that matches it (rules are ordered). */
export function findTriggers(sentence: string): { start: number; end: number; type: PloverType; mode: string | null }[] {
  const out: { start: number; end: number; type: PloverType; mode: string | null }[] = [];
  for (const r of TRIGGERS) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(sentence); m !== null; m = r.re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((t) => t.start < end && start < t.end)) continue;
      out.push({ start, end, type: r.type, mode: r.mode });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
