import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';

const placesOf = (text: string) =>
  analyze({ text, published: '2023-05-01', origin: 'test' }).layers.places.map((p) => ({
    text: text.slice(p.start, p.end),
    name: p.name,
    precision: p.precision,
    geonameid: p.geonameid,
    lat: p.lat === null ? null : Math.round(p.lat * 10) / 10,
  }));

test('Kiev is Kyiv; Mykolaiv is the city on the Southern Bug, not the town in Lviv oblast', () => {
  const places = placesOf('Officials in Kiev said shelling hit Mykolaiv and Kherson on Monday.');
  assert.deepEqual(places.map((p) => [p.text, p.name, p.geonameid]), [
    ['Kiev', 'Kyiv', 703448],
    ['Mykolaiv', 'Mykolayiv', 700569],
    ['Kherson', 'Kherson', 706448],
  ]);
});

test('the Dnipro River lands on its stretch near the article’s places, not on the city of Dnipro', () => {
  const places = placesOf('Troops crossed the Dnipro River near Kherson, officials in Kherson said.');
  const river = places.find((p) => p.text === 'Dnipro River')!;
  assert.equal(river.precision, 'region');
  assert.equal(river.lat, 46.6);
});

test('metonymy and time zones are not placed', () => {
  const places = placesOf('Moscow ordered a withdrawal at 05:00 Moscow time, while protesters gathered in Moscow on Friday.');
  assert.deepEqual(places.map((p) => p.text), ['Moscow']);
  assert.equal(places[0]!.precision, 'city');
});

test('a vague region is a region; an unknown name stays unresolved rather than guessed', () => {
  const places = placesOf('Fighting continued in southern Ukraine and near Zzyzxville, the army said.');
  const south = places.find((p) => p.text === 'southern Ukraine');
  assert.equal(south?.precision, 'region');
  const unknown = places.find((p) => p.text === 'Zzyzxville');
  if (unknown) assert.deepEqual([unknown.precision, unknown.lat], ['unresolved', null]);
});

test('Georgia follows the article: the US state in American news, the country in news from the Caucasus', () => {
  const us = placesOf('Storms hit Atlanta and Savannah in Georgia on Monday, the governor said.');
  assert.equal(us.find((p) => p.text === 'Georgia')?.precision, 'region');
  const caucasus = placesOf('Russian troops remain in South Ossetia, a region of Georgia, and protesters gathered in Tbilisi.');
  assert.equal(caucasus.find((p) => p.text === 'Georgia')?.precision, 'country');
});
