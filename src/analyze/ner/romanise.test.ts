import assert from 'node:assert/strict';
import { test } from 'node:test';
import { arabicKey, nameKey, sameName, transliterate } from './romanise.js';

const MEET: [string, string][] = [
  ['Kyiv', 'Kiev'],
  ['Kyiv', 'Київ'],
  ['Mykolaiv', 'Mykolayiv'],
  ['Mykolaiv', 'Nikolaev'],
  ['Avdiivka', 'Avdiyivka'],
  ['Mykolaiv', 'Миколаїв'],
  ['Kharkiv', 'Kharkov'],
  ['Kharkiv', 'Харків'],
  ['Dnipro River', 'Dnieper'],
  ['Dnipro', 'Dnepr'],
  ['Zaporizhzhia', 'Zaporozhye'],
  ['Odesa', 'Odessa'],
  ['Aleksandr Koch', 'Alexander Kotch'],
  ['Yuriy Sobolevsky', 'Yuriy Sobolevskyi'],
  ['Sobolevsky', 'Соболевський'],
  ['Zelenskyy', 'Zelensky'],
  ['Dmitry Peskov', 'Dmitri Peskov'],
  ['Kherson region', 'Kherson Oblast'],
  ["Russia's Defense Ministry", 'Russian Defense Ministry'],
  ["Saudi Arabia's foreign ministry", 'Saudi Foreign Ministry'],
  ["Ukraine's navy", 'Ukrainian Navy'],
  ['Oleh Syniehubov', 'Oleh Synegubov'],
  ['Syniehubov', 'Синєгубов'],
  ['Synegubov', 'Синегубов'],
  ['Hordiienko', 'Gordienko'],
];
const APART: [string, string][] = [
  ['Kherson', 'Kharkiv'],
  ['Koch', 'Kim'],
  ['Dnipro', 'Dniester'],
  ['Mykolaiv', 'Mykolaivka'],
  ['Russia', 'Prussia'],
  ['Peskov', 'Pskov'],
  ['Luhansk', 'Lutsk'],
  ['Donetsk', 'Donbas'],
  ["Russia's Defense Ministry", 'Ukrainian Defense Ministry'],
  ["Putin's spokesman", 'Putin spokesman'],
  ['Hassan', 'Ghassan'],
  ['Hamas', 'Gamas'],
  ['Hlib', 'Glib'],
];

test('real variant pairs meet under the key', () => {
  for (const [a, b] of MEET) assert.ok(sameName(a, b), `${a} ~ ${b}: ${nameKey(a)} vs ${nameKey(b)}`);
});

test('different names stay apart', () => {
  for (const [a, b] of APART) assert.ok(!sameName(a, b), `${a} !~ ${b}: ${nameKey(a)}`);
});

test('Cyrillic is transliterated', () => {
  assert.equal(transliterate('Херсон'), 'Kherson');
  assert.ok(sameName('Дмитрий Песков', 'Dmitry Peskov'));
});

/** Place names as news writes them and as GeoNames does, Arabic and Persian transcriptions. */
const SKELETON_MEET: [string, string][] = [
  ['Hodeidah', 'Al Ḩudaydah'],
  ['Raqqa', 'Ar Raqqah'],
  ['Khan Younis', 'Khān Yūnis'],
  ['Deir al-Balah', 'Dayr al Balaḩ'],
  ['Beit Lahiya', 'Bayt Lāhyā'],
  ['Nuseirat', 'An Nuşayrāt'],
  ['Fallujah', 'Al Fallūjah'],
  ['Taiz', 'Ta‘izz'],
  ['Misrata', 'Mişrātah'],
  ['Tartus', 'Tartouss'],
  ['Hama', 'Ḩamāh'],
  ['Jenin', 'Janīn'],
  ['Sweida', 'As-Suwayda'],
  ['Mazar-i-Sharif', 'Mazār-e Sharīf'],
  ['El Geneina', 'Geneina'],
  ['Wad Madani', 'Wad Medani'],
  ['Erbil', 'Irbil'],
  ['Homs', 'Ḩimş'],
];
const SKELETON_APART: [string, string][] = [
  ['Homs', 'Hama'],
  ['Aden', 'Idlib'],
  ['Rafah', 'Raqqa'],
  ['Tyre', 'Tartus'],
  ['Hodeidah', 'Hadithah'],
  ['Khan Younis', 'Khan Shaykhun'],
];

test('Arabic and Persian transcriptions of a place meet under the consonant skeleton; different places stay apart', () => {
  for (const [a, b] of SKELETON_MEET) assert.equal(arabicKey(a), arabicKey(b), `${a} ~ ${b}`);
  for (const [a, b] of SKELETON_APART) assert.notEqual(arabicKey(a), arabicKey(b), `${a} !~ ${b}`);
});

test('the marks of ayn and hamza are no word break in the name key', () => {
  assert.ok(sameName('Taiz', 'Ta‘izz'));
  assert.ok(sameName("Sa'dah", 'Saʿdah'));
});
