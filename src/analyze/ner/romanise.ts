/**
 * Romanisation-aware name keys: Ukrainian and Russian romanisations, exonyms and Cyrillic meet
 * under one key (Kyiv/Kiev/Київ, Mykolaiv/Mykolayiv/Nikolaev, Dnipro/Dnieper/Dnepr,
 * Sobolevsky/Sobolevskyi, Koch/Kotch), while different names stay apart.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ye',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  "'": '',
  '’': '',
};

/** Exonyms and Russian forms → the form the key is built from (after transliteration, lower case). */
const EXONYMS: Record<string, string> = {
  kiev: 'kyiv',
  kyyiv: 'kyiv',
  kyiw: 'kyiv',
  kijev: 'kyiv',
  kiew: 'kyiv',
  dnieper: 'dnipro',
  dnepr: 'dnipro',
  dnyapro: 'dnipro',
  dnepropetrovsk: 'dnipro',
  dnipropetrovsk: 'dnipro',
  nikolaev: 'mykolaiv',
  nikolayev: 'mykolaiv',
  mikolaiv: 'mykolaiv',
  mykolayiv: 'mykolaiv',
  kharkov: 'kharkiv',
  charkiw: 'kharkiv',
  zaporozhye: 'zaporizhzhia',
  zaporozhe: 'zaporizhzhia',
  zaporizhia: 'zaporizhzhia',
  zaporizhzhya: 'zaporizhzhia',
  odessa: 'odesa',
  lvov: 'lviv',
  lwow: 'lviv',
  lugansk: 'luhansk',
  chernigov: 'chernihiv',
  chernobyl: 'chornobyl',
  rovno: 'rivne',
  nikopol: 'nikopol',
  kherson: 'kherson',
  kirovograd: 'kropyvnytskyi',
  artemovsk: 'bakhmut',
  artemivsk: 'bakhmut',
  krivoy: 'kryvyi',
  krivoi: 'kryvyi',
  kryvyy: 'kryvyi',
  rog: 'rih',
  rih: 'rih',
  aleksandr: 'alexander',
  aleksander: 'alexander',
  alexandr: 'alexander',
  oleksandr: 'oleksandr',
  alexei: 'aleksei',
  alexey: 'aleksei',
  aleksey: 'aleksei',
  dmitri: 'dmitry',
  dmitriy: 'dmitry',
  dmytro: 'dmytro',
  yuri: 'yuriy',
  yury: 'yuriy',
  iurii: 'yuriy',
  sergei: 'sergey',
  sergej: 'sergey',
  vladimir: 'vladimir',
  volodimir: 'volodymyr',
  zelenskyy: 'zelensky',
  zelenskiy: 'zelensky',
  zelenskii: 'zelensky',
  zelenski: 'zelensky',
};

/** Transliterates Cyrillic to Latin (Ukrainian national system, simplified); other text unchanged. */
export function transliterate(s: string): string {
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const t = CYRILLIC[lower];
    out += t === undefined ? ch : ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
  }
  return out;
}

/** Normalises one word: spelling variants of the same sounds collapse. */
function wordKey(word: string): string {
  let w = EXONYMS[word] ?? word;
  w = w
    .replace(/j/g, 'y') // German/Polish romanisation: Kupjansk
    .replace(/(sk|ck|tsk|cz)(yi|yy|iy|ii|ij|y|i)$/, 'ski') // Sobolevsky, Sobolevskyi, Zelenskiy
    .replace(/(yi|iy|ii|ij|yy)$/, 'i')
    .replace(/tch/g, 'ch') // Kotch → Koch
    .replace(/ay(?=[^aeiou]|$)/g, 'ai') // Mykolayiv → Mykolaiv
    .replace(/iyi/g, 'ii') // Avdiyivka → Avdiivka
    .replace(/ye/g, 'e')
    .replace(/yu/g, 'iu')
    .replace(/ya/g, 'ia')
    .replace(/(?<=[^aeiouy])y(?=[^aeiou]|$)/g, 'i') // Ukrainian и as y, Russian и as i: Dmytro/Dmitry
    .replace(/(.)\1+/g, '$1'); // doubled letters
  // A Slavic surname's Ukrainian h and mid-word ie (г, є) are its Russian g and e: Syniehubov/Synegubov, Hordiienko/Gordienko.
  // (Not other names: Hassan and Ghassan stay apart.)
  if (SLAVIC_SURNAME.test(w)) w = w.replace(/(?<=[^aeiou])ie/g, 'e').replace(/(?<![kzcsg])h/g, 'g');
  return w;
}

/** The endings of Slavic surnames (after `wordKey`'s other steps). */
const SLAVIC_SURNAME = /(?:ov|ev|enko|uk|chuk|ich|ski)$/;

/**
 * The matching key of a name: lower case, Latin, no diacritics or punctuation, generic words
 * (river, city, region, oblast) dropped, variants collapsed.
 *
 * @example
 * nameKey('Kiev') === nameKey('Kyiv') // true
 * nameKey('Dnieper River') === nameKey('Dnipro') // true
 */
export function nameKey(name: string): string {
  return nameKeys(name);
}

/**
 * A key function that remembers the keys it computed (names repeat across articles and stages), up
 * to 100,000 of them before it starts afresh.
 */
export function remembered<T>(compute: (name: string) => T): (name: string) => T {
  const keys = new Map<string, T>();
  return (name) => {
    if (keys.has(name)) return keys.get(name) as T;
    if (keys.size > 100_000) keys.clear();
    const key = compute(name);
    keys.set(name, key);
    return key;
  };
}

const nameKeys = remembered(computeKey);

function computeKey(name: string): string {
  // A country's institution by its possessive is the one by its adjective ("Russia's Defense Ministry", "Russian Defense Ministry").
  const adjectival = name.replace(/^(\p{L}+(?: \p{L}+)?)['’ʼ]s\s/u, (whole, country: string) => {
    const adjective = DEMONYMS[country.toLowerCase()];
    return adjective ? `${adjective} ` : whole;
  });
  const latin = transliterate(adjectival)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ‘ʻʿʾ`]/g, '');
  const words = latin
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !GENERIC.has(w))
    .map(wordKey);
  const key = words.join(' ');
  return WHOLE_NAMES[key] ?? key;
}

/** Countries in the news (lower case) → their adjective. */
export const DEMONYMS: Record<string, string> = Object.fromEntries(
  (
    'afghanistan:afghan,armenia:armenian,azerbaijan:azerbaijani,belarus:belarusian,britain:british,canada:canadian,' +
    'china:chinese,colombia:colombian,egypt:egyptian,ethiopia:ethiopian,finland:finnish,france:french,georgia:georgian,' +
    'germany:german,india:indian,iran:iranian,iraq:iraqi,israel:israeli,italy:italian,japan:japanese,jordan:jordanian,' +
    'kenya:kenyan,lebanon:lebanese,libya:libyan,mali:malian,mexico:mexican,moldova:moldovan,nigeria:nigerian,' +
    'pakistan:pakistani,poland:polish,qatar:qatari,russia:russian,saudi arabia:saudi,serbia:serbian,somalia:somali,' +
    'spain:spanish,sudan:sudanese,sweden:swedish,syria:syrian,turkey:turkish,ukraine:ukrainian,venezuela:venezuelan,' +
    'yemen:yemeni,rwanda:rwandan,congo:congolese,burundi:burundian,uganda:ugandan,eritrea:eritrean,niger:nigerien,' +
    'mozambique:mozambican,haiti:haitian,tunisia:tunisian,algeria:algerian,morocco:moroccan,cameroon:cameroonian,' +
    'kuwait:kuwaiti,bahrain:bahraini,oman:omani,greece:greek,netherlands:dutch,belgium:belgian,norway:norwegian,' +
    'denmark:danish,switzerland:swiss,austria:austrian,hungary:hungarian,romania:romanian,bulgaria:bulgarian,' +
    'lithuania:lithuanian,latvia:latvian,estonia:estonian,taiwan:taiwanese,indonesia:indonesian,thailand:thai,' +
    'vietnam:vietnamese,bangladesh:bangladeshi,brazil:brazilian,cuba:cuban,australia:australian,cyprus:cypriot,' +
    'philippines:philippine,chad:chadian,senegal:senegalese,ghana:ghanaian,tanzania:tanzanian,zimbabwe:zimbabwean,' +
    'argentina:argentine,chile:chilean,peru:peruvian,ecuador:ecuadorian,nicaragua:nicaraguan,malaysia:malaysian,' +
    'nepal:nepalese,kazakhstan:kazakh,mongolia:mongolian,cambodia:cambodian,south korea:south korean,north korea:north korean,' +
    'burkina faso:burkinabe,myanmar:burmese,south sudan:south sudanese,sri lanka:sri lankan,south africa:south african,' +
    'guinea:guinean,liberia:liberian,sierra leone:sierra leonean,mauritania:mauritanian,ivory coast:ivorian,angola:angolan,' +
    'benin:beninese,togo:togolese,djibouti:djiboutian,zambia:zambian,ireland:irish,portugal:portuguese,albania:albanian,' +
    'croatia:croatian,bosnia:bosnian,kosovo:kosovar,uzbekistan:uzbek,tajikistan:tajik,kyrgyzstan:kyrgyz,bolivia:bolivian,' +
    'guatemala:guatemalan,honduras:honduran,el salvador:salvadoran,united arab emirates:emirati'
  )
    .split(',')
    .map((pair) => pair.split(':')),
);

/** Whole names that are other names of one entity. */
const WHOLE_NAMES: Record<string, string> = {
  'rusian federation': 'rusia',
  'united states of america': 'united states',
  usa: 'united states',
  us: 'united states',
  uk: 'united kingdom',
  'great britain': 'united kingdom',
  britain: 'united kingdom',
  ukraina: 'ukraine',
};

const GENERIC = new Set([
  'the',
  'river',
  'city',
  'of',
  'region',
  'oblast',
  'province',
  'town',
  'village',
  'district',
  'raion',
]);

/** The Arabic article as romanised before a word ("al-", "Ar ", "As-", "El ", "ash-"). */
const ARABIC_ARTICLE = /(^|\s)(?:al|el|ar|as|ash|at|ad|adh|az|an|ath|er|es|ed|en|ez)(?:-|\s+)(?=\p{L})/gu;

/**
 * The consonant skeleton of a romanised Arabic (or Persian) place name, under which the
 * transcriptions news and GeoNames use meet: Hodeidah and Al Ḩudaydah, Raqqa and Ar Raqqah,
 * Khan Younis and Khān Yūnis, Sweida and As-Suwayda, Mazar-i-Sharif and Mazār-e Sharīf. The
 * article and the vowels go (a, e, i, o, u, and y and w inside a word), as do the final h of
 * "-ah", doubled letters (before the vowels go) and the marks for ayn and hamza; kh, sh, th, dh, gh and ch, q and k
 * collapse. Coarse by design: the resolver uses it only for towns of countries that write their
 * names in Arabic script, and only where the name itself finds nothing.
 *
 * @example
 * arabicKey('Hodeidah') === arabicKey('Al Ḩudaydah') // true
 */
export function arabicKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ‘ʻʿʾ`]/g, '')
    .replace(/-/g, ' ')
    .replace(ARABIC_ARTICLE, '$1')
    .split(/[^a-z]+/)
    .filter((w) => w && !GENERIC.has(w));
  return words
    .map((w) =>
      w
        .replace(/kh/g, 'x')
        .replace(/(?:sh|ch)/g, '$')
        .replace(/[td]h/g, (m) => m[0]!)
        .replace(/gh/g, 'g')
        .replace(/ph/g, 'f')
        .replace(/q/g, 'k')
        .replace(/(?<=[aeiouy])h$/, '')
        .replace(/(.)\1+/g, '$1')
        .replace(/(?<=.)[aeiouyw]/g, '')
        .replace(/^[aeiou]/, ''),
    )
    .filter((w) => w)
    .join(' ');
}

/** True when two names meet under the key. */
export function sameName(a: string, b: string): boolean {
  const ka = nameKey(a);
  return ka !== '' && ka === nameKey(b);
}

/** Levenshtein distance, for surname variants the key does not collapse. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
