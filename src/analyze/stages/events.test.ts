import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';

const eventsOf = (text: string) => {
  const doc = analyze({ text, published: '2023-05-01', origin: 'test' });
  return doc.layers.events.map((e) => `${e.type}:${text.slice(e.trigger.start, e.trigger.end)}`);
};

test('speech is an attribution, not an event: said, told, declined to comment; accusing and rejecting are events', () => {
  assert.deepEqual(eventsOf('The governor said on Monday that the bridge was closed. The navy declined to comment.'), []);
  assert.deepEqual(
    eventsOf('Kyiv accused Moscow of shelling the port on Monday. The ministry rejected the proposal on Tuesday.').map((e) => e.split(':')[0]),
    ['ACCUSE', 'ASSAULT', 'REJECT'],
  );
});

test('aid agencies and aid convoys carry aid: no event of giving it', () => {
  assert.deepEqual(eventsOf('Aid agencies warned of famine. The government delivered aid to 3,000 families.'), ['AID:delivered aid']);
});

test('an agreement reported by its parties stays an event', () => {
  assert.deepEqual(eventsOf('The two sides agreed to a ceasefire in Jeddah on Monday, mediators said.'), ['AGREE:agreed to', 'RETREAT:ceasefire']);
});

test('participants: no prepositional phrase as an object ("at least" is none), no showing verb or lone article as an actor, a noun after an adjective is no verb', () => {
  const text =
    'On Wednesday, Moscow ordered a withdrawal from the region. Another video shows residents tearing down propaganda billboards. ' +
    'It is the square where all the anti-occupation rallies took place. ' +
    'Police shot a guard on Monday. The blast killed at least 15 civilians. The shelling did not stop. ' +
    'Blinken urged Israel to investigate. Its air defences had shot down six drones.';
  const doc = analyze({ text, published: '2023-05-01', origin: 'test' });
  const show = (x: { span: { start: number; end: number } } | null): string => (x ? text.slice(x.span.start, x.span.end) : '-');
  assert.deepEqual(
    doc.layers.events.map((e) => `${e.type}:${text.slice(e.trigger.start, e.trigger.end)} actor=${show(e.actor)} recipient=${show(e.recipient)}`),
    [
      'CONCEDE:ordered a withdrawal actor=Moscow recipient=-',
      'PROTEST:tearing down actor=residents recipient=propaganda billboards',
      'PROTEST:rallies actor=- recipient=-',
      'ASSAULT:shot actor=Police recipient=a guard',
      'ASSAULT:blast actor=- recipient=-',
      'ASSAULT:killed actor=The blast recipient=at least 15 civilians',
      'ASSAULT:shelling actor=- recipient=-',
      'REQUEST:urged actor=Blinken recipient=Israel',
      'ACCUSE:investigate actor=Israel recipient=-',
      'ASSAULT:shot actor=Its air defences recipient=six drones',
    ],
  );
});
