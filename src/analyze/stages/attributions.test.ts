import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.js';
import { toJson } from '../json.js';
import { overallStatus } from './claims.js';

type Rec = Record<string, unknown>;
const span = (v: unknown): string | null => ((v as Rec | null)?.text as string | undefined) ?? null;
const source = (v: unknown): string => {
  const s = v as Rec;
  return String(s.kind === 'entity' ? s.name : s.kind === 'nonperson' ? s.label : s.text);
};

function attributions(text: string): string[] {
  const a = toJson(analyze({ text, published: '2023-03-10', origin: 'test' }));
  return a.attributions.map((x) => `${x.kind}|${source(x.source)}|${span(x.cue) ?? '-'}|${span(x.content)}${x.continues ? '|cont' : ''}${span(x.channel) ? `|ch:${span(x.channel)}` : ''}${span(x.recipient) ? `|to:${span(x.recipient)}` : ''}`);
}

function claims(text: string): string[] {
  const a = toJson(analyze({ text, published: '2023-03-10', origin: 'test' }));
  return a.claims.map((c) => `${c.overall}: ${((c.stances as Rec[]) ?? []).map((s) => `${source(s.source)}=${s.status}`).join(', ')}`);
}

/** Each statement as its source, cue and content, with whether it is anonymous, its channel and its recipient. */
function statements(text: string, published: string): string[] {
  const a = toJson(analyze({ text, published, origin: 'test' }));
  return a.attributions.map(
    (x) =>
      `${source(x.source)}|${span(x.cue)}|${span(x.content)}${x.anonymity ? '|anonymous' : ''}${span(x.channel) ? `|ch:${span(x.channel)}` : ''}${span(x.recipient) ? `|to:${span(x.recipient)}` : ''}`,
  );
}

/** Each statement as its source and cue only. */
const speakersAndCues = (text: string, published: string): string[] => statements(text, published).map((s) => s.split('|').slice(0, 2).join('|'));

test('direct quotes: speaker after, speaker before with a colon, interrupted quote continued', () => {
  assert.deepEqual(
    attributions('“The bridge is closed,” Mayor Ivan Petrenko said on Telegram. “Nobody may cross.”\n\nThe governor replied: “We will reopen it.”'),
    [
      'direct|Ivan Petrenko|said|The bridge is closed,|ch:on Telegram',
      'direct|Ivan Petrenko|-|Nobody may cross.|cont',
      'direct|The governor|replied|We will reopen it.',
    ],
  );
});

test('indirect speech: content then speaker, speaker told recipient that, according to', () => {
  assert.deepEqual(
    attributions(
      'Two villages were shelled overnight, the regional governor Oleh Syniehubov said on Friday. ' +
        'A military spokesman told Reuters that the front line had not moved. ' +
        'Aid reached the town on Monday, according to the United Nations.',
    ),
    [
      'indirect|Oleh Syniehubov|said|Two villages were shelled overnight',
      'indirect|A military spokesman|told|the front line had not moved|to:Reuters',
      'indirect|United Nations|according to|Aid reached the town on Monday',
    ],
  );
});

test('a mixed quote, and imagery as a non-person source', () => {
  assert.deepEqual(
    attributions('An official in the region told the BBC that he could “neither confirm nor deny” the report. Videos on social media showed the dam destroyed.'),
    [
      'mixed|An official in the region|told|he could “neither confirm nor deny” the report|to:the BBC',
      'indirect|social-media|showed|the dam destroyed',
    ],
  );
});

test('stances: asserted, neither confirmed nor denied, hedged, warning, refused comment, denied reply to a question', () => {
  assert.deepEqual(claims('The army said its troops had withdrawn from the town of Izium. A local official said he could neither confirm nor deny whether troops had withdrawn from Izium.'), [
    'unconfirmed: The army=asserted, A local official=neither_confirmed_nor_denied',
  ]);
  assert.deepEqual(claims('“They were probably destroyed by artillery,” Colonel Ivan Sirko said.'), ['hedged: Ivan Sirko=hedged']);
  assert.deepEqual(claims('Officials in Odesa warned that the dam could collapse within days.'), ['warning: Officials in Odesa=warning']);
  assert.deepEqual(claims('“We do not comment on troop movements,” said Andriy Yusov.'), ['refused_comment: Andriy Yusov=refused_comment']);
  assert.deepEqual(claims('When asked if the offensive had failed, Dmitry Peskov replied: “No.”'), ['denied: Dmitry Peskov=denied']);
});

test('two independent sources asserting one proposition corroborate it', () => {
  assert.deepEqual(
    claims('The bridge at Zatoka was destroyed by missiles, the regional governor Maksym Marchenko said. “The bridge was destroyed,” said a local fisherman, Petro Bondar.'),
    ['corroborated: Maksym Marchenko=asserted, Petro Bondar=asserted'],
  );
});

test('the same speaker repeating a proposition is still one source', () => {
  assert.deepEqual(
    claims('The bridge at Zatoka was destroyed by missiles, the governor Maksym Marchenko said. Marchenko later said the bridge at Zatoka had been destroyed by missiles.'),
    ['asserted_single_source: Maksym Marchenko=asserted, Maksym Marchenko=asserted'],
  );
});

test('anonymous sources: the words saying so, in the speaker\'s sentence and outside what was said', () => {
  const a = toJson(
    analyze({
      text:
        'A Ukrainian security source, speaking on condition of anonymity, said the operation had targeted a warship. ' +
        'Two officials, who asked not to be named, said the talks had failed. ' +
        'Governor Ivan Petrenko said nobody was hurt. ' +
        'Petrenko said an anonymous caller had warned the police.',
      published: '2023-03-10',
      origin: 'test',
    }),
  );
  assert.deepEqual(
    a.attributions.map((x) => `${span(x.speaker)} → ${span(x.anonymity) ?? '-'}`),
    [
      'A Ukrainian security source → on condition of anonymity',
      'Two officials → asked not to be named',
      'Governor Ivan Petrenko → -',
      'Petrenko → -',
    ],
  );
});

test('the speaker is the person a title names, not the institution or person the title mentions', () => {
  assert.deepEqual(
    attributions(
      "Kremlin spokesman Dmitry Peskov said the talks had failed. Zelensky's adviser Mykhailo Podolyak said the talks were over. " +
        "Yuriy Sobolevsky, Zelensky's envoy in the region, said the bridge was destroyed. " +
        'A spokesman for the Rapid Support Forces said the group was ready for a truce.',
    ).map((a) => a.split('|')[1]),
    ['Dmitry Peskov', 'Mykhailo Podolyak', 'Yuriy Sobolevsky', 'Rapid Support Forces'],
  );
});

test('another source agreeing on a few words of a claim does not corroborate it', () => {
  assert.deepEqual(
    claims(
      'At least 40 people were killed when two missiles hit the railway station in Pokrovsk, governor Vadym Filashkin said. ' +
        'The Russian Defense Ministry said its missiles had hit a military train carrying weapons near the town.',
    ),
    ['asserted_single_source: Vadym Filashkin=asserted', 'asserted_single_source: Russian Defense Ministry=asserted'],
  );
});

test('"referring to" glosses what a speaker meant and is no statement of its own', () => {
  assert.deepEqual(
    attributions(
      'Russian forces have left the city, the Russian Defense Ministry said on Friday. “Not a single piece of military equipment was left on the right bank,” the statement said, referring to the western side of the river.',
    ),
    [
      'indirect|Russian Defense Ministry|said|Russian forces have left the city',
      'direct|Russian Defense Ministry|said|Not a single piece of military equipment was left on the right bank,',
    ],
  );
});

test('a transcript: each turn is its speaker’s, a surname in capitals is the person named before, and a question or a stage direction is no claim', () => {
  const text =
    'Mike Pence spoke to Fox News on Sunday. Partial transcript as follows:\n\n' +
    '"WALLACE: If I may, sir, will Gennifer Flowers be at the debate?\n\n' +
    '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\n' +
    '"(CROSSTALK.)\n\n' +
    '"WALLACE: But as “The Wall Street Journal” wrote, voters worry about his temperament. Why go down that road?\n\n' +
    '"PENCE: Well, the question really should be why the Clinton campaign invited Mark Cuban.\n\n' +
    '"Donald Trump is going to focus on the issues the American people care about."';
  // The curly quotes inside a passage opened with a straight one are a title, not the end of the turn.
  assert.deepEqual(attributions(text), [
    'direct|WALLACE|:|If I may, sir, will Gennifer Flowers be at the debate?',
    'direct|Mike Pence|:|Gennifer Flowers will not be attending the debate tomorrow night.',
    'direct|Mike Pence|-|(CROSSTALK.)|cont',
    'direct|WALLACE|:|But as “The Wall Street Journal” wrote, voters worry about his temperament. Why go down that road?',
    'direct|Mike Pence|:|Well, the question really should be why the Clinton campaign invited Mark Cuban.',
    'direct|Mike Pence|-|Donald Trump is going to focus on the issues the American people care about.|cont',
  ]);
  // The continuation joins its turn's claim.
  assert.deepEqual(claims(text), [
    'asserted_single_source: Mike Pence=asserted',
    'asserted_single_source: Mike Pence=asserted, Mike Pence=asserted',
  ]);
});

test('a statement reported inside another source’s is no second voice on it', () => {
  // The police report what the ministry said: one voice, not two corroborating ones.
  assert.deepEqual(claims('The ministry said residents were told to leave, according to police in the city of Kherson.'), [
    'asserted_single_source: police in the city of Kherson=asserted',
    'asserted_single_source: The ministry=asserted',
  ]);
});

test('what was said, then the cue, then the speaker; an initial inside a name', () => {
  assert.deepEqual(
    attributions('The town was retaken on Friday, said Yuriy A. Sobolevsky, a local official. The economy is strong, George W. Bush said.'),
    ['indirect|Yuriy A. Sobolevsky|said|The town was retaken on Friday', 'indirect|George W. Bush|said|The economy is strong'],
  );
});

test('“according to” before a statement keeps the whole of it, a nested cue included', () => {
  assert.deepEqual(attributions('According to the ministry, Mayor Ivan Petrenko said the bridge over the river was closed to all traffic.'), [
    'indirect|the ministry|According to|Mayor Ivan Petrenko said the bridge over the river was closed to all traffic',
    'indirect|Ivan Petrenko|said|the bridge over the river was closed to all traffic',
  ]);
});

test('a time or a place is no speaker; “she” is not a man the name says is one', () => {
  const said = attributions(
    'By 9 a.m. Sunday, the Rev. Al Sharpton began taking calls from listeners to his radio program who said they had misgivings about the plan. ' +
      'Hillary Clinton called into Tom Joyner’s radio program on Monday. Later, she said the campaign was going well.',
  ).filter((a) => a.split('|')[2] === 'said');
  assert.deepEqual(
    said.map((a) => a.split('|').slice(0, 2).join('|')),
    ['indirect|', 'indirect|Hillary Clinton'],
  );
});

test('a country heading the speaker phrase speaks for its government; a pronoun inside the phrase is someone else', () => {
  const text =
    'The International Atomic Energy Agency said the test was a violation. ' +
    'China, Pyongyang’s only ally and its economic lifeline, said it was resolutely opposed to the test. ' +
    'Russia insisted that Pyongyang stop. Officials in Kiev warned that the city could fall.';
  assert.deepEqual(
    attributions(text).map((a) => a.split('|').slice(1, 3).join('|')),
    ['International Atomic Energy Agency|said', 'China|said', 'Russia|insisted', 'Officials in Kiev|warned'],
  );
});

test('“rejected the accusation” and the denial quoted after it are stances on the accusation', () => {
  assert.deepEqual(
    claims(
      'At least 12 people were killed in Kupiansk, regional governor Oleh Syniehubov said. He accused Russian forces of deliberately targeting civilians. ' +
        'The Kremlin’s spokesman, Dmitry Peskov, rejected the accusation. “The Russian army does not strike civilian targets,” Peskov told reporters. “These claims are lies.”',
    ),
    [
      'asserted_single_source: Oleh Syniehubov=asserted',
      'disputed: Oleh Syniehubov=asserted, Dmitry Peskov=denied, Dmitry Peskov=denied, Dmitry Peskov=denied',
    ],
  );
});

test('an interview’s channel names the outlet it was given to and stops before the statement', () => {
  assert.deepEqual(
    attributions(
      'Mayor Ivan Petrenko said in an interview with Fox News that the bridge was closed. ' +
        'The governor said in an interview with reporters on Friday that the town would be rebuilt.',
    ),
    [
      'indirect|Ivan Petrenko|said|the bridge was closed|ch:in an interview with Fox News',
      'indirect|The governor|said|the town would be rebuilt|ch:in an interview',
    ],
  );
});

test('an outlet that could not verify what it reports doubts that claim: footage, the latest claim, a claim in the same sentence', () => {
  assert.deepEqual(
    claims(
      'The governor said two bridges were closed on Monday. Residents posted videos on social media showing water flooding a road. ' +
        'Reuters could not independently verify the footage.\n\n' +
        'The army said it had shot down six drones over the city. The claims could not be independently verified.\n\n' +
        'The rebels said they had captured the airport, a claim that could not be independently verified.',
    ),
    [
      'asserted_single_source: The governor=asserted',
      'unconfirmed: Residents=asserted, Reuters=not_independently_verified',
      'unconfirmed: The army=asserted, outlet=not_independently_verified',
      'unconfirmed: The rebels=asserted, outlet=not_independently_verified',
    ],
  );
});

test('the source a speaker phrase names: officials of a place are no place, the organisation that ends the phrase, an unresolved “he” is the last source', () => {
  assert.deepEqual(
    attributions(
      'The strike killed 20 people, Gaza officials said. Aid was blocked, according to the Gaza Health Ministry. ' +
        'The UN’s World Food Programme said stocks were low. ' +
        'A senior Hamas official, speaking on condition of anonymity, denied that fighters used the school. He called the account a lie.',
    ),
    [
      'indirect|Gaza officials|said|The strike killed 20 people',
      'indirect|Gaza Health Ministry|according to|Aid was blocked',
      'indirect|World Food Programme|said|stocks were low',
      'indirect|Hamas|denied|fighters used the school',
      'indirect|Hamas|called|the account a lie',
    ],
  );
});

test('a refusal read across cue and content, a place or time before “that”, a dateline without a country, a headline echoing the lead', () => {
  const text =
    'Strike kills 20 in Rafah, officials say\n\n' +
    'JERUSALEM (AP) — An airstrike killed at least 20 people in Rafah on Saturday, according to the Health Ministry. ' +
    'The commissioner, Philippe Lazzarini, told reporters in Geneva that no place was safe. The foreign ministry declined to comment.';
  assert.deepEqual(attributions(text).slice(1, 3), [
    'indirect|Health Ministry|according to|An airstrike killed at least 20 people in Rafah on Saturday',
    'indirect|Philippe Lazzarini|told|no place was safe|to:reporters',
  ]);
  assert.deepEqual(claims(text), [
    'asserted_single_source: Health Ministry=asserted',
    // A bare refusal is a silence on the claim before it in its paragraph.
    'asserted_single_source: Philippe Lazzarini=asserted, The foreign ministry=refused_comment',
  ]);
});

test('a quote after “told reporters in Geneva that” is what was said, without the place', () => {
  assert.deepEqual(attributions('Philippe Lazzarini told reporters in Geneva that "no place is safe in Gaza."'), [
    'mixed|Philippe Lazzarini|told|"no place is safe in Gaza."|to:reporters',
  ]);
});

test('a front-line report: an appositive doubt by another source, a refusal to say, a report as channel, a medium as recipient, a relative clause in a speaker, a noun after an article', () => {
  const text =
    "Russia's Defence Ministry said on Tuesday its forces had captured the village of Novohrodivka, a claim Ukraine's military did not immediately confirm. " +
    "Ukraine's General Staff said in its evening report that its troops had repelled 42 assaults. " +
    'Colonel Nazar Voloshyn told Ukrainian television that the situation was under control. ' +
    'Governor Vadym Filashkin urged the remaining residents to evacuate. ' +
    'Kremlin spokesman Dmitry Peskov declined to say when Russia expected to take the city.\n\n' +
    'Russian military bloggers, who often criticise the ministry, said the fighting was still going on. The claims could not be independently verified.';
  assert.deepEqual(attributions(text), [
    "indirect|Russia's Defence Ministry|said|its forces had captured the village of Novohrodivka",
    "indirect|Ukraine's General Staff|said|its troops had repelled 42 assaults|ch:in its evening report",
    'indirect|Nazar Voloshyn|told|the situation was under control|to:Ukrainian television',
    'indirect|Vadym Filashkin|urged|to evacuate|to:the remaining residents',
    'indirect|Dmitry Peskov|declined to say|when Russia expected to take the city',
    'indirect|Russian military bloggers|said|the fighting was still going on',
  ]);
  assert.deepEqual(claims(text), [
    "unconfirmed: Russia's Defence Ministry=asserted, Ukraine's military=cannot_confirm",
    "asserted_single_source: Ukraine's General Staff=asserted",
    'asserted_single_source: Nazar Voloshyn=asserted',
    'asserted_single_source: Vadym Filashkin=asserted',
    'refused_comment: Dmitry Peskov=refused_comment',
    'unconfirmed: Russian military bloggers=asserted, outlet=not_independently_verified',
  ]);
});

test('a clause after “said” is what was said, not an inverted speaker; a silence with no speech verb joins the claim it names', () => {
  const text =
    'In Russia, the governor of the Belgorod region, Vyacheslav Gladkov, said Ukrainian shelling had killed one civilian. ' +
    'Kyiv did not comment on the Belgorod reports.';
  assert.deepEqual(attributions(text), ['indirect|Vyacheslav Gladkov|said|Ukrainian shelling had killed one civilian']);
  assert.deepEqual(claims(text), ['asserted_single_source: Vyacheslav Gladkov=asserted, Kyiv=refused_comment']);
});

test('a quote left open at its paragraph’s end is the speaker’s whom the next paragraph’s quote names; “It said” after a ministry is the ministry', () => {
  const text =
    'The mayor, Ihor Terekhov, spoke on Saturday.\n\n' +
    '“We are preparing for the worst. The damage is enormous.\n\n' +
    '“If there are more strikes, we will have blackouts,” Terekhov said.\n\n' +
    "Russia's Defence Ministry said its forces had struck energy facilities. It said all targets had been hit.";
  assert.deepEqual(attributions(text), [
    'direct|Ihor Terekhov|said|We are preparing for the worst. The damage is enormous.',
    'direct|Ihor Terekhov|said|If there are more strikes, we will have blackouts,',
    "indirect|Russia's Defence Ministry|said|its forces had struck energy facilities",
    "indirect|Russia's Defence Ministry|said|all targets had been hit",
  ]);
});

test('a silence reported inside another statement joins the claim it names; a denial with a verdict joins the statement its noun names', () => {
  const text =
    'Two people familiar with the matter told Reuters that Egyptian mediators had proposed a three-day pause. ' +
    'Hamas has not responded to the proposal, an official in Doha said. ' +
    'The army accused Hamas of firing rockets from the camp. Hamas rejected the accusation as "baseless lies."';
  assert.deepEqual(claims(text), [
    'asserted_single_source: Two people familiar with the matter=asserted, Hamas=refused_comment',
    'asserted_single_source: an official in Doha=asserted',
    'disputed: The army=asserted, Hamas=denied',
  ]);
});

test('a dateline with a date is no speaker; a second verb of the same speaker is its own statement; an appositive charge is another source asserting what was denied', () => {
  const text =
    'DUBAI, Jan 12 (Reuters) - Yemen\'s Houthi movement said on Friday it had targeted a British oil tanker in the Red Sea. ' +
    'The Indian navy said later that one of its destroyers was responding to a distress call.\n\n' +
    "Iran's foreign ministry condemned the strikes as \"a clear violation of Yemen's sovereignty\" but denied arming the Houthis, a charge Washington has repeatedly made.";
  assert.deepEqual(attributions(text), [
    'indirect|Houthis|said|it had targeted a British oil tanker in the Red Sea',
    'indirect|The Indian navy|said|one of its destroyers was responding to a distress call',
    "mixed|Iran's foreign ministry|condemned|the strikes as \"a clear violation of Yemen's sovereignty\"",
    "indirect|Iran's foreign ministry|denied|arming the Houthis",
  ]);
  assert.ok(claims(text).includes("disputed: Iran's foreign ministry=denied, Washington=asserted"));
});

test('an unnamed official is one source when the text repeats the role; a hedge inside a statement, a passive report and the outlet’s “offered no evidence” are no statements', () => {
  const text =
    'Asked whether Washington would strike again, a senior U.S. official, speaking on condition of anonymity, said: "We don\'t rule anything out." ' +
    'The official declined to comment on whether targets had already been chosen.\n\n' +
    'British maritime security firm Ambrey said the vessel had reportedly been hit about 60 nautical miles southeast of Aden. ' +
    'The U.S. Central Command said an anti-ship missile had struck the water near a commercial vessel, and that no injuries or damage were reported.\n\n' +
    'Houthi leader Abdul Malik al-Houthi warned on Thursday that any further strikes would be met with force. He offered no evidence that the group had the capacity to escalate.';
  assert.deepEqual(
    attributions(text).map((a) => a.split('|').slice(0, 3).join('|')),
    [
      // (The rules read the frame past the clause set off in it: the cue is "said", without the colon.)
      'direct|a senior U.S. official|said',
      'indirect|a senior U.S. official|declined to comment',
      'indirect|Ambrey|said',
      'indirect|U.S. Central Command|said',
      'indirect|Abdul Malik al-Houthi|warned',
    ],
  );
});

test('doubts the outlet adds: “Neither claim could be independently verified” on both, “a figure that could not be confirmed” on one; "That is a question for the military" answers the question by referring it elsewhere', () => {
  const text =
    'Ukraine says its troops advanced; Moscow says attack repelled\n\n' +
    "Ukraine's top military commander, Oleksandr Syrskyi, said on Wednesday that Ukrainian troops had advanced up to 3 kilometers in the Kursk region.\n\n" +
    "Russia's Defense Ministry said its forces had repelled attempts by mobile groups to break through near the village of Martynovka. Neither claim could be independently verified.\n\n" +
    'Acting Kursk Governor Alexei Smirnov said on Telegram that 12 civilians had been killed since the attack began, a figure that could not be confirmed.\n\n' +
    'When asked if the incursion was a failure of Russia\'s border defenses, Peskov said: "That is a question for the military."';
  assert.deepEqual(claims(text), [
    'unconfirmed: Oleksandr Syrskyi=asserted, outlet=not_independently_verified',
    "unconfirmed: Russia's Defense Ministry=asserted, outlet=not_independently_verified",
    'unconfirmed: Alexei Smirnov=asserted, outlet=not_independently_verified',
    'refused_comment: Peskov=refused_comment',
  ]);
});

test('a headline’s two statements do not corroborate each other; silence on “the allegations” or “the operation” joins what was alleged; a relative clause’s object is no speaker', () => {
  const text =
    'Mali junta says army killed dozens of militants; rights group alleges civilian deaths\n\n' +
    "BAMAKO, March 4 (Reuters) - Mali's army said on Sunday it had neutralised 43 terrorists near the central town of Djenne.\n\n" +
    'Human Rights Watch said in a report published on Monday that at least 17 civilians were killed during the operation. ' +
    'The army did not respond to a request for comment on the allegations. The Russian defence ministry has not commented on the operation.\n\n' +
    'The United Nations, whose peacekeeping mission left Mali last year at the junta\'s request, said it was "deeply concerned" and called for an independent investigation. ' +
    'It said it could not verify the number of victims.';
  assert.deepEqual(
    attributions(text).map((a) => a.split('|').slice(1, 4).join('|')),
    [
      'Mali junta|says|army killed dozens of militants',
      'rights group|alleges|civilian deaths',
      "Mali's army|said|it had neutralised 43 terrorists near the central town of Djenne",
      'Human Rights Watch|said|at least 17 civilians were killed during the operation',
      'United Nations|said|it was "deeply concerned"',
      'United Nations|called for|an independent investigation',
      'United Nations|said|it could not verify the number of victims',
    ],
  );
  assert.deepEqual(claims(text), [
    // (The headline's "Mali junta says" is its army's voice, whose lead restates the claim.)
    "asserted_single_source: Mali's army=asserted",
    // (The U.N.'s "could not verify the number of victims" doubts the toll Human Rights Watch gave.)
    "unconfirmed: Human Rights Watch=asserted, United Nations=cannot_confirm, Mali's army=refused_comment, Russian defence ministry=refused_comment",
    'asserted_single_source: United Nations=asserted',
    'asserted_single_source: United Nations=asserted',
  ]);
});

test('an unnamed source’s participial clause is no part of its name, and “the official” after it is that source', () => {
  const text =
    'An Israeli military official, speaking to reporters on condition of anonymity, said the strikes targeted weapons depots. ' +
    '"We know exactly where they hide them," the official said. He declined to say how many fighters had been killed.';
  assert.deepEqual(
    attributions(text).map((a) => a.split('|').slice(0, 3).join('|')),
    ['indirect|An Israeli military official|said', 'direct|An Israeli military official|said', 'indirect|An Israeli military official|declined to say'],
  );
});

test('a headline’s participle is no speech; "said Thursday," frames what came before; "said … and denied …" is two statements; a description names its committee', () => {
  const text =
    'Famine confirmed in Sudan camp as fighting rages around El Fasher\n\n' +
    "PORT SUDAN, Sudan (AP) — Famine has taken hold in the Zamzam camp in Sudan's North Darfur region, a global hunger monitor said Thursday, as the siege went on.\n\n" +
    "The Famine Review Committee said conditions in the camp met the threshold for famine. It was the third time the committee had confirmed a famine. Sudan's military-backed government rejected the findings.\n\n" +
    'The RSF said in a statement that its forces had "liberated" several villages west of El Fasher and accused the army of bombing civilians. ' +
    'The army said its aircraft had struck RSF positions and denied hitting residential areas.';
  assert.deepEqual(
    attributions(text).map((a) => a.split('|').slice(1, 4).join('|')),
    [
      "a global hunger monitor|said|Famine has taken hold in the Zamzam camp in Sudan's North Darfur region",
      'Famine Review Committee|said|conditions in the camp met the threshold for famine',
      'Famine Review Committee|confirmed|a famine',
      "Sudan's military-backed government|rejected|the findings",
      'RSF|said|its forces had "liberated" several villages west of El Fasher',
      'RSF|accused|the army of bombing civilians',
      'The army|said|its aircraft had struck RSF positions',
      'The army|denied|hitting residential areas',
    ],
  );
  assert.ok(claims(text).includes("disputed: Famine Review Committee=asserted, Sudan's military-backed government=denied"));
});

test('an accusation naming someone else is its own claim, denied by a verdict on it; plural charges the accused denies; doubt on “either side’s account”; “what it said were”; “could be heard” is no warning', () => {
  const congo =
    'Congo says aid blocked\n\n' +
    'GOMA (AP) — Fighting between M23 rebels and Congolese troops has forced more than 100,000 people from their homes around the town of Sake, the U.N. humanitarian office said Tuesday.\n\n' +
    "Congo's army spokesman, Guillaume Ndjike, accused Rwanda of sending troops to fight alongside the rebels, an allegation Kigali has long rejected. " +
    'Rwandan government spokeswoman Yolande Makolo said the accusation was "baseless".\n\n' +
    'M23 said in a statement that it had taken control of the hills overlooking Sake. Human Rights Watch said in a report last year that M23 had committed summary executions, charges the group denies.';
  assert.deepEqual(claims(congo), [
    'asserted_single_source: Congo=asserted',
    'asserted_single_source: U.N.=asserted',
    'disputed: Guillaume Ndjike=asserted, Kigali=denied, Yolande Makolo=denied',
    'asserted_single_source: M23=asserted',
    'disputed: Human Rights Watch=asserted, M23=denied',
  ]);
  assert.ok(attributions(congo).includes('indirect|Human Rights Watch|said|M23 had committed summary executions|ch:in a report'));
  const myanmar =
    "BANGKOK, May 18 (Reuters) - Myanmar's military government said on Saturday its forces had repelled an attack by the Arakan Army near Sittwe, " +
    'while the ethnic minority rebel group said it had captured a naval outpost south of the city.\n\n' +
    'The Arakan Army said in a post on Telegram that its fighters had taken 32 soldiers prisoner. It published photographs of what it said were captured weapons.\n\n' +
    'A resident told Reuters by phone that heavy artillery fire could be heard through the night.\n\n' +
    "Reuters could not independently verify either side's account. The junta has denied targeting civilians in Rakhine.";
  assert.deepEqual(claims(myanmar), [
    "unconfirmed: Myanmar's military government=asserted, Reuters=not_independently_verified",
    'unconfirmed: Arakan Army=asserted, Reuters=not_independently_verified',
    'unconfirmed: Arakan Army=asserted, Reuters=not_independently_verified',
    'unconfirmed: Arakan Army=asserted, Reuters=not_independently_verified',
    'unconfirmed: A resident=asserted, Reuters=not_independently_verified',
    "denied: Myanmar's military government=denied",
  ]);
});

test('a news organisation that could not confirm the death toll did not independently verify the claim of people killed', () => {
  const text =
    'At least five people were killed in the shelling, according to the International Committee of the Red Cross, which did not say who had fired.\n\n' +
    'The AP could not confirm the death toll.';
  assert.deepEqual(claims(text), [
    'unconfirmed: International Committee of the Red Cross=asserted, AP=not_independently_verified',
    'refused_comment: International Committee of the Red Cross=refused_comment',
  ]);
});

test('a fact-check: the headline’s “does not show” and the outlet’s “This is false” deny what the video claims to show; “not aware of” cannot confirm', () => {
  const headline = 'Video of burning tanks does not show Russian column destroyed near Zaporizhzhia\n\n';
  const body =
    'A video shared thousands of times on Facebook claims to show a Russian armoured column destroyed by Ukrainian drones near Zaporizhzhia this week. ' +
    'This is false: the footage was filmed in Syria in 2017.\n\n' +
    'A spokesman for the southern command, Dmytro Pletenchuk, told AFP that he was "not aware of any engagement of this scale" in the area.';
  assert.deepEqual(attributions(headline + body)[0], 'indirect|imagery|does not show|Russian column destroyed near Zaporizhzhia');
  assert.deepEqual(claims(headline + body), ['disputed: imagery=hedged, outlet=denied', 'unconfirmed: Dmytro Pletenchuk=cannot_confirm']);
  // Without the body's verdict, the headline's stays.
  const stances = toJson(analyze({ text: headline + body.replace('This is false: the footage', 'The footage'), published: '2024-03-06', origin: 'test' })).claims[0]!.stances as Rec[];
  assert.deepEqual(stances.map((s) => `${source(s.source)}=${s.status}:${span(s.cue)}`), ['imagery=hedged:claims to show', 'outlet=denied:does not show']);
});

test('no corroboration from other figures or from a reaction; a verdict calling a claim a pretext, a figure another disputes; a news agency not able to verify either side', () => {
  const text =
    'GAZA (Reuters) - An Israeli air strike on a school in Gaza City killed at least 20 people on Saturday, Palestinian health officials said. ' +
    'The Israeli military said the compound had been used by Hamas militants to plan attacks. ' +
    'Hamas denied that its fighters were present, calling the Israeli claim "a pretext to target civilians".\n\n' +
    'Reuters was not able to verify either side\'s account.\n\n' +
    'The Gaza health ministry says more than 39,000 Palestinians have been killed since the war began. ' +
    'Israel says it has killed more than 14,000 militants, a figure Hamas disputes. Egypt and Qatar condemned the strike.';
  assert.deepEqual(claims(text), [
    'unconfirmed: Palestinian health officials=asserted, Reuters=not_independently_verified',
    'disputed: The Israeli military=asserted, Hamas=denied, Reuters=not_independently_verified',
    'denied: Hamas=denied, Reuters=not_independently_verified',
    'asserted_single_source: The Gaza health ministry=asserted',
    'disputed: Israel=asserted, Hamas=denied',
    'asserted_single_source: Egypt and Qatar=asserted',
  ]);
});

test('a denial ends where the same speaker’s second verb begins', () => {
  const text = 'Ethiopia’s military has previously denied targeting civilians and says its operations are aimed at "extremist forces".';
  assert.deepEqual(
    attributions(text).map((a) => a.split('|').slice(2, 4).join('|')),
    ['has previously denied|targeting civilians', 'says|its operations are aimed at "extremist forces"'],
  );
});

test('unnamed people, counted or several, after what they said, with a clause after them', () => {
  const text =
    "ADDIS ABABA (AFP) - A drone strike on a busy market in Ethiopia's Amhara region killed at least 30 people on Tuesday, " +
    'three witnesses and a health worker told AFP, as fighting between federal forces and Fano militiamen intensified.';
  assert.deepEqual(attributions(text), [
    "indirect|three witnesses and a health worker|told|A drone strike on a busy market in Ethiopia's Amhara region killed at least 30 people on Tuesday|to:AFP",
  ]);
});

test('a wire lead: "a war monitor" named after it, fighting "between" two sides, a phone, a condition of anonymity the next sentence sets, an appositive, a participle’s agent, state media as recipient, a silence paragraphs on', () => {
  const text =
    'BEIRUT, July 16 (Reuters) - Israeli warplanes struck the defence ministry in Damascus on Wednesday, Syrian state media reported, as fighting between government forces and Druze militias in Sweida killed more than 300 people, according to a war monitor.\n\n' +
    'The Syrian Observatory for Human Rights, a Britain-based monitor, said 27 civilians had been executed. Two residents told Reuters by phone that gunmen had looted shops. They asked that their names not be used.\n\n' +
    "Sheikh Hikmat al-Hijri, one of the Druze community's spiritual leaders, rejected a ceasefire announced by the government on Tuesday, saying that fighters should keep fighting. " +
    'A ministry spokesman told state news agency SANA that the army had withdrawn.\n\n' +
    'President Ahmed al-Sharaa did not comment publicly on the strikes.';
  assert.deepEqual(
    statements(text, '2025-07-16'),
    [
      'Syrian state media|reported|Israeli warplanes struck the defence ministry in Damascus on Wednesday',
      'Syrian Observatory for Human Rights|according to|fighting between government forces and Druze militias in Sweida killed more than 300 people',
      'Syrian Observatory for Human Rights|said|27 civilians had been executed',
      'Two residents|told|gunmen had looted shops|anonymous|ch:by phone|to:Reuters',
      'Hikmat al-Hijri|rejected|a ceasefire',
      'Hikmat al-Hijri|saying|fighters should keep fighting',
      'A ministry spokesman|told|the army had withdrawn|to:state news agency SANA',
    ],
  );
  // The president's silence is on the claim that warplanes struck, three paragraphs back.
  assert.deepEqual(claims(text)[0], 'asserted_single_source: Syrian state media=asserted, Ahmed al-Sharaa=refused_comment');
});

test('a second verb of a statement has its subject, not a noun of the clause between; a source’s own side is not the other’s', () => {
  const text =
    'An Indian government source said three jets had crashed in Kashmir but did not say what caused the crashes. ' +
    'Pakistan has denied any involvement in the attack in Pahalgam, in which 26 people were killed, and has called for a neutral investigation. ' +
    'India’s foreign secretary told reporters that intelligence showed further attacks were being planned.\n\n' +
    'Shelling along the Line of Control killed at least 10 people on the Indian side, Indian police said. Pakistani officials said they had no information on casualties on their side of the line.';
  assert.deepEqual(
    attributions(text).map((a) => a.split('|').slice(1, 3).join('|')),
    ['Indian government|said', 'Indian government|did not say', 'Pakistan|has denied', 'Pakistan|has called for', 'India’s foreign secretary|told', 'Indian police|said', 'Pakistani officials|said'],
  );
  assert.deepEqual(claims(text).slice(-2), ['asserted_single_source: Indian police=asserted', 'unconfirmed: Pakistani officials=cannot_confirm']);
});

test('one state institution is one source: "an Israeli military official" speaks for the Israel Defense Forces the article names', () => {
  const text =
    'The Israel Defense Forces said it had struck dozens of Hezbollah targets in the area. ' +
    'An Israeli military official, speaking on condition of anonymity, said the strikes targeted weapons depots.';
  // (Before, the two were independent sources: the official's claim corroborated the army's.)
  assert.deepEqual(claims(text), ['asserted_single_source: Israel Defense Forces=asserted', 'asserted_single_source: Israel Defense Forces=asserted']);
});

test('a headline’s participle goes on with what was said; a channel after the object; "at least … and that" is no setting; "could not say" cannot confirm; "rejected that charge" denies it; an unnamed spokesman is no one another country’s title names', () => {
  const text =
    'Gangs storm Haitian town, killing dozens, U.N. says\n\n' +
    'BAKU, Sept 28 (Reuters) - The Gran Grif gang claimed responsibility for the attack in a video posted on social media, in which its leader said the killings were retaliation. ' +
    'A U.N. spokesman said at least 16 people were seriously wounded and that more than 6,000 residents had fled. The Red Cross could not say how many people remained.\n\n' +
    'Armenian Prime Minister Nikol Pashinyan accused Azerbaijan of carrying out "ethnic cleansing" in Karabakh. Baku has repeatedly rejected that charge, saying Armenians are free to stay.';
  assert.deepEqual(
    statements(text, '2023-09-28'),
    [
      'U.N.|says|Gangs storm Haitian town, killing dozens',
      'Gran Grif|claimed|responsibility for the attack|ch:in a video posted on social media',
      'Gran Grif|said|the killings were retaliation',
      'U.N.|said|at least 16 people were seriously wounded and that more than 6,000 residents had fled',
      'Red Cross|could not say|how many people remained',
      'Nikol Pashinyan|accused|Azerbaijan of carrying out "ethnic cleansing" in Karabakh',
      // The dateline's "BAKU" and the body's "Baku" are one entity, named as the body writes it.
      'Baku|saying|Armenians are free to stay',
    ],
  );
  assert.deepEqual(claims(text).slice(-3), ['unconfirmed: Red Cross=cannot_confirm', 'disputed: Nikol Pashinyan=asserted, Baku=denied', 'asserted_single_source: Baku=asserted']);
  // Declining to be named is no rejection event; "U.N.-backed" is an adjective.
  const events = analyze({ text: 'An official, who declined to be named, said a U.N.-backed mission arrived.', published: '2023-09-28', origin: 'test' }).layers.events;
  assert.deepEqual(events.map((e) => e.type), []);
});

test('armed groups, a spokesman named later, a channel with its medium, a doubt on the sides\' figures, silence on "his remarks", a question no denial joins', () => {
  const text =
    'Iran fires missiles at Israel; Israel says most intercepted\n\n' +
    'DUBAI/JERUSALEM, Oct 1 (Reuters) - Al Shabaab militants stormed a hotel, killing 32 people, a police spokesman said, in what police called the worst attack this year. ' +
    'The Islamist group claimed responsibility in a statement on its Andalus radio station. Police spokesman Abdifatah Adan Hassan said five attackers had been killed.\n\n' +
    'Iranian state television showed footage of what it said were missiles hitting air bases. Al-Haq, a Palestinian rights group, said two people were wounded. ' +
    'The governor did not say how many drones had targeted the region. Moscow denies targeting civilians. Neither side’s figures could be independently verified.\n\n' +
    'Kremlin spokesman Dmitry Peskov told reporters the attacks showed Kyiv was not interested in peace. Ukrainian officials did not immediately respond to his remarks.';
  assert.deepEqual(
    statements(text, '2024-10-01'),
    [
      'Israel|says|most intercepted',
      'Abdifatah Adan Hassan|said|Al Shabaab militants stormed a hotel, killing 32 people',
      'police|called|the worst attack this year',
      'Al Shabaab|claimed|responsibility|ch:in a statement on its Andalus radio station',
      'Abdifatah Adan Hassan|said|five attackers had been killed',
      'Iranian state television|showed footage of|what it said were missiles hitting air bases',
      'Iranian state television|said|missiles hitting air bases',
      'Al-Haq|said|two people were wounded',
      'The governor|did not say|how many drones had targeted the region',
      'Moscow|denies|targeting civilians',
      'Dmitry Peskov|told|the attacks showed Kyiv was not interested in peace|to:reporters',
    ],
  );
  assert.deepEqual(claims(text).slice(-3), [
    // (The sides' figures are the claims that give one: not the governor's silence on how many, nor Moscow's denial.)
    'refused_comment: The governor=refused_comment',
    'denied: Moscow=denied',
    'asserted_single_source: Dmitry Peskov=asserted, Ukrainian officials=refused_comment',
  ]);
});

test('imagery one side released is that side’s; "did not address" is a silence; "it rejected the report" denies it; a headline of two clauses; "the Israeli account" is the Israeli side’s', () => {
  const text =
    'Famine spreads in Sudan, global hunger monitor says; government rejects findings\n\n' +
    'The Philippine coast guard said Chinese vessels had fired water cannon at its ship, damaging the ship. ' +
    'Video released by the Philippine coast guard showed a Chinese ship spraying water at its ship. ' +
    'Chinese foreign ministry spokesman Lin Jian told reporters the coast guard acted lawfully. He did not address the damage to the ship.\n\n' +
    'The Integrated Food Security Phase Classification (IPC) said 24.6 million people face acute hunger. The government said it rejected the report.\n\n' +
    'The Israeli military said it had struck a Hamas command centre. A Hamas official denied that fighters were using the school. He called the Israeli account "a lie".';
  const a = toJson(analyze({ text, published: '2024-04-30', origin: 'test' }));
  assert.deepEqual(a.attributions[0] && `${source(a.attributions[0].source)}|${span(a.attributions[0].content)}`, 'global hunger monitor|Famine spreads in Sudan');
  assert.deepEqual(claims(text).slice(1), [
    // The coast guard and the video it released are one source: no corroboration. ("the damage to the ship" Lin Jian did not
    // address is what "damaging the ship" says.)
    'asserted_single_source: The Philippine coast guard=asserted, Lin Jian=refused_comment',
    'asserted_single_source: The Philippine coast guard=asserted',
    'asserted_single_source: Lin Jian=asserted',
    'disputed: Integrated Food Security Phase Classification=asserted, The government=denied',
    'disputed: The Israeli military=asserted, Hamas=denied',
    'denied: Hamas=denied',
  ]);
});

test('"It did not mention civilian casualties" is the ministry’s silence on the civilians killed; "the ministry’s account" is doubted by the outlet; a rule stated for always corroborates no event; whom a source cites is no claim', () => {
  const text =
    'Oleksandr Prokudin said Russian artillery shelled Kherson, killing three civilians.\n\n' +
    "Russia's defence ministry said its missiles had hit a bridge. It did not mention civilian casualties. The ministry's account could not be independently verified.\n\n" +
    'SANA, citing a military source, said the army had targeted drone workshops in Idlib. Moscow and Damascus say they target only militants in Idlib.';
  assert.deepEqual(claims(text), [
    "asserted_single_source: Oleksandr Prokudin=asserted, Russia's defence ministry=refused_comment",
    "unconfirmed: Russia's defence ministry=asserted, outlet=not_independently_verified",
    'asserted_single_source: SANA=asserted',
    'asserted_single_source: Moscow and Damascus=asserted',
  ]);
});

test('"…, it said in a statement." frames what came before; a clause before the frame with an appendix after it; "declined to give his name"; "WHO says"; "a charge the military did not address"', () => {
  const text =
    'Cholera spreads in flood-hit Sudan camps, WHO says\n\n' +
    "The death toll rose to 1,644 on Saturday, the country's military government said, with 3,408 injured. " +
    'The figures are expected to rise as rescuers reach remote areas, it said in a statement. ' +
    'A cholera outbreak has killed at least 165 people, the World Health Organization said.\n\n' +
    '"We are digging with our hands," a rescue worker, who declined to give his name, told Reuters. ' +
    'Opposition groups accused the junta of continuing air strikes, a charge the military did not address.';
  assert.deepEqual(
    statements(text, '2025-03-29'),
    [
      'World Health Organization|says|Cholera spreads in flood-hit Sudan camps',
      "the country's military government|said|The death toll rose to 1,644 on Saturday",
      "the country's military government|said|The figures are expected to rise as rescuers reach remote areas|ch:in a statement",
      'World Health Organization|said|A cholera outbreak has killed at least 165 people',
      'a rescue worker|told|We are digging with our hands,|anonymous|to:Reuters',
      'Opposition groups|accused|the junta of continuing air strikes',
    ],
  );
  assert.deepEqual(claims(text).at(-1), 'asserted_single_source: Opposition groups=asserted, the military=refused_comment');
});

test('a bare "declined to comment." is a silence on the claim of another source just before it in its paragraph', () => {
  const text =
    'U.S. Secretary of State Antony Blinken said Washington was "deeply concerned" and urged Israel to investigate. ' +
    "Israel's foreign ministry declined to comment.";
  // (On the call to investigate, the last of Blinken's claims.)
  assert.deepEqual(claims(text), ['asserted_single_source: Antony Blinken=asserted', "asserted_single_source: Antony Blinken=asserted, Israel's foreign ministry=refused_comment"]);
});

test('an assessment report: a negated observation is a doubt, a participle speaks for the whole speaker, a noun after "such" is no cue, a judged intent is no statement', () => {
  const text =
    'Russian milbloggers claimed that Russian forces captured Tonenke, but ISW has not observed visual confirmation of this claim.\n\n' +
    'Kremlin Spokesperson Dmitry Peskov denied that Russia is preparing a new mobilization wave, calling such reports "provocations."\n\n' +
    'Russian forces likely intend to exploit the Ukrainian withdrawal from Avdiivka to push further west.';
  assert.deepEqual(statements(text, '2024-03-04'), [
    'Russian milbloggers|claimed|Russian forces captured Tonenke',
    'Dmitry Peskov|denied|Russia is preparing a new mobilization wave',
    'Dmitry Peskov|calling|such reports "provocations."',
  ]);
  assert.deepEqual(claims(text)[0], 'unconfirmed: Russian milbloggers=asserted, ISW=not_independently_verified');
});

test('a humanitarian update: "X report that", an estimate closing its sentence, a denial is not on a call it shares a word with, a doubt on casualties reaches back to the highlights', () => {
  const text =
    'Sudan: Flash Update No. 7 - Fighting in El Fasher (as of 14 May 2024)\n\n' +
    'HIGHLIGHTS\n' +
    '- At least 27 people were killed in El Fasher since 10 May, according to the State Ministry of Health.\n' +
    '- About 40,000 people have been displaced within El Fasher since 1 April, the International Organization for Migration (IOM) estimates.\n\n' +
    'SITUATION OVERVIEW\n' +
    'Partners on the ground report that shelling hit residential areas in the north of the town. The UN has not been able to verify the number of casualties.\n\n' +
    'The Humanitarian Coordinator, Clementine Nkweta-Salami, called on the parties to allow safe passage for civilians. The RSF denied targeting civilians.\n' +
    'HUMANITARIAN RESPONSE\n' +
    'Humanitarian partners warned that stocks of medical supplies could run out within two weeks.';
  assert.deepEqual(statements(text, '2024-05-14'), [
    'State Ministry of Health|according to|At least 27 people were killed in El Fasher since 10 May',
    'International Organization for Migration|estimates|About 40,000 people have been displaced within El Fasher since 1 April',
    'Partners on the ground|report|shelling hit residential areas in the north of the town',
    'Clementine Nkweta-Salami|called on|the parties to allow safe passage for civilians',
    'RSF|denied|targeting civilians',
    'Humanitarian partners|warned|stocks of medical supplies could run out within two weeks',
  ]);
  assert.deepEqual(claims(text), [
    'unconfirmed: State Ministry of Health=asserted, UN=cannot_confirm',
    'asserted_single_source: International Organization for Migration=asserted',
    'asserted_single_source: Partners on the ground=asserted',
    'asserted_single_source: Clementine Nkweta-Salami=asserted',
    'denied: RSF=denied',
    'warning: Humanitarian partners=warning',
  ]);
});

test('a fact check and a statement: a relative clause speaks for the phrase before it, a participle between subject and verb, "notes that, according to X, …", "This is a lie.", a description is no statement', () => {
  const text =
    'The footage was first posted in 2019 by a Polish news site, which reported that it showed a protest in the town of Gdansk.\n\n' +
    'The Russian embassy in Washington, asked about the post, said it had "no information" about it.\n\n' +
    "Russia claims that it strikes only military targets. This is a lie. The hypermarket was full of families shopping on a Saturday afternoon.\n\n" +
    "The Ministry notes that, according to the Prosecutor General's Office, Russian forces used two guided aerial bombs in the attack.";
  assert.deepEqual(statements(text, '2024-05-26'), [
    'a Polish news site|reported|it showed a protest in the town of Gdansk',
    'The Russian embassy in Washington|said|it had "no information" about it',
    'Russia|claims|it strikes only military targets',
    "Prosecutor General's Office|according to|Russian forces used two guided aerial bombs in the attack",
  ]);
  assert.deepEqual(claims(text).slice(1, 3), ['unconfirmed: The Russian embassy in Washington=cannot_confirm', 'disputed: Russia=asserted, outlet=denied']);
});

test('"made no mention of the city" is a silence on the claim it names; two counts sharing only what they count do not corroborate; a doubt on a headline claim keeps its words', () => {
  const text =
    'Air strikes on the rebel-held city of Idlib killed at least 11 people on Thursday, the White Helmets civil defence group said. ' +
    'Syrian state news agency SANA said the army had targeted drone workshops in the countryside. It made no mention of the city.\n\n' +
    'At least 27 people were killed in El Fasher since 10 May, according to the State Ministry of Health. ' +
    'About 40,000 people have been displaced within El Fasher since 1 April, the International Organization for Migration said.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: White Helmets=asserted, SANA=refused_comment',
    'asserted_single_source: SANA=asserted',
    'asserted_single_source: State Ministry of Health=asserted',
    'asserted_single_source: International Organization for Migration=asserted',
  ]);
  const headline =
    'Moscow says attack repelled\n\n' +
    'Russia\'s Defense Ministry said its forces had repelled attempts by "mobile groups" to break through near the villages of Martynovka and Olgovka, and that Ukrainian units had lost up to 340 soldiers. Neither claim could be independently verified.';
  const doc = toJson(analyze({ text: headline, published: '2024-08-10', origin: 'test' }));
  assert.ok(doc.claims.every((c) => !span(c.proposition)?.startsWith('Neither claim')));
});

test('a council meeting: an act is no statement, "thanked X and said" has the envoy named after the role as speaker, a story’s topic word and a name agree on nothing, "the United States" is no cue', () => {
  const text =
    'Security Council fails to adopt Gaza ceasefire resolution\n\n' +
    'The United States on Tuesday vetoed a draft resolution demanding an immediate humanitarian ceasefire in Gaza. ' +
    'Thirteen members voted for the ceasefire text.\n\n' +
    '"Demanding an immediate, unconditional ceasefire without an agreement requiring Hamas to release the hostages will not bring about a durable peace," U.S. Ambassador Linda Thomas-Greenfield told the council. ' +
    'Britain abstained on the ceasefire vote.\n\n' +
    "Israel's U.N. envoy, Gilad Erdan, thanked the United States and said a ceasefire would allow Hamas to regroup.";
  const said = statements(text, '2024-02-20');
  assert.ok(!said.some((s) => /\|(?:vetoed|thanked|States)\|/.test(s)), said.join('\n'));
  assert.ok(said.includes('Gilad Erdan|said|a ceasefire would allow Hamas to regroup'), said.join('\n'));
  assert.ok(claims(text).every((c) => !c.startsWith('corroborated')), claims(text).join('\n'));
});

test('a monitors’ dispute, an NGO report and a live blog: a participle after the frame is not what was said, "It" after a person is the organisation before, a silence on "Amnesty’s findings" is on Amnesty’s claim, a time stamp is no part of what was said', () => {
  const text =
    'Russian forces have entered the eastern outskirts of Chasiv Yar, the pro-Kremlin Telegram channel Rybar claimed on Sunday, publishing a map that showed Russian control over the Kanal district.\n\n' +
    'Ethiopian soldiers killed at least 45 civilians in the town of Merawi in January, Amnesty International said in a report published on Thursday. ' +
    '"What happened in Merawi is a war crime," said Tigere Chagutah, Amnesty\'s regional director.\n\n' +
    "Ethiopia's government did not respond to Amnesty's findings. It has previously said its forces only target armed groups.\n\n" +
    '10:15 GMT - Rafah hospital overwhelmed, doctor says';
  assert.deepEqual(statements(text, '2024-04-05'), [
    'Rybar|claimed|Russian forces have entered the eastern outskirts of Chasiv Yar',
    'Amnesty International|said|Ethiopian soldiers killed at least 45 civilians in the town of Merawi in January|ch:in a report',
    'Tigere Chagutah|said|What happened in Merawi is a war crime,',
    "Ethiopia's government|has previously said|its forces only target armed groups",
    'doctor|says|Rafah hospital overwhelmed',
  ]);
  assert.deepEqual(claims(text)[1], "asserted_single_source: Amnesty International=asserted, Ethiopia's government=refused_comment");
});

test('a translated ministry statement and a knife attack: "informed that" frames a statement, an outlet’s doubt is no speaker, a subject list stays whole, "called the attack terrible" corroborates no claim of responsibility', () => {
  const text =
    'MOSCOW, Sept 12 - The Russian Ministry of Defence informed that units of the North group of forces repelled an attempt by Ukrainian armed formations to break through near the village of Veseloye.\n\n' +
    'According to the ministry, up to 150 Ukrainian servicemen, five tanks and three armoured vehicles were destroyed. The information could not be independently confirmed.\n\n' +
    'Police arrested a 26-year-old Syrian man on Saturday, the Interior Ministry of North Rhine-Westphalia said. ' +
    'The Islamic State group claimed responsibility for the attack through its Amaq news agency. German Chancellor Olaf Scholz called the attack "terrible."';
  const said = statements(text, '2024-09-12');
  assert.deepEqual(said.slice(0, 3), [
    'Russian Ministry of Defence|informed|units of the North group of forces repelled an attempt by Ukrainian armed formations to break through near the village of Veseloye',
    'Russian Ministry of Defence|According to|up to 150 Ukrainian servicemen, five tanks and three armoured vehicles were destroyed',
    'Interior Ministry of North Rhine-Westphalia|said|Police arrested a 26-year-old Syrian man on Saturday',
  ]);
  assert.ok(!said.some((s) => s.includes('|confirmed|')), said.join('\n'));
  assert.ok(claims(text).every((c) => !c.startsWith('corroborated')), claims(text).join('\n'));
});

test('competing claims over a hospital blast: what was said ends before the frame’s participle, a rejected accusation is the claim naming the rejecter, a doubted toll is the source’s it is credited to, an analysis is its analyst’s', () => {
  const text =
    'Blast at Gaza hospital: what we know about competing claims\n\n' +
    'Hundreds of people were killed in a blast at al-Ahli Arab hospital in Gaza City on Tuesday evening, the Gaza health ministry said, blaming an Israeli air strike.\n\n' +
    'The Israeli military denied responsibility and said a rocket misfired by the Palestinian Islamic Jihad group had hit the hospital. Islamic Jihad rejected the accusation as "lies."\n\n' +
    'An analysis of video footage by the Associated Press found that the rocket that caused the blast was fired from within Gaza. ' +
    'The death toll given by the health ministry could not be independently verified.';
  const said = statements(text, '2023-10-19');
  assert.equal(said[0], 'the Gaza health ministry|said|Hundreds of people were killed in a blast at al-Ahli Arab hospital in Gaza City on Tuesday evening');
  assert.ok(!said.some((s) => s.includes('|Blast|')), said.join('\n'));
  assert.ok(said.includes('Associated Press|found|the rocket that caused the blast was fired from within Gaza'), said.join('\n'));
  const all = claims(text);
  assert.equal(all[0], 'unconfirmed: the Gaza health ministry=asserted, outlet=not_independently_verified');
  assert.ok(all.includes('disputed: The Israeli military=asserted, Palestinian Islamic Jihad=denied'), all.join('\n'));
});

test('a press conference: turns named in title case are a transcript, the turn’s own "I" and "We" are the turn, a statement inside a question keeps its speaker without the label', () => {
  const text =
    "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on June 18\n\n" +
    'AFP: The Philippine coast guard said on Monday that Chinese vessels rammed two Philippine navy boats near Second Thomas Shoal. What is China’s response?\n\n' +
    'Mao Ning: I’d like to stress that the Philippine vessels illegally intruded into the waters. The operation was professional and restrained.\n\n' +
    'Reuters: The U.S. State Department said China’s actions were escalatory. Do you have any comment?\n\n' +
    'Mao Ning: The U.S. is not a party to the South China Sea issue. We urge the U.S. to stop stoking tensions.';
  const said = speakersAndCues(text, '2024-06-18');
  assert.deepEqual(said, ['AFP|:', 'The Philippine coast guard|said', 'Mao Ning|:', 'Reuters|:', 'U.S. State Department|said', 'Mao Ning|:']);
});

test('"The report, based on interviews …, found" is its publisher’s; a name the tagger missed keeps no description after it', () => {
  const text =
    'Ethiopian soldiers killed at least 45 civilians in the town of Merawi, Amnesty International said in a report published on Thursday. ' +
    'The report, based on interviews with 22 witnesses, found that soldiers went from house to house.\n\n' +
    'Russian forces have entered Chasiv Yar, the pro-Kremlin channel Rybar claimed. DeepState, a Ukrainian monitoring project close to the military, said the claim was false.';
  assert.deepEqual(
    speakersAndCues(text, '2024-04-05'),
    ['Amnesty International|said', 'Amnesty International|found', 'Rybar|claimed', 'DeepState|said'],
  );
});

test('an organisation called by the first word of its name is that organisation ("Amnesty says" for Amnesty International)', () => {
  const text =
    'Amnesty says Ethiopian troops executed dozens of civilians in Amhara town\n\n' +
    'Ethiopian soldiers killed at least 45 civilians in the town of Merawi in January, Amnesty International said in a report published on Thursday.';
  assert.deepEqual(
    speakersAndCues(text, '2024-04-05'),
    ['Amnesty International|says', 'Amnesty International|said'],
  );
});

test('a nuclear plant hit: a negation on something else denies no claim, "denied involvement" disputes the accusation against the one denying', () => {
  const text =
    'The Zaporizhzhia nuclear power plant was hit by at least three drone strikes on Sunday, the International Atomic Energy Agency said.\n\n' +
    'IAEA Director General Rafael Grossi said the strikes, which hit the dome of reactor No. 6, had caused no critical damage and had not compromised nuclear safety.\n\n' +
    "Russia's state nuclear corporation Rosatom said Ukrainian forces had attacked the plant with kamikaze drones, wounding three people.\n\n" +
    "Ukraine's military intelligence agency denied involvement.";
  assert.deepEqual(claims(text), [
    'asserted_single_source: International Atomic Energy Agency=asserted',
    'asserted_single_source: Rafael Grossi=asserted',
    "disputed: Rosatom=asserted, Ukraine's military intelligence agency=denied",
  ]);
});

test('rebels take a town: a subject after "as" speaks, people after what they said before a participle, no statement in "who asked not to be named", a denial of doing joins no claim of another deed, a toll put at a figure', () => {
  const text =
    'M23 rebels seize key town in eastern Congo as Rwanda denies backing them\n\n' +
    'GOMA, Democratic Republic of Congo, Feb 16 (AFP) - M23 rebels took control of the town of Nyabibwe on Friday, local officials and residents said, pushing closer to Bukavu.\n\n' +
    '"The rebels entered Nyabibwe in the early afternoon," a local administrator, who asked not to be named for fear of reprisals, told AFP by telephone.\n\n' +
    'Kigali has repeatedly denied supporting the rebels. A report by a group of UN experts, seen by AFP in December, said that Rwandan troops were operating in Congo alongside the M23.\n\n' +
    "AFP was unable to confirm the toll of Friday's clashes, which a civil society leader put at at least 12 dead.";
  assert.deepEqual(statements(text, '2024-02-16'), [
    'Rwanda|denies|backing them',
    'local officials and residents|said|M23 rebels took control of the town of Nyabibwe on Friday',
    'a local administrator|told|The rebels entered Nyabibwe in the early afternoon,|anonymous|ch:by telephone|to:AFP',
    'Kigali|denied|supporting the rebels',
    'UN|said|Rwandan troops were operating in Congo alongside the M23',
    'a civil society leader|put|at least 12 dead',
  ]);
  // (The headline's "Rwanda denies backing them" is the body's "Kigali has repeatedly denied supporting the rebels": one denial.)
  assert.deepEqual(claims(text), [
    'denied: Kigali=denied',
    'asserted_single_source: local officials and residents=asserted',
    'asserted_single_source: a local administrator=asserted',
    'reported_seen_by_outlet: UN=asserted, AFP=reported_seen_by_outlet',
    'unconfirmed: a civil society leader=asserted, AFP=not_independently_verified',
  ]);
});

test('a village burned: content goes on past a name’s abbreviation, "people it said had been killed" is its statement, the frame’s setting before "that" and a silence after the content are not what was said, the subject of a first verb speaks, "we were not able to verify independently"', () => {
  const text =
    'The Wad Madani Resistance Committee, a local activist group, said fighters from the paramilitary Rapid Support Forces (RSF) attacked the village on 5 June with heavy weapons. ' +
    'It published a list of 104 names of people it said had been killed, among them 35 children.\n\n' +
    'The RSF said in a statement on the same day that its forces had clashed with army units in the area, and did not mention civilian deaths.\n\n' +
    'Sudan\'s army-aligned government condemned what it called a "massacre" and said the RSF had killed more than 100 villagers. ' +
    'We were not able to verify independently how many people were killed.';
  assert.deepEqual(speakersAndCues(text, '2024-06-12'), [
    'Wad Madani Resistance Committee|said',
    'Wad Madani Resistance Committee|said',
    'Rapid Support Forces|said',
    "Sudan's army-aligned government|condemned",
    "Sudan's army-aligned government|said",
  ]);
  const said = statements(text, '2024-06-12');
  assert.ok(said[0]!.endsWith('|fighters from the paramilitary Rapid Support Forces (RSF) attacked the village on 5 June with heavy weapons'), said[0]);
  assert.equal(said[2], 'Rapid Support Forces|said|its forces had clashed with army units in the area|ch:in a statement');
  assert.deepEqual(claims(text), [
    'asserted_single_source: Wad Madani Resistance Committee=asserted',
    'asserted_single_source: Wad Madani Resistance Committee=asserted, Rapid Support Forces=refused_comment',
    'asserted_single_source: Rapid Support Forces=asserted',
    "asserted_single_source: Sudan's army-aligned government=asserted",
    "unconfirmed: Sudan's army-aligned government=asserted, outlet=not_independently_verified",
  ]);
});

test('a hospital strike: a negated statement on a denial denies with it, "referred reporters to" and "declined to give a figure" are no claims, a relative pronoun after a name’s abbreviation stands for the name, a channel the model took into the cue is the channel', () => {
  const text =
    "Russia's defence ministry denied targeting civilian sites. Kremlin spokesman Dmitry Peskov said Russia did not strike civilian targets. " +
    "Asked about the hospital, he referred reporters to the defence ministry's statement.\n\n" +
    'The Baloch Liberation Army (BLA), which claimed responsibility for the attack on the Jaffar Express on Tuesday, said in a statement that it was still holding hostages. ' +
    'Provincial government spokesman Shahid Rind declined to give a figure for those still missing.';
  assert.deepEqual(claims(text), [
    "denied: Russia's defence ministry=denied, Dmitry Peskov=denied",
    'refused_comment: Dmitry Peskov=refused_comment',
    'asserted_single_source: Baloch Liberation Army=asserted',
    'asserted_single_source: Baloch Liberation Army=asserted',
    'refused_comment: Shahid Rind=refused_comment',
  ]);
  assert.ok(statements(text, '2024-07-09').includes('Baloch Liberation Army|said|it was still holding hostages|ch:in a statement'), statements(text, '2024-07-09').join('\n'));
});

test('a headline’s semicolon ends what was said; a word shared only with the subject of "the attackers were professionals" confirms nothing; a role after a name makes it a person, a party’s noun before a name a party', () => {
  const headline = 'Pakistan says train siege over, 33 militants killed; separatists dispute toll\n\nThe military said it had freed more than 300 hostages.';
  assert.equal(statements(headline, '2025-03-12')[0], 'Pakistan|says|train siege over, 33 militants killed');
  const text =
    'Prime Minister Albin Kurti said the attackers were "professionals". ' +
    'Interior Minister Xhelal Sveçla said three of the attackers had been killed in an exchange of fire and that police had seized armoured vehicles.\n\n' +
    'Milan Radoičić, a vice president of the Kosovo Serb party Srpska Lista, later said in a statement that he had organised the attack himself.';
  assert.ok(claims(text).every((c) => !c.startsWith('corroborated')), claims(text).join('\n'));
  const a = toJson(analyze({ text, published: '2023-09-24', origin: 'test' }));
  assert.deepEqual(
    a.entities.filter((e) => /Radoi|Srpska/.test(String(e.canonical))).map((e) => `${String(e.type)} ${String(e.canonical)}`),
    ['PERSON Milan Radoičić', 'ORG Srpska Lista'],
  );
});

test('an investigation: a headline in title case keeps what was said whole, emails viewed by the outlet are a document it saw, "warned" of what has happened asserts it, unnamed people who dispute a claim deny it, a spokesman for a person’s office speaks for the office', () => {
  const text =
    'Israel Knew of Hamas Attack Plan More Than a Year Ago, Documents Show\n\n' +
    'In July, a veteran analyst with Unit 8200 warned that Hamas had conducted an intense, daylong training exercise. ' +
    'But a colonel in the Gaza division brushed off her concerns, according to encrypted emails viewed by The Times.\n\n' +
    "A spokesman for Mr. Netanyahu's office said the prime minister had not been informed of the plan, a claim that three people familiar with the matter, who spoke on condition of anonymity to discuss classified intelligence, disputed.";
  assert.deepEqual(statements(text, '2023-11-30'), [
    'document|Show|Israel Knew of Hamas Attack Plan More Than a Year Ago',
    'a veteran analyst with Unit 8200|warned|Hamas had conducted an intense, daylong training exercise',
    'document|according to|a colonel in the Gaza division brushed off her concerns',
    "Netanyahu's office|said|the prime minister had not been informed of the plan",
  ]);
  assert.deepEqual(claims(text), [
    'asserted_single_source: document=asserted',
    'asserted_single_source: a veteran analyst with Unit 8200=asserted',
    'reported_seen_by_outlet: document=asserted, The Times=reported_seen_by_outlet',
    "disputed: Netanyahu's office=asserted, three people familiar with the matter=denied",
  ]);
});

test('a leader under two names is one person ("better known by his nom de guerre")', () => {
  const text =
    "Syria's new de facto leader Ahmed al-Sharaa, better known by his nom de guerre Abu Mohammed al-Golani, said on Tuesday that all rebel factions would be dissolved.\n\n" +
    'Golani told the BBC last week that Syria was "exhausted by war".';
  const a = toJson(analyze({ text, published: '2024-12-24', origin: 'test' }));
  const people = a.entities.filter((e) => e.type === 'PERSON');
  assert.equal(people.length, 1, JSON.stringify(people));
  assert.equal(new Set(a.attributions.map((x) => source(x.source))).size, 1);
});

test('a group the tagger took for a miscellaneous name is the organisation it is known as, and the abbreviation after "or"; "the Taliban" is not the Pakistani Taliban', () => {
  const text =
    'The Pakistani Taliban, known as Tehrik-e-Taliban Pakistan or TTP, said in a message to reporters that its fighters had ambushed a military convoy.\n\n' +
    'Islamabad accuses the Taliban government in Kabul of harboring the TTP, a charge Kabul denies.';
  const a = toJson(analyze({ text, published: '2024-12-21', origin: 'test' }));
  const ttp = a.entities.find((e) => e.canonical === 'Tehrik-e-Taliban Pakistan');
  assert.ok(ttp, JSON.stringify(a.entities.map((e) => e.canonical)));
  const names = ((ttp.mentions as Rec[]) ?? []).map((m) => m.text);
  assert.ok(names.includes('Pakistani Taliban') && names.includes('TTP') && !names.includes('Taliban'), names.join(', '));
  assert.equal(source(a.attributions[0]!.source), 'Tehrik-e-Taliban Pakistan');
});

test('a junta’s communique: a channel after what was said, "it added" after a statement from a minister, "None of the claims" on the paragraph’s claim, a headline’s blame disputed by the one blamed', () => {
  const text =
    'Burkina Faso junta says it foiled coup attempt, blames Ivory Coast\n\n' +
    "OUAGADOUGOU, Sept 27 (AFP) - Burkina Faso's military government said it had thwarted a coup attempt and arrested several officers, in a communique read on state television late on Tuesday.\n\n" +
    '"A coup attempt was foiled by the intelligence and security services," said the statement from Security Minister Mahamadou Sana. "The plotters had planned to attack the presidency," it added.\n\n' +
    'The government of Ivory Coast rejected the accusations as "fanciful" and said it had "no interest" in destabilising its neighbour.\n\n' +
    'Captain Ibrahim Traoré, who seized power in September 2022, has claimed to have foiled several plots since then. None of the claims could be independently verified.';
  const said = statements(text, '2023-09-27');
  assert.equal(said[2], "Burkina Faso's military government|said|it had thwarted a coup attempt and arrested several officers|ch:in a communique read on state television late on Tuesday");
  assert.equal(said[4], 'Mahamadou Sana|added|The plotters had planned to attack the presidency,');
  assert.deepEqual(claims(text).slice(1), [
    "disputed: Burkina Faso's military government=asserted, The government of Ivory Coast=denied",
    'asserted_single_source: Mahamadou Sana=asserted',
    'asserted_single_source: Mahamadou Sana=asserted',
    'asserted_single_source: The government of Ivory Coast=asserted',
    'unconfirmed: Ibrahim Traoré=asserted, outlet=not_independently_verified',
  ]);
});

test('a noon briefing: a role label is the person the text gives the role, a journalist’s turn asserts nothing, a reply without a proposition takes the question’s, "not in a position to" cannot confirm', () => {
  const text =
    'The following is a near-verbatim transcript of the noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.\n\n' +
    'Spokesman: Our humanitarian colleagues tell us that at least 12 civilians were killed on Saturday when shelling hit a market in El Fasher.\n\n' +
    'Question: Stéphane, do you know who was behind the shelling? The RSF says the army did it.\n\n' +
    'Spokesman: We are not in a position to attribute responsibility at this point.\n\n' +
    'Question: And on Gaza, has the UN been able to confirm the reports that an aid convoy was fired upon near Rafah?\n\n' +
    'Spokesman: I have no information on that.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: Stéphane Dujarric=asserted',
    'asserted_single_source: Our humanitarian colleagues=asserted',
    'asserted_single_source: RSF=asserted',
    'unconfirmed: Stéphane Dujarric=cannot_confirm',
    'unconfirmed: Stéphane Dujarric=cannot_confirm',
  ]);
  const a = toJson(analyze({ text, published: '2024-10-02', origin: 'test' }));
  assert.deepEqual(a.claims.slice(3).map((c) => span(c.proposition)), ['who was behind the shelling', 'an aid convoy was fired upon near Rafah']);
});

test('a general staff report and an aid convoy: a month’s abbreviation inside the frame, "according to the report" is its publisher’s, counts of other things are two claims, a passive "denied" denies nothing, "on X." ends a sentence, "its claims" is no cue, a name split at "and" that its abbreviation spells is one', () => {
  const report =
    'Russia has lost 1,380 troops in Ukraine over the past day, the General Staff of the Armed Forces reported on Oct. 2.\n\n' +
    'According to the report, Russia also lost 13 tanks and 41 artillery systems over the past day.';
  assert.deepEqual(statements(report, '2024-10-02'), [
    'General Staff of the Armed Forces|reported|Russia has lost 1,380 troops in Ukraine over the past day',
    'General Staff of the Armed Forces|According to|Russia also lost 13 tanks and 41 artillery systems over the past day',
  ]);
  assert.equal(claims(report).length, 2);
  const aid =
    'The United Nations Relief and Works Agency for Palestine Refugees (UNRWA) said Israeli forces had blocked a convoy.\n\n' +
    '"Humanitarian access to the north continues to be denied," UNRWA Commissioner-General Philippe Lazzarini wrote on X. He said the convoy had waited for seven hours.\n\n' +
    'A review found that Israel had not provided evidence for its claims that UNRWA employees were members of armed groups.';
  assert.deepEqual(speakersAndCues(aid, '2024-08-05'), [
    'United Nations Relief and Works Agency for Palestine Refugees|said',
    'Philippe Lazzarini|wrote',
    'Philippe Lazzarini|said',
    'A review|found',
  ]);
  assert.ok(claims(aid).every((c) => !c.includes('Lazzarini=denied')), claims(aid).join('\n'));
});

test('protests and a disputed vote: what was said ends before its own frame, "rights groups say; …" in a headline, "people" agrees on nothing, a headline’s passive is no statement, a participle speaks for the whole subject', () => {
  const text =
    'Kenyan police fired live rounds at protesters, rights groups say; 23 killed\n\n' +
    'NAIROBI, June 26 (Reuters) - At least 23 people were killed during protests in Kenya on Tuesday, the Kenya Medical Association said, as police fired tear gas at crowds that stormed parliament.\n\n' +
    'President William Ruto said the protests had been "hijacked by dangerous people".';
  assert.deepEqual(statements(text, '2024-06-26'), [
    'rights groups|say|Kenyan police fired live rounds at protesters',
    'Kenya Medical Association|said|At least 23 people were killed during protests in Kenya on Tuesday',
    'William Ruto|said|the protests had been "hijacked by dangerous people"',
  ]);
  assert.ok(claims(text).every((c) => !c.startsWith('corroborated')), claims(text).join('\n'));
  const vote =
    "Venezuela's Maduro declared winner of disputed vote\n\n" +
    "CARACAS, July 29 (AP) — Venezuela's electoral authority declared President Nicolás Maduro the winner of Sunday's presidential election, saying he received 51% of the vote.";
  assert.deepEqual(speakersAndCues(vote, '2024-07-29'), ["Venezuela's electoral authority|saying"]);
});

test('a factbox and a court ruling: "What we know" is no statement, a bullet is no part of what was said, a participle after the main verb’s object is the subject’s, a cut inside a subject of two names keeps the whole', () => {
  const factbox =
    'FACTBOX-What we know about the strike on the Sumy city centre\n\n' +
    '* At least 34 people, including two children, were killed and 117 wounded, according to Ukraine\'s State Emergency Service.';
  assert.deepEqual(statements(factbox, '2025-04-14'), ["State Emergency Service|according to|At least 34 people, including two children, were killed and 117 wounded"]);
  const court =
    'THE HAGUE, Nov 21 (Reuters) - The International Criminal Court issued arrest warrants on Thursday for Israeli Prime Minister Benjamin Netanyahu, his former defence chief Yoav Gallant and Hamas commander Mohammed Deif, saying there were reasonable grounds to believe they bore criminal responsibility for alleged war crimes.\n\n' +
    "The court's pre-trial chamber said it had found reasonable grounds to believe that Netanyahu and Gallant had intentionally directed attacks against civilians in Gaza.";
  assert.deepEqual(statements(court, '2024-11-21'), [
    'International Criminal Court|saying|there were reasonable grounds to believe they bore criminal responsibility for alleged war crimes',
    "The court's pre-trial chamber|said|it had found reasonable grounds to believe that Netanyahu and Gallant had intentionally directed attacks against civilians in Gaza",
  ]);
});

test('a claimed missile attack and a deadly aid queue: "the Houthi claim" is the Houthis’ claim, "in a post on X" is a channel, "either account" doubts accounts and not calls or reactions', () => {
  const houthi =
    'Yemen\'s Houthi movement said on Tuesday it had fired "a number of naval missiles" at the USS Gravely in the Gulf of Aden.\n\n' +
    'A U.S. defence official said an anti-ship cruise missile had been shot down by the Gravely. U.S. Central Command later confirmed the interception in a post on X.\n\n' +
    "Britain's maritime security agency UKMTO said it had received a report of an incident east of Aden. Reuters could not independently verify the Houthi claim.";
  assert.deepEqual(claims(houthi), [
    'unconfirmed: Houthi=asserted, Reuters=not_independently_verified',
    'asserted_single_source: A U.S. defence official=asserted',
    'asserted_single_source: U.S. Central Command=asserted',
    'asserted_single_source: UKMTO=asserted',
  ]);
  assert.ok(statements(houthi, '2024-01-30').includes('U.S. Central Command|later confirmed|the interception|ch:in a post on X'), statements(houthi, '2024-01-30').join('\n'));
  const queue =
    'More than 100 Palestinians were killed as they crowded around aid trucks in Gaza City on Thursday, the Gaza Health Ministry said.\n\n' +
    'The Israeli military said most of the victims were killed in a stampede.\n\n' +
    'U.N. Secretary-General António Guterres condemned the incident and called for an independent investigation.\n\n' +
    'The AP could not independently verify either account.';
  assert.deepEqual(claims(queue), [
    'unconfirmed: Gaza Health Ministry=asserted, AP=not_independently_verified',
    'unconfirmed: The Israeli military=asserted, AP=not_independently_verified',
    'asserted_single_source: António Guterres=asserted',
    'asserted_single_source: António Guterres=asserted',
  ]);
});

test('an explainer and an op-ed: a label before a headline’s colon is no speaker, "interviewed by Reuters" names the outlet not the source, "Neither side has offered evidence" and "I have seen no evidence of that" are no statements, a finding called "biased" is disputed', () => {
  const explainer =
    'Explainer: What happened at the Kakhovka dam?\n\n' +
    'Ukraine says Russian forces blew up the dam from inside. Neither side has offered conclusive evidence.\n\n' +
    'Engineers interviewed by Reuters said the dam may have collapsed partly because of neglect.';
  assert.deepEqual(speakersAndCues(explainer, '2023-06-08'), ['Ukraine|says', 'Engineers|said']);
  const oped =
    'The government insists it has withdrawn its heavy weapons. I have seen no evidence of that.\n\n' +
    'Monitors from the OSCE reported on Monday that artillery pieces were still in place near the front, a finding the government called "biased".';
  assert.deepEqual(claims(oped), [
    'unconfirmed: The government=asserted, outlet=not_independently_verified',
    'disputed: OSCE=asserted, the government=denied',
  ]);
});

test('a strike on a block of flats and a state agency’s source: a general "do not strike" denies no other strike, two causes corroborate nothing, a source relayed by another is not independent of it, a habit is no statement', () => {
  const text =
    'Russia\'s defence ministry said on Saturday that its forces had carried out "massive strikes" on Ukraine\'s military command and energy infrastructure.\n\n' +
    'Kremlin spokesman Dmitry Peskov said on Monday that Russian forces do not strike residential buildings and suggested that the building had been hit as a result of Ukrainian air defence. ' +
    'Ukrainian officials said the building was hit by a Kh-22 missile.';
  assert.deepEqual(claims(text), [
    "asserted_single_source: Russia's defence ministry=asserted",
    'asserted_single_source: Dmitry Peskov=asserted',
    'asserted_single_source: Dmitry Peskov=asserted',
    'asserted_single_source: Ukrainian officials=asserted',
  ]);
  const relayed =
    "Israeli air strikes targeted Damascus International Airport early on Saturday, putting it out of service, Syria's state news agency SANA reported, citing a military source.\n\n" +
    '"The Israeli enemy carried out an air aggression targeting Damascus International Airport, putting it out of service," the source told SANA.\n\n' +
    'The Israeli military, which rarely comments on individual strikes in Syria, declined to comment.';
  // (The habit in the relative clause is no statement; the refusal after it is the military's.)
  assert.deepEqual(claims(relayed), ['asserted_single_source: SANA=asserted, the source=asserted, The Israeli military=refused_comment']);
});

test('troops said to remain: a headline’s "residents and aid workers say; Asmara denies" is both, the denial stays on the claim the body restates, "who spoke to Reuters" names the outlet, words shared only with a subject ("the withdrawal of foreign forces was proceeding") confirm nothing', () => {
  const text =
    'Eritrean troops still in Tigray, residents and aid workers say; Asmara denies\n\n' +
    "MEKELLE, Ethiopia, March 3 (Reuters) - Eritrean soldiers remain in parts of Ethiopia's Tigray region months after a peace deal required foreign forces to leave, according to four residents and two aid workers who spoke to Reuters.\n\n" +
    'The African Union, which brokered the truce, has said the withdrawal of foreign forces was "proceeding".';
  assert.deepEqual(speakersAndCues(text, '2023-03-03'), [
    'residents and aid workers|say',
    'Asmara|denies',
    'four residents and two aid workers|according to',
    'African Union|has said',
  ]);
  assert.deepEqual(claims(text), [
    'disputed: four residents and two aid workers=asserted, Asmara=denied',
    'asserted_single_source: African Union=asserted',
  ]);
});

test('"…, but Reuters was unable to verify them" doubts the videos of its sentence', () => {
  const text =
    'Russian air defences destroyed 30 Ukrainian drones over Crimea overnight, the Russian Defence Ministry said on Sunday.\n\n' +
    'Videos posted on social media appeared to show explosions near the Belbek air base, but Reuters was unable to verify them.';
  assert.deepEqual(claims(text), ['asserted_single_source: Russian Defence Ministry=asserted', 'unconfirmed: social-media=hedged, Reuters=not_independently_verified']);
});

test('a headline’s toll and the body’s are one claim though a preposition follows the headline’s figure; "87 of the drones" counts drones; "said without providing evidence that" is the frame', () => {
  const text =
    'Gang attack kills at least 70 in Haitian town, UN says\n\n' +
    'Members of the Gran Grif gang killed at least 70 people in an attack on the town of Pont-Sonde, the United Nations human rights office said on Friday.\n\n' +
    'Iranian state media said without providing evidence that dozens of F-35 jets had been destroyed.';
  assert.deepEqual(claims(text), ['asserted_single_source: United Nations=asserted', 'unconfirmed: Iranian state media=asserted, outlet=not_independently_verified']);
  assert.equal(statements(text, '2024-10-04').at(-1), 'Iranian state media|said|dozens of F-35 jets had been destroyed');
  const drones =
    'Ukrainian President Volodymyr Zelensky said Russia had launched more than 100 drones and 12 missiles at Ukrainian cities overnight.\n\n' +
    "Ukraine's air force said on Telegram it had destroyed 87 of the drones.";
  assert.ok(claims(drones).every((c) => !c.startsWith('corroborated')), claims(drones).join('\n'));
});

test('"said a resident of the Abu Shouk camp" is the resident, not the camp', () => {
  const text = '"We can hear heavy shelling from our house," said a resident of the Abu Shouk camp, reached by phone.';
  assert.deepEqual(speakersAndCues(text, '2024-06-12'), ['a resident of the Abu Shouk camp|said']);
});

test('"But he said" is the one named before, not "But he"; a finite speech verb the model found no source for has the subject before it', () => {
  assert.deepEqual(speakersAndCues('Colonel Andriy Kovalenko said the bridge was intact. But he said the road to the village had been mined.', '2023-03-10'), [
    'Andriy Kovalenko|said',
    'Andriy Kovalenko|said',
  ]);
  assert.deepEqual(speakersAndCues('In a 2023 memo, the agency suggested that the crossing be closed because "there are no safeguards that can be put in place."', '2023-03-10'), ['the agency|suggested']);
  assert.deepEqual(speakersAndCues('In a Telegram post Zelensky declared "We will not give up Bakhmut."', '2023-03-10'), ['Zelensky|declared']);
});

test('organs of one state are one voice: Moscow and its defence ministry, or the Kremlin and its spokesman, corroborate nothing together', () => {
  assert.deepEqual(
    claims(
      'Moscow claimed on Sunday that its troops had captured the village of Novotoretske. ' +
        "Russia's defence ministry said its troops had captured the village of Novotoretske after heavy fighting.",
    ),
    ['asserted_single_source: Moscow=asserted, Russia\'s defence ministry=asserted'],
  );
  assert.deepEqual(
    claims(
      'The Kremlin said the strike had hit a military target in Dnipro. ' +
        'The Kremlin’s top spokesman, Dmitry Peskov, told reporters the strike in Dnipro had hit a military target.',
    ),
    ['asserted_single_source: Kremlin=asserted, Dmitry Peskov=asserted'],
  );
  assert.deepEqual(
    claims('Ukraine’s air force said 30 drones were shot down overnight. Poland’s army said 30 drones were shot down overnight.'),
    ['corroborated: Ukraine’s air force=asserted, Poland’s army=asserted'],
  );
  // (Nor does U.S. Central Command deny what the U.S. military said by saying no civilians were killed.)
  assert.deepEqual(
    claims('The U.S. military said it had killed a senior Islamic State leader in a drone strike in eastern Syria. U.S. Central Command said there were no indications that civilians had been killed in the strike.'),
    ['asserted_single_source: The U.S. military=asserted', 'asserted_single_source: U.S. Central Command=asserted'],
  );
  // (A military's service is its state: "Ukraine's air force" and "Ukrainian officials".)
  assert.deepEqual(
    claims("Ukrainian officials said Russia attacked Ukraine's energy system overnight with missiles and drones. Ukraine's air force said it had shot down 37 of 40 drones and 21 of 27 missiles."),
    ["asserted_single_source: Ukrainian officials=asserted, Ukraine's air force=asserted"],
  );
});

test('British style: a quote in straight single quotes is a direct quote, and the quote after it goes on with it', () => {
  assert.deepEqual(
    attributions(
      "'The enemy attacked our positions 14 times near Myrnohrad and was thrown back each time,' Ukraine's Khortytsia group of forces said in a statement. 'Our defenders are holding the line.'",
    ),
    [
      "direct|Ukraine's Khortytsia group of forces|said|The enemy attacked our positions 14 times near Myrnohrad and was thrown back each time,|ch:in a statement",
      "direct|Ukraine's Khortytsia group of forces|-|Our defenders are holding the line.|cont",
    ],
  );
});

test('a fact check: "Verdict: False." is the outlet’s denial of the claim its "Claim:" paragraph states; a silence coordinated with a statement is its speaker’s', () => {
  const text =
    'Fact check: Viral video of a blast in Beirut was filmed in 2020\n\n' +
    'Claim: "Israel just bombed the Rafik Hariri hospital in Beirut," says the caption of one post on X.\n\n' +
    'Verdict: False. The video shows the explosion at the port of Beirut on August 4, 2020.\n\n' +
    'The Israeli military said on Tuesday that it had struck Hezbollah targets in the southern suburbs of Beirut, but did not mention the hospital.';
  assert.deepEqual(claims(text), [
    'disputed: the caption of one post=asserted, outlet=denied, The Israeli military=refused_comment',
    'asserted_single_source: imagery=asserted',
    'asserted_single_source: The Israeli military=asserted',
  ]);
});

test('a live blog and a fact check: the speaker after a setting ("In a post on X, the paramilitary group said"), a bare "has not commented" on the claim before it, "the health ministry’s toll" is the ministry’s claim, tolls far apart corroborate nothing', () => {
  const live =
    '14:05 GMT — The Rapid Support Forces (RSF) say they shot down an army drone over Nyala. ' +
    'In a post on X, the paramilitary group said the drone had been "hunted down" by its air defences. The army has not commented.';
  assert.deepEqual(claims(live), [
    'asserted_single_source: Rapid Support Forces=asserted',
    'asserted_single_source: Rapid Support Forces=asserted, The army=refused_comment',
  ]);
  const check =
    'The video shows the explosion at the port of Beirut on August 4, 2020, which killed more than 200 people.\n\n' +
    "The Israeli military said on Tuesday that it had struck Hezbollah targets in Beirut. Lebanon's health ministry said the strikes killed four people.\n\n" +
    "Reuters was unable to independently confirm the health ministry's toll.";
  assert.deepEqual(claims(check), [
    'asserted_single_source: imagery=asserted',
    'asserted_single_source: The Israeli military=asserted',
    "unconfirmed: Lebanon's health ministry=asserted, Reuters=not_independently_verified",
  ]);
});

test('a Pokrovsk report: "the Russian claim was \'a fantasy\'" denies the Russian claim restated paragraphs later, "on Sunday evening that" is no part of what was said, whom a call is on goes up to what they are called to do', () => {
  const text =
    'Ukrainian forces have repelled a large Russian assault near Pokrovsk, the military said on Sunday, while Moscow claimed its troops had captured a nearby village.\n\n' +
    '"The enemy attacked our positions 14 times," the Khortytsia group said.\n\n' +
    "Russia's defence ministry said its forces had captured the village of Novotoretske, about 10km north-east of Pokrovsk.\n\n" +
    'The BBC has not been able to verify the claims.\n\n' +
    "Nazar Voloshyn, a spokesman for the Khortytsia group, told the BBC the Russian claim was 'a fantasy'.\n\n" +
    'DeepState said on Sunday evening that the village remained contested. Governor Vadym Filashkin urged the remaining 7,000 residents of Pokrovsk to leave.';
  // (The BBC's doubt, "the claims" right after the ministry restated Moscow's, is on that claim.)
  assert.ok(claims(text).includes("disputed: Moscow=asserted, Russia's defence ministry=asserted, Nazar Voloshyn=denied, BBC=not_independently_verified"), claims(text).join('\n'));
  const said = statements(text, '2024-11-10');
  assert.ok(said.includes('DeepState|said|the village remained contested'), said.join('\n'));
  assert.ok(said.includes('Vadym Filashkin|urged|to leave|to:the remaining 7,000 residents of Pokrovsk'), said.join('\n'));
});

test('"In a statement posted on Telegram, the RSF said" is the RSF\'s statement, with its channel: the setting is no statement of its own', () => {
  assert.deepEqual(statements('In a statement posted on Telegram, the RSF said its fighters had "liberated" the base and captured dozens of soldiers.', '2025-10-26'), [
    'RSF|said|its fighters had "liberated" the base and captured dozens of soldiers|ch:In a statement posted on Telegram',
  ]);
});
test('rival accounts of a hospital blast: "There was no direct hit on the hospital" denies the strike; "denied responsibility, calling the Israeli account …" denies the Israeli account, however far back', () => {
  const text =
    'Palestinian officials said an Israeli air strike caused a blast that killed hundreds of people at a Gaza City hospital on Tuesday, while Israel said the explosion was caused by a rocket misfired by the Palestinian Islamic Jihad militant group.\n\n' +
    'The health ministry in Gaza said 471 people had been killed at the hospital.\n\n' +
    'An Israeli military spokesman said radar data showed no launches by Israeli aircraft at the time. "There was no direct hit on the hospital," he said.\n\n' +
    'Islamic Jihad denied responsibility, calling the Israeli account "a lie and fabrication".';
  assert.deepEqual(claims(text), [
    'disputed: Palestinian officials=asserted, The health ministry in Gaza=asserted, An Israeli military spokesman=denied',
    'disputed: Israel=asserted, Palestinian Islamic Jihad=denied',
    'asserted_single_source: An Israeli military spokesman=asserted',
  ]);
  // (Only a negation meets "strike" in "hit": these agree on nothing.)
  assert.deepEqual(claims('Ukraine said its drones hit an oil depot in Tuapse. Russia said its air defences struck down drones near Tuapse.'), [
    'asserted_single_source: Ukraine=asserted',
    'asserted_single_source: Russia=asserted',
  ]);
});
test('"SRINAGAR, May 11 (Reuters) - India and Pakistan accused each other" is both countries\' statement, not Pakistan\'s', () => {
  assert.deepEqual(speakersAndCues('SRINAGAR, May 11 (Reuters) - India and Pakistan accused each other on Sunday of violating a ceasefire agreed just hours earlier.', '2025-05-11'), [
    'India and Pakistan|accused',
  ]);
});
test('"could not independently verify either side\'s account" doubts the sides\' accounts, not what satellite images showed', () => {
  const text =
    "Russia's defence ministry said its air defences had destroyed 30 Ukrainian drones overnight. A Ukrainian military source said drones had struck an oil depot in the Rostov region.\n\n" +
    'Satellite images from NASA\'s fire monitoring system showed a large fire near Proletarsk early on Sunday. Reuters could not independently verify either side\'s account.';
  assert.deepEqual(claims(text), [
    "unconfirmed: Russia's defence ministry=asserted, Reuters=not_independently_verified",
    'unconfirmed: A Ukrainian military source=asserted, Reuters=not_independently_verified',
    'asserted_single_source: imagery=asserted',
  ]);
});
test('"It posted videos showing …" is a statement of what the imagery its poster posted shows, and "Reuters was able to confirm the location of one of the videos" is the outlet\'s own check of it', () => {
  const text =
    'The RSF said its fighters had taken the base. It posted videos showing fighters celebrating inside what it said was the division\'s compound.\n\n' +
    'Reuters was able to confirm the location of one of the videos from buildings visible in it, but could not determine when it was filmed.';
  assert.ok(statements(text, '2025-10-26').includes('RSF|posted videos showing|fighters celebrating inside what it said was the division\'s compound'), statements(text, '2025-10-26').join('\n'));
  // (And "could not determine when it was filmed" doubts the imagery it checked.)
  assert.ok(claims(text).includes('reported_seen_by_outlet: RSF=asserted, Reuters=not_independently_verified, Reuters=reported_seen_by_outlet'), claims(text).join('\n'));
});
test('"Wagner has never publicly confirmed its presence" confirms nothing; "the accusations were \'ludicrous\'" denies each account of the voice accused, a State Department spokesperson\'s with the United States\'', () => {
  assert.deepEqual(claims('Diplomats said the fighters were Russian mercenaries. Wagner has never publicly confirmed its presence in Mali.'), [
    'asserted_single_source: Diplomats=asserted',
    'unconfirmed: Wagner=cannot_confirm',
  ]);
  const text =
    'The United States said on Tuesday it had "credible reports" that Eritrean troops remained in Ethiopia\'s Tigray region.\n\n' +
    '"We continue to see Eritrean forces in parts of Tigray," a State Department spokesperson said.\n\n' +
    'Eritrea\'s information minister, Yemane Gebremeskel, wrote on X that the accusations were "ludicrous" and part of a "smear campaign".';
  assert.deepEqual(claims(text), ['disputed: United States=asserted, Yemane Gebremeskel=denied', 'disputed: State Department=asserted, Yemane Gebremeskel=denied']);
});
test('"did not respond to a request for comment on the report on Friday" is silent on what "The report" said, not on the claim just before', () => {
  const text =
    'Malian troops executed at least 500 people in Moura, the U.N. human rights office said on Friday. The report said most of the victims were killed after soldiers had taken control of the town.\n\n' +
    'Diplomats have said the foreign personnel were Russian mercenaries. Mali\'s government did not respond to a request for comment on the report on Friday.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: U.N.=asserted',
    "asserted_single_source: The report=asserted, Mali's government=refused_comment",
    'asserted_single_source: Diplomats=asserted',
  ]);
});
test('"PORT-AU-PRINCE, March 12 (Reuters) - The leader of …, Jimmy “Barbecue” Cherizier, said on Tuesday his fighters would …": what he said follows the cue; the subject before it is no statement', () => {
  assert.deepEqual(
    statements('PORT-AU-PRINCE, March 12 (Reuters) - The leader of Haiti\'s most powerful gang coalition, Jimmy "Barbecue" Cherizier, said on Tuesday his fighters would keep their weapons until a new government was formed.', '2024-03-12'),
    ['Jimmy "Barbecue" Cherizier|said|his fighters would keep their weapons until a new government was formed'],
  );
});
test('"no one armed had been in the convoy" negates: it does not agree that the convoy was targeted because a gunman was with it, it denies what was hedged', () => {
  const text =
    'A senior Israeli official, speaking on condition of anonymity, said the convoy had been targeted because a gunman was believed to be travelling with it. The charity said no one armed had been in the convoy.';
  assert.deepEqual(claims(text), ['disputed: A senior Israeli official=hedged, The charity=denied']);
});
test('"A Pentagon spokesman, asked whether the drone had been harassed by Russian jets, said: “Yes, …”" asserts what was asked', () => {
  const text =
    'A Pentagon spokesman, asked whether the drone had been harassed by Russian jets during the operation, said: "Yes, and that is the third time this month."\n\n' +
    "Russia's defence ministry did not respond to a request for comment.";
  assert.deepEqual(claims(text), ["asserted_single_source: Pentagon=asserted, Russia's defence ministry=refused_comment"]);
  const api = toJson(analyze({ text, published: '2023-07-11', origin: 'test' }));
  assert.equal(span(api.claims[0]!.proposition), 'the drone had been harassed by Russian jets during the operation');
});
test('a famine finding disputed: "said the government rejected the finding" and "There is no famine in Sudan" deny it, though "famine" is a word of the "Famine Review Committee"', () => {
  const text =
    "Famine conditions are prevailing in the Zamzam camp near El Fasher in Sudan's North Darfur region, the IPC said on Thursday.\n\n" +
    "The IPC's Famine Review Committee said it had concluded, on the basis of available evidence, that famine was occurring in the camp.\n\n" +
    'Sudan\'s agriculture minister, Abu Bakr al-Bushra, said the government rejected the finding. "There is no famine in Sudan," he told Al Jazeera.';
  assert.deepEqual(claims(text), [
    'disputed: IPC=asserted, Abu Bakr al-Bushra=denied',
    'disputed: Famine Review Committee=asserted, Abu Bakr al-Bushra=denied',
  ]);
});
test('"who asked to be identified only by …" is a condition of anonymity, no statement, and the speaker is the one it is on; "told Reuters the situation was “difficult but under control”" is mixed, not the quote alone', () => {
  assert.deepEqual(statements('A Ukrainian soldier, who asked not to be named, told Reuters the situation was "difficult but under control".', '2024-10-03'), [
    'A Ukrainian soldier|told|the situation was "difficult but under control"|anonymous|to:Reuters',
  ]);
  assert.deepEqual(statements('A Ukrainian soldier fighting in the area, who asked to be identified only by his first name, Oleksandr, told Reuters the village had been lost.', '2024-10-03'), [
    'Oleksandr|told|the village had been lost|anonymous|to:Reuters',
  ]);
});
test('a fact check\'s "VERDICT" in a paragraph of its own rates the claim of the video checked: "False." denies it; a video that "claims to show" hedges', () => {
  const text =
    'Fact check: Video is from 2019 Chile protests, not Paris\n\n' +
    'A video shared thousands of times on social media claims to show rioters storming a government building in Paris this week.\n\n' +
    'VERDICT\n\nFalse. The video shows protests in Chile in 2019.';
  assert.deepEqual(claims(text), ['disputed: social-media=asserted, outlet=denied', 'asserted_single_source: imagery=asserted']);
  assert.deepEqual(claims('A video shared widely on social media this week claims to show an Israeli air strike hitting a hospital in Beirut.'), ['hedged: social-media=hedged']);
});
test('one shared word is no corroboration: Qatar\'s "the response was \'very positive\'" does not restate "Israel says it is studying response", nor does a long statement confirm a short one by a word', () => {
  const text =
    'Hamas says it has accepted ceasefire proposal; Israel says it is studying response\n\n' +
    'CAIRO, Aug 18 (Reuters) - Hamas has accepted a proposal from Egyptian and Qatari mediators for a 60-day ceasefire in Gaza, a senior Hamas official told Reuters on Monday.\n\n' +
    'Qatar\'s foreign ministry spokesman Majed al-Ansari said at a weekly briefing that the response was "very positive" and that it was almost identical to a plan Israel had previously agreed to.\n\n' +
    "Prime Minister Benjamin Netanyahu's office said in a statement that Israel was studying the response.";
  assert.ok(!claims(text).some((c) => c.startsWith('corroborated')), claims(text).join('\n'));
  assert.deepEqual(
    claims('Clinton said her plan would bring back jobs to the industrial Midwest, raise wages for workers in factories and cut taxes for families with children. Trump said his plan would win.'),
    ['asserted_single_source: Clinton=asserted', 'asserted_single_source: Trump=asserted'],
  );
});
test('"The National Unity Government, a shadow administration opposed to the junta," is no junta: "The junta did not respond to the accusation" is the junta\'s silence on the NUG\'s', () => {
  const text =
    'The National Unity Government, a shadow administration opposed to the junta, said military aircraft had carried out at least two air strikes in the Sagaing region since the quake. The junta did not respond to the accusation.';
  assert.deepEqual(claims(text), ['asserted_single_source: National Unity Government=asserted, The junta=refused_comment']);
});
test('"Rwanda, which the United Nations and Western governments accuse of backing the M23, denies supporting the group": the accusers speak, and the denial is on their accusation, not on the M23\'s "support the peace initiatives"', () => {
  const text =
    '"We are repositioning our forces to support the peace initiatives," the group\'s spokesman, Lawrence Kanyuka, wrote on X.\n\n' +
    'Rwanda, which the United Nations and Western governments accuse of backing the M23, denies supporting the group.';
  assert.ok(speakersAndCues(text, '2025-03-23').includes('United Nations|accuse of'), speakersAndCues(text, '2025-03-23').join('\n'));
  assert.deepEqual(claims(text), ['asserted_single_source: Lawrence Kanyuka=asserted', 'disputed: United Nations=asserted, Rwanda=denied']);
});
test('"was looking into the report" and "was aware of the reports" neither confirm nor deny the report; "aware of the reports but could not confirm them" cannot confirm', () => {
  assert.deepEqual(
    claims("Lebanon's National News Agency said an Israeli strike had hit a car near Aitaroun, killing a woman and three girls. The Israeli military said it was looking into the report."),
    ['unconfirmed: National News Agency=asserted, The Israeli military=neither_confirmed_nor_denied'],
  );
  assert.deepEqual(
    claims("Two European security sources said Russia had moved Iskander missiles into Kaliningrad. Lithuania's defence minister said his country was aware of the reports but could not confirm them."),
    ["unconfirmed: Two European security sources=asserted, Lithuania's defence minister=cannot_confirm"],
  );
});
test('"…, the agency said in a statement carried by the state news agency TASS": what it said is before the frame, not the channel\'s participle after it', () => {
  const said = statements('Flights at three Moscow airports were suspended for several hours, the federal aviation agency Rosaviatsia said in a statement carried by the state news agency TASS.', '2025-09-10');
  assert.equal(said.length, 1, said.join('\n'));
  assert.ok(said[0]!.startsWith('Rosaviatsia|said|Flights at three Moscow airports were suspended for several hours'), said.join('\n'));
});
test('"…, which Hamas denies" is Hamas\'s denial of the clause before it: "which" is no part of the speaker', () => {
  assert.deepEqual(speakersAndCues('Russia accuses Ukraine of shelling the plant, which Kyiv denies.', '2024-01-01'), ['Kyiv|denies', 'Russia|accuses']);
  const said = statements('Israel says it targets only Hamas militants and accuses the group of using civilians as human shields, which Hamas denies.', '2023-11-06');
  assert.ok(said.includes('Hamas|denies|accuses the group of using civilians as human shields'), said.join('\n'));
});
test('a body and its spokesman or head are one voice when the body is no state: "A Hamas spokesman, Hazem Qassem", "An army spokesman, Nabil Abdallah", "said Hezbollah spokesman Mohammad Afif", "U.N. Secretary-General Antonio Guterres"', () => {
  assert.deepEqual(claims('Hamas said on Monday an Israeli strike had killed 12 people in Rafah. A Hamas spokesman, Hazem Qassem, said the strike in Rafah had killed 12 people.'), [
    'asserted_single_source: Hamas=asserted, Hazem Qassem=asserted',
  ]);
  assert.deepEqual(claims('The army said it had repelled an attack on the base. An army spokesman, Nabil Abdallah, said the attack on the base was repelled.'), [
    'asserted_single_source: The army=asserted, Nabil Abdallah=asserted',
  ]);
  assert.deepEqual(claims('Hezbollah said its fighters had shelled an Israeli post in Metula. "Our fighters shelled the post in Metula," said Hezbollah spokesman Mohammad Afif.'), [
    'asserted_single_source: Hezbollah=asserted, Mohammad Afif=asserted',
  ]);
  // (So is its head: "U.N. Secretary-General Antonio Guterres" and "UN chief".)
  assert.deepEqual(
    claims('UN chief says Gaza humanitarian system "collapsing"\n\nUNITED NATIONS, Nov 6 (Reuters) - U.N. Secretary-General Antonio Guterres said on Monday that the humanitarian system in Gaza was "collapsing".'),
    ['asserted_single_source: Antonio Guterres=asserted'],
  );
  // (Another body's spokesman is another voice.)
  assert.deepEqual(claims('Hamas said an Israeli strike had killed 12 people in Rafah. A U.N. spokesman, Stephane Dujarric, said the strike in Rafah had killed 12 people.'), [
    'corroborated: Hamas=asserted, Stephane Dujarric=asserted',
  ]);
});
test('an interview and a situation report: "Interview:" and "Correction:" are labels, "Q:" turns make a transcript, "They say" inside a quote is not the quoted speaker’s, the Kremlin and its spokesman are one voice, a doubt reaches a claim reported with a hedge', () => {
  const interview =
    'Interview: Zelensky says Ukraine will not give up territory for a ceasefire\n\n' +
    'Q: Is Ukraine ready to freeze the front line?\n\n' +
    'Zelensky: No. Freezing the war means giving Russia time to rearm.\n\n' +
    'Q: The Kremlin says it is open to talks. Do you believe it?\n\n' +
    'Zelensky: I do not trust a single word from Moscow. They say they want peace, and the next morning they strike our cities.\n\n' +
    'Kremlin spokesman Dmitry Peskov said Moscow remained "open to talks".\n\n' +
    'Correction: An earlier version of this story misstated the year of a previous ceasefire agreement.';
  const said = speakersAndCues(interview, '2024-07-17');
  assert.ok(!said.some((s) => /^(?:Interview|Correction)\|/.test(s)), said.join('\n'));
  assert.ok(said.includes('Volodymyr Zelensky|:') || said.includes('Zelensky|:'), said.join('\n'));
  assert.ok(said.includes('They|say'), said.join('\n'));
  assert.ok(!claims(interview).some((c) => c.startsWith('corroborated')), claims(interview).join('\n'));
  const report =
    'HIGHLIGHTS\n- At least 120 people were reportedly killed in attacks on villages in Al Jazirah state, according to local sources.\n\n' +
    'SITUATION OVERVIEW\nAttacks on villages in eastern Al Jazirah continued this week.\n\n' +
    'OCHA has not been able to verify the casualty figures independently.';
  assert.deepEqual(claims(report), ['unconfirmed: local sources=hedged, OCHA=cannot_confirm']);
});

test('drills and an exclusive: "which it said" is the sentence’s subject’s, "three U.S. officials familiar with the matter told Reuters" frames the whole clause before it, a spokesperson for a body is not the next person named', () => {
  const drills =
    'China holds drills around Taiwan; Taipei says 45 aircraft detected\n\n' +
    'China\'s military staged large-scale drills around Taiwan on Monday, which it said were a "stern warning" to "separatist" forces, state news agency Xinhua reported.';
  assert.ok(speakersAndCues(drills, '2024-10-14').includes("China's military|said"), speakersAndCues(drills, '2024-10-14').join('\n'));
  const exclusive =
    'The Biden administration is considering sending longer-range ATACMS missiles to Ukraine, three U.S. officials familiar with the matter told Reuters, in a move that could anger Moscow.\n\n' +
    'The Pentagon declined to comment. A spokesperson for the National Security Council did not respond to a request for comment.\n\n' +
    '"Any such step would make the United States a direct party to the conflict," Russian Ambassador Anatoly Antonov said.';
  assert.equal(
    statements(exclusive, '2024-03-03')[0],
    'three U.S. officials familiar with the matter|told|The Biden administration is considering sending longer-range ATACMS missiles to Ukraine|to:Reuters',
  );
  assert.ok(!claims(exclusive).some((c) => c.includes('Anatoly Antonov=refused_comment')), claims(exclusive).join('\n'));
});

test('an air force tally, a hospital claim and a retaken town: ", adding that" is a second statement, "there is no …" denies, "without providing evidence, that" is no part of what was said, an outlet that has seen a video which appears to show, two sides each speaking of their own corroborate nothing', () => {
  const tally = "Russia launched 87 drones and three ballistic missiles at Ukraine overnight, Ukraine's air force said on Thursday, adding that air defences had shot down 70 of the drones.";
  assert.deepEqual(statements(tally, '2024-12-05'), [
    "Ukraine's air force|said|Russia launched 87 drones and three ballistic missiles at Ukraine overnight",
    "Ukraine's air force|adding|air defences had shot down 70 of the drones",
  ]);
  const hospital =
    'The Israeli military said on Wednesday, without providing evidence, that Hamas used the Al-Shifa hospital in Gaza City as a command centre.\n\n' +
    '"There is no command centre in the hospital," Ashraf al-Qudra, a spokesman for the Gaza health ministry, told Al Jazeera.\n\n' +
    "The BBC has seen a video which appears to show Israeli soldiers inside the hospital's MRI unit.";
  assert.deepEqual(claims(hospital), [
    'disputed: The Israeli military=asserted, Ashraf al-Qudra=denied, outlet=not_independently_verified',
    'reported_seen_by_outlet: imagery=hedged, BBC=reported_seen_by_outlet',
  ]);
  assert.ok(statements(hospital, '2024-11-15')[0]!.endsWith('|Hamas used the Al-Shifa hospital in Gaza City as a command centre'), statements(hospital, '2024-11-15')[0]);
  const town =
    '"Our troops have full control of the town," junta spokesman Major General Zaw Min Tun said.\n\n' +
    '"The military is lying. Our forces are still in the town," KNU spokesman Padoh Saw Taw Nee told AFP.';
  assert.ok(!claims(town).some((c) => c.startsWith('corroborated')), claims(town).join('\n'));
});

test('a newspaper report: "KYIV, Ukraine — " is a dateline, "according to an official and videos posted on social media" is two sources, "without mentioning" is no statement, "in his nightly address" is a channel', () => {
  const text =
    "KYIV, Ukraine — Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, setting off a large fire, according to a Ukrainian military intelligence official and videos posted on social media.\n\n" +
    '"We will continue to hit the infrastructure that feeds Russia\'s war machine," Mr. Zelensky said in his nightly address, without mentioning the depot directly.';
  assert.deepEqual(statements(text, '2024-11-20'), [
    "a Ukrainian military intelligence official|according to|Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, setting off a large fire",
    "Zelensky|said|We will continue to hit the infrastructure that feeds Russia's war machine,|ch:in his nightly address",
  ]);
  // (Not mentioning the depot is Zelensky's silence on it, as "It did not mention …" is.)
  assert.equal(claims(text)[0], 'corroborated: a Ukrainian military intelligence official=asserted, social-media=asserted, Zelensky=refused_comment');
});

test('an unnamed official is not the next person named when that one is of another country', () => {
  const text =
    'Islamic State claimed responsibility for the attack on a concert hall near Moscow. A U.S. official said Washington had intelligence confirming the claim.\n\n' +
    'The Kremlin said President Vladimir Putin had been informed of the attack. "The president wishes a speedy recovery to all those injured," spokesman Dmitry Peskov told reporters.';
  assert.equal(statements(text, '2024-03-23')[1], 'A U.S. official|said|Washington had intelligence confirming the claim');
});

test('"rejected the claim as disinformation" disputes the account just given, not a reaction; "Neither claim" doubts the two accounts', () => {
  const text =
    "Azerbaijan's Defence Ministry said Armenian forces had shelled its positions near Kalbajar overnight, wounding two soldiers. The ministry called the attack \"a large-scale provocation\".\n\n" +
    "Armenia's Defence Ministry rejected the claim as \"disinformation\" and said Azerbaijani troops had fired on Armenian villages, killing at least 49 servicemen.\n\n" +
    'Neither claim could be independently verified.';
  assert.deepEqual(claims(text), [
    "disputed: Azerbaijan's Defence Ministry=asserted, Armenia's Defence Ministry=denied, outlet=not_independently_verified",
    "asserted_single_source: Azerbaijan's Defence Ministry=asserted",
    // (Each side says the other fired: a dispute both ways.)
    "disputed: Armenia's Defence Ministry=asserted, outlet=not_independently_verified, Azerbaijan's Defence Ministry=denied",
  ]);
});

test('an aid body the tagger reads as a name is an organisation, and "the charity" refers to it; "disputed that account" denies it', () => {
  const text =
    'According to Médecins Sans Frontières, admissions to its cholera treatment centre in Hajjah doubled in the past two weeks. The charity said it was struggling to obtain supplies.\n\n' +
    'The Saudi-led coalition said it had approved all requested aid flights. Aid agencies disputed that account, saying several shipments had been held for weeks.';
  assert.deepEqual(speakersAndCues(text, '2024-04-10'), ['Médecins Sans Frontières|According to', 'Médecins Sans Frontières|said', 'The Saudi-led coalition|said', 'Aid agencies|saying']);
  assert.equal(claims(text)[2], 'disputed: The Saudi-led coalition=asserted, Aid agencies=denied');
});

test('imagery that "purportedly showed" is hedged, and "Their authenticity could not be verified" doubts it', () => {
  const text = 'Videos circulating on social media purportedly showed gunmen opening fire inside the building. Their authenticity could not be verified.';
  assert.deepEqual(claims(text), ['unconfirmed: social-media=hedged, outlet=not_independently_verified']);
});

test("a group's own news agency is the group's voice: no corroboration; Islamic State is no state", () => {
  const text =
    'Islamic State claims responsibility for deadly attack on Moscow concert hall\n\n' +
    "Islamic State claimed responsibility on Friday for an attack on a concert hall near Moscow in which gunmen killed at least 60 people, the group's Amaq news agency said on Telegram.\n\n" +
    'Russian authorities did not immediately comment on the claim.';
  const a = toJson(analyze({ text, published: '2024-03-23', origin: 'test' }));
  assert.equal(a.entities.find((e) => e.canonical === 'Islamic State')?.type, 'ORG');
  assert.deepEqual(speakersAndCues(text, '2024-03-23'), ['Islamic State|claims', 'Amaq|said', 'Islamic State|claimed']);
  assert.deepEqual(claims(text), ['asserted_single_source: Amaq=asserted, Islamic State=asserted, Russian authorities=refused_comment']);
});

test('a silence "to a request for comment" is on the claim that names the silent one', () => {
  const text =
    'A leaked internal document seen by the Financial Times shows the Wagner mercenary group planned to recruit prisoners in Mali, according to two Western security officials.\n\n' +
    'Wagner did not respond to a request for comment.';
  assert.deepEqual(claims(text), ['asserted_single_source: two Western security officials=asserted, Wagner=refused_comment']);
});

test('"said in a statement posted on his Telegram channel": the cue is "said", the rest its channel; a refusal set off from its speaker is a refusal', () => {
  const text =
    "A Ukrainian drone attack set fire to an oil refinery in Russia's southern Krasnodar region early on Friday, the regional governor said in a statement posted on his Telegram channel.\n\n" +
    'A company spokesperson, reached by email, declined to say when it would resume.';
  assert.deepEqual(statements(text, '2024-05-17'), [
    "the regional governor|said|A Ukrainian drone attack set fire to an oil refinery in Russia's southern Krasnodar region early on Friday|ch:in a statement posted on his Telegram channel",
    'A company spokesperson|declined to say|when it would resume',
  ]);
  assert.equal(claims(text)[1], 'refused_comment: A company spokesperson=refused_comment');
});

test('"disputes the ministry\'s figures" disputes its toll; ", without providing evidence" is no part of what was said; the subject of a clause before "but has said" is the speaker', () => {
  const text =
    'More than 30,000 Palestinians have been killed in Gaza since the war began, the Health Ministry in the Hamas-run territory said Thursday.\n\n' +
    'The ministry does not distinguish between civilians and combatants in its count, but has said women and children make up around two-thirds of the dead.\n\n' +
    "Israel disputes the ministry's figures. The Israeli military says it has killed more than 10,000 militants, without providing evidence.";
  assert.deepEqual(speakersAndCues(text, '2024-02-29').slice(1), ['Health Ministry|has said', 'The Israeli military|says']);
  assert.equal(statements(text, '2024-02-29')[2], 'The Israeli military|says|it has killed more than 10,000 militants');
  const a = toJson(analyze({ text, published: '2024-02-29', origin: 'test' }));
  assert.equal(span(a.attributions[1]!.speaker), 'The ministry');
  assert.equal(claims(text)[0], 'disputed: Health Ministry=asserted, Israel=denied');
});

test('"a war monitor said" in the lead is the body the next paragraph opens with; "assessed that" is an analyst\'s statement', () => {
  const monitor =
    'Air strikes on rebel-held areas of northwest Syria killed at least 12 civilians on Thursday, a war monitor said.\n\n' +
    'The Britain-based Syrian Observatory for Human Rights, which relies on a network of sources inside Syria, said the strikes were carried out by Russian warplanes.';
  assert.deepEqual(speakersAndCues(monitor, '2023-10-05'), ['Syrian Observatory for Human Rights|said', 'Syrian Observatory for Human Rights|said']);
  const isw =
    'The Institute for the Study of War, a U.S.-based think tank, assessed that geolocated footage indicates Russian forces had advanced into the centre of the village.';
  assert.deepEqual(statements(isw, '2024-08-20'), ['Institute for the Study of War|assessed|geolocated footage indicates Russian forces had advanced into the centre of the village']);
});

test('what was said after a colon without quote marks runs to the end of its paragraph, and names no speaker; "said only that"; a relative pronoun ending the speaker', () => {
  const text =
    'Zelenskiy wrote on X: Our pilots have already begun using these jets. It is a new stage for our air force.\n\n' +
    'The governor added: It is typical of Hillary Clinton. She knows nothing.\n\n' +
    'The Netherlands and Denmark, which had pledged to supply the jets, did not say how many had been delivered. A Dutch defence ministry spokesperson said only that the deliveries were "on schedule".';
  const said = statements(text, '2024-08-04');
  assert.deepEqual(said.slice(0, 2), [
    'Zelenskiy|wrote|Our pilots have already begun using these jets. It is a new stage for our air force.|ch:on X',
    'The governor|added|It is typical of Hillary Clinton. She knows nothing.',
  ]);
  // (The spokesperson speaks for the ministry, an institution of a country sitrep knows, as with other countries' ministries.)
  assert.ok(said.includes('Dutch defence ministry|said|the deliveries were "on schedule"'), said.join('\n'));
  const a = toJson(analyze({ text, published: '2024-08-04', origin: 'test' }));
  assert.ok(a.attributions.some((x) => span(x.speaker) === 'The Netherlands and Denmark'), a.attributions.map((x) => span(x.speaker)).join('\n'));
});

test('a headline\'s "death toll passes 30,000" is the claim its lead reports ("30,000 Palestinians have been killed")', () => {
  const text =
    'Gaza death toll passes 30,000, health ministry says\n\n' +
    'CAIRO, Feb 29 (AP) — More than 30,000 Palestinians have been killed in Gaza since the war began, the Health Ministry in the Hamas-run territory said Thursday.';
  assert.equal(claims(text).length, 1, claims(text).join('\n'));
});

test('one side taking a place and the other holding it dispute each other in other words; one side saying both does not', () => {
  const text =
    'Russia\'s defence ministry said on Tuesday its forces had "liberated" the village of Novohrodivka in the Donetsk region.\n\n' +
    "Ukraine's General Staff said its troops had repelled 15 Russian attacks near Novohrodivka over the past day.";
  assert.deepEqual(claims(text), [
    "disputed: Russia's defence ministry=asserted, Ukraine's General Staff=denied",
    "asserted_single_source: Ukraine's General Staff=asserted",
  ]);
  const town =
    'Russian forces have captured the town of Vuhledar, the Russian defence ministry said.\n\n' +
    'The town remains under Ukrainian control, a spokesman for the Ukrainian army told Reuters.\n\n' +
    'Russia\'s defence ministry said its troops had also repelled counterattacks near Vuhledar.';
  assert.equal(claims(town)[0], "disputed: Russia's defence ministry=asserted, a spokesman for the Ukrainian army=denied", claims(town).join('\n'));
});

test('"Asked whether …, X said he had no information" doubts what was asked; a silence by a body left unresolved joins the claim naming it', () => {
  const text =
    'Dujarric told reporters that the convoy had been stopped at a checkpoint controlled by the paramilitary Rapid Support Forces.\n\n' +
    'Asked whether the RSF had fired on the trucks, Dujarric said he had "no information to that effect."\n\n' +
    'The RSF accused the Sudanese army of obstructing deliveries.\n\n' +
    'The Sudanese army did not respond to a request for comment.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: Dujarric=asserted',
    'unconfirmed: Dujarric=cannot_confirm',
    'asserted_single_source: Rapid Support Forces=asserted, The Sudanese army=refused_comment',
  ]);
  const a = toJson(analyze({ text, published: '2024-06-10', origin: 'test' }));
  assert.equal(span(a.claims[1]!.proposition), 'the RSF had fired on the trucks');
});

test('what was said ends before its own frame when an appositive follows it; "in an emailed statement" is a channel, not a second cue; killing oneself is not killing others', () => {
  const text =
    "TOKYO, Jan 14 (Reuters) - North Korea fired a ballistic missile into the sea off its east coast on Sunday, Japan's defence ministry said, the first such launch this year.\n\n" +
    'A U.S. State Department spokesperson said in an emailed statement that the launch was a violation of U.N. resolutions.';
  assert.deepEqual(statements(text, '2024-01-14'), [
    "Japan's defence ministry|said|North Korea fired a ballistic missile into the sea off its east coast on Sunday",
    'U.S. State Department|said|the launch was a violation of U.N. resolutions|ch:in an emailed statement',
  ]);
  const shooting =
    'A gunman opened fire at a university building in central Prague on Thursday, killing at least 14 people, police said.\n\n' +
    'Some media reported that the gunman had killed himself. Police declined to confirm those reports.';
  assert.deepEqual(claims(shooting), ['asserted_single_source: police=asserted', 'unconfirmed: Some media=asserted, Police=cannot_confirm']);
});

test("a headline's toll joined by its lead is not corroborated by a tally of the whole war; what the outlet's reporter saw is a claim seen by the outlet", () => {
  const text =
    'Israeli strike on Gaza school shelter kills at least 30, civil defence says\n\n' +
    "GAZA CITY, Palestinian Territories (AFP) — An Israeli strike on a school sheltering displaced Palestinians in central Gaza killed at least 30 people on Saturday, the territory's civil defence agency said.\n\n" +
    'An AFP journalist at the scene saw at least 12 bodies wrapped in white shrouds in the courtyard of the school.\n\n' +
    'According to an AFP tally based on health ministry figures, at least 38,000 people have been killed in Gaza since the war began.';
  assert.deepEqual(claims(text), [
    "asserted_single_source: the territory's civil defence agency=asserted",
    'reported_seen_by_outlet: AFP=reported_seen_by_outlet',
    'asserted_single_source: AFP=asserted',
  ]);
  const a = toJson(analyze({ text, published: '2024-07-13', origin: 'test' }));
  assert.equal(span(a.claims[1]!.proposition), 'at least 12 bodies wrapped in white shrouds in the courtyard of the school');
});

test('a clause after the frame coordinated with "and" is not what was said when a clause stands before it; a dateline with a date; what an analysis found', () => {
  const text =
    'GENEVA, Sept 15 — At least 4,000 people have died in floods in eastern Libya, the U.N. Office for the Coordination of Humanitarian Affairs (OCHA) said on Friday in its latest update, and more than 9,000 people remain missing.\n\n' +
    'An analysis of the images by the Washington Post found that at least three craters were visible near the aircraft parking area.';
  assert.deepEqual(statements(text, '2023-09-15'), [
    'U.N. Office for the Coordination of Humanitarian Affairs|said|At least 4,000 people have died in floods in eastern Libya|ch:in its latest update',
    'Washington Post|found|at least three craters were visible near the aircraft parking area',
  ]);
});

test('"no aircraft had been damaged" denies the warplanes seen destroyed; "have not publicly claimed responsibility" is a silence', () => {
  const text =
    'Blasts at Crimean air base\n\n' +
    'Satellite images taken on Tuesday by Planet Labs showed at least seven Russian warplanes destroyed at the Saky air base in Crimea.\n\n' +
    "Russia's defence ministry said no aircraft had been damaged and that the blasts were caused by the detonation of stored ammunition.\n\n" +
    'Ukrainian officials have not publicly claimed responsibility.';
  assert.deepEqual(claims(text), ["disputed: imagery=asserted, Russia's defence ministry=denied", 'refused_comment: Ukrainian officials=refused_comment']);
});

test('threats are warnings; "is believed to", "are said to" are hedges, the second with no speaker; a channel linked to a group is not the group; the Kremlin denying involvement disputes what names Russia', () => {
  const text =
    'Yevgeny Prigozhin is believed to have been on board a private jet that crashed north of Moscow on Wednesday, Russian aviation authorities said.\n\n' +
    'A Wagner-linked Telegram channel claimed the jet had been shot down by Russian air defences. The Kremlin has denied any involvement.\n\n' +
    'Russian investigators are said to have recovered the bodies.\n\n' +
    "Yemen's Houthi movement warned on Sunday that it would target any U.S. warship that attacked its forces, and threatened to extend its attacks to the Mediterranean.";
  assert.deepEqual(claims(text), [
    'hedged: Russian aviation authorities=hedged',
    'disputed: A Wagner-linked Telegram channel=asserted, Kremlin=denied',
    'hedged: =hedged',
    'warning: Houthi=warning',
    'warning: Houthi=warning',
  ]);
  assert.equal(statements(text, '2023-08-24')[3], '|are said|Russian investigators are said to have recovered the bodies');
});

test('what was said ends before its own frame when a participle follows it ("…, Russian officials said, forcing traffic to halt")', () => {
  const text = 'A section of the Kerch bridge was damaged in an attack early on Monday, Russian officials said, forcing traffic to halt for several hours.';
  assert.deepEqual(statements(text, '2023-07-17'), ['Russian officials|said|A section of the Kerch bridge was damaged in an attack early on Monday']);
});

test('"the allegations" name every account of their source, not only the latest; a quote before "and said" ends the clause before', () => {
  const report =
    'Ethiopian soldiers killed at least 45 civilians in the town of Merawi in January, Human Rights Watch said in a report released Thursday.\n\n' +
    'The report, based on interviews with 28 witnesses, found that soldiers went house to house searching for members of the Fano militia.\n\n' +
    'Ethiopia\'s government spokesman Legesse Tulu said the allegations were "fabricated".';
  assert.deepEqual(claims(report), ['disputed: Human Rights Watch=asserted, Legesse Tulu=denied', 'disputed: Human Rights Watch=asserted, Legesse Tulu=denied']);
  const drones =
    'Iran has shipped hundreds of drones to Russia across the Caspian Sea since August, two Western diplomats said.\n\n' +
    '"They are lying and they know we know," one of the diplomats said.\n\n' +
    'Iran\'s foreign ministry spokesman Nasser Kanaani called the reports "baseless" and said Iran had not supplied weapons for use in the war in Ukraine.';
  assert.ok(statements(drones, '2022-11-03').includes('Nasser Kanaani|said|Iran had not supplied weapons for use in the war in Ukraine'), statements(drones, '2022-11-03').join('\n'));
});

test('"One of the diplomats" and "the diplomat" after "two Western diplomats said" are those diplomats: one source, whose accounts "the reports" name', () => {
  const text =
    'Iran has shipped hundreds of drones to Russia across the Caspian Sea since August, two Western diplomats said.\n\n' +
    'One of the diplomats said the shipments continued despite Tehran\'s denials. "They are lying and they know we know," the diplomat said.\n\n' +
    'Iran\'s foreign ministry spokesman Nasser Kanaani called the reports "baseless".';
  assert.deepEqual(claims(text), [
    'disputed: two Western diplomats=asserted, Nasser Kanaani=denied',
    'disputed: two Western diplomats=asserted, Nasser Kanaani=denied',
    'disputed: two Western diplomats=asserted, Nasser Kanaani=denied',
  ]);
});

test('a state body silent "to a request for comment", a spokesman with "nothing to add" and a minister who "could not confirm" the reports all answer the claim about their state; "The sources" are the sources', () => {
  const text =
    'BERLIN, Oct 7 (Reuters) - Russia has moved nuclear-capable Iskander missiles into its Kaliningrad exclave, two European security sources told Reuters.\n\n' +
    '"They were moved last week," one of the sources said. The other source said the deployment appeared to be permanent.\n\n' +
    'The sources, who declined to be identified, did not say how many missiles had been moved.\n\n' +
    "Russia's defence ministry did not respond to a request for comment. Kremlin spokesman Dmitry Peskov told reporters he had nothing to add to previous statements on the matter.\n\n" +
    "Lithuania's defence minister said his country was aware of the reports but could not confirm them.";
  assert.deepEqual(claims(text), [
    "unconfirmed: two European security sources=asserted, Dmitry Peskov=refused_comment, Lithuania's defence minister=cannot_confirm, Russia's defence ministry=refused_comment",
    'asserted_single_source: two European security sources=asserted',
    'hedged: two European security sources=hedged',
    'refused_comment: two European security sources=refused_comment',
  ]);
});

test('"Hamas denied using schools for military purposes" disputes the accusation naming Hamas in other words ("operating from a Hamas command centre inside the school")', () => {
  const text =
    'The Israeli military said it had carried out a "precise strike on terrorists" operating from a Hamas command centre inside the school.\n\n' +
    'Hamas denied using schools for military purposes.';
  assert.deepEqual(claims(text), ['disputed: The Israeli military=asserted, Hamas=denied']);
});

test('"Russia\'s defence ministry has not acknowledged any damage" is a doubt, not a second source asserting the strike; "Pressed on reports that …" is the question a refusal answers, not a speaker', () => {
  const text =
    'Pentagon says no evidence Ukraine used U.S. weapons inside Russia\n\n' +
    'Pressed on reports that Ukraine had hit a radar station in Armavir, more than 1,500 km from the front line, Ryder declined to comment, saying he would refer questions to the Ukrainian government.\n\n' +
    "A source in Ukraine's military intelligence told the Kyiv Independent that the agency's drones had hit the station.\n\n" +
    "Russia's defence ministry has not acknowledged any damage to the radar.";
  assert.deepEqual(statements(text, '2024-05-22').slice(1), [
    'Ryder|declined|to comment',
    'Ryder|saying|he would refer questions to the Ukrainian government',
    "Ukraine's military intelligence|told|the agency's drones had hit the station|to:the Kyiv Independent",
    "Russia's defence ministry|has not acknowledged|any damage to the radar",
  ]);
  assert.deepEqual(claims(text).slice(1), [
    "unconfirmed: Ryder=refused_comment, Ryder=refused_comment, Ukraine's military intelligence=asserted, Russia's defence ministry=cannot_confirm",
  ]);
});

test('"The Pentagon said it had seen no evidence that …" is the Pentagon\'s statement, not its own doubt on it', () => {
  const text = 'The Pentagon said on Wednesday it had seen no evidence that Ukraine had used American-supplied weapons to strike targets inside Russian territory.';
  assert.deepEqual(claims(text), ['asserted_single_source: Pentagon=asserted']);
});

test('"Islamic Jihad rejected the accusation" is on the claim naming it, not on the spokesman\'s last words; "called it “a lie”" joins that rejection; "it appeared" and "its analysis suggested" hedge', () => {
  const text =
    'Gaza hospital blast: what we know\n\n' +
    'The ministry said an Israeli air strike had hit the hospital, where thousands of displaced people were sheltering.\n\n' +
    'The Israeli military denied responsibility. Its chief spokesman, Rear Admiral Daniel Hagari, told a news conference on Wednesday that the blast was caused by a rocket misfired by the Palestinian Islamic Jihad militant group. "There was no direct hit on the hospital," he said, adding that the damage was in the car park outside.\n\n' +
    'Islamic Jihad rejected the accusation. A spokesman for the group, Daoud Shehab, called it "a lie and a fabrication".\n\n' +
    'U.S. President Joe Biden, visiting Israel on Wednesday, said it appeared the explosion "was done by the other team, not you".\n\n' +
    'The Associated Press reviewed video of the blast and said its analysis suggested the rocket came from inside Gaza.';
  assert.deepEqual(claims(text), [
    'disputed: The ministry=asserted, The Israeli military=denied, Daniel Hagari=denied',
    'disputed: Daniel Hagari=asserted, Palestinian Islamic Jihad=denied, Daoud Shehab=denied',
    'asserted_single_source: Daniel Hagari=asserted',
    'hedged: Joe Biden=hedged',
    'hedged: Associated Press=hedged',
  ]);
});

test('two negations agree ("No injuries were reported", "There were no injuries or damage reported"); a statement never agrees with one that negates what it says; "there were no fighters in the vehicle" does not deny fighters attacking a position three paragraphs before', () => {
  const injuries =
    'The ship\'s operator, Trafigura, said a fire had broken out in one of the vessel\'s cargo tanks after it was struck by a missile. No injuries were reported, the company said.\n\n' +
    'The U.S. military\'s Central Command (CENTCOM) said in a post on X that a second missile had missed its target. "There were no injuries or damage reported," CENTCOM said.\n\n' +
    'The British maritime security agency UKMTO said it had received a report of an incident 60 nautical miles southeast of Aden.';
  assert.deepEqual(claims(injuries), [
    'asserted_single_source: Trafigura=asserted',
    'corroborated: Trafigura=asserted, Central Command=asserted',
    'asserted_single_source: Central Command=asserted',
    'asserted_single_source: UKMTO=asserted',
  ]);
  const fighters =
    'Hezbollah said in a statement that its fighters had attacked an Israeli military position near the border town of Metula with guided missiles.\n\n' +
    'The Israeli army said one of its soldiers was lightly wounded.\n\n' +
    "Lebanon's state-run National News Agency reported that an Israeli strike had hit a car near Aitaroun, killing a woman and three girls.\n\n" +
    'A Lebanese security source told Reuters that the car had been carrying civilians fleeing the area. The source said there were no fighters in the vehicle.';
  assert.deepEqual(claims(fighters), [
    'asserted_single_source: Hezbollah=asserted',
    'asserted_single_source: The Israeli army=asserted',
    'asserted_single_source: National News Agency=asserted',
    'asserted_single_source: A Lebanese security source=asserted',
    'asserted_single_source: A Lebanese security source=asserted',
  ]);
});

test('"Kyiv rarely comments on strikes" is a habit, not a statement; "said Monday it had captured" leaves the day out of what was said', () => {
  const text =
    'M23 rebels say they have taken Goma airport\n\n' +
    'The M23 rebel group said Monday it had captured the airport in Goma, the largest city in eastern Congo.\n\n' +
    'Kyiv rarely comments on strikes inside Russia, but Ukrainian officials have said such attacks are aimed at military and energy infrastructure.';
  assert.deepEqual(statements(text, '2025-01-27').slice(1), [
    'M23|said|it had captured the airport in Goma, the largest city in eastern Congo',
    'Ukrainian officials|have said|such attacks are aimed at military and energy infrastructure',
  ]);
});

test('a hedge from another source needs as many shared words as an agreement: an analyst\'s "The attack was likely aimed at …" is his own claim, not a hedge on Microsoft\'s account of the attack', () => {
  const text =
    'In a blog post, Microsoft said the group, which it calls Midnight Blizzard, used a "password spray attack" to compromise a legacy test account late last year.\n\n' +
    '"This is a serious incident," said Jake Williams, a former hacker at the U.S. National Security Agency. The attack was likely aimed at learning what Microsoft knew about the group itself, he said.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: Microsoft=asserted',
    'asserted_single_source: Jake Williams=asserted',
    'hedged: Jake Williams=hedged',
  ]);
});

test('"The Russian embassy in Washington did not immediately respond to a request for comment" is Russia\'s silence on the claim naming Russia, not Washington\'s', () => {
  const text =
    'Microsoft said on Friday that a Russian state-sponsored hacking group had gained access to the email accounts of some members of its senior leadership team.\n\n' +
    'The Russian embassy in Washington did not immediately respond to a request for comment.';
  assert.deepEqual(claims(text), ['asserted_single_source: Microsoft=asserted, The Russian embassy=refused_comment']);
});

test('"did not return calls seeking comment" is a silence, not a statement whose cue is "calls"', () => {
  const text = 'Russian forces shelled Kherson overnight, the regional governor said. A spokesman for the army did not return calls seeking comment.';
  assert.deepEqual(statements(text, '2023-03-10'), ['the regional governor|said|Russian forces shelled Kherson overnight']);
  assert.deepEqual(claims(text), ['asserted_single_source: the regional governor=asserted, A spokesman for the army=refused_comment']);
});

test('"speaking on condition of anonymity" is how a source spoke, not a statement, also beside a quote; "Neither side has commented" is a silence', () => {
  const text = 'A senior U.S. official, speaking on condition of anonymity, said Washington was "deeply concerned" by the escalation.';
  assert.deepEqual(statements(text, '2023-03-10'), ['A senior U.S. official|said|Washington was "deeply concerned" by the escalation|anonymous']);
  assert.deepEqual(claims('Neither side has commented publicly on the talks.'), ['refused_comment: Neither side=refused_comment']);
});

test('an outlet\'s appositive after the closing frame ("…, Hanna Maliar said on Telegram, a claim Russia disputed") is no content: what was said is before the frame, and the appositive is Russia\'s denial', () => {
  const text = 'Ukrainian forces have retaken the village of Robotyne, Deputy Defence Minister Hanna Maliar said on Telegram, a claim Russia disputed.';
  assert.deepEqual(statements(text, '2023-08-28'), ['Hanna Maliar|said|Ukrainian forces have retaken the village of Robotyne|ch:on Telegram']);
  assert.deepEqual(claims(text), ['disputed: Hanna Maliar=asserted, Russia=denied']);
});

test('"… the investigation was ongoing and declined to give further details": the refusal is the speaker\'s own, not a part of what it said (which it asserts)', () => {
  const text = 'The spokesperson added that the investigation was ongoing and declined to give further details.';
  assert.deepEqual(statements(text, '2023-03-10'), ['The spokesperson|added|the investigation was ongoing', 'The spokesperson|declined to give|further details']);
  assert.deepEqual(claims(text), ['asserted_single_source: The spokesperson=asserted', 'refused_comment: The spokesperson=refused_comment']);
});

test('one a news agency cites "as saying" speaks, as one it quotes does', () => {
  assert.deepEqual(statements('Interfax cited the regional governor as saying that two people were injured.', '2023-03-10'), ['the regional governor|as saying|two people were injured']);
});

test('an abbreviation closing what was said keeps its stop ("… entering the U.S."); a sentence\'s own stop goes', () => {
  assert.deepEqual(statements('Trump said he would ban Muslims from entering the U.S.\n\nOfficials said the border was closed.', '2016-09-12'), [
    'Trump|said|he would ban Muslims from entering the U.S.',
    'Officials|said|the border was closed',
  ]);
});

test('a body named with its state\'s possessive speaks for that state: "A spokesman for Ukraine\'s SBU security service declined to comment" is silent on the claim naming Ukraine, paragraphs back', () => {
  const text =
    "Russia's National Anti-Terrorism Committee said the bridge was attacked by two Ukrainian surface drones.\n\n" +
    'Kremlin spokesman Dmitry Peskov told reporters that President Vladimir Putin had been briefed.\n\n' +
    "A spokesman for Ukraine's SBU security service declined to comment.";
  assert.deepEqual(claims(text), ['asserted_single_source: National Anti-Terrorism Committee=asserted, SBU=refused_comment', 'asserted_single_source: Dmitry Peskov=asserted']);
});

test('"did not say whether Kyiv was behind the attack" is a silence on the claim that names it; a proposition that names no one stays a claim of its own', () => {
  const text = 'Kremlin spokesman Dmitry Peskov told reporters that Kyiv was behind the attack. Presidential adviser Mykhailo Podolyak did not say whether Kyiv was behind the attack.';
  assert.deepEqual(claims(text), ['asserted_single_source: Dmitry Peskov=asserted, Mykhailo Podolyak=refused_comment']);
  const unnamed = 'The army said its troops had repelled an assault on the town. The ministry did not say whether its troops had entered the town.';
  assert.equal(claims(unnamed).length, 2);
});

test('M23 rebels in eastern Congo: the group the tagger missed is named; "a claim the Congolese government rejected" after the place\'s appositive disputes the capture; "Rwanda denies backing the group" disputes the troops fighting alongside the M23 and ends before the spokeswoman\'s statement', () => {
  const text =
    'M23 rebels say they have taken Goma airport\n\n' +
    'The M23 rebel group said it had captured the airport in Goma, the largest city in eastern Democratic Republic of Congo, a claim the Congolese government rejected.\n\n' +
    'The United Nations says Rwanda has some 4,000 troops fighting alongside the M23 in eastern Congo. Rwanda denies backing the group, and its government spokeswoman, Yolande Makolo, said on Sunday that Kigali\'s "defensive measures" were a response to threats along its border.';
  assert.deepEqual(statements(text, '2025-01-27').slice(1, 4), [
    'M23|said|it had captured the airport in Goma, the largest city in eastern Democratic Republic of Congo',
    'United Nations|says|Rwanda has some 4,000 troops fighting alongside the M23 in eastern Congo',
    'Rwanda|denies|backing the group',
  ]);
  // (The headline's claim is the lead's, the M23's one statement there.)
  assert.deepEqual(claims(text).slice(0, 2), [
    'disputed: M23=asserted, Congolese government=denied',
    'disputed: United Nations=asserted, Rwanda=denied',
  ]);
});

test('a newspaper dateline with a hyphen ("JERUSALEM, Oct 18 - ") is no part of what was said, and an explainer\'s title ("…: what we know") is no statement', () => {
  const text =
    "Gaza hospital blast: what we know and what we don't\n\n" +
    'JERUSALEM, Oct 18 - Hundreds of people were killed in an explosion at the Al-Ahli Arab hospital in Gaza City on Tuesday evening, according to the Gaza health ministry.';
  assert.deepEqual(statements(text, '2023-10-18'), [
    'the Gaza health ministry|according to|Hundreds of people were killed in an explosion at the Al-Ahli Arab hospital in Gaza City on Tuesday evening',
  ]);
  // (The day before the month, with the year: "PORT SUDAN, 14 August 2025 – ".)
  assert.deepEqual(statements('PORT SUDAN, 14 August 2025 – Cholera cases continue to rise in North Darfur, according to the State Ministry of Health.', '2025-08-14'), [
    'State Ministry of Health|according to|Cholera cases continue to rise in North Darfur',
  ]);
});

test('"…, but residents and a local official said many of the dead were civilians": the group says the clause after the cue; its members later ("Two residents", "one resident", "A local official") are that one source; "but could not give a toll" is no part of what was confirmed', () => {
  const text =
    'Mali army says it killed dozens of militants\n\n' +
    'BAMAKO, March 6 (AFP) - Mali\'s army said on Wednesday it had "neutralised" about 30 terrorists in an air strike near the central town of Djenne, but residents and a local official said many of the dead were civilians attending a wedding.\n\n' +
    'Two residents told AFP by telephone that at least 20 civilians, including women and children, had been killed. "They bombed the wedding party," said one resident.\n\n' +
    'A local official, speaking on condition of anonymity, confirmed that civilians had been killed but could not give a toll.';
  assert.deepEqual(statements(text, '2024-03-06').slice(1), [
    "Mali's army|said|it had \"neutralised\" about 30 terrorists in an air strike near the central town of Djenne",
    'residents and a local official|said|many of the dead were civilians attending a wedding',
    'residents and a local official|told|at least 20 civilians, including women and children, had been killed|ch:by telephone|to:AFP',
    'residents and a local official|said|They bombed the wedding party,',
    'residents and a local official|confirmed|civilians had been killed|anonymous',
  ]);
});

test('"Its defence ministry said" after "Russia does not publish …" is Russia\'s; the outlet\'s appositive on a figure after the frame ("one of the highest daily figures …") is not what was said', () => {
  const text =
    'Ukraine says Russia lost 1,200 troops in a day\n\n' +
    "KYIV, Dec 1 - Russia lost 1,200 soldiers killed or wounded in the past 24 hours, Ukraine's General Staff said on Friday, one of the highest daily figures it has reported since the full-scale invasion began.\n\n" +
    'Russia does not publish regular figures on its own losses. Its defence ministry said on Friday that Ukraine had lost up to 525 servicemen in the past day along the front line.';
  assert.deepEqual(statements(text, '2023-12-01').slice(1), [
    "Ukraine's General Staff|said|Russia lost 1,200 soldiers killed or wounded in the past 24 hours",
    'Russia|said|Ukraine had lost up to 525 servicemen in the past day along the front line',
  ]);
});

test('"its" after a country that is the subject of its sentence is the country\'s ("Saudi Arabia and its most powerful ally"), not the organisation named before', () => {
  const text = 'Critics have long attacked the Human Rights Council for its membership. Saudi Arabia and its most powerful ally, the United States, are members of the council.';
  const { mentions, entities } = analyze({ text, published: '2016-09-20', origin: 'test' }).layers;
  const its = mentions.filter((m) => m.kind === 'pronoun').map((m) => [text.slice(m.start, m.end), entities.find((e) => e.id === m.entity)?.canonical]);
  assert.deepEqual(its, [
    ['its', 'Human Rights Council'],
    ['its', 'Saudi Arabia'],
  ]);
});

test('", BBC Verify has found" after what a video shows is the outlet\'s finding, seen by it, not what the video shows; "the first posts sharing it" is no statement; ", without naming the site" is the outlet\'s note', () => {
  const text =
    'Video shows drone strike on Russian oil depot\n\n' +
    "A video shared widely on social media on Sunday shows a drone hitting an oil depot in Russia's Bryansk region, BBC Verify has found.\n\n" +
    'It is not clear when the video was filmed, but the first posts sharing it appeared at about 05:00 local time on Sunday.\n\n' +
    'The regional governor, Alexander Bogomaz, said on Telegram that a fire had broken out at a "fuel and energy facility" after a drone attack, without naming the site.';
  assert.deepEqual(statements(text, '2024-03-06').slice(1), [
    "social-media|shows|a drone hitting an oil depot in Russia's Bryansk region",
    'Alexander Bogomaz|said|a fire had broken out at a "fuel and energy facility" after a drone attack|ch:on Telegram',
  ]);
  assert.equal(claims(text)[0], 'reported_seen_by_outlet: social-media=asserted, BBC Verify=reported_seen_by_outlet');
});

test('a hostage claim: "In the video, which Reuters could not verify, a masked spokesman said …" has its speaker and the outlet\'s doubt; "the claim" a later paragraph calls "psychological terror" is the one the headline announces; a reaction in the headline ("calls claim …") is no claim made', () => {
  const text =
    'Hamas says hostage killed in Israeli strike; Israel calls claim psychological warfare\n\n' +
    "JERUSALEM, Feb 12 - Hamas's armed wing said on Monday that an Israeli hostage held in Gaza had been killed in an Israeli air strike.\n\n" +
    'The Qassam Brigades did not name the hostage. In the video, which Reuters could not verify, a masked spokesman said two other captives had been seriously wounded.\n\n' +
    'Israeli military spokesman Rear Admiral Daniel Hagari said the claim was "psychological terror" and that the military had no information that would confirm it.';
  assert.deepEqual(claims(text), [
    'unconfirmed: Hamas=asserted, Daniel Hagari=cannot_confirm, Qassam Brigades=refused_comment',
    'asserted_single_source: Israel=asserted',
    'unconfirmed: a masked spokesman=asserted, Reuters=not_independently_verified',
  ]);
});

test('a statement no one is named saying is no second voice: it does not corroborate a named source', () => {
  const stances = [
    { source: { kind: 'entity', entity: 'e1' }, status: 'asserted' },
    { source: { kind: 'unresolved', text: '' }, status: 'asserted' },
  ] as unknown as Parameters<typeof overallStatus>[0];
  assert.equal(overallStatus(stances), 'asserted_single_source');
  assert.equal(overallStatus([stances[1]!]), 'asserted_single_source');
});

test('a live report: "denied targeting civilian facilities" disputes the missile hitting a children\'s hospital, past a later claim naming Russia; "13:15 GMT - Reuters journalists at the scene saw …" is seen by the outlet', () => {
  const text =
    "Live: Russian missile strike on Kyiv children's hospital\n\n" +
    "10:45 GMT - A Russian missile hit the Okhmatdyt children's hospital in central Kyiv on Monday morning, Ukrainian officials said.\n\n" +
    '11:20 GMT - "Russia cannot claim not to know where its missiles are flying," Zelenskiy wrote on X.\n\n' +
    "12:05 GMT - Russia's defence ministry denied targeting civilian facilities.\n\n" +
    '13:15 GMT - Reuters journalists at the scene saw rescue workers and volunteers clearing rubble from a partially collapsed wing of the hospital.';
  assert.deepEqual(claims(text), [
    "disputed: Ukrainian officials=asserted, Russia's defence ministry=denied",
    'asserted_single_source: Zelenskiy=asserted',
    'reported_seen_by_outlet: Reuters=reported_seen_by_outlet',
  ]);
});

test('"The RSF has denied targeting civilians" disputes that "the RSF and the army were both responsible for atrocities"', () => {
  const text =
    'U.S. Ambassador Linda Thomas-Greenfield said the RSF and the army were both responsible for atrocities. The RSF has denied targeting civilians.';
  assert.deepEqual(claims(text), ['disputed: Linda Thomas-Greenfield=asserted, RSF=denied']);
});

test('war bloggers and a ministry: "who writes under the name …" is no statement; "It said" after a sentence opened by the ministry is the ministry; one shared word ("forces") does not make the ministry confirm a breakthrough it denies; "but gave no details" is cut', () => {
  const text =
    'Russian war bloggers report Ukrainian push near Robotyne\n\n' +
    'Ukrainian forces have broken through a Russian defensive line near the village of Robotyne in the Zaporizhzhia region, according to Rybar, an influential pro-war Russian Telegram channel.\n\n' +
    'Another Russian military blogger, who writes under the name Dva Mayora, said fighting was continuing on the outskirts of the village.\n\n' +
    "Russia's defence ministry made no mention of Robotyne in its daily briefing. It said Russian forces had repelled five Ukrainian attacks in the Zaporizhzhia direction.\n\n" +
    'Ukraine\'s deputy defence minister, Hanna Maliar, said on Telegram that Ukrainian troops were "gradually advancing" in the south but gave no details.';
  assert.deepEqual(statements(text, '2023-08-22'), [
    'Rybar|according to|Ukrainian forces have broken through a Russian defensive line near the village of Robotyne in the Zaporizhzhia region',
    'Another Russian military blogger|said|fighting was continuing on the outskirts of the village',
    "Russia's defence ministry|said|Russian forces had repelled five Ukrainian attacks in the Zaporizhzhia direction",
    'Hanna Maliar|said|Ukrainian troops were "gradually advancing" in the south|ch:on Telegram',
  ]);
  assert.equal(claims(text)[0], "asserted_single_source: Rybar=asserted, Russia's defence ministry=refused_comment");
});

test('a reaction confirms nothing either way ("called the attack “vile”" and the ministry\'s "hit hangars where attack boats were being prepared"); "rejected that," disputes what was just said, by the chief the body\'s title names', () => {
  const odesa =
    'Ukrainian President Volodymyr Zelenskiy called the attack "vile". Russia\'s defence ministry said it had hit "hangars where attack boats were being prepared" in Odesa.';
  assert.deepEqual(claims(odesa), ['asserted_single_source: Volodymyr Zelenskiy=asserted', "asserted_single_source: Russia's defence ministry=asserted"]);
  const aid =
    '"There is no limit on the amount of aid that can go into Gaza," COGAT spokesperson Shimon Freedman said.\n\n' +
    'UNRWA chief Philippe Lazzarini rejected that, saying Israeli restrictions and inspections were slowing deliveries.';
  assert.equal(claims(aid)[0], 'disputed: Shimon Freedman=asserted, Philippe Lazzarini=denied');
});

test('"was quoted by the TASS news agency as saying" is a statement of the one quoted; "a statement from the Russian foreign ministry" is the ministry\'s; a headline\'s kicker is no part of the speaker; "questions" after "to" is no cue, and "He did not respond …" after an unnamed adviser is the adviser\'s silence', () => {
  const tass =
    'Kremlin says Western arms deliveries prolong Ukraine conflict\n\n' +
    'MOSCOW, June 3 - Kremlin spokesman Dmitry Peskov was quoted by the TASS news agency as saying on Monday that Western weapons deliveries to Ukraine would "only prolong the agony" of the Kyiv government.\n\n' +
    'According to a statement from the Russian foreign ministry, the United States and its allies were "directly involved" in the conflict.';
  assert.deepEqual(statements(tass, '2024-06-03').slice(1), [
    'Dmitry Peskov|was quoted by the TASS news agency as saying|Western weapons deliveries to Ukraine would "only prolong the agony" of the Kyiv government',
    'Russian foreign ministry|According to|the United States and its allies were "directly involved" in the conflict',
  ]);
  const interview =
    'Interview: Zelensky says Ukraine will not give up territory\n\n' +
    'Asked about reports that his forces had bombed markets in Khartoum, Burhan said: "These are lies spread by the rebels."\n\n' +
    'An RSF adviser, speaking to Reuters by phone, said the group was committed to a ceasefire. He did not respond to questions about the market bombings.';
  assert.deepEqual(speakersAndCues(interview, '2024-08-30'), ['Zelensky|says', 'Burhan|said', 'RSF|said']);
  assert.ok(claims(interview).includes('denied: Burhan=denied, RSF=refused_comment'), claims(interview).join('\n'));
});

test('a headline\'s role ("NATO chief says …") is the person the lead names with that body before the name, whose lead states the headline\'s claim; a negation is no stance on a warning ("would not send ground troops", "could not be ruled out")', () => {
  const text =
    'NATO chief says alliance will not send troops to Ukraine\n\n' +
    'BRUSSELS, Feb 27 (Reuters) - NATO Secretary-General Jens Stoltenberg said on Tuesday that the alliance had no plans to deploy combat troops to Ukraine, a day after French President Emmanuel Macron said sending Western troops could not be ruled out.\n\n' +
    'German Chancellor Olaf Scholz, speaking at an event in Freiburg, said European countries and NATO members would not send ground troops.';
  assert.deepEqual(speakersAndCues(text, '2024-02-27'), ['Jens Stoltenberg|says', 'Jens Stoltenberg|said', 'Emmanuel Macron|said', 'Olaf Scholz|said']);
  assert.deepEqual(claims(text), [
    'asserted_single_source: Jens Stoltenberg=asserted',
    'warning: Emmanuel Macron=warning',
    'asserted_single_source: Olaf Scholz=asserted',
  ]);
});

test('Isfahan: state media and a spokesman for an Iranian state body are one voice; ", and an Iranian official told Reuters" has its own speaker; "The Pentagon would not confirm the account" doubts the U.S. official\'s claim', () => {
  const text =
    "DUBAI, April 19 (Reuters) - Iran's air defences shot down three small drones over the central city of Isfahan early on Friday, Iranian state media reported.\n\n" +
    'State television said there had been no damage to nuclear facilities in the area, and an Iranian official told Reuters there were no plans for immediate retaliation.\n\n' +
    '"The drones were shot down successfully by air defence," Hossein Dalirian, a spokesman for Iran\'s National Centre of Cyberspace, said on X.\n\n' +
    'A U.S. official, speaking on condition of anonymity, said Israel had carried out the strike. The Pentagon would not confirm the account.';
  assert.deepEqual(speakersAndCues(text, '2024-04-19'), [
    'Iranian state media|reported',
    'State television|said',
    'an Iranian official|told',
    'Hossein Dalirian|said',
    'A U.S. official|said',
  ]);
  const all = claims(text);
  assert.equal(all[0], 'asserted_single_source: Iranian state media=asserted, Hossein Dalirian=asserted');
  assert.equal(all.at(-1), 'unconfirmed: A U.S. official=asserted, Pentagon=cannot_confirm');
});

test('"Gangs attacked the main international airport …, according to the government" keeps its subject and verb', () => {
  const text =
    'Gangs attacked the main international airport on Monday and freed about 4,000 inmates from the two largest prisons over the weekend, according to the government, which declared a state of emergency.';
  assert.deepEqual(statements(text, '2024-03-05'), [
    'the government|according to|Gangs attacked the main international airport on Monday and freed about 4,000 inmates from the two largest prisons over the weekend',
  ]);
});

test('"as China held drills it said were a warning" is China\'s, not the Taiwanese ministry\'s; China, Beijing and "Chinese foreign ministry spokesperson Mao Ning" are one voice; "…, a senior White House official said" reports Biden\'s words from Biden on', () => {
  const taiwan =
    'Taiwan reports 45 Chinese aircraft near island; Beijing says drills a "stern warning"\n\n' +
    "TAIPEI, Aug 9 (Reuters) - Taiwan's defence ministry said on Wednesday it had detected 45 Chinese military aircraft around the island, as China held drills it said were a warning to \"separatists\".\n\n" +
    'Chinese foreign ministry spokesperson Mao Ning told a regular news briefing in Beijing that the exercises were "a stern warning".';
  assert.deepEqual(speakersAndCues(taiwan, '2023-08-09'), ['Beijing|says', "Taiwan's defence ministry|said", 'China|said', 'Mao Ning|told']);
  // (The headline's "Beijing says …", ending in a quote, is the headline, which the body's statements of one voice restate.)
  assert.equal(claims(taiwan)[0], 'asserted_single_source: China=asserted, Mao Ning=asserted');
  const biden =
    'U.S. President Joe Biden told Prime Minister Benjamin Netanyahu that Washington would not take part in any Israeli counter-attack, a senior White House official said.';
  assert.deepEqual(statements(biden, '2024-04-15'), [
    'White House|said|U.S. President Joe Biden told Prime Minister Benjamin Netanyahu that Washington would not take part in any Israeli counter-attack',
    'Joe Biden|told|Washington would not take part in any Israeli counter-attack|to:Prime Minister Benjamin Netanyahu',
  ]);
});

test('"…, Syrian state news agency SANA said, citing a military source" said what stands before its frame; "We don\'t comment on foreign reports" is a refusal; "denied that the group had withdrawn from Lalibela" disputes the government\'s retaking it', () => {
  const syria =
    'BEIRUT, Feb 21 (Reuters) - Israeli missile strikes hit a residential building in the Kafr Sousa district of Damascus on Wednesday, killing two people, Syrian state news agency SANA said, citing a military source.\n\n' +
    'Asked about the reports, a military spokesperson said: "We don\'t comment on foreign reports."';
  assert.deepEqual(statements(syria, '2024-02-21'), [
    'SANA|said|Israeli missile strikes hit a residential building in the Kafr Sousa district of Damascus on Wednesday, killing two people',
    "a military spokesperson|said|We don't comment on foreign reports.",
  ]);
  // (Refusing to comment on "the reports" is a refusal on what SANA reported.)
  assert.deepEqual(claims(syria), ['asserted_single_source: SANA=asserted, a military spokesperson=refused_comment']);
  const ethiopia =
    "ADDIS ABABA, Sept 4 - Ethiopia's government said on Monday its forces had retaken several towns in the Amhara region from the Fano militia, including the historic city of Lalibela.\n\n" +
    'A Fano commander, reached by satellite phone, denied that the group had withdrawn from Lalibela.';
  assert.equal(claims(ethiopia)[0], "disputed: Ethiopia's government=asserted, Fano=denied");
});

test('Zamzam camp: "RSF accused of killing hundreds" is a passive, with no speaker; "denied attacking civilians and said in a statement on Telegram that …" is two statements, the denial disputing the U.N.\'s account of the Rapid Support Forces; "the RSF\'s account was \\"pure lies\\"" disputes what the RSF said, however far back', () => {
  const text =
    'RSF accused of killing hundreds in Darfur camp\n\n' +
    "NAIROBI, April 16 (AP) - Sudan's paramilitary Rapid Support Forces killed more than 400 people in an assault on the Zamzam displacement camp in North Darfur, the United Nations said on Wednesday.\n\n" +
    'The RSF denied attacking civilians and said in a statement on Telegram that its fighters had "liberated" the camp from army-allied militias.\n\n' +
    'Medical charity Doctors Without Borders said its clinic in the camp had been destroyed.\n\n' +
    'Satellite images reviewed by Yale University\'s Humanitarian Research Lab showed fires burning across large parts of the camp.\n\n' +
    'The Sudanese army said the RSF\'s account was "pure lies".';
  assert.deepEqual(statements(text, '2025-04-16').slice(0, 4), [
    '|accused|of killing hundreds in Darfur camp',
    "United Nations|said|Sudan's paramilitary Rapid Support Forces killed more than 400 people in an assault on the Zamzam displacement camp in North Darfur",
    'Rapid Support Forces|denied|attacking civilians',
    'Rapid Support Forces|said|its fighters had "liberated" the camp from army-allied militias|ch:in a statement on Telegram',
  ]);
  const all = claims(text);
  assert.ok(all.includes('disputed: United Nations=asserted, Rapid Support Forces=denied'), all.join('\n'));
  assert.ok(all.includes('disputed: Rapid Support Forces=asserted, The Sudanese army=denied'), all.join('\n'));
});

test('"Reuters could not independently confirm the source\'s account" doubts what "the source" said, not the latest claim; "Rosneft, which owns the refinery, did not immediately respond" is silent on a claim naming the refinery', () => {
  const text =
    'A source in Ukraine\'s military intelligence told Reuters the agency had carried out the attack. The source said the refinery supplied fuel to Russian forces in Ukraine.\n\n' +
    "Russia's defence ministry said air defences had destroyed 70 drones over Crimea and the Krasnodar region.\n\n" +
    "Rosneft, which owns the refinery, did not immediately respond to a request for comment. Reuters could not independently confirm the source's account.";
  assert.deepEqual(claims(text), [
    "unconfirmed: Ukraine's military intelligence=asserted, Reuters=not_independently_verified",
    "unconfirmed: Ukraine's military intelligence=asserted, Reuters=not_independently_verified, Rosneft=refused_comment",
    "asserted_single_source: Russia's defence ministry=asserted",
  ]);
});

test('"An Israeli official said" is not Prime Minister Netanyahu named after it; "reports of an agreement were \\"inaccurate\\"" is a denial', () => {
  const text =
    'Israel and Hamas are close to a deal to release dozens of hostages held in Gaza, a U.S. official said on Monday.\n\n' +
    'An Israeli official said the deal was "not final" and that the cabinet would vote on it on Tuesday.\n\n' +
    'Israeli Prime Minister Benjamin Netanyahu\'s office said in a statement that reports of an agreement were "inaccurate".';
  assert.deepEqual(speakersAndCues(text, '2023-11-20'), ['a U.S. official|said', 'An Israeli official|said', "Benjamin Netanyahu's office|said"]);
  assert.ok(claims(text).some((c) => c.endsWith("Benjamin Netanyahu's office=denied")), claims(text).join('\n'));
});

test('"told Reuters there were no plans for immediate retaliation" keeps the "there were" what was said begins with', () => {
  const text =
    'Headline here\n\n' +
    'State television said there had been no damage to nuclear facilities in the area, and an Iranian official told Reuters there were no plans for immediate retaliation.';
  assert.deepEqual(statements(text, '2024-04-19').slice(-1), ['an Iranian official|told|there were no plans for immediate retaliation|to:Reuters']);
});

test('Iran\'s jets claim: "The Israeli military" is not "Iran\'s military"; "dismissed the report as \\"fake news\\"" disputes the claim the headline announced; "according to state media" relays the military; "images it said showed" are state television\'s, doubted by ", but Reuters could not confirm …"', () => {
  const text =
    "Iran says it shot down Israeli F-35s; Israel denies\n\n" +
    "DUBAI, June 14 (Reuters) - Iran's military said on Saturday it had shot down two Israeli F-35 fighter jets during overnight strikes, according to state media.\n\n" +
    'An Israeli military spokesperson dismissed the report as "fake news" and said all Israeli aircraft had returned safely.\n\n' +
    'Iranian state television broadcast images it said showed wreckage of one of the planes, but Reuters could not confirm where or when they were taken.\n\n' +
    'The Israeli military said it had struck more than 150 targets in Iran.';
  assert.deepEqual(speakersAndCues(text, '2025-06-14').slice(-3), ['An Israeli military spokesperson|said', 'Iranian state television|said', 'The Israeli military|said']);
  assert.deepEqual(claims(text).slice(0, 2), [
    "disputed: state media=asserted, Iran's military=asserted, An Israeli military spokesperson=denied",
    'asserted_single_source: An Israeli military spokesperson=asserted',
  ]);
  assert.ok(claims(text).includes('unconfirmed: Iranian state television=asserted, Reuters=not_independently_verified'), claims(text).join('\n'));
  // Without the body's denial, the state media that carried the military's words is no second voice; the headline's bare "Israel
  // denies" disputes the claim.
  assert.deepEqual(claims(text.split('\n\n').slice(0, 2).join('\n\n')), ["disputed: state media=asserted, Iran's military=asserted, Israel=denied"]);
});

test('"The Baloch Liberation Army, which claimed the attack, said the military\'s account was false" is two statements, the second disputing every claim of the military and its spokesman', () => {
  const text =
    'Pakistan says all hostages freed after train siege\n\n' +
    "QUETTA, Pakistan, March 12 (AP) — Pakistan's security forces ended a siege of a hijacked train on Wednesday, killing all 33 attackers, the military said.\n\n" +
    '"All the terrorists have been sent to hell," military spokesman Lt. Gen. Ahmed Sharif Chaudhry said. He said 21 passengers and four soldiers had been killed before the operation began.\n\n' +
    "The Baloch Liberation Army, which claimed the attack, said the military's account was false.";
  assert.deepEqual(statements(text, '2025-03-12').slice(-2), ['Baloch Liberation Army|claimed|the attack', "Baloch Liberation Army|said|the military's account was false"]);
  assert.deepEqual(claims(text).slice(0, 3), [
    'disputed: the military=asserted, Baloch Liberation Army=denied',
    'disputed: Ahmed Sharif Chaudhry=asserted, Baloch Liberation Army=denied',
    'disputed: Ahmed Sharif Chaudhry=asserted, Baloch Liberation Army=denied',
  ]);
});

test('A day without a place is a dateline ("May 2 (Reuters) - "); "A spokesman for the junta did not answer calls seeking comment" is silent on the claim naming the junta; "made no mention of" is no statement; "Reuters was unable to verify the group\'s claim independently" doubts the group\'s', () => {
  const text =
    'Myanmar rebels say they captured regional command\n\n' +
    'May 2 (Reuters) - An ethnic armed group in Myanmar said on Thursday it had seized a regional military command, in what would be one of the biggest setbacks for the junta.\n\n' +
    'A spokesman for the junta did not answer calls seeking comment. State media made no mention of the fighting.\n\n' +
    "Reuters was unable to verify the group's claim independently.";
  assert.deepEqual(speakersAndCues(text, '2024-05-02'), ['Myanmar rebels|say', 'An ethnic armed group in Myanmar|said']);
  assert.deepEqual(claims(text), ['unconfirmed: An ethnic armed group in Myanmar=asserted, Reuters=not_independently_verified, A spokesman for the junta=refused_comment']);
});

test('"Pakistan denied targeting civilians" disputes the deaths blamed on its shelling, not India\'s "no Pakistani military facilities had been targeted"; "Asked about the claim at a briefing, … declined to comment" is on the claim the headline announced', () => {
  const text =
    'Islamabad says it downed five Indian jets\n\n' +
    'NEW DELHI, May 7 (Reuters) - Pakistan said it had shot down five Indian fighter jets.\n\n' +
    'India\'s defence ministry said its strikes were "measured" and that no Pakistani military facilities had been targeted.\n\n' +
    'Asked about the claim at a briefing, Indian foreign secretary Vikram Misri declined to comment.\n\n' +
    'Local officials in Indian Kashmir said at least 10 people were killed by Pakistani shelling. Pakistan denied targeting civilians.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: Pakistan=asserted, Vikram Misri=refused_comment',
    "asserted_single_source: India's defence ministry=asserted",
    'disputed: Local officials in Indian Kashmir=asserted, Pakistan=denied',
  ]);
});

test('"…, NATO says allies responded" in a headline says that allies responded; "Polish officials did not confirm receiving any warning" cannot confirm Belarus\'s', () => {
  const text =
    'Poland shoots down Russian drones in its airspace, NATO says allies responded\n\n' +
    'WARSAW, Sept 10 (Reuters) - Poland shot down drones that violated its airspace, Prime Minister Donald Tusk said.\n\n' +
    'Belarus said it had warned Poland and Lithuania about drones approaching their airspace. Polish officials did not confirm receiving any warning.';
  assert.deepEqual(statements(text, '2025-09-10')[0], 'NATO|says|allies responded');
  assert.ok(claims(text).includes('unconfirmed: Belarus=asserted, Polish officials=cannot_confirm'), claims(text).join('\n'));
});

test('"an operation it said had caused $7 billion in damage" is the SBU\'s, the sentence\'s subject; "Videos posted by RSF fighters … appeared to show …" are the RSF\'s, with "appeared to show" their cue', () => {
  const text =
    'Headline here\n\n' +
    "KYIV, June 1 (Reuters) - Ukraine's SBU security service said on Sunday it had struck 41 Russian aircraft, an operation it said had caused $7 billion in damage.\n\n" +
    'Videos posted by RSF fighters on social media appeared to show them celebrating inside the base.';
  assert.deepEqual(statements(text, '2025-06-01').slice(1), ['SBU|said|had caused $7 billion in damage', 'RSF|appeared to show|them celebrating inside the base']);
});

test('"The army did not immediately comment" is silent on the claim naming the army; "denied that El Fasher had fallen" disputes the taking of a place in El Fasher', () => {
  const text =
    "Sudan's RSF says it has seized army headquarters in El Fasher\n\n" +
    "Oct 26 (Reuters) - Sudan's paramilitary Rapid Support Forces said on Sunday they had taken control of the army's 6th Infantry Division headquarters in El Fasher.\n\n" +
    'The army did not immediately comment. A military source told Reuters that troops had withdrawn to "more secure positions", but denied that El Fasher had fallen.';
  assert.deepEqual(claims(text)[0], 'disputed: Rapid Support Forces=asserted, The army=refused_comment, A military source=denied');
});

test('"Russia did not comment on the strike. It has repeatedly denied targeting civilians." is Russia\'s denial of the deaths at the market, however far back; an earlier version of the story is no statement', () => {
  const text =
    'Strike on market in eastern Ukraine kills 14, officials say\n\n' +
    'KYIV, Sept 9 (Reuters) - A Russian glide bomb struck a market in the town of Kostiantynivka on Tuesday, killing at least 14 people, Ukrainian officials said.\n\n' +
    '"There was no military target there," regional governor Vadym Filashkin wrote on Telegram.\n\n' +
    'President Volodymyr Zelenskiy said the attack showed that Russia was not interested in peace.\n\n' +
    'Russia did not comment on the strike. It has repeatedly denied targeting civilians.\n\n' +
    'An earlier version of this story said the strike was carried out with a missile. Officials later said it was a glide bomb.';
  assert.deepEqual(speakersAndCues(text, '2025-09-09').map((s) => s.split('|')[0]), ['officials', 'Ukrainian officials', 'Vadym Filashkin', 'Volodymyr Zelenskiy', 'Russia']);
  assert.deepEqual(statements(text, '2025-09-09')[0], 'officials|say|Strike on market in eastern Ukraine kills 14');
  // (And its silence on the strike, on the same claim.)
  assert.ok(claims(text).includes('disputed: Ukrainian officials=asserted, Russia=denied, Russia=refused_comment'), claims(text).join('\n'));
});

test('"top commander says" in a headline and "Ukraine\'s top military commander said" in the lead are Syrskyi, named next; "Yes. But it will cost us." answers the question asked', () => {
  const text =
    'Ukraine needs more air defence before winter, top commander says\n\n' +
    "KYIV, Oct 3 (Reuters) - Ukraine's top military commander said Kyiv urgently needed more air defence systems from its allies.\n\n" +
    '"We are seeing them stockpile missiles," Oleksandr Syrskyi told Reuters in an interview.\n\n' +
    'Asked whether Ukraine could hold Pokrovsk, he said: "Yes. But it will cost us."';
  assert.deepEqual(speakersAndCues(text, '2025-10-03').map((s) => s.split('|')[0]), ['Oleksandr Syrskyi', 'Oleksandr Syrskyi', 'Oleksandr Syrskyi', 'Oleksandr Syrskyi']);
  const last = toJson(analyze({ text, published: '2025-10-03', origin: 'test' })).claims.at(-1)!;
  assert.equal(`${span(last.proposition)}: ${last.overall}`, 'Ukraine could hold Pokrovsk: asserted_single_source');
  const no = text.replace('"Yes. But it will cost us."', '"No. We will hold it as long as we can."');
  assert.equal(toJson(analyze({ text: no, published: '2025-10-03', origin: 'test' })).claims.at(-1)!.overall, 'denied');
});

test('Russia\'s "no targets on the territory of Poland were planned" does not corroborate Tusk\'s "Poland shot down drones … during a Russian attack on western Ukraine"', () => {
  const text =
    'Headline here\n\n' +
    'WARSAW, Sept 10 (Reuters) - Poland shot down drones that violated its airspace overnight during a Russian attack on western Ukraine, Prime Minister Donald Tusk said on Wednesday.\n\n' +
    'Russia\'s defence ministry said its forces had attacked targets in western Ukraine and that "no targets on the territory of Poland were planned".';
  assert.deepEqual(claims(text), ['asserted_single_source: Donald Tusk=asserted', "asserted_single_source: Russia's defence ministry=asserted"]);
});

test('Russian bloggers\' breakthrough "near Kupiansk" is disputed, not corroborated, by attacks repelled "near Kupiansk", and "did not confirm the breakthrough" is on it', () => {
  const text =
    'Russian bloggers say Ukraine broke through near Kupiansk\n\n' +
    'Prominent Russian military bloggers said on Tuesday that Ukrainian forces had broken through Russian lines near Kupiansk and advanced several kilometres.\n\n' +
    "Ukraine's military did not confirm the breakthrough. Russia's defence ministry said its troops had repelled six Ukrainian attacks near Kupiansk.";
  assert.deepEqual(claims(text)[0], "disputed: Prominent Russian military bloggers=asserted, Ukraine's military=cannot_confirm, Russia's defence ministry=denied");
});

test('A live report: "said air raid sirens sounded in Haifa" is one statement; "calling the Israeli claim \\"a lie\\"" is on the Israeli claim its sentence names in other words, entries before; "declined to comment on the documents" is on what the documents were cited for', () => {
  const text =
    'Live: Israel strikes Beirut suburbs as Hezbollah fires rockets\n\n' +
    "- Israel's military said it struck Hezbollah weapons depots in Beirut's southern suburbs overnight.\n" +
    '- Hezbollah said it fired dozens of rockets at northern Israel in response.\n\n' +
    '09:40 GMT - The Israeli military said air raid sirens sounded in Haifa. It said most of the rockets were intercepted.\n\n' +
    '08:50 GMT - Hezbollah denied that the buildings hit in Dahiyeh stored weapons, calling the Israeli claim "a lie to justify killing civilians".';
  assert.deepEqual(statements(text, '2024-10-01')[2], "Israel's military|said|air raid sirens sounded in Haifa");
  assert.deepEqual(claims(text)[0], "disputed: Israel's military=asserted, Hezbollah=denied");
  const documents =
    'Headline here\n\n' +
    "LONDON, Aug 3 (Reuters) - Russia's defence ministry paid salaries to thousands of Wagner mercenaries, according to documents reviewed by Reuters.\n\n" +
    'The Kremlin declined to comment on the documents.';
  assert.deepEqual(claims(documents), ['reported_seen_by_outlet: document=asserted, Reuters=reported_seen_by_outlet, Kremlin=refused_comment']);
});

test('"and that it had dismissed two officers" is no denial; one voice denies nothing it asserts itself; "denied any involvement, saying …" disputes the accusation; "The toll could not be confirmed independently" is on the claim of people killed', () => {
  const wck =
    'Israel admits strike that killed seven aid workers was a "grave mistake"\n\n' +
    'JERUSALEM, April 2 (Reuters) - Israel\'s military said on Tuesday that an air strike which killed seven aid workers in Gaza was a "grave mistake", and that it had dismissed two officers.\n\n' +
    'The military has denied that the convoy was deliberately targeted.';
  assert.deepEqual(claims(wck)[0], "asserted_single_source: Israel's military=asserted");
  const plant =
    'Drone hits nuclear plant\n\n' +
    "The Russian-installed management of the plant said Ukrainian forces had launched the drone. Ukraine's military intelligence denied any involvement, saying the attack had been staged by Russia.";
  assert.deepEqual(claims(plant)[0], "disputed: The Russian-installed management of the plant=asserted, Ukraine's military intelligence=denied");
  const toll =
    'Dozens killed in Darfur market attack\n\n' +
    'Sept 22 (Reuters) - At least 75 people were killed in an attack on a market in El Fasher, a local activist group said on Sunday.\n\n' +
    "A doctor at the city's Saudi Hospital told Reuters that 60 bodies had been brought in. The toll could not be confirmed independently.";
  assert.deepEqual(claims(toll), ['unconfirmed: a local activist group=asserted, outlet=not_independently_verified', "asserted_single_source: A doctor at the city's Saudi Hospital=asserted"]);
});

test('"…, according to a statement read on state broadcaster RTB" is how the army said it, no second statement; "The army\'s statement could not be independently verified" doubts the army\'s claims; "…, and the junta did not respond" is the junta\'s silence; "The group had earlier said" has "had earlier" in its cue', () => {
  const text =
    'Burkina Faso army says it killed hundreds of jihadists\n\n' +
    'OUAGADOUGOU, March 15 (Reuters) - Burkina Faso\'s army said on Friday it had killed more than 300 "terrorists" in the north, according to a statement read on state broadcaster RTB.\n\n' +
    'Residents of the town of Djibo said soldiers had executed dozens of civilians. Human Rights Watch said in March that the army had killed at least 223 villagers in February.\n\n' +
    "The army's statement could not be independently verified, and the junta did not respond to questions about the residents' accounts.";
  assert.deepEqual(speakersAndCues(text, '2024-03-15'), ["Burkina Faso's army|says", "Burkina Faso's army|said", 'Residents of the town of Djibo|said', 'Human Rights Watch|said']);
  assert.deepEqual(claims(text), [
    "unconfirmed: Burkina Faso's army=asserted, outlet=not_independently_verified",
    'asserted_single_source: Residents of the town of Djibo=asserted, the junta=refused_comment',
    'asserted_single_source: Human Rights Watch=asserted',
  ]);
  const hamas = 'Headline here\n\nThe group had earlier said it would delay the release, accusing Israel of violating the truce.';
  assert.deepEqual(statements(hamas, '2025-02-13').map((s) => s.split('|').slice(0, 2).join('|')), ['The group|had earlier said', 'The group|accusing']);
});

test('"The claims could not be independently verified" after one side denied the other\'s account and gave its own doubts both sides\' latest claims; after one side alone, only its', () => {
  const text =
    'Pakistan says all hostages freed after train siege\n\n' +
    "QUETTA, March 12 (AP) — Pakistan's security forces ended a siege of a hijacked train on Wednesday, killing all 33 attackers, the military said.\n\n" +
    "The Baloch Liberation Army said the military's account was false. In a statement, the group said it was still holding dozens of hostages.\n\n" +
    'The claims could not be independently verified.';
  assert.deepEqual(claims(text), [
    'disputed: the military=asserted, Baloch Liberation Army=denied, outlet=not_independently_verified',
    'unconfirmed: Baloch Liberation Army=asserted, outlet=not_independently_verified',
  ]);
});

test('"disputed the monitor\'s toll, saying it was \\"exaggerated\\"": the spokesman speaks, and denies the monitor\'s figures, not the residents\' account before', () => {
  const text =
    'More than 1,000 killed in coastal violence, monitor says\n\n' +
    'DAMASCUS, March 9 (Reuters) - More than 1,000 people have been killed in two days of clashes, a war monitor said on Sunday.\n\n' +
    'The Syrian Observatory for Human Rights, a Britain-based monitor, said 745 of the dead were civilians.\n\n' +
    'Residents of Baniyas told Reuters by phone that gunmen had gone from house to house. Reuters could not independently verify their accounts.\n\n' +
    'A defence ministry spokesman disputed the monitor\'s toll, saying it was "exaggerated", but gave no figure of his own.';
  assert.deepEqual(statements(text, '2025-03-09').at(-1), 'A defence ministry spokesman|saying|it was "exaggerated"');
  assert.deepEqual(claims(text), [
    'disputed: Syrian Observatory for Human Rights=asserted, A defence ministry spokesman=denied',
    'disputed: Syrian Observatory for Human Rights=asserted, A defence ministry spokesman=denied',
    'unconfirmed: Residents of Baniyas=asserted, Reuters=not_independently_verified',
  ]);
});

test('a speaker keeps out of the relative clause set off after it ("A U.N. source, who spoke … because they were not authorised …, said")', () => {
  const text =
    'GOMA, Jan 27 (Reuters) - A U.N. source, who spoke on condition of anonymity because they were not authorised to speak to the media, said fighting was continuing near the airport.';
  assert.deepEqual(speakersAndCues(text, '2025-01-27'), ['U.N.|said']);
});

test('"Gangs attacked the town …, residents and a local official said" is one statement of the group; "Residents, however," speak; "The prison service did not confirm the number"; "in a video posted on social media"', () => {
  const text =
    'PORT-AU-PRINCE, March 31 (Reuters) - Gangs attacked the town of Mirebalais overnight, freeing hundreds of prisoners from its jail, residents and a local official said on Monday.\n\n' +
    'Gang leader Jimmy Cherizier said in a video posted on social media that his coalition would not stop.\n\n' +
    'The national police said officers had repelled the assault. Residents, however, said gang members were still patrolling the main road.\n\n' +
    'Deputy mayor Jean Riclaude said at least 529 inmates had escaped. The prison service did not confirm the number.';
  assert.deepEqual(statements(text, '2025-03-31'), [
    'residents and a local official|said|Gangs attacked the town of Mirebalais overnight, freeing hundreds of prisoners from its jail',
    'Jimmy Cherizier|said|his coalition would not stop|ch:in a video posted on social media',
    'The national police|said|officers had repelled the assault',
    'Residents|said|gang members were still patrolling the main road',
    'Jean Riclaude|said|at least 529 inmates had escaped',
  ]);
  assert.deepEqual(claims(text).at(-1), 'unconfirmed: Jean Riclaude=asserted, The prison service=cannot_confirm');
});

test('the Kremlin\'s "Russia did not strike civilian targets" denies the strike on a hospital, not its own ministry\'s account; "gave no evidence for" states nothing; the lead says what it says without its frame and the setting after it', () => {
  const text =
    "Russian missile hit Kyiv children's hospital, Ukraine says\n\n" +
    "KYIV, July 9 (Reuters) - A Russian missile struck Ukraine's largest children's hospital on Monday, killing two adults, Ukrainian officials said, in one of the heaviest air attacks on the capital in months.\n\n" +
    "Russia's defence ministry said damage in Kyiv had been caused by a Ukrainian air defence missile and that its own strikes had hit only military targets.\n\n" +
    'The SBU security service said it had found fragments of a Russian cruise missile at the site and had opened a war crimes investigation.\n\n' +
    'Kremlin spokesman Dmitry Peskov repeated that Russia did not strike civilian targets. He gave no evidence for the ministry\'s account.';
  assert.deepEqual(statements(text, '2024-07-09').slice(1), [
    "Ukrainian officials|said|A Russian missile struck Ukraine's largest children's hospital on Monday, killing two adults",
    "Russia's defence ministry|said|damage in Kyiv had been caused by a Ukrainian air defence missile and that its own strikes had hit only military targets",
    'SBU|said|it had found fragments of a Russian cruise missile at the site and had opened a war crimes investigation',
    'Dmitry Peskov|repeated|Russia did not strike civilian targets',
  ]);
  assert.deepEqual(claims(text), [
    "disputed: Ukrainian officials=asserted, Dmitry Peskov=denied, Russia's defence ministry=denied",
    // (Its blame of a Ukrainian missile is disputed by the Ukrainian officials' blame of a Russian one.)
    "disputed: Russia's defence ministry=asserted, outlet=not_independently_verified, Ukrainian officials=denied",
    'disputed: SBU=asserted, Dmitry Peskov=denied',
  ]);
});

test('"Neither side\'s figures could be independently verified" doubts the claims that give figures, not a silence or a claim without one', () => {
  const text =
    'KABUL, Oct 12 (Reuters) - Afghanistan\'s Taliban government said on Sunday that 58 Pakistani soldiers had been killed in clashes overnight.\n\n' +
    'Pakistan\'s military said 23 of its soldiers had been killed. It said it had destroyed several Taliban camps.\n\n' +
    'Pakistan has not said whether it carried out the strikes on Kabul. Neither side\'s figures could be independently verified.';
  assert.deepEqual(claims(text), [
    'unconfirmed: Taliban=asserted, outlet=not_independently_verified',
    "unconfirmed: Pakistan's military=asserted, outlet=not_independently_verified",
    "asserted_single_source: Pakistan's military=asserted",
    'refused_comment: Pakistan=refused_comment',
  ]);
});

test('a document "put the number of dead at 77" is a claim the outlet saw; an unnamed source described again is one source with one claim; a claim ends before ", in which" another source speaks', () => {
  const text =
    'Al Qaeda affiliate claims attack on Bamako\n\n' +
    'BAMAKO, Sept 18 (Reuters) - An al Qaeda-linked group claimed responsibility for an attack on a police school in Bamako, in which a security source said more than 70 people had been killed.\n\n' +
    'A security source, who asked not to be named, said more than 70 people had been killed. An internal document seen by Reuters put the number of dead at 77.';
  assert.deepEqual(statements(text, '2024-09-18').slice(1), [
    'An al Qaeda-linked group|claimed|responsibility for an attack on a police school in Bamako',
    'a security source|said|more than 70 people had been killed|anonymous',
    'a security source|said|more than 70 people had been killed|anonymous',
    'document|put|the number of dead at 77',
  ]);
  // (The document's count agrees with the source's "more than 70".)
  assert.deepEqual(claims(text).slice(1), ['reported_seen_by_outlet: a security source=asserted, a security source=asserted, document=asserted, Reuters=reported_seen_by_outlet']);
});

test('a headline\'s "no damage reported" is what was said; "said …, but that …" is two statements; "attacks the group says are" has the group speak; "the Houthi claim" is the one the headline announced', () => {
  const text =
    'Houthis say they attacked cargo ship in Red Sea; U.S. says no damage reported\n\n' +
    'DUBAI, March 4 (Reuters) - Yemen\'s Houthi movement said on Tuesday it had targeted a cargo ship in the Red Sea with missiles, the latest in a string of attacks the group says are in solidarity with Palestinians.\n\n' +
    'The UKMTO agency said it had received a report of an explosion near a vessel east of Aden, but that the vessel and its crew were safe.\n\n' +
    'Reuters could not independently verify the Houthi claim.';
  assert.deepEqual(statements(text, '2025-03-04'), [
    'Houthis|say|they attacked cargo ship in Red Sea',
    'U.S.|says|no damage reported',
    'Houthis|said|it had targeted a cargo ship in the Red Sea with missiles',
    'Houthis|says|are in solidarity with Palestinians',
    // (The clause set against the first under the same cue is a second statement.)
    'UKMTO|said|it had received a report of an explosion near a vessel east of Aden',
    'UKMTO|said|the vessel and its crew were safe',
  ]);
  assert.deepEqual(claims(text)[0], 'unconfirmed: Houthis=asserted, Reuters=not_independently_verified');
});

test('"…, a health worker and two residents said, as fighting … intensified": the group speaks, what was said ends before its frame', () => {
  const text =
    'ADDIS ABABA, Jan 23 (Reuters) - A drone strike on a market in the Amhara region killed at least 30 people on Tuesday, a health worker and two residents said, as fighting between the army and militiamen intensified.';
  assert.deepEqual(statements(text, '2024-01-23'), ['a health worker and two residents|said|A drone strike on a market in the Amhara region killed at least 30 people on Tuesday']);
});

test('"The Pentagon would not confirm the account" is on the claim the sentence before restates, not on one stated after it first', () => {
  const text =
    'Iran says it downed drones; U.S. official says Israel carried out strike\n\n' +
    'DUBAI, April 19 (Reuters) - Iran\'s air defences shot down three drones over Isfahan, state media reported.\n\n' +
    'An Iranian official told Reuters there were no plans for immediate retaliation.\n\n' +
    'A U.S. official, speaking on condition of anonymity, said Israel had carried out the strike. The Pentagon would not confirm the account.';
  assert.ok(claims(text).includes('unconfirmed: A U.S. official=asserted, Pentagon=cannot_confirm'), claims(text).join('\n'));
});

test('a headline\'s "M23 rebels say they have taken Goma" is the lead\'s claim; "still held \\"strategic positions\\" in the city" disputes the taking', () => {
  const text =
    'M23 rebels say they have taken Goma\n\n' +
    'GOMA, Jan 27 (Reuters) - Rwanda-backed M23 rebels said on Monday they had taken control of Goma, the largest city in eastern Congo.\n\n' +
    'Congo\'s communications minister, Patrick Muyaya, said government troops still held "strategic positions" in the city, including the airport.';
  assert.deepEqual(claims(text), ['disputed: M23=asserted, Patrick Muyaya=denied', 'asserted_single_source: Patrick Muyaya=asserted']);
});

test('a headline clause framed before a semicolon ("…, UN monitors say; Moscow denies") is a statement; "and called the strike \\"…\\"" is no part of a denial; "a high likelihood that" hedges', () => {
  const text =
    "Russian missile hit Kyiv children's hospital, UN monitors say; Moscow denies\n\n" +
    'KYIV, July 9 (Reuters) - Hezbollah official Mahmoud Qmati denied that the group was storing weapons in the building and called the strike "a dangerous escalation".\n\n' +
    'Danielle Bell said an assessment at the scene indicated "a high likelihood that the children\'s hospital suffered a direct hit".';
  assert.deepEqual(statements(text, '2024-07-09').slice(0, 3), [
    "UN|say|Russian missile hit Kyiv children's hospital",
    "Moscow|denies|Russian missile hit Kyiv children's hospital",
    'Mahmoud Qmati|denied|the group was storing weapons in the building',
  ]);
  // (Her hedged report restates the headline's claim, which Moscow denies: disputed.)
  assert.deepEqual(claims(text)[0], 'disputed: Danielle Bell=hedged, Moscow=denied');
});

test('"wrote on X, formerly known as Twitter," is one statement (no second source to corroborate it); ", rejecting Washington\'s account that …" is no part of what was said, but a rejection of its own', () => {
  const text =
    "Maduro says U.S. strike killed fishermen\n\n" +
    'CARACAS, Sept 4 (Reuters) - Venezuelan President Nicolas Maduro said on Thursday that a U.S. strike on a boat had killed fishermen, rejecting Washington\'s account that those on board were drug traffickers.\n\n' +
    'U.S. Defense Secretary Pete Hegseth wrote on X, formerly known as Twitter, that the strike had killed 11 "narco-terrorists". He did not provide evidence.';
  assert.deepEqual(statements(text, '2025-09-04').slice(1), [
    'Nicolas Maduro|said|a U.S. strike on a boat had killed fishermen',
    "Nicolas Maduro|rejecting|Washington's account that those on board were drug traffickers",
    'Pete Hegseth|wrote|the strike had killed 11 "narco-terrorists"|ch:on X',
  ]);
  assert.ok(!claims(text).some((c) => c.startsWith('corroborated')), claims(text).join('\n'));
});

test('"he said" right after a man\'s statement is that man, not one named in what he said; not one the text calls "she"', () => {
  const text =
    'MOSCOW, July 10 (Reuters) - Kremlin spokesman Dmitry Peskov said Putin had met Yevgeny Prigozhin at the Kremlin on June 29. The meeting lasted almost three hours, he said.\n\n' +
    '"I would," Melanie said to Donald Trump. She said yes, over and over again, until Trump reached the final words of his speech.\n\n' +
    '"I love you," he said.';
  assert.deepEqual(speakersAndCues(text, '2023-07-10').slice(0, 2), ['Dmitry Peskov|said', 'Dmitry Peskov|said']);
  assert.notEqual(speakersAndCues(text, '2023-07-10').at(-1), 'Melanie|said');
});

test('"declined to give a timeline" refuses; "one of the people" is of the people familiar with the talks; "reports of an imminent deal are premature" disputes the report of one', () => {
  const text =
    'Israel and Hamas close to deal, sources say\n\n' +
    'CAIRO, Jan 13 (Reuters) - Israel and Hamas are close to an agreement on a ceasefire in Gaza, two people familiar with the negotiations said on Monday.\n\n' +
    '"We are closer than we have ever been," one of the people said.\n\n' +
    'Qatar\'s foreign ministry spokesman Majed al-Ansari told reporters the talks were at their "final stage" but declined to give a timeline.\n\n' +
    'The office of Prime Minister Benjamin Netanyahu said in a statement that "reports of an imminent deal are premature".';
  assert.deepEqual(claims(text), [
    'disputed: two people familiar with the negotiations=asserted, Benjamin Netanyahu=denied',
    // ("reports", in the plural: all the people familiar with the talks said.)
    'disputed: two people familiar with the negotiations=asserted, Benjamin Netanyahu=denied',
    'asserted_single_source: Majed al-Ansari=asserted',
    'refused_comment: Majed al-Ansari=refused_comment',
  ]);
});

test('"a person … who spoke on condition of anonymity because …" speaks without the clause; "could not independently confirm the cause of the blast" is on the claim of its cause', () => {
  const text =
    'Explosion at Iranian port kills at least 40, state media says\n\n' +
    "TEHRAN, Iran (AP) — A massive explosion at Iran's Shahid Rajaei port killed at least 40 people on Saturday, state media reported.\n\n" +
    'The blast was likely caused by a shipment of a chemical used in missile fuel, according to a person with knowledge of the shipment who spoke on condition of anonymity because they were not authorized to speak to journalists.\n\n' +
    '"There was no cargo for the military sector," ministry spokesman Reza Talaei-Nik said on state television.\n\n' +
    'The Associated Press could not independently confirm the cause of the blast.';
  assert.deepEqual(speakersAndCues(text, '2025-04-26')[2], 'a person with knowledge of the shipment|according to');
  assert.deepEqual(claims(text).slice(1), ['unconfirmed: a person with knowledge of the shipment=hedged, Associated Press=not_independently_verified', 'asserted_single_source: Reza Talaei-Nik=asserted']);
});

test('"Reuters verified the location of the videos" is the outlet\'s check of what they show; a video after the check is checked too', () => {
  const text =
    'Sudan army says it has retaken presidential palace\n\n' +
    "KHARTOUM, March 21 (Reuters) - Sudan's army said on Friday it had retaken the presidential palace in Khartoum.\n\n" +
    "The RSF said its forces were still present in the area. It did not address the army's claim that it controlled the palace itself.\n\n" +
    'Videos posted by soldiers on social media showed troops celebrating inside the palace grounds. Reuters verified the location of the videos.\n\n' +
    'Reuters was able to verify the location of a second video by matching buildings to satellite imagery. The video appears to show soldiers raising a flag.';
  assert.deepEqual(claims(text).slice(-2), ['reported_seen_by_outlet: soldiers=asserted, Reuters=reported_seen_by_outlet', 'reported_seen_by_outlet: imagery=hedged, Reuters=reported_seen_by_outlet']);
});

test('"COGAT, the Israeli military agency that oversees aid to Gaza, disputed the figure, saying …": COGAT disputes and speaks, not Gaza; ", a step Washington has resisted" is no part of what was said', () => {
  const text =
    'Gaza aid falls, UN says\n\n' +
    'GENEVA, Oct 22 (Reuters) - An average of 30 trucks a day entered Gaza in the first three weeks of October, the United Nations humanitarian office said.\n\n' +
    'COGAT, the Israeli military agency that oversees aid to Gaza, disputed the figure, saying more than 500 trucks had entered in the first two weeks of the month.\n\n' +
    'The United States is considering sending long-range missiles to Ukraine, three U.S. officials said, a step Washington has resisted for more than a year.';
  assert.deepEqual(statements(text, '2024-10-22').slice(2), [
    'COGAT|saying|more than 500 trucks had entered in the first two weeks of the month',
    'three U.S. officials|said|The United States is considering sending long-range missiles to Ukraine',
  ]);
  assert.ok(claims(text).includes('disputed: United Nations=asserted, COGAT=denied'), claims(text).join('\n'));
});

test('"denied a French newspaper report that …" denies what the report said; "We have nothing to say on that" refuses; a denial that its forces kill prisoners of war disputes an execution', () => {
  const text =
    'Kremlin denies Putin met Wagner commanders\n\n' +
    'MOSCOW, July 10 (Reuters) - The Kremlin on Monday denied a French newspaper report that President Vladimir Putin had met Yevgeny Prigozhin after the mutiny.\n\n' +
    '"We have nothing to say on that," Kremlin spokesman Dmitry Peskov told reporters.\n\n' +
    "Ukraine's prosecutor general said it had opened an investigation into the execution by Russian troops of 16 Ukrainian soldiers who had surrendered near Pokrovsk. Moscow has previously denied that its forces kill prisoners of war.";
  const a = toJson(analyze({ text, published: '2023-07-10', origin: 'test' }));
  assert.deepEqual(
    a.claims.map((c) => `${c.overall}: ${span(c.proposition)}`).slice(0, 2),
    // (The newspaper asserted it: disputed.)
    ['disputed: President Vladimir Putin had met Yevgeny Prigozhin after the mutiny', 'refused_comment: We have nothing to say on that,'],
  );
  assert.deepEqual(claims(text).at(-1), "disputed: Ukraine's prosecutor general=asserted, Moscow=denied");
});

test('a fact check: "a video … that purports to show …" hedges what it shows, up to the main verb; "VERDICT: False." is on that claim; "The clip, posted on X …," states nothing', () => {
  const text =
    'Fact check: Video of missiles over Tel Aviv is from a video game\n\n' +
    'A video shared thousands of times on social media that purports to show Iranian missiles striking Tel Aviv is taken from a video game, a Reuters analysis found.\n\n' +
    'The clip, posted on X on Oct. 2 with the caption "Tel Aviv is burning tonight", has been viewed more than 2 million times.\n\n' +
    "Bohemia Interactive, the game's developer, said in a 2022 statement that footage from the game was often passed off as real combat.\n\n" +
    'VERDICT: False.';
  assert.deepEqual(speakersAndCues(text, '2024-10-03'), ['social-media|purports to show', 'Bohemia Interactive|said']);
  assert.deepEqual(claims(text), ['disputed: social-media=hedged, outlet=denied', 'asserted_single_source: Bohemia Interactive=asserted']);
});

test('"could not be reached for comment" is a silence; "a local official and a security source, both of whom requested anonymity" speak without the clause; "the Institute for the Study of War (ISW) said in its latest assessment"', () => {
  const text =
    'Jihadists kill dozens of soldiers in Burkina Faso, sources say\n\n' +
    'OUAGADOUGOU, May 12 (Reuters) - Jihadist fighters killed more than 50 soldiers in an attack on an army base, according to a local official and a security source, both of whom requested anonymity. The army could not be reached for comment.\n\n' +
    'Russian forces likely made marginal gains east of Toretsk, the Institute for the Study of War (ISW) said in its latest assessment on Friday.';
  assert.deepEqual(statements(text, '2025-05-12').slice(1), [
    'a local official and a security source|according to|Jihadist fighters killed more than 50 soldiers in an attack on an army base|anonymous',
    'Institute for the Study of War|said|Russian forces likely made marginal gains east of Toretsk|ch:in its latest assessment',
  ]);
  assert.deepEqual(claims(text)[0], 'asserted_single_source: a local official and a security source=asserted, The army=refused_comment');
});

test('"A Reuters witness saw …" is seen by the outlet; "called the reports of an imminent war \\"alarmist\\"" denies them; "…," said X, …, adding that …" is X\'s; "Kyiv rarely comments … but has said" is Kyiv\'s; an outlet\'s doubt is on an account, not a silence', () => {
  const text =
    'Protesters killed in Nairobi, witnesses say\n\n' +
    'NAIROBI, June 25 (Reuters) - A Reuters witness saw police fire live rounds at protesters near parliament.\n\n' +
    'Diplomats and residents had told Reuters that convoys of soldiers had been seen moving towards the border. Eritrea\'s information minister, Yemane Gebremeskel, called the reports of an imminent war "alarmist".\n\n' +
    '"People are dying of hunger every day," said Mohamed Refaat, an official with the International Organization for Migration, adding that aid trucks had waited weeks at the border.\n\n' +
    'Kyiv rarely comments on attacks inside Russia but has said that strikes on military infrastructure there are legitimate.\n\n' +
    'Energy Minister Herman Halushchenko said power facilities in several western regions had been damaged. He did not say how badly. The claims could not be independently verified.';
  assert.deepEqual(speakersAndCues(text, '2025-06-25').slice(3, 6), ['Mohamed Refaat|said', 'Mohamed Refaat|adding', 'Kyiv|has said']);
  assert.deepEqual(claims(text).slice(1), [
    'reported_seen_by_outlet: Reuters=reported_seen_by_outlet',
    'disputed: Diplomats and residents=asserted, Yemane Gebremeskel=denied',
    'asserted_single_source: Mohamed Refaat=asserted',
    'asserted_single_source: Mohamed Refaat=asserted',
    'asserted_single_source: Kyiv=asserted',
    'unconfirmed: Herman Halushchenko=asserted, outlet=not_independently_verified',
    'refused_comment: Herman Halushchenko=refused_comment',
  ]);
});

test('"Russia says it captured village near Pokrovsk, Tass reports": what Russia says ends before the frame; repelled attacks "in the Pokrovsk direction" do not dispute a village "near Pokrovsk" taken; a toll revised is a statement, "down from 15 reported earlier" none', () => {
  const text =
    'Russia says it captured village near Pokrovsk, Tass reports\n\n' +
    'MOSCOW, Jan 8 (Reuters) - Russian forces have captured the village of Nova Poltavka near Pokrovsk, the Tass news agency reported on Wednesday, citing the defence ministry.\n\n' +
    "Ukraine's General Staff said on Wednesday that its forces had repelled 32 Russian attacks in the Pokrovsk direction over the past day.\n\n" +
    "Ukraine's emergency service revised the death toll from a Russian drone strike on an apartment building in Odesa to 12 on Sunday, down from 15 reported earlier.";
  assert.deepEqual(speakersAndCues(text, '2025-01-08').slice(1), ['Russia|says', 'Tass|reported', "Ukraine's General Staff|said", "Ukraine's emergency service|revised"]);
  assert.equal(statements(text, '2025-01-08')[1], 'Russia|says|it captured village near Pokrovsk');
  assert.ok(!claims(text).some((c) => c.startsWith('disputed')), claims(text).join('\n'));
});

test('"The United States, Britain, France and Germany said in a joint statement": the whole list speaks', () => {
  const text =
    'WASHINGTON, Sept 10 (Reuters) - The United States, Britain, France and Germany said in a joint statement on Tuesday that Iran had transferred ballistic missiles to Russia.';
  const a = toJson(analyze({ text, published: '2024-09-10', origin: 'test' }));
  assert.deepEqual(a.attributions.map((x) => span(x.speaker)), ['The United States, Britain, France and Germany']);
});

test('"In an interview with the BBC, … said" is the channel; "according to the U.N. mission, while Russia\'s defence ministry said …" has its own speaker; one voice\'s denial and assertion are no dispute; "called the U.N. figures \\"biased\\"" disputes them; "A Reuters witness … heard"', () => {
  const text =
    'UN says 35 civilians killed in Ukraine in March; Russia denies targeting civilians\n\n' +
    'GENEVA, April 10 (Reuters) - At least 35 civilians were killed in Ukraine in March, according to the U.N. human rights monitoring mission, while Russia\'s defence ministry said its forces had struck only military targets.\n\n' +
    'Russia\'s foreign ministry called the U.N. figures "biased". In an interview with the BBC, Ukrainian President Volodymyr Zelenskiy said Ukraine needed more air defences.\n\n' +
    'A Reuters witness in Kyiv heard a loud explosion early on Friday.';
  assert.deepEqual(statements(text, '2024-04-10').slice(2), [
    'U.N.|according to|At least 35 civilians were killed in Ukraine in March',
    "Russia's defence ministry|said|its forces had struck only military targets",
    'Russia\'s foreign ministry|called|the U.N. figures "biased"',
    'Volodymyr Zelenskiy|said|Ukraine needed more air defences|ch:In an interview with the BBC',
  ]);
  assert.ok(!claims(text).some((c) => c.includes("Russia's defence ministry=asserted, Russia=denied")), claims(text).join('\n'));
  assert.ok(claims(text).includes("disputed: U.N.=asserted, Russia's foreign ministry=denied"), claims(text).join('\n'));
  assert.deepEqual(claims(text).at(-1), 'reported_seen_by_outlet: Reuters=reported_seen_by_outlet');
});

test('"A video posted on social media by RSF fighters appeared to show …" is the RSF\'s, hedged; "The families of the crew, who were named by the army, said" has no statement by the army', () => {
  const text =
    'RSF says it shot down army plane in Darfur\n\n' +
    "KHARTOUM, Oct 22 (Reuters) - Sudan's paramilitary Rapid Support Forces said on Tuesday it had shot down an army cargo plane over North Darfur, killing its crew.\n\n" +
    'A video posted on social media by RSF fighters appeared to show the wreckage of a plane burning in the desert. Reuters could not verify where or when it was filmed.\n\n' +
    'The families of the crew, who were named by the army, said they had not been notified.';
  assert.deepEqual(statements(text, '2024-10-22').slice(2), [
    'Rapid Support Forces|appeared to show|the wreckage of a plane burning in the desert|ch:on social media',
    'The families of the crew|said|they had not been notified',
  ]);
  assert.ok(claims(text).includes('unconfirmed: Rapid Support Forces=hedged, Reuters=not_independently_verified'), claims(text).join('\n'));
});

test('"Satellite images taken by Maxar … showed damage …, a day after Israel said …" is a statement of the imagery, up to the setting; "It did not mention Parchin" is on it', () => {
  const text =
    'Satellite images show damage at Iranian air base after Israeli strike\n\n' +
    'DUBAI, Oct 27 (Reuters) - Satellite images taken by Maxar Technologies on Sunday showed damage to several buildings at the Parchin military complex near Tehran, a day after Israel said it had struck military targets in Iran.\n\n' +
    'Iran\'s army said the strikes had caused "limited damage" to radar systems. It did not mention Parchin.';
  assert.deepEqual(statements(text, '2024-10-27')[1], 'imagery|showed|damage to several buildings at the Parchin military complex near Tehran');
  assert.ok(claims(text).includes("asserted_single_source: imagery=asserted, Iran's army=refused_comment"), claims(text).join('\n'));
});

test('"Russia has neither confirmed nor denied the presence …" and "has not confirmed or denied": the whole is the cue, a doubt on the headline\'s claim, not an echo of it; a dateline inside what the model read is no part of it', () => {
  const text =
    'U.S. says North Korean troops are fighting in Kursk\n\n' +
    "WASHINGTON, Dec 16 (Reuters) - North Korean soldiers have begun taking part in combat against Ukrainian forces in Russia's Kursk region and have suffered casualties, the Pentagon said on Monday.\n\n" +
    'Russia has neither confirmed nor denied the presence of North Korean troops on its soil. Moscow has not confirmed or denied the report.\n\n' +
    'Pentagon press secretary Pat Ryder said he could not give a number for the casualties.';
  assert.deepEqual(statements(text, '2024-12-16').slice(1, 4), [
    "Pentagon|said|North Korean soldiers have begun taking part in combat against Ukrainian forces in Russia's Kursk region and have suffered casualties",
    'Russia|has neither confirmed nor denied|the presence of North Korean troops on its soil',
    'Moscow|has not confirmed or denied|the report',
  ]);
  // (The headline's "U.S. says" is the Pentagon's voice: one claim, which both doubts are on.)
  assert.deepEqual(claims(text).slice(0, 2), ['unconfirmed: Pentagon=asserted, Russia=neither_confirmed_nor_denied, Moscow=neither_confirmed_nor_denied', 'unconfirmed: Pat Ryder=cannot_confirm']);
  assert.ok(!claims(text).some((c) => c.includes('warning')), claims(text).join('\n'));
});

test('"conceded that" is a statement, up to another\'s set off after it; "retracted its earlier statement that …" denies what it had said; "Reuters was unable to verify where the launchers had been found" doubts the claim naming most of it', () => {
  const text =
    'Sudan army concedes loss of Wad Madani garrison\n\n' +
    "PORT SUDAN, Dec 19 (AFP) - Sudan's army conceded on Tuesday that its troops had withdrawn from their garrison in Wad Madani, a day after the paramilitary Rapid Support Forces said they had taken the city.\n\n" +
    'The Israeli military on Sunday retracted its earlier statement that Hamas had hidden rocket launchers inside a United Nations school in Khan Younis, saying the launchers had been found in an adjacent building.\n\n' +
    'UNRWA said its staff had inspected the school.\n\n' +
    '"We found no evidence that this one was used," agency chief Philippe Lazzarini wrote on X.\n\n' +
    'Reuters was unable to verify where the launchers had been found.';
  assert.deepEqual(statements(text, '2024-12-19').slice(0, 4), [
    "Sudan's army|conceded|its troops had withdrawn from their garrison in Wad Madani",
    'Rapid Support Forces|said|they had taken the city',
    'The Israeli military|retracted|Hamas had hidden rocket launchers inside a United Nations school in Khan Younis',
    'The Israeli military|saying|the launchers had been found in an adjacent building',
  ]);
  assert.ok(claims(text).includes('denied: The Israeli military=denied'), claims(text).join('\n'));
  assert.ok(claims(text).includes('unconfirmed: The Israeli military=asserted, Reuters=not_independently_verified'), claims(text).join('\n'));
});

test('a spokesman calling "These claims" fabricated denies the other side\'s accusation, not his own side\'s statement; "Asked about the accusation, … had nothing to add" is on the accusation; a headline\'s "calls it a smear" denies the claim it opens with', () => {
  const text =
    'Russia accuses Ukraine of using chemical agents near Avdiivka; Kyiv calls it a smear\n\n' +
    "KYIV, March 14 (AP) — Russia's defense ministry said Thursday, without providing evidence, that Ukrainian forces had used chemical agents against Russian troops near Avdiivka.\n\n" +
    "Ukraine's General Staff said Russia was preparing the ground for its own use of banned weapons.\n\n" +
    '"These claims are fabricated from start to finish," General Staff spokesman Andriy Kovalyov told the Associated Press.\n\n' +
    "Asked about the accusation at a briefing, Kremlin spokesman Dmitry Peskov said he had nothing to add to the ministry's statement.";
  assert.deepEqual(claims(text).slice(0, 2), [
    "disputed: Russia's defense ministry=asserted, Andriy Kovalyov=denied, Dmitry Peskov=refused_comment, outlet=not_independently_verified",
    "asserted_single_source: Ukraine's General Staff=asserted",
  ]);
  // (The headline's denial stays where the body gives none.)
  const lead = text.split('\n\n').slice(0, 2).join('\n\n');
  assert.deepEqual(claims(lead), ["disputed: Russia's defense ministry=asserted, outlet=not_independently_verified, Kyiv=denied"]);
});

test('"said in its daily intelligence update" is the channel, what was said before the frame; "consistent with U.S. estimates" is no statement of the U.S.; ", briefed on the intelligence," is no part of the source; a hedged account is one of "either side\'s" figures', () => {
  const text =
    'UK intelligence says Russia likely lost 1,500 troops a day in May\n\n' +
    "LONDON, June 2 (Reuters) - Russia's armed forces probably suffered an average of 1,500 casualties a day in May, the highest rate since the start of the war, Britain's Ministry of Defence said in its daily intelligence update on Sunday.\n\n" +
    'A senior Western official, briefed on the intelligence, told Reuters the figure was consistent with U.S. estimates.\n\n' +
    'Reuters could not independently verify the casualty figures of either side.';
  assert.deepEqual(statements(text, '2024-06-02').slice(1), [
    "Ministry of Defence|said|Russia's armed forces probably suffered an average of 1,500 casualties a day in May, the highest rate since the start of the war|ch:in its daily intelligence update",
    'A senior Western official|told|the figure was consistent with U.S. estimates|to:Reuters',
  ]);
  assert.equal(claims(text)[0], 'unconfirmed: Ministry of Defence=hedged, Reuters=not_independently_verified');
});

test('", claims the Pentagon has confirmed in at least three cases" is the Pentagon\'s agreement, no statement of its own; "Two former Wagner fighters" speak as themselves; "declined to say whether she believed the journalist\'s account" is a refusal on it; "unable to independently authenticate the documents" doubts them; a silence names its claim however far back', () => {
  const houthis =
    'The Houthis have claimed to have downed several Reaper drones since October, claims the Pentagon has confirmed in at least three cases.';
  assert.deepEqual(statements(houthis, '2024-02-19'), ['Houthis|have claimed|to have downed several Reaper drones since October']);
  assert.deepEqual(claims(houthis), ['corroborated: Houthis=asserted, Pentagon=asserted']);
  const lawyer =
    'MOSCOW, Aug 5 (AP) — The lawyer for a jailed Russian journalist said Monday that his client had been beaten by guards at a detention centre in Rostov-on-Don.\n\n' +
    "The Kremlin's human rights commissioner, Tatyana Moskalkova, declined to say whether she believed the journalist's account.";
  assert.deepEqual(claims(lawyer), ['asserted_single_source: The lawyer for a jailed Russian journalist=asserted, Tatyana Moskalkova=refused_comment']);
  const wagner =
    'Documents show Wagner recruited prisoners\n\n' +
    "PARIS, Nov 3 (AFP) - Russia's Wagner mercenary group recruited thousands of prisoners by promising them pardons, according to internal documents obtained by the rights group Memorial.\n\n" +
    'The documents show that recruits were told they would be shot if they deserted, Memorial said.\n\n' +
    'AFP was unable to independently authenticate the documents. Two former Wagner fighters interviewed by AFP described similar contract terms.\n\n' +
    'The Kremlin said questions about the group should be addressed to the company.\n\n' +
    'Wagner did not respond to a request for comment.';
  assert.deepEqual(statements(wagner, '2023-11-03').at(-2), 'Two former Wagner fighters|described|similar contract terms');
  // (The documents' own claim too, in the body: "The documents show that recruits were told …".)
  assert.deepEqual(claims(wagner).slice(0, 2), ['unconfirmed: document=asserted, AFP=not_independently_verified, Wagner=refused_comment', 'unconfirmed: Memorial=asserted, AFP=not_independently_verified']);
});

test('"no such meeting had taken place" denies the strike on a meeting; "It has previously rejected … and said" is "It"; a month the model took for a cue is none; "said Russia had been asked to leave" is no statement of "Russia"', () => {
  const sumy =
    "Russia's defence ministry said its forces had struck a meeting of Ukrainian commanders in Sumy with two Iskander-M missiles, killing more than 60 servicemen. Ukraine's military said no such meeting had taken place.";
  assert.deepEqual(claims(sumy), ["disputed: Russia's defence ministry=asserted, Ukraine's military=denied"]);
  const ethiopia =
    "Ethiopia's government did not respond to a request for comment. It has previously rejected similar findings by rights groups as \"biased\" and said its forces target only armed militants.\n\n" +
    'The Ethiopian Human Rights Commission, a state-appointed but independent body, said in February that it had documented the killing of at least 50 civilians in Merawi.';
  assert.deepEqual(speakersAndCues(ethiopia, '2025-04-03'), ["Ethiopia's government|has previously rejected", "Ethiopia's government|said", 'Ethiopian Human Rights Commission|said']);
  const tartus =
    'A Syrian official, who spoke on condition of anonymity because he was not authorized to brief reporters, said Russia had been asked to leave by the end of January. Russia has not commented on that claim.';
  assert.deepEqual(statements(tartus, '2024-12-17'), ['A Syrian official|said|Russia had been asked to leave by the end of January|anonymous']);
  assert.deepEqual(claims(tartus), ['asserted_single_source: A Syrian official=asserted, Russia=refused_comment']);
});

test('imagery showing "no Russian vessels" at a base and "no decision had been taken on the future of the base" are two negations, no dispute; "could not win it back" is no warning, "could not be ruled out" is; "called the accusation \\"another fake\\"" denies it', () => {
  const tartus =
    'Satellite photos show Russian warships left Tartus\n\n' +
    "BEIRUT (AP) — The images, taken by Planet Labs PBC on Tuesday, show no Russian vessels at the naval base's piers.\n\n" +
    'Kremlin spokesman Dmitry Peskov said no decision had been taken on the future of the base.';
  assert.ok(!claims(tartus).some((c) => c.startsWith('disputed')), claims(tartus).join('\n'));
  const kyiv =
    "Ukrainian President Volodymyr Zelenskiy said on Friday that Ukraine would never recognise Russia's occupation of its territory, even if it could not win it back by force.\n\n" +
    'French President Emmanuel Macron said sending Western troops could not be ruled out.\n\n' +
    'Kremlin spokesman Dmitry Peskov accused Kyiv of preparing "provocations" at the Zaporizhzhia nuclear plant, without giving details. Ukraine\'s foreign ministry called the accusation "another fake".';
  assert.deepEqual(claims(kyiv), [
    'asserted_single_source: Volodymyr Zelenskiy=asserted',
    'warning: Emmanuel Macron=warning',
    "disputed: Dmitry Peskov=asserted, Ukraine's foreign ministry=denied",
  ]);
});

test('"The claim by Islamic State could not be independently verified" doubts Islamic State\'s claim, the outlet\'s doubt; "Police put the number at 20,000" is a statement, and two figures in thousands share no word', () => {
  const claimed =
    'Islamic State claimed responsibility on Saturday for a suicide attack on a police post.\n\n' +
    "Afghanistan's Taliban government said Afghan soil was not used against any country.\n\n" +
    'The claim by Islamic State could not be independently verified.';
  assert.deepEqual(claims(claimed), ['unconfirmed: Islamic State=asserted, outlet=not_independently_verified', 'asserted_single_source: Taliban government=asserted']);
  const tbilisi = 'Organisers said more than 100,000 people joined a march through central Tbilisi on Monday. Police put the number at 20,000.';
  assert.deepEqual(statements(tbilisi, '2024-12-02'), ['Organisers|said|more than 100,000 people joined a march through central Tbilisi on Monday', 'Police|put|the number at 20,000']);
  assert.deepEqual(claims(tbilisi), ['asserted_single_source: Organisers=asserted', 'asserted_single_source: Police=asserted']);
});

test('"Hamas released a video purporting to show …" is Hamas\'s; "His family confirmed" is the family, not whom "His" is taken for', () => {
  const text =
    'JERUSALEM, April 24 (Reuters) - Hamas released a video on Wednesday purporting to show Israeli-American hostage Hersh Goldberg-Polin alive.\n\n' +
    'Israeli military spokesman Rear Admiral Daniel Hagari said the video was "psychological terror".\n\n' +
    'His family confirmed that the man in the video was Goldberg-Polin.';
  assert.deepEqual(speakersAndCues(text, '2024-04-24'), ['Hamas|purporting', 'Daniel Hagari|said', 'His family|confirmed']);
});

test('"A video … verified by The Associated Press appears to contradict his account" denies it, with the outlet; "Nobody had batons" denies the headline\'s claim the lead restates; "denied that its officers had fired live rounds" disputes that police "opened fire"', () => {
  const belgrade =
    'Serbian police chief says protesters attacked officers\n\n' +
    'BELGRADE, March 16 (AP) — Serbia\'s police director, Dragan Vasiljevic, said Sunday that a group of protesters had attacked officers outside the presidency with batons, injuring four.\n\n' +
    'A video filmed by a bystander and verified by The Associated Press appears to contradict his account. It shows officers charging into a crowd that was standing still.\n\n' +
    'Student organisers said the police had staged the arrests. "Nobody had batons. We had whistles," one organiser, Milica Jovanovic, told the AP.';
  assert.deepEqual(statements(belgrade, '2025-03-16')[2], 'imagery|appears to contradict|his account');
  assert.equal(claims(belgrade)[0], 'disputed: Dragan Vasiljevic=asserted, imagery=denied, The Associated Press=denied, Milica Jovanovic=denied');
  const nairobi =
    'NAIROBI, June 25 (AFP) - Kenyan police opened fire on protesters outside parliament on Tuesday, killing at least five people, witnesses told AFP.\n\n' +
    'The Kenya Police Service denied that its officers had fired live rounds at protesters.';
  assert.deepEqual(claims(nairobi), ['disputed: witnesses=asserted, Kenya Police Service=denied']);
});

test('"the Telegram channel Grey Zone claimed on Feb. 3": what was claimed is before the frame, not the date; "according to an internal United Nations document seen by Reuters" is the document\'s', () => {
  const text =
    'KYIV, Feb 3 (Kyiv Independent) - Russian forces have crossed the Oskil River near the village of Synkivka in Kharkiv Oblast, the Wagner-linked Telegram channel Grey Zone claimed on Feb. 3.\n\n' +
    "Sudan's Rapid Support Forces blocked at least 12 aid convoys from reaching North Darfur in September, according to an internal United Nations document seen by Reuters.";
  assert.deepEqual(statements(text, '2025-02-03'), [
    'Grey Zone|claimed|Russian forces have crossed the Oskil River near the village of Synkivka in Kharkiv Oblast',
    'document|according to|Sudan\'s Rapid Support Forces blocked at least 12 aid convoys from reaching North Darfur in September',
  ]);
  assert.equal(claims(text)[1], 'reported_seen_by_outlet: document=asserted, Reuters=reported_seen_by_outlet');
});

test('"…\'s office denied …, saying … that reports to that effect were \\"false\\"": the participle is the office\'s, its verdict on what it denied; "One of the sources said Hamas had rejected the demand" asserts that Hamas did', () => {
  const text =
    'CAIRO, July 18 (Reuters) - Talks on a Gaza ceasefire have stalled over Israel\'s demand to keep troops along the border with Egypt, two Egyptian security sources said on Thursday.\n\n' +
    'One of the Egyptian sources said Hamas had rejected the demand outright.\n\n' +
    'Israeli Prime Minister Benjamin Netanyahu\'s office denied that Israel had added new conditions, saying in a statement that reports to that effect were "false".';
  assert.deepEqual(speakersAndCues(text, '2024-07-18').slice(2), ["Benjamin Netanyahu's office|denied", "Benjamin Netanyahu's office|saying"]);
  assert.deepEqual(claims(text).slice(1), [
    'asserted_single_source: two Egyptian security sources=asserted',
    "denied: Benjamin Netanyahu's office=denied, Benjamin Netanyahu's office=denied",
  ]);
});

test('"told Reuters by phone" has its speaker before the cue; "Reuters was not able to reach the area to verify the accounts" doubts them; a headline\'s "… as police chief says" is the chief\'s; ", contradicting the chief\'s account" denies it; "and that no weapons had been stored there" denies the weapons depot', () => {
  const mali =
    'BAMAKO, Jan 20 (Reuters) - Three residents and a local elected official told Reuters by phone that at least 14 civilians were among those killed.\n\n' +
    'Reuters was not able to reach the area to verify the accounts.';
  assert.deepEqual(claims(mali), ['unconfirmed: Three residents and a local elected official=asserted, Reuters=not_independently_verified']);
  const haiti =
    'Haitian gangs seize another town as police chief says reinforcements on the way\n\n' +
    'PORT-AU-PRINCE, March 31 (AP) — Haiti\'s national police chief, Rameau Normil, told reporters that reinforcements had been sent and that officers "have not abandoned" the town.\n\n' +
    'A police union, SPNH-17, said on social media that officers had been forced to retreat after running out of ammunition, contradicting the chief\'s account.';
  assert.deepEqual(speakersAndCues(haiti, '2025-03-31'), ['Rameau Normil|says', 'Rameau Normil|told', 'A police union, SPNH-17|said', 'A police union, SPNH-17|contradicting']);
  assert.ok(claims(haiti).includes('disputed: Rameau Normil=asserted, A police union, SPNH-17=denied'), claims(haiti).join('\n'));
  const beirut =
    "BEIRUT, Oct 3 (Reuters) - The Israeli military said on Thursday its jets had struck a Hezbollah weapons depot in Beirut's southern suburbs overnight.\n\n" +
    'Hezbollah said the building was a residential block and that no weapons had been stored there.';
  assert.deepEqual(claims(beirut), ['disputed: The Israeli military=asserted, Hezbollah=denied']);
});

test('"the Syrian Observatory for Human Rights" is one name, and "The war monitor" after it; a toll "greatly exaggerated" is disputed; "could not independently verify the monitor\'s figures" doubts the claim that gives them', () => {
  const text =
    'Syrian Observatory says 1,000 killed in coastal violence; government disputes toll\n\n' +
    "DAMASCUS, March 9 (AFP) - More than 1,000 people, most of them Alawite civilians, have been killed in three days of violence in Syria's coastal region, the Syrian Observatory for Human Rights said on Sunday.\n\n" +
    'The war monitor said security forces and allied groups had carried out "field executions" in several villages.\n\n' +
    'A spokesman for the interior ministry, who gave his name only as Abu Ahmad, said the toll was "greatly exaggerated".\n\n' +
    "AFP could not independently verify the monitor's figures.";
  assert.deepEqual(claims(text).slice(0, 2), [
    'disputed: Syrian Observatory for Human Rights=asserted, Abu Ahmad=denied, AFP=not_independently_verified',
    'asserted_single_source: Syrian Observatory for Human Rights=asserted',
  ]);
});

test('"Analysts at the Institute for the Study of War (ISW)" speak for the institute, one name whatever pieces the tagger made of it', () => {
  const text =
    "Analysts at the Institute for the Study of War (ISW) said Russian forces were likely to intensify attacks on Pokrovsk in the coming weeks. ISW said Russian forces had advanced near the town.";
  const a = toJson(analyze({ text, published: '2024-11-01', origin: 'test' }));
  assert.deepEqual(a.entities.filter((e) => e.type === 'ORG').map((e) => e.canonical), ['Institute for the Study of War']);
  assert.deepEqual(speakersAndCues(text, '2024-11-01'), ['Institute for the Study of War|said', 'Institute for the Study of War|said']);
});

test('"The U.N. nuclear watchdog" after "the International Atomic Energy Agency" is the agency', () => {
  const text =
    'VIENNA, April 7 (Reuters) - A drone struck the training centre of the Zaporizhzhia nuclear power plant on Sunday, the International Atomic Energy Agency said.\n\n' +
    'The U.N. nuclear watchdog did not say who was responsible.';
  assert.deepEqual(speakersAndCues(text, '2024-04-07'), ['International Atomic Energy Agency|said', 'International Atomic Energy Agency|did not say']);
});

test('"…, which Kigali has denied" denies what the U.N. experts said; "initial findings indicated the reports of deaths were \\"false\\"" and "called the reports \\"fabricated\\"" dispute the toll', () => {
  const congo =
    'Rwanda\'s government spokeswoman Yolande Makolo said Rwanda was not a party to the fighting. A U.N. group of experts has said that Rwandan troops are operating alongside M23 inside Congo, which Kigali has denied.';
  assert.ok(claims(congo).includes('disputed: U.N.=asserted, Kigali=denied'), claims(congo).join('\n'));
  const rafah =
    'GAZA, June 1 (Reuters) - At least 31 Palestinians were killed and more than 150 wounded when Israeli forces opened fire near an aid distribution site in Rafah on Sunday, Gaza health officials and witnesses said.\n\n' +
    'The Israeli military said its troops had fired warning shots at "suspects" who approached them. It said initial findings indicated the reports of deaths were "false".\n\n' +
    'The Gaza Humanitarian Foundation, the U.S.-backed group running the site, said aid had been distributed "without incident" and called the reports "fabricated".';
  assert.equal(claims(rafah)[0], 'disputed: Gaza health officials and witnesses=asserted, The Israeli military=denied, Gaza Humanitarian Foundation=denied');
});

test('"there was no threat of encirclement" is no warning; "the Russian claims about Sudzha appeared to be accurate" is a hedged agreement with them', () => {
  const text =
    "KYIV, March 13 (Reuters) - Ukraine's General Staff said in a statement that there was no threat of encirclement.\n\n" +
    "Russia's defence ministry said on Wednesday that its troops had \"liberated\" Sudzha and several nearby villages.\n\n" +
    'Ukrainian military analysts said the Russian claims about Sudzha appeared to be accurate.';
  assert.deepEqual(claims(text), [
    "asserted_single_source: Ukraine's General Staff=asserted",
    "asserted_single_source: Russia's defence ministry=asserted, Ukrainian military analysts=hedged",
  ]);
});

test('"the Armenian claim that its troops had not fired was \\"a lie\\"" rejects Armenia\'s denial, an assertion of Azerbaijan\'s account; "could not independently verify the findings of the report" is on what the report said, however far back; "terrorists" are the militants a headline names', () => {
  const border =
    'BAKU/YEREVAN, Feb 13 (Reuters) - Azerbaijan said on Tuesday that Armenian forces had fired on its positions on the border.\n\n' +
    "Armenia's defence ministry said four of its soldiers had been killed. It denied that its forces had fired first.\n\n" +
    'Azerbaijan\'s state border service said the Armenian claim that its troops had not fired was "a lie".';
  assert.equal(claims(border)[0], "disputed: Azerbaijan=asserted, Armenia's defence ministry=denied, Azerbaijan's state border service=asserted");
  const yale =
    "NAIROBI, Nov 4 (AP) — Satellite images analyzed by Yale University's Humanitarian Research Lab show at least five clusters of objects consistent with human remains near El Fasher, the lab said in a report on Monday.\n\n" +
    'The lab said the objects were not present in earlier images.\n\n' +
    'The RSF denied that its fighters had killed civilians in El Fasher and said it had formed a committee to investigate "individual violations".\n\n' +
    'The AP could not independently verify the findings of the report.';
  assert.ok(claims(yale)[0]!.includes('AP=not_independently_verified'), claims(yale).join('\n'));
  const mali =
    'Mali army says it killed dozens of militants\n\n' +
    'BAMAKO, Jan 20 (Reuters) - Mali\'s army said on Monday it had killed "several dozen terrorists" in air strikes near the central town of Djenne.';
  assert.deepEqual(claims(mali), ["asserted_single_source: Mali's army=asserted"]);
});

test('a negation ends at a relative clause: "did not belong to any of the 13 deceased hostages whose bodies have yet to be returned" does not deny that the remains were "returned"', () => {
  const text =
    'Israel says body returned by Hamas is not that of a hostage\n\n' +
    "JERUSALEM, Oct 21 (Reuters) - Prime Minister Benjamin Netanyahu's office said forensic tests had shown the remains did not belong to any of the 13 deceased hostages whose bodies have yet to be returned.";
  assert.ok(!claims(text).some((c) => c.startsWith('disputed')), claims(text).join('\n'));
});

test('"It said at least 19 militants had been killed." is a statement; "his son was among the dead" does not corroborate a count of militants', () => {
  const text =
    'GAZA, Aug 10 (AP) — An Israeli strike hit a school sheltering displaced Palestinians in Gaza City early Saturday, killing at least 90 people, according to Gaza\'s Civil Defense.\n\n' +
    'The Israeli military said it had carried out a "precise strike" on a Hamas command center inside the school. It said at least 19 militants had been killed.\n\n' +
    '"I saw bodies everywhere," said Abu Wassim, who said his son was among the dead.';
  assert.ok(statements(text, '2024-08-10').includes('The Israeli military|said|at least 19 militants had been killed'), statements(text, '2024-08-10').join('\n'));
  assert.ok(!claims(text).some((c) => c.startsWith('corroborated')), claims(text).join('\n'));
});

test('"rejected the report as …" is on the story\'s report, the lead\'s claim that names the one rejecting it; "Iran\'s mission to the United Nations" speaks for Iran; "did not provide evidence to support their account" is no statement', () => {
  const text =
    'U.S. officials say Iran shipped drones to Sudan\'s army\n\n' +
    "WASHINGTON (Reuters) - Iran has shipped armed drones to Sudan's army in recent months, two U.S. officials said on Wednesday.\n\n" +
    'The other said Washington had raised the matter with Tehran through intermediaries.\n\n' +
    'Iran\'s mission to the United Nations rejected the report as "baseless and politically motivated" and said Tehran had not supplied weapons to either side in Sudan\'s war.\n\n' +
    'The officials did not provide evidence to support their account.';
  assert.deepEqual(claims(text), [
    "disputed: two U.S. officials=asserted, Iran's mission=denied",
    'asserted_single_source: The other=asserted',
    "asserted_single_source: Iran's mission=asserted",
  ]);
});

test('"Posts sharing it claimed …" is social media\'s claim, not the pronoun\'s; "was first posted on Telegram" is no statement', () => {
  const text =
    'A video shared widely on social media this week purportedly shows Ukrainian soldiers burning Bibles in a village church.\n\n' +
    "The clip was first posted on Telegram by a channel that has spread Russian propaganda before. Posts sharing it claimed the soldiers belonged to Ukraine's 3rd Assault Brigade.\n\n" +
    'The brigade denied that any of its soldiers had been involved.';
  assert.deepEqual(speakersAndCues(text, '2024-05-02'), ['social-media|purportedly shows', 'social-media|claimed', 'The brigade|denied']);
});

test('"Oleh Syniehubov, the regional governor, put the number of wounded at 14" is the governor\'s statement', () => {
  const text =
    "KHARKIV, Ukraine (AP) — Russian shelling struck a children's hospital in Kharkiv early Saturday, killing two people and wounding 11, the city's mayor said.\n\n" +
    'Oleh Syniehubov, the regional governor, put the number of wounded at 14, including three children.';
  assert.ok(statements(text, '2024-05-02').includes('Oleh Syniehubov|put|the number of wounded at 14'), statements(text, '2024-05-02').join('\n'));
});

test('others\' silence in a quote ("They did not say anything") is the witness\'s assertion; "did not comment on the Russian claim" is a silence on Russia\'s claim', () => {
  const myanmar =
    "(AP) — Soldiers opened fire on a crowd of villagers gathered at a market in Myanmar's Sagaing region on Tuesday, killing at least 12 people, residents said.\n\n" +
    'A resident who gave only his first name, Ko Min, said the soldiers arrived in three trucks. "They did not say anything. They just shot," he said.';
  assert.ok(!claims(myanmar).some((c) => c.includes('refused_comment')), claims(myanmar).join('\n'));
  const f16 =
    "KYIV, May 17 (Reuters) - Ukraine's air force on Saturday confirmed that one of its F-16 fighter jets had crashed. It said the jet had been hit while repelling a Russian air attack.\n\n" +
    "Russia's defence ministry had earlier claimed that its air defences shot down the F-16 over the Donetsk region. The air force did not comment on the Russian claim.";
  assert.ok(claims(f16).includes("asserted_single_source: Russia's defence ministry=asserted, The air force=refused_comment"), claims(f16).join('\n'));
});

test('", hours after Ukrainian media first reported the loss" frames the loss, not the clause before it; "According to OCHA, …" frames its whole sentence', () => {
  const f16 = "KYIV, May 17 (Reuters) - Ukraine's air force on Saturday confirmed that one of its F-16 fighter jets had crashed, hours after Ukrainian media first reported the loss.";
  assert.deepEqual(statements(f16, '2025-05-17'), ["Ukraine's air force|confirmed|one of its F-16 fighter jets had crashed", 'Ukrainian media|first reported|the loss']);
  const ocha =
    'More than 300,000 people in Kadugli could face famine, the United Nations humanitarian office (OCHA) warned on Friday.\n\n' +
    "According to OCHA, food prices in Kadugli have tripled since June and at least 40 children have died of malnutrition at the city's main hospital.";
  assert.ok(
    statements(ocha, '2025-05-17').includes("OCHA|According to|food prices in Kadugli have tripled since June and at least 40 children have died of malnutrition at the city's main hospital"),
    statements(ocha, '2025-05-17').join('\n'),
  );
});

test('"is believed to have blocked" is a report that names no source, hedged; a negation denies what was hedged as it denies what was asserted', () => {
  const text =
    "The Sudan People's Liberation Movement-North, which controls the hills around the city, is believed to have blocked at least two aid convoys last month.\n\n" +
    "The group's spokesman, Jamal Idris, said it had not blocked any aid.";
  assert.deepEqual(claims(text), ['disputed: =hedged, Jamal Idris=denied']);
});

test('a quote that goes on to "Claims that the village has been taken are not true" denies the claim; an agency alone is a dateline, no part of the speaker', () => {
  const text =
    "(Reuters) - Russia's defence ministry said on Sunday its forces had captured the village of Novoselivka in eastern Ukraine's Donetsk region.\n\n" +
    '"Our units continue to hold positions on the outskirts," Nazar Voloshyn, a spokesman for Ukraine\'s Khortytsia group of forces, said on national television. "Claims that the village has been taken are not true."';
  assert.equal(claims(text)[0], "disputed: Russia's defence ministry=asserted, Nazar Voloshyn=denied");
  const api = toJson(analyze({ text, published: '2025-06-01', origin: 'test' }));
  assert.equal(span(api.attributions[0]!.speaker), "Russia's defence ministry");
});

test('"In a post on X, formerly known as Twitter, [the minister] wrote"; ", in an interview with the BBC" closing what was said is its channel; a count put at a figure does not corroborate what gives none', () => {
  const text =
    'KYIV (Reuters) - Ukrainian President Volodymyr Zelenskiy said on Monday that Kyiv was ready to discuss a ceasefire if Russia halted its attacks on energy infrastructure, in an interview with the BBC broadcast on Monday evening.\n\n' +
    "In a post on X, formerly known as Twitter, Ukraine's Foreign Minister Andrii Sybiha wrote that Russia had launched more than 100 drones overnight.";
  assert.deepEqual(statements(text, '2025-03-10'), [
    'Volodymyr Zelenskiy|said|Kyiv was ready to discuss a ceasefire if Russia halted its attacks on energy infrastructure|ch:in an interview with the BBC',
    'Andrii Sybiha|wrote|Russia had launched more than 100 drones overnight|ch:In a post on X',
  ]);
  const chad =
    'UNHCR spokesperson Olga Sarrado said most of the new arrivals were women and children.\n\n' + "Chad's government put the number of new arrivals at 120,000.";
  assert.ok(!claims(chad).some((c) => c.startsWith('corroborated')), claims(chad).join('\n'));
});

test('"there was “no truth” to the reports" denies the report; "He later deleted the post" is no statement; "Videos posted on … showed" is the imagery\'s', () => {
  const wsj =
    '(Reuters) - Iran has delivered short-range ballistic missiles to Russia, the Wall Street Journal reported on Friday, citing U.S. and European officials.\n\n' +
    'Iran\'s foreign ministry spokesman Nasser Kanaani said there was "no truth" to the reports.';
  assert.equal(claims(wsj)[0], 'disputed: Wall Street Journal=asserted, Nasser Kanaani=denied');
  const depot =
    "(Reuters) - The governor of Russia's Bryansk region, Alexander Bogomaz, said on Tuesday that a Ukrainian drone had struck an oil depot in the town of Novozybkov. He later deleted the post without explanation.\n\n" +
    'Videos posted on Russian social media channels showed a large fire and thick black smoke over an industrial area.';
  assert.deepEqual(speakersAndCues(depot, '2024-07-02'), ['Alexander Bogomaz|said', 'social-media|showed']);
});

test('", a figure the commission said was too low" disputes the figure; "Kenya National Commission on Human Rights" is one name, split at "on" by the tagger', () => {
  const text =
    'NAIROBI (Reuters) - At least 39 people have been killed in protests against tax increases in Kenya, the state-funded Kenya National Commission on Human Rights said on Monday.\n\n' +
    'President William Ruto said on Sunday that 19 people had died, a figure the commission said was too low.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: Kenya National Commission on Human Rights=asserted',
    'disputed: William Ruto=asserted, Kenya National Commission on Human Rights=denied',
  ]);
});

test('counts that cannot both hold corroborate nothing ("at least 39 people have been killed", "19 people had died"); a floor holds a higher figure', () => {
  const kenya =
    'NAIROBI (Reuters) - At least 39 people have been killed in protests against tax increases in Kenya, the Kenya National Commission on Human Rights said on Monday.\n\n' +
    'President William Ruto said on Sunday that 19 people had died.';
  assert.deepEqual(claims(kenya), ['asserted_single_source: Kenya National Commission on Human Rights=asserted', 'asserted_single_source: William Ruto=asserted']);
  const floor = 'At least 40 people were killed in the attack, police said.\n\nAt least 47 people were killed in the attack, a hospital official said.';
  assert.deepEqual(claims(floor), ['corroborated: police=asserted, a hospital official=asserted']);
});

test('a passive negation is about its subject: "the group\'s missiles had not been hit by the Israeli strikes" denies no toll of the strikes; a surname spelt another way is the person named ("Syniehubov" for "Oleh Synehubov")', () => {
  const text =
    "BEIRUT, Aug 25 (Reuters) - Lebanon's health ministry said three people were killed in the Israeli strikes.\n\n" +
    'Hezbollah leader Hassan Nasrallah said in a televised speech that the group\'s missiles had not been hit by the Israeli strikes.';
  assert.ok(!claims(text).some((c) => c.startsWith('disputed')), claims(text).join('\n'));
  const kharkiv = "Kharkiv's governor, Oleh Synehubov, said a guided bomb had hit a residential building. Syniehubov added that rescuers were still working at the site.";
  assert.deepEqual(speakersAndCues(kharkiv, '2024-05-02'), ['Oleh Synehubov|said', 'Oleh Synehubov|added']);
});

test('"Rwanda, which U.N. experts say has about 4,000 troops in Congo supporting M23, has denied backing the group": the experts\' claim and Rwanda\'s denial; an appositive before "according to" is no statement; what was said goes on past a name set off inside it', () => {
  const goma =
    'GOMA, Congo, Jan 27 (Reuters) - M23 rebels said on Monday they had taken control of the airport in Goma, the largest city in eastern Congo, according to two people familiar with the situation.\n\n' +
    'Rwanda, which U.N. experts say has about 4,000 troops in Congo supporting M23, has denied backing the group.';
  assert.deepEqual(statements(goma, '2025-01-27'), [
    'M23|said|they had taken control of the airport in Goma',
    'U.N.|say|has about 4,000 troops in Congo supporting M23',
    'Rwanda|has denied|backing the group',
  ]);
  assert.ok(claims(goma).includes('disputed: U.N.=asserted, Rwanda=denied'), claims(goma).join('\n'));
  const doha = 'Two Israeli officials, who asked not to be named, said the head of the Mossad spy agency, David Barnea, was expected to travel.';
  assert.deepEqual(statements(doha, '2025-01-27'), ['Two Israeli officials|said|the head of the Mossad spy agency, David Barnea, was expected to travel|anonymous']);
});

test('"intelligence confirming Islamic State\'s claim" corroborates the claim besides stating its own; "No group has claimed responsibility" is no one\'s statement', () => {
  const moscow =
    'MOSCOW, March 23 (Reuters) - Islamic State claimed responsibility for an attack on a concert hall near Moscow that killed at least 133 people.\n\n' +
    "U.S. officials said Washington had intelligence confirming Islamic State's claim and had warned Moscow in early March of a possible attack.";
  assert.deepEqual(claims(moscow), ['corroborated: Islamic State=asserted, U.S. officials=asserted', 'asserted_single_source: U.S. officials=asserted']);
  const burkina = 'Between 20 and 30 soldiers were killed when militants attacked an army post, two security sources said. No group has claimed responsibility for the attack.';
  assert.deepEqual(speakersAndCues(burkina, '2024-05-02'), ['two security sources|said']);
});

test('"UNICEF Executive Director Catherine Russell" speaks with UNICEF, no second voice; "denied that it had used the school" answers the accusation naming the one denying ("a Hamas command room", not a body named "Hamas command")', () => {
  const unicef =
    "PORT SUDAN (Reuters) - At least 50 children have been killed or wounded in Sudan's El Fasher in the past month, the U.N. children's agency UNICEF said on Thursday.\n\n" +
    '"Children are being killed, maimed and displaced," UNICEF Executive Director Catherine Russell said in a statement.';
  assert.ok(!claims(unicef).some((c) => c.startsWith('corroborated')), claims(unicef).join('\n'));
  const school = 'The Israeli military said it had targeted a Hamas command room inside the school.\n\nHamas denied that it had used the school for military purposes.';
  assert.deepEqual(claims(school), ['disputed: The Israeli military=asserted, Hamas=denied']);
});

test('"Russia\'s defence ministry claimed on Monday, without providing evidence, that …" has its whole speaker; "called the accusation “another fake”" denies it; "It routinely denies targeting civilians" after "The military government has not commented" is the military\'s', () => {
  const avdiivka =
    "(Reuters) - Russia's defence ministry claimed on Monday, without providing evidence, that Ukrainian forces had used chemical munitions against Russian troops near Avdiivka.\n\n" +
    'Ukraine\'s General Staff called the accusation "another fake" and said Russian forces themselves had used tear gas grenades more than 600 times in the past month.';
  assert.equal(claims(avdiivka)[0], "disputed: Russia's defence ministry=asserted, Ukraine's General Staff=denied, outlet=not_independently_verified");
  const sagaing =
    "(AP) — Myanmar's military bombed a Buddhist monastery sheltering displaced villagers in the Sagaing region on Saturday, killing at least 23 people, a rescue worker said.\n\n" +
    '"Most of the dead were children and old people," he said.\n\n' +
    'The military government has not commented on the attack. It routinely denies targeting civilians and says it only attacks "terrorists".';
  assert.deepEqual(speakersAndCues(sagaing, '2024-05-02').slice(2), ["Myanmar's military|routinely denies", "Myanmar's military|says"]);
});

test('"it was examining the claim" neither confirms nor denies it; "the statement said" after "The hostage\'s family said in a statement" is the family\'s; "Ukraine does not usually comment on attacks inside Russia" is a silence', () => {
  const hostage =
    "GAZA/JERUSALEM (Reuters) - Hamas's armed wing said on Saturday that an Israeli hostage held in Gaza had been killed in an Israeli air strike.\n\n" +
    "Israel's military said it was examining the claim but cautioned that Hamas had previously issued false information about hostages.\n\n" +
    'The hostage\'s family said in a statement that they had not been notified by the army. "We are asking the media not to spread unverified information," the statement said.';
  assert.equal(claims(hostage)[0], "unconfirmed: Hamas=asserted, Israel's military=neither_confirmed_nor_denied");
  assert.equal(speakersAndCues(hostage, '2024-05-02').at(-1), "The hostage's family|said");
  const kursk = "Officials in Russia's Kursk region said a Ukrainian drone had struck a car, wounding two civilians. Ukraine does not usually comment on attacks inside Russia.";
  assert.deepEqual(claims(kursk), ["asserted_single_source: Officials in Russia's Kursk region=asserted, Ukraine=refused_comment"]);
});

test('", but DeepState … showed the village as under Russian control" frames what follows its cue, not the clause before; a day after the speaker is no part of it ("The United States on Friday accused")', () => {
  const pokrovsk =
    "Russia's defence ministry claimed its troops had captured the nearby village of Novohrodivka. Ukraine's military did not comment on the claim, but DeepState, a Ukrainian open-source map project, showed the village as under Russian control.";
  assert.deepEqual(statements(pokrovsk, '2024-08-19').slice(1), ['DeepState|showed|the village as under Russian control']);
  // (And the map showing the village under Russian control agrees with the capture, from another voice.)
  assert.equal(claims(pokrovsk)[0], "corroborated: Russia's defence ministry=asserted, Ukraine's military=refused_comment, DeepState=asserted");
  const sanctions = 'WASHINGTON (Reuters) - The United States on Friday accused Chinese companies of supplying Russia with drone engines.';
  const api = toJson(analyze({ text: sanctions, published: '2024-05-03', origin: 'test' }));
  assert.equal(span(api.attributions[0]!.speaker), 'The United States');
});

test('"India\'s claims were “a pack of lies”" is a verdict on India\'s claims; a hedge that shares only the story\'s topic with a statement is no stance on it', () => {
  const strikes =
    'ISLAMABAD/NEW DELHI, May 7 (Reuters) - India said it had struck nine sites of "terrorist infrastructure".\n\n' +
    'Pakistan\'s military spokesman, Lieutenant General Ahmed Sharif Chaudhry, said India\'s claims were "a pack of lies".';
  assert.deepEqual(claims(strikes), ['disputed: India=asserted, Ahmed Sharif Chaudhry=denied']);
  const palace =
    "PORT SUDAN (Reuters) - Sudan's army said on Friday it had taken full control of the presidential palace in Khartoum.\n\n" +
    'The RSF said its fighters were still present in the area around the palace. "The battle for the palace is not over," RSF adviser Mustafa Mohamed Ibrahim told Reuters by phone.\n\n' +
    'Videos posted by soldiers on social media appeared to show troops celebrating inside the palace grounds.\n\n' +
    'Three journalists were killed in a drone strike on the palace, the information ministry said.';
  assert.ok(!claims(palace).some((c) => c.includes('Mustafa Mohamed Ibrahim=asserted, ')), claims(palace).join('\n'));
});

test('"according to three people familiar with the matter and documents reviewed by Reuters": the people and the documents, not the outlet that reviewed them', () => {
  const text =
    'DUBAI, Dec 8 (Reuters) - Russia has recruited hundreds of Yemeni men to fight in Ukraine, according to three people familiar with the matter and documents reviewed by Reuters.';
  assert.deepEqual(speakersAndCues(text, '2024-12-08'), ['three people familiar with the matter and documents|according to']);
});

test('"A senior official, speaking on condition of anonymity because he was not authorised …, said" is the official; "a spokeswoman for the port authority" is not the Kremlin\'s spokesman named next; "referred questions about the strike to the defence ministry" refuses comment on the strike', () => {
  const port =
    'KYIV, March 14 (Reuters) - A Russian drone attack damaged port infrastructure in Izmail overnight, regional governor Oleh Kiper said.\n\n' +
    'A senior Ukrainian navy official, speaking on condition of anonymity because he was not authorised to speak to the media, said two of the drones had been launched from occupied Crimea.\n\n' +
    'Asked whether the port would keep operating, a spokeswoman for the port authority said: "I have nothing to add to what the governor said."\n\n' +
    'Kremlin spokesman Dmitry Peskov on Thursday referred questions about the strike to the defence ministry.';
  assert.deepEqual(speakersAndCues(port, '2024-03-14').slice(1), [
    'A senior Ukrainian navy official|said',
    'a spokeswoman for the port authority|said',
    'Dmitry Peskov|referred questions about',
  ]);
  assert.equal(statements(port, '2024-03-14').at(-1), 'Dmitry Peskov|referred questions about|the strike');
  // (On the strike the lead tells of, which no claim names by that noun.)
  assert.equal(claims(port)[0], 'asserted_single_source: Oleh Kiper=asserted, Dmitry Peskov=refused_comment');
});

test('"later retracted his statement that the hospital had been evacuated" denies that statement only; "stopped short of saying who fired the shells" says nothing; "which supports the facility" is no statement', () => {
  const hospital =
    '(AP) — Shelling struck the last functioning hospital in El Fasher on Saturday, killing at least nine patients, according to the medical charity Doctors Without Borders, which supports the facility.\n\n' +
    'The charity said the shells were fired from areas controlled by the paramilitary Rapid Support Forces.\n\n' +
    'The governor of North Darfur later retracted his statement that the hospital had been evacuated, saying some patients remained inside.\n\n' +
    'U.N. officials said they were deeply concerned, but stopped short of saying who fired the shells.';
  assert.deepEqual(speakersAndCues(hospital, '2024-06-08'), [
    'Doctors Without Borders|according to',
    'Doctors Without Borders|said',
    'The governor of North Darfur|retracted',
    'The governor of North Darfur|saying',
    'U.N.|said',
    'U.N.|stopped short of',
  ]);
  assert.deepEqual(claims(hospital), [
    'asserted_single_source: Doctors Without Borders=asserted',
    'asserted_single_source: Doctors Without Borders=asserted',
    'denied: The governor of North Darfur=denied',
    'asserted_single_source: The governor of North Darfur=asserted',
    'asserted_single_source: U.N.=asserted',
    'refused_comment: U.N.=refused_comment',
  ]);
});

test('"Russia says it hit Ukrainian jets at airfield" is the claim its defence ministry restates in the lead; "the strike had hit “mock-ups”, not real aircraft" runs on over the contrast; "According to the Institute for the Study of War, a Washington-based think tank, the footage does not prove …" cannot confirm; "declined to give further details" refuses comment', () => {
  const myrhorod =
    "Russia says it hit Ukrainian jets at airfield; Kyiv says decoys were struck\n\n" +
    "Russia's defence ministry said on Sunday that its Iskander missiles had destroyed four Ukrainian Su-25 ground attack aircraft at the Myrhorod air base in central Ukraine.\n\n" +
    'Ukraine\'s air force spokesman Yuriy Ihnat said the strike had hit "mock-ups", not real aircraft, but declined to give further details.\n\n' +
    'According to the Institute for the Study of War, a Washington-based think tank, the footage does not prove that operational aircraft were destroyed.';
  assert.deepEqual(statements(myrhorod, '2024-07-01').slice(3), [
    'Yuriy Ihnat|said|the strike had hit "mock-ups", not real aircraft',
    'Yuriy Ihnat|declined|to give further details',
    'Institute for the Study of War|According to|the footage does not prove that operational aircraft were destroyed',
  ]);
  assert.deepEqual(claims(myrhorod), [
    "unconfirmed: Russia's defence ministry=asserted, Institute for the Study of War=cannot_confirm",
    'asserted_single_source: Kyiv=asserted',
    'asserted_single_source: Yuriy Ihnat=asserted',
    'refused_comment: Yuriy Ihnat=refused_comment',
  ]);
  const none =
    "Russia's defence ministry said on Sunday that its missiles had destroyed four Ukrainian aircraft at the Myrhorod air base.\n\n" +
    'Ukraine\'s air force spokesman Yuriy Ihnat said the air force had lost "not a single aircraft" at Myrhorod this year.';
  assert.deepEqual(claims(none), ["disputed: Russia's defence ministry=asserted, Yuriy Ihnat=denied"]);
});

test('footage that "did not show the shooting" corroborates no account of it; "Israel\'s account could not be independently verified" is on what an Israeli military spokesperson said happened, not on the review it announced', () => {
  const convoy =
    'Aid convoy hit in northern Gaza; Israel says it is reviewing the incident\n\n' +
    'JERUSALEM, Feb 29 (Reuters) - Dozens of Palestinians were killed on Thursday as they crowded around an aid convoy in Gaza City, the Gaza health ministry said.\n\n' +
    'An Israeli military spokesperson said troops had fired "a limited response" at people who approached them in a threatening manner. The spokesperson said the military was reviewing the incident.\n\n' +
    'Witnesses told Reuters that soldiers opened fire as crowds rushed toward the trucks.\n\n' +
    "Israel's account could not be independently verified. Drone footage released by the military showed crowds surrounding the trucks, but did not show the shooting.";
  assert.deepEqual(claims(convoy), [
    'asserted_single_source: An Israeli military spokesperson=asserted',
    'asserted_single_source: the Gaza health ministry=asserted',
    'unconfirmed: An Israeli military spokesperson=asserted, outlet=not_independently_verified',
    'asserted_single_source: Witnesses=asserted',
    'asserted_single_source: the military=asserted',
  ]);
});

test('"shared a video purportedly showing the strike" is the video\'s hedged report, and no hedge on a longer claim that shares only "strike"', () => {
  const text =
    'Ukraine\'s air force spokesman Yuriy Ihnat said the strike had hit "mock-ups", not real aircraft.\n\n' +
    'Pro-Russian military bloggers shared a video purportedly showing the strike.';
  assert.deepEqual(statements(text, '2024-07-01').at(-1), 'Pro-Russian military bloggers|shared a video purportedly showing|the strike');
  assert.deepEqual(claims(text), ['asserted_single_source: Yuriy Ihnat=asserted', 'hedged: Pro-Russian military bloggers=hedged']);
});

test('"UKMTO quoted the ship\'s master as saying …" is the master\'s statement; "put the toll at 32 soldiers" keeps what it counts and does not agree with 29; "It said … had been “neutralised” but gave no figure" ends before what it did not give', () => {
  const ship = "DUBAI, Jan 27 (Reuters) - Britain's maritime agency UKMTO quoted the ship's master as saying the vessel had been hit on its starboard side.";
  assert.deepEqual(statements(ship, '2024-01-27'), ["the ship's master|as saying|the vessel had been hit on its starboard side"]);
  const niger =
    'NIAMEY, March 21 (AP) — Niger\'s military government said on Thursday that 29 soldiers had been killed when more than 100 "terrorists" attacked a patrol near the border with Mali.\n\n' +
    'In a statement read on state television, the defence ministry said the attackers had used explosive devices. It said dozens of the assailants had been "neutralised" but gave no figure.\n\n' +
    'A local security source, who was not authorised to speak publicly, put the toll at 32 soldiers.';
  assert.deepEqual(statements(niger, '2024-03-21').slice(2), ['the defence ministry|said|dozens of the assailants had been "neutralised"', 'A local security source|put|the toll at 32 soldiers|anonymous']);
  assert.equal(claims(niger).filter((c) => c.startsWith('corroborated')).length, 0, claims(niger).join('\n'));
});

test('a source that tells what another said carries its words, and is no second voice on them ("Ukraine\'s SBU security service said its naval drones had struck the bridge, a Ukrainian security source told Reuters")', () => {
  const bridge =
    'Ukrainian naval drones struck Crimea bridge, source says\n\n' +
    "Ukraine's SBU security service said its naval drones had struck the Crimea bridge, a Ukrainian security source told Reuters.";
  assert.deepEqual(claims(bridge), ['asserted_single_source: a Ukrainian security source=asserted, SBU=asserted']);
});

test('"…, the Sudanese health ministry said, blaming the paramilitary Rapid Support Forces": the participle is the ministry\'s, not a clause running over it', () => {
  const text =
    'KHARTOUM, Feb 1 (Reuters) - At least 54 people were killed when a shell hit a crowded market in Omdurman on Saturday, the Sudanese health ministry said, blaming the paramilitary Rapid Support Forces.';
  const api = toJson(analyze({ text, published: '2025-02-01', origin: 'test' }));
  assert.deepEqual(
    api.attributions.map((a) => `${span(a.speaker)}|${span(a.cue)}`),
    ['the Sudanese health ministry|said', 'the Sudanese health ministry|blaming'],
  );
});

test('a fact check: "Video of burning tanks is not from Kursk", "The footage is more than a year old" and "the video was “recycled propaganda”" deny what the video was said to show; "the video was not from an angle that would show a gun" does not', () => {
  const check =
    'Fact check: Video of burning tanks is not from Kursk\n\n' +
    'A video shared thousands of times on X and Telegram claims to show Ukrainian tanks destroyed by Russian forces in the Kursk region this week. The footage is more than a year old and was filmed in Zaporizhzhia, an AFP fact check found.\n\n' +
    'Andriy Kovalenko, head of Ukraine\'s Centre for Countering Disinformation, said the video was "recycled propaganda".';
  assert.deepEqual(claims(check), ['disputed: imagery=hedged, AFP=denied, Andriy Kovalenko=denied, outlet=denied']);
  const angle =
    'Police said Scott was holding a gun when he was shot. A video released by his family shows him standing beside a car.\n\n' +
    'The police chief, Kerr Putney, said the video was not from an angle that would show a gun in his hand.';
  assert.ok(!claims(angle).some((c) => c.includes('Kerr Putney=denied')), claims(angle).join('\n'));
});

test('"Famine is occurring in Gaza City and is likely to spread" asserts the famine (the hedge is the second clause\'s); "there was “no famine in Gaza”" negates; "could have been prevented" is no hedge', () => {
  const ipc =
    'GENEVA, Aug 22 (Reuters) - Famine is occurring in Gaza City and its surroundings and is likely to spread to Deir al-Balah by the end of September, the Integrated Food Security Phase Classification (IPC) said on Friday.\n\n' +
    'Israel\'s foreign ministry said there was "no famine in Gaza".\n\n' +
    'U.N. aid chief Tom Fletcher said the famine could have been prevented.';
  assert.deepEqual(claims(ipc), [
    "disputed: Integrated Food Security Phase Classification=asserted, Israel's foreign ministry=denied",
    'asserted_single_source: Tom Fletcher=asserted',
  ]);
});

test('"The interior ministry put the number of protesters at 20,000 and said …" is the ministry\'s second statement; "The interior ministry" is the body the tagger named "interior ministry" elsewhere; "One said …; another said …" are two statements', () => {
  const tbilisi =
    'TBILISI, Dec 2 (Reuters) - The interior ministry put the number of protesters at 20,000 and said 11 police officers had been injured.\n\n' +
    'Opposition leader Nika Melia said police had beaten detained protesters. "They are torturing people in the police stations," he told reporters. The interior ministry denied the allegation.';
  assert.deepEqual(speakersAndCues(tbilisi, '2024-12-02').slice(0, 2), ['interior ministry|put', 'interior ministry|said']);
  assert.ok(!claims(tbilisi).some((c) => c.includes('interior ministry=asserted, interior ministry=denied')), claims(tbilisi).join('\n'));
  const residents = 'Residents reached by phone gave conflicting accounts. One said she had heard a plane before the blast; another said he had heard artillery fire from the hills.';
  assert.deepEqual(statements(residents, '2024-12-02'), ['One|said|she had heard a plane before the blast', 'another|said|he had heard artillery fire from the hills']);
});

test('"The army claimed, without providing evidence, that …" is the army\'s statement; "it was “too early” to say what caused the blast" cannot confirm; "It made no mention of civilian casualties" is silent on the toll', () => {
  const dam =
    'PORT SUDAN, Oct 14 (Reuters) - An explosion damaged the Sennar dam on the Blue Nile late on Sunday, local authorities said.\n\n' +
    'The army claimed, without providing evidence, that RSF fighters had planted explosives at the dam.\n\n' +
    'A senior engineer at the dam, who declined to be identified, said it was "too early" to say what caused the blast.';
  assert.deepEqual(statements(dam, '2024-10-14').slice(1), [
    'The army|claimed|RSF fighters had planted explosives at the dam',
    'A senior engineer at the dam|said|it was "too early" to say what caused the blast|anonymous',
  ]);
  assert.equal(claims(dam).at(-1), 'unconfirmed: A senior engineer at the dam=cannot_confirm');
  const kyiv =
    'KYIV, Ukraine (AP) — Russia launched one of its largest aerial attacks on the Ukrainian capital overnight, killing at least 23 people, Ukrainian officials said Thursday.\n\n' +
    'Russia\'s Defense Ministry said it had carried out a "massive strike" on military-industrial targets in Kyiv. It made no mention of civilian casualties.';
  assert.equal(claims(kyiv)[0], "asserted_single_source: Ukrainian officials=asserted, Russia's Defense Ministry=refused_comment");
});

test('"confirmed the death" is on the claim nearby that says the killing happened, not on one that says none did; "The Philippines\' foreign ministry confirmed … but said …" has one speaker', () => {
  const strike =
    'WASHINGTON, July 11 (Reuters) - The U.S. military said on Tuesday it had killed a senior Islamic State leader, Usamah al-Muhajir, in a drone strike in eastern Syria on Friday.\n\n' +
    'U.S. Central Command said in a statement that there were no indications that civilians had been killed in the strike.\n\n' +
    'A Syrian opposition monitoring group, the Syrian Observatory for Human Rights, confirmed the death of a senior jihadist in a drone strike near the town of al-Bab.';
  assert.deepEqual(claims(strike), [
    'corroborated: The U.S. military=asserted, Syrian Observatory for Human Rights=asserted',
    'asserted_single_source: U.S. Central Command=asserted',
  ]);
  const seafarer = "MANILA (Reuters) - The Philippines' foreign ministry confirmed that a Filipino seafarer had been wounded but said his injuries were not life-threatening.";
  assert.deepEqual(speakersAndCues(seafarer, '2023-11-09'), ["The Philippines' foreign ministry|confirmed", "The Philippines' foreign ministry|said"]);
});

test('"dismissed his top general" is an act, no statement (nor one Peskov\'s "one general" corroborates); "posted a photograph of himself … and wrote that …" is what he wrote', () => {
  const text =
    'KYIV, Feb 8 (Reuters) - Ukrainian President Volodymyr Zelenskiy dismissed his top general, Valery Zaluzhny, on Thursday.\n\n' +
    'The outgoing commander posted a photograph of himself with the president on Telegram and wrote that the tasks of 2022 were different from those of 2024.\n\n' +
    "The Russian president's spokesman, Dmitry Peskov, said Ukraine's problems ran deeper than one general.";
  assert.deepEqual(speakersAndCues(text, '2024-02-08'), ['The outgoing commander|wrote', 'Dmitry Peskov|said']);
  assert.ok(!claims(text).some((c) => c.startsWith('corroborated')), claims(text).join('\n'));
  const dismissal = "Ukraine's foreign ministry dismissed the remarks as propaganda.";
  assert.deepEqual(speakersAndCues(dismissal, '2024-02-08'), ["Ukraine's foreign ministry|dismissed"]);
});

test('", a claim local residents disputed" is the residents\' denial; "The Kenyan-led security mission in Haiti did not respond" is the mission\'s silence, not Haiti\'s', () => {
  const text =
    'PORT-AU-PRINCE, Oct 4 (Reuters) - Members of the Gran Grif gang killed at least 70 people in an attack on the town of Pont-Sonde, the U.N. human rights office said on Friday.\n\n' +
    'The police chief said officers had arrested two suspects, a claim local residents disputed.\n\n' +
    'The Kenyan-led security mission in Haiti did not respond to requests for comment.';
  assert.deepEqual(claims(text), ['asserted_single_source: U.N.=asserted, The Kenyan-led security mission in Haiti=refused_comment', 'disputed: The police chief=asserted, local residents=denied']);
});

test('"Israel and Hamas have agreed on a deal …, Qatar\'s prime minister said": all of it is what the prime minister said (agreeing on a deal is no statement), and he is the one named next, "Sheikh Mohammed bin Abdulrahman Al Thani"', () => {
  const text =
    "DOHA, Jan 15 (Reuters) - Israel and Hamas have agreed on a deal for a ceasefire in Gaza and the release of hostages, Qatar's prime minister said on Wednesday, after 15 months of war.\n\n" +
    'Sheikh Mohammed bin Abdulrahman Al Thani told a news conference in Doha that the truce would take effect on Sunday. "The two sides have agreed," he said.';
  assert.deepEqual(statements(text, '2025-01-15'), [
    'Mohammed bin Abdulrahman Al Thani|said|Israel and Hamas have agreed on a deal for a ceasefire in Gaza and the release of hostages',
    'Mohammed bin Abdulrahman Al Thani|told|the truce would take effect on Sunday|ch:a news conference',
    'Mohammed bin Abdulrahman Al Thani|said|The two sides have agreed,',
  ]);
  assert.ok(!claims(text).some((c) => c.startsWith('corroborated')), claims(text).join('\n'));
  const headline = 'Exclusive: Russia recruiting Yemenis to fight in Ukraine, sources say\n\nDUBAI (Reuters) - Russia has recruited hundreds of Yemeni men.';
  assert.equal(statements(headline, '2024-12-08')[0], 'sources|say|Russia recruiting Yemenis to fight in Ukraine');
});

test('"The report, based on interviews …, said" is the report, its basis no part of who it is; "Mali\'s transitional government rejected the report" is on the executions its lead reports, not on a detail it added', () => {
  const text =
    'BAMAKO, May 12 (Reuters) - Malian troops and "foreign military personnel" executed at least 500 people during an operation in the central town of Moura in March 2022, a United Nations report published on Friday said.\n\n' +
    'The report, based on interviews with survivors and satellite imagery, said the killings took place over five days.\n\n' +
    'Mali\'s transitional government rejected the report as "biased" and based on "a fictitious narrative".';
  assert.deepEqual(speakersAndCues(text, '2023-05-12').slice(1, 2), ['United Nations|said']);
  assert.deepEqual(claims(text), ["disputed: United Nations=asserted, Mali's transitional government=denied", 'asserted_single_source: United Nations=asserted']);
});

test('"The official IRNA news agency quoted an army spokesman as saying …" is the spokesman\'s statement where the model took "quoted" for the cue; ", without saying when" is no part of what was said', () => {
  const text =
    'DUBAI, Oct 26 (Reuters) - The Israeli military said its jets had completed "precise and targeted strikes" on missile manufacturing facilities.\n\n' +
    'The official IRNA news agency quoted an army spokesman as saying two soldiers had been killed.\n\n' +
    'Foreign ministry spokesman Esmaeil Baghaei said Iran was "entitled and obliged" to respond, without saying when.';
  assert.deepEqual(statements(text, '2024-10-26').slice(1), ['an army spokesman|as saying|two soldiers had been killed', 'Esmaeil Baghaei|said|Iran was "entitled and obliged" to respond']);
});

test('"U.N. Secretary-General Antonio Guterres condemned the attacks, his spokesman said" tells a reaction: no account of the attacks that disputes the M23\'s denial', () => {
  const text =
    'KINSHASA, Jan 26 (Reuters) - Thirteen peacekeepers and foreign soldiers were killed in fighting with M23 rebels near the eastern Congolese city of Goma, the United Nations said on Sunday.\n\n' +
    'The M23 denied attacking U.N. positions. "We have never targeted MONUSCO," spokesman Lawrence Kanyuka wrote on X.\n\n' +
    'U.N. Secretary-General Antonio Guterres condemned the attacks, his spokesman said, and called on Rwanda to withdraw its troops from Congolese territory.';
  assert.ok(!claims(text).some((c) => c.includes('M23=denied, Antonio Guterres=asserted')), claims(text).join('\n'));
});

test('"“We buried them with our hands,” he added" is the survivor quoted the paragraph before, past the sentences of his quote', () => {
  const text =
    '(Reuters) - Survivors of an attack on the village of Wad al-Noura said fighters went from house to house.\n\n' +
    '"They came at dawn on motorbikes and in trucks," said Abdelrahman, a 34-year-old farmer. "They shot anyone who ran. My brother was killed in front of me."\n\n' +
    '"We buried them with our hands," he added.';
  assert.equal(speakersAndCues(text, '2024-06-06').at(-1), 'Abdelrahman|added');
});

test('a headline and its lead that give one figure are one claim ("… kills at least 24, officials say"); "It was not immediately possible to verify the claim" doubts it; a denial of harm to civilians answers the strike the headline announced, in the body\'s words', () => {
  const quetta =
    'Explosion at Pakistani train station kills at least 24, officials say\n\n' +
    'QUETTA, Pakistan (AP) — A suicide bomber blew himself up at a crowded railway station in southwestern Pakistan on Saturday, killing at least 24 people, police and hospital officials said.\n\n' +
    'The outlawed Baloch Liberation Army claimed responsibility in a statement, saying it had targeted an army unit waiting for a train. It was not immediately possible to verify the claim.';
  assert.deepEqual(claims(quetta), [
    'asserted_single_source: police and hospital officials=asserted',
    'asserted_single_source: Baloch Liberation Army=asserted',
    'unconfirmed: Baloch Liberation Army=asserted, outlet=not_independently_verified',
  ]);
  const market =
    'Strike on market in eastern Ukraine kills 14, officials say\n\n' +
    'KYIV, Sept 9 (Reuters) - A Russian glide bomb struck a market in the town of Kostiantynivka on Tuesday, killing at least 14 people and wounding 30, Ukrainian officials said.\n\n' +
    'Russia did not comment on the strike. It has repeatedly denied targeting civilians.';
  assert.deepEqual(claims(market), ['disputed: Ukrainian officials=asserted, Russia=denied, Russia=refused_comment']);
});

test('"Russia\'s defence ministry, which usually reports shooting down Ukrainian drones, said …" is the ministry\'s statement; "Russian military bloggers acknowledged the loss of the ship" corroborates the sinking the lead reports', () => {
  const text =
    'Ukraine says it sank Russian landing ship off Crimea\n\n' +
    "KYIV, Feb 14 (Reuters) - Ukraine's military intelligence agency said on Wednesday that its special unit had sunk the Russian landing ship Caesar Kunikov off the coast of Crimea using naval drones.\n\n" +
    "Russia's defence ministry, which usually reports shooting down Ukrainian drones, said its forces had destroyed six naval drones in the Black Sea overnight. It did not mention the Caesar Kunikov.\n\n" +
    'Ukraine\'s navy spokesman, Dmytro Pletenchuk, said most of the crew had probably been rescued.\n\n' +
    'Russian military bloggers acknowledged the loss of the ship.';
  assert.deepEqual(speakersAndCues(text, '2024-02-14').slice(2, 3), ["Russia's defence ministry|said"]);
  assert.equal(claims(text)[0], "corroborated: Ukraine's military intelligence agency=asserted, Russian military bloggers=asserted, Russia's defence ministry=refused_comment");
});

test('"The rights group said the killings in Nondin and Soro appeared to be reprisals …" keeps both places and the verb; "A government spokesman did not answer calls" is the spokesman\'s silence, not "A government"', () => {
  const text =
    "DAKAR, April 25 (Reuters) - Burkina Faso's army executed at least 223 villagers in two villages in February, Human Rights Watch said in a report on Thursday.\n\n" +
    'The rights group said the killings in Nondin and Soro appeared to be reprisals for an attack by Islamist militants on a nearby army camp.\n\n' +
    "Burkina Faso's government said in March that an investigation had been opened. A government spokesman did not answer calls on Thursday.";
  assert.equal(statements(text, '2024-04-25')[1], 'Human Rights Watch|said|the killings in Nondin and Soro appeared to be reprisals for an attack by Islamist militants on a nearby army camp');
  assert.ok(claims(text).some((c) => c.endsWith('A government spokesman=refused_comment')), claims(text).join('\n'));
});

test('", the first acknowledgement that government forces had lost control of it" is the outlet\'s gloss, no part of what the army said', () => {
  const text =
    'BEIRUT, Dec 5 (Reuters) - The Syrian army said in a statement that its units had "redeployed" outside the city to preserve civilian lives, the first acknowledgement that government forces had lost control of it.';
  assert.deepEqual(statements(text, '2024-12-05'), ['The Syrian army|said|its units had "redeployed" outside the city to preserve civilian lives|ch:in a statement']);
});

test('"Its team at the site had heard an explosion, the agency said in a statement, without saying who launched the drone": what the agency said is the clause before its frame, and what it did not say a silence of its own', () => {
  const text =
    'KYIV, Feb 14 (Reuters) - The International Atomic Energy Agency said radiation levels remained normal. Its team at the site had heard an explosion overnight, the agency said in a statement, without saying who launched the drone.';
  assert.deepEqual(statements(text, '2025-02-14').slice(1), [
    'International Atomic Energy Agency|said|Its team at the site had heard an explosion overnight|ch:in a statement',
    'International Atomic Energy Agency|without saying|who launched the drone',
  ]);
});

test('"Rwanda … disputed the police account" is on the police\'s lead claim; "declined to give a toll" is on the claim of soldiers killed before it; "Reuters could not independently verify the claim, and the police spokesman declined …" doubts the claim before, not the refusal', () => {
  const text =
    'MAPUTO, Aug 12 (Reuters) - Islamist insurgents overran the port of Mocimboa da Praia in northern Mozambique on Wednesday, a police spokesman said.\n\n' +
    '"The terrorists occupied the port area and set fire to two boats," police spokesman Orlando Mudumane told reporters.\n\n' +
    "Islamic State's Amaq news agency claimed the group's fighters had killed 55 soldiers. Reuters could not independently verify the claim, and the police spokesman declined to give a toll.\n\n" +
    'Rwanda, which has troops in the province, disputed the police account.';
  assert.deepEqual(claims(text), [
    'disputed: Orlando Mudumane=asserted, Rwanda=denied',
    'asserted_single_source: Orlando Mudumane=asserted',
    'unconfirmed: Amaq=asserted, Orlando Mudumane=refused_comment, Reuters=not_independently_verified',
  ]);
});

test('"Asked why the government\'s earlier figure was lower, he said the count had not been complete" is his statement, without the setting; "the health minister\'s figures" are those the minister gave; a headline\'s "9 killed" is the lead\'s "nine people had been killed"', () => {
  const text =
    'Al Shabaab claims Mogadishu hotel siege; government says 9 killed\n\n' +
    'MOGADISHU, Aug 20 (AP) - Somali security forces ended a 30-hour siege of a hotel in the capital late on Saturday, and the government said nine people had been killed.\n\n' +
    'Health Minister Ali Haji Adam told reporters on Sunday that 21 people had been killed and 117 wounded. Asked why the government\'s earlier figure was lower, he said the count had not been complete. "We expect the number to rise," he said.\n\n' +
    "The Associated Press could not immediately confirm the health minister's figures.";
  assert.deepEqual(statements(text, '2022-08-21').slice(3, 5), ['Ali Haji Adam|told|21 people had been killed and 117 wounded|to:reporters', 'Ali Haji Adam|said|the count had not been complete']);
  assert.deepEqual(claims(text), [
    'asserted_single_source: Al Shabaab=asserted',
    'asserted_single_source: government=asserted',
    'unconfirmed: Ali Haji Adam=asserted, Associated Press=not_independently_verified',
    'asserted_single_source: Ali Haji Adam=asserted',
    'asserted_single_source: Ali Haji Adam=asserted',
  ]);
});

test('"Kaduna state governor Uba Sani visited the village on Tuesday and said …": the speaker is the governor, not the clause of what he did first', () => {
  const text = "KADUNA, Dec 5 (Reuters) - Kaduna state governor Uba Sani visited the village on Tuesday and said the state would pay for the victims' medical care.";
  const a = toJson(analyze({ text, published: '2023-12-05', origin: 'test' }));
  assert.deepEqual(
    a.attributions.map((x) => span(x.speaker)),
    ['Kaduna state governor Uba Sani'],
  );
});

test('"…, who declined to be named, said" is a condition of anonymity, no statement; "Dassault Aviation, which makes the Rafale, declined to comment" is the company\'s refusal on the loss just reported', () => {
  const text =
    'NEW DELHI, May 7 (Reuters) - Two local government officials in Indian Kashmir, who declined to be named, said three fighter jets had crashed in the region overnight.\n\n' +
    'A senior French intelligence official told CNN that at least one Indian Rafale had been lost. Dassault Aviation, which makes the Rafale, declined to comment.';
  assert.deepEqual(statements(text, '2025-05-07'), [
    'Two local government officials in Indian Kashmir|said|three fighter jets had crashed in the region overnight|anonymous',
    'A senior French intelligence official|told|at least one Indian Rafale had been lost|to:CNN',
    'Dassault Aviation|declined|to comment',
  ]);
  assert.equal(claims(text)[1], 'asserted_single_source: A senior French intelligence official=asserted, Dassault Aviation=refused_comment');
});

test('"“…,” a resident, who asked not to be named for fear of reprisals, told Reuters by phone" is the resident\'s quote, told to Reuters; "Rwanda\'s government spokesperson … did not respond" is Rwanda\'s silence on the claim naming Rwandan troops; a claim naming two countries names both', () => {
  const text =
    'GOMA, Feb 15 (Reuters) - "We saw the rebels at the governor\'s office this morning. There was no shooting," a resident, who asked not to be named for fear of reprisals, told Reuters by phone.\n\n' +
    "A U.N. experts' report estimated that 3,000 to 4,000 Rwandan troops were operating in eastern Congo.\n\n" +
    "Rwanda's government spokesperson Yolande Makolo did not respond to a request for comment on Saturday.";
  assert.equal(statements(text, '2025-02-15')[0], "a resident|told|We saw the rebels at the governor's office this morning. There was no shooting,|anonymous|ch:by phone|to:Reuters");
  assert.equal(claims(text)[1], 'asserted_single_source: U.N.=asserted, Yolande Makolo=refused_comment');
  const kremlin =
    'U.S. says Iran sent missiles to Russia\n\n' +
    'WASHINGTON, Sept 10 (Reuters) - The United States said on Tuesday that Iran had transferred ballistic missiles to Russia for use in Ukraine.\n\n' +
    'The Kremlin declined to comment.';
  assert.deepEqual(claims(kremlin), ['asserted_single_source: United States=asserted, Kremlin=refused_comment']);
});

test('a headline\'s "…, agency says" is the agency its lead names ("the U.N. agency said", the World Food Programme its sentence names), and its claim is the agency\'s one statement in the lead, in other words; "More than 1,000 killed" counts people', () => {
  const text =
    "WFP convoy hit by shelling in Sudan's North Darfur, agency says\n\n" +
    'PORT SUDAN, June 3 (AP) — A World Food Programme convoy carrying food aid to the Zamzam camp came under artillery fire on Monday, killing two drivers, the U.N. agency said.';
  assert.deepEqual(speakersAndCues(text, '2024-06-03'), ['World Food Programme|says', 'World Food Programme|said']);
  assert.deepEqual(claims(text), ['asserted_single_source: World Food Programme=asserted']);
  const monitor =
    "More than 1,000 killed in Syria's coastal violence, monitor says\n\n" +
    'BEIRUT, March 8 (Reuters) - More than 1,000 people have been killed in two days of clashes in Syria, the Syrian Observatory for Human Rights war monitor said on Saturday.';
  assert.deepEqual(claims(monitor), ['asserted_single_source: Syrian Observatory for Human Rights=asserted']);
});

test('"DeepState, a Ukrainian monitoring group with close ties to the military, said" is DeepState, not the military its appositive names; "seized" is "captured"', () => {
  const text =
    "KYIV, Jan 9 (Reuters) - Russia's defence ministry said on Thursday its troops had captured the village of Novoolenivka, a claim Ukraine's military disputed.\n\n" +
    'DeepState, a Ukrainian monitoring group with close ties to the military, said Russian forces had advanced near the village.';
  assert.deepEqual(speakersAndCues(text, '2025-01-09').at(-1), 'DeepState|said');
  const seized =
    "Russia's defence ministry said on Thursday its troops had captured the village of Novoolenivka near the logistics hub of Pokrovsk in eastern Ukraine.\n\n" +
    "Ukraine's military denied that Russian forces had seized Novoolenivka or any other settlement in the Pokrovsk direction this week.";
  assert.deepEqual(claims(seized), ["disputed: Russia's defence ministry=asserted, Ukraine's military=denied"]);
});

test('"said he was unharmed and had refused to resign": the clause in the past perfect after "and" is more of what was said', () => {
  const text = 'NIAMEY, July 27 (Reuters) - Bazoum could not be reached for comment. A person close to him, speaking on condition of anonymity, said he was unharmed and had refused to resign.';
  assert.equal(statements(text, '2023-07-27').at(-1), 'A person close to him|said|he was unharmed and had refused to resign|anonymous');
});

test('"One of them, a trader who asked to be identified only by his first name, Mulugeta, said" is Mulugeta; ", without mentioning civilian casualties" is the silence of the one whose statement it follows, on the deaths reported', () => {
  const text =
    'ADDIS ABABA, Aug 14 (Reuters) - A drone strike on a market in the town of Finote Selam killed at least 26 people, two witnesses told Reuters.\n\n' +
    'One of them, a trader who asked to be identified only by his first name, Mulugeta, said he helped carry 15 bodies from the market.\n\n' +
    'The federal government\'s communication service said in a statement that security forces had "neutralised" a group of Fano militia fighters in the area, without mentioning civilian casualties.';
  assert.equal(statements(text, '2023-08-15')[1], 'Mulugeta|said|he helped carry 15 bodies from the market|anonymous');
  assert.equal(claims(text)[0], "asserted_single_source: two witnesses=asserted, The federal government's communication service=refused_comment");
});

test('"…, British military intelligence said on Saturday, forcing its fleet to operate …": what was said is the clause before the frame, and the participle after the day tells what followed', () => {
  const text =
    'LONDON, March 2 (Reuters) - Russia has probably lost at least 10 warships in the Black Sea since the start of its invasion of Ukraine, British military intelligence said on Saturday, forcing its fleet to operate mostly from ports far from the front line.';
  assert.deepEqual(statements(text, '2024-03-02'), ['British military intelligence|said|Russia has probably lost at least 10 warships in the Black Sea since the start of its invasion of Ukraine']);
});

test('"The Rapid Support Forces denied targeting civilians and said …" keeps the denial the model missed, and the second verb\'s speaker is the whole name; "Their accounts could not be independently verified" is on each account the paragraph before gave; "his two brothers were among the dead" confirms no toll; "…, which she said, if confirmed, would amount to war crimes" is what follows the cue', () => {
  const text =
    'KHARTOUM, Oct 30 (AFP) - Paramilitary fighters killed at least 124 people in a village in Gezira state, residents said on Wednesday.\n\n' +
    'Three residents who fled to Shendi said the fighters went house to house. One of them said he counted 40 bodies in the main street. Another said his two brothers were among the dead.\n\n' +
    'Their accounts could not be independently verified by AFP.\n\n' +
    'The Rapid Support Forces denied targeting civilians and said its forces had clashed with militias in the area.\n\n' +
    'The U.N. humanitarian coordinator for Sudan said she was "horrified" by the reports, which she said, if confirmed, would amount to war crimes.';
  assert.deepEqual(statements(text, '2024-10-30').slice(4), [
    'Rapid Support Forces|denied|targeting civilians',
    'Rapid Support Forces|said|its forces had clashed with militias in the area',
    'U.N.|said|she was "horrified" by the reports',
    'U.N.|said|if confirmed, would amount to war crimes',
  ]);
  assert.deepEqual(claims(text).slice(0, 4), [
    // (The RSF's denial answers the killing the story opens with, which names no one who did it.)
    'disputed: residents=asserted, Rapid Support Forces=denied',
    'unconfirmed: Three residents who fled to Shendi=asserted, AFP=not_independently_verified',
    'unconfirmed: Three residents who fled to Shendi=asserted, AFP=not_independently_verified',
    'unconfirmed: Another=asserted, AFP=not_independently_verified',
  ]);
});

test('a headline\'s denial and the lead\'s denial of the same report by the same voice are one denial ("Kremlin denies Putin met Wagner commanders after mutiny")', () => {
  const text =
    'Kremlin denies Putin met Wagner commanders after mutiny\n\n' +
    'MOSCOW, July 10 (Reuters) - The Kremlin on Monday denied a French newspaper report that President Vladimir Putin had met Wagner leader Yevgeny Prigozhin after the group\'s short-lived mutiny.';
  assert.deepEqual(claims(text), ['disputed: Kremlin=denied, French newspaper=asserted']);
});

test('"according to Lebanon\'s state-run National News Agency, the deadliest incident since …" ends the source before the gloss; "it had struck “a Hezbollah operative” who was moving weapons …, adding that …" keeps the relative clause and adds a second statement; "made no comment on the strike" is on the strike the lead reports', () => {
  const text =
    'Israeli strike kills three in south Lebanon despite truce, state media says\n\n' +
    "BEIRUT, Dec 2 (Reuters) - An Israeli drone strike on a car in the south Lebanon town of Marjayoun killed three people on Monday, according to Lebanon's state-run National News Agency, the deadliest incident since a ceasefire took effect last week.\n\n" +
    'The Israeli military said in a statement that it had struck "a Hezbollah operative" who was moving weapons in violation of the truce, adding that it remained committed to the ceasefire.\n\n' +
    "Lebanon's army said Israel had violated the truce dozens of times.\n\n" +
    'Hezbollah did not claim any attack and made no comment on the strike.';
  const a = toJson(analyze({ text, published: '2024-12-02', origin: 'test' }));
  assert.equal(span(a.attributions[1]!.speaker), "Lebanon's state-run National News Agency");
  assert.deepEqual(statements(text, '2024-12-02').slice(2, 4), [
    'The Israeli military|said|it had struck "a Hezbollah operative" who was moving weapons in violation of the truce|ch:in a statement',
    'The Israeli military|adding|it remained committed to the ceasefire',
  ]);
  assert.equal(claims(text)[0], 'asserted_single_source: National News Agency=asserted, Hezbollah=refused_comment');
});

test('"President William Ruto withdrew the finance bill" is an act, no statement; "denied that officers had used live rounds in Nairobi" disputes "police had fired live ammunition at protesters in Nairobi"', () => {
  const text =
    'NAIROBI, June 26 (Reuters) - At least 22 people were killed during protests in Kenya on Tuesday, the Kenya National Commission on Human Rights said, as President William Ruto withdrew the finance bill.\n\n' +
    'The commission said police had fired live ammunition at protesters in Nairobi and other towns.\n\n' +
    'National police spokeswoman Resila Onyango denied that officers had used live rounds in Nairobi.';
  assert.deepEqual(speakersAndCues(text, '2024-06-26'), ['Kenya National Commission on Human Rights|said', 'Kenya National Commission on Human Rights|said', 'Resila Onyango|denied']);
  assert.equal(claims(text)[1], 'disputed: Kenya National Commission on Human Rights=asserted, Resila Onyango=denied');
});

test('"The Houthi-run Al-Masirah TV aired footage of what it said were bodies" is the channel\'s statement, not the one quoted before; "The Pentagon referred questions to Central Command" is a refusal on the claim before it', () => {
  const text =
    'DUBAI, April 18 (Reuters) - U.S. air strikes on Yemen\'s Ras Isa fuel port killed at least 74 people, the Houthi-run health ministry said on Friday.\n\n' +
    'The U.S. military\'s Central Command said the strikes were intended to "eliminate this source of fuel" for the Houthis.\n\n' +
    'The Houthi-run Al-Masirah TV aired footage of what it said were bodies scattered at the port. The Pentagon referred questions to Central Command.';
  assert.equal(speakersAndCues(text, '2025-04-18')[2], 'Al-Masirah TV|said');
  assert.equal(claims(text).at(-1), 'asserted_single_source: Al-Masirah TV=asserted, Pentagon=refused_comment');
});

test('a headline\'s clause after a semicolon has its own speaker: "…, Ukrainian officials say; Moscow blames Kyiv for strike in occupied town"', () => {
  const text =
    'Russian shelling kills two in Kherson, Ukrainian officials say; Moscow blames Kyiv for strike in occupied town\n\n' +
    'KYIV, Aug 3 (Reuters) - Russian artillery shelled residential areas of Kherson on Saturday, killing two people, the regional governor Oleksandr Prokudin said on Telegram.';
  assert.deepEqual(speakersAndCues(text, '2024-08-03').slice(0, 2), ['Ukrainian officials|say', 'Moscow|blames']);
});

test('"The Israeli military declined to comment" after Hezbollah\'s statements is on the one that names Israel, not on the vow that came last', () => {
  const text =
    'BEIRUT, Sept 17 (Reuters) - Pagers used by members of Hezbollah exploded across Lebanon on Tuesday, killing at least nine people, Lebanon\'s health minister Firass Abiad said.\n\n' +
    'Hezbollah said in a statement that it held Israel "fully responsible for this criminal aggression" and vowed it would receive "its just punishment". The Israeli military declined to comment.';
  assert.deepEqual(claims(text).slice(1), ['asserted_single_source: Hezbollah=asserted, The Israeli military=refused_comment', 'asserted_single_source: Hezbollah=asserted']);
});

test('"The footage was geolocated by Reuters to the bridge, but the date it was filmed could not be confirmed": the outlet saw the video the SBU released, and doubts it', () => {
  const text =
    "KYIV, June 3 (Reuters) - Ukraine's SBU security service said on Tuesday it had struck the Crimean Bridge with underwater explosives.\n\n" +
    "The SBU released a video that it said showed an explosion at the base of one of the bridge's pillars. The footage was geolocated by Reuters to the bridge, but the date it was filmed could not be confirmed.";
  assert.equal(claims(text)[1], 'reported_seen_by_outlet: SBU=asserted, Reuters=not_independently_verified, Reuters=reported_seen_by_outlet');
});

test('a relative pronoun left as the speaker is its antecedent: "The United Nations humanitarian office, which had cited the Red Crescent figure in a report, revised …"', () => {
  const text =
    'BENGHAZI, Sept 16 (Reuters) - The Libyan Red Crescent said 11,300 people had died.\n\n' +
    'The United Nations humanitarian office, which had cited the Red Crescent figure in a report, revised its toll down to 3,958, citing the WHO.';
  assert.equal(speakersAndCues(text, '2023-09-16')[1], 'United Nations|cited');
});

test('", an account Reuters could not verify" is the outlet\'s doubt, as "Reuters could not independently verify …" is', () => {
  const text = 'BEIRUT, Sept 18 (Reuters) - Two sources said the devices had been tampered with before they reached Lebanon, an account Reuters could not verify.';
  assert.deepEqual(claims(text), ['unconfirmed: Two sources=asserted, Reuters=not_independently_verified']);
});

test('"Kremlin spokesman Dmitry Peskov said earlier it would be wrong …" says what follows the adverb; "Russia\'s aviation watchdog had initially said" ends the speaker before the auxiliary, which is the cue\'s', () => {
  const text =
    'MOSCOW, Dec 28 (Reuters) - Kremlin spokesman Dmitry Peskov said earlier it would be wrong to put forward hypotheses before investigators reached their conclusions. ' +
    "Russia's aviation watchdog had initially said a bird strike appeared to have caused an emergency.";
  assert.deepEqual(statements(text, '2024-12-28'), [
    'Dmitry Peskov|said|it would be wrong to put forward hypotheses before investigators reached their conclusions',
    "Russia's aviation watchdog|initially said|a bird strike appeared to have caused an emergency",
  ]);
});

test('"BBC Verify has been unable to confirm the number of people killed" is the outlet\'s doubt on the toll; "We have checked the names of the 12 men the IDF said were militants …" has the IDF as speaker', () => {
  const text =
    'By BBC Verify\n\n' +
    'An Israeli air strike hit a school in Gaza City early on Saturday. The Hamas-run civil defence agency said more than 90 people were killed.\n\n' +
    'BBC Verify has been unable to confirm the number of people killed.\n\n' +
    'We have checked the names of the 12 men the IDF said were militants against public records.';
  assert.equal(claims(text)[0], 'unconfirmed: The Hamas-run civil defence agency=asserted, BBC Verify=not_independently_verified');
  const a = toJson(analyze({ text, published: '2024-08-10', origin: 'test' }));
  assert.equal(span(a.attributions.at(-1)!.speaker), 'the IDF');
});

test('two sides blaming each other for one deed dispute each other; one who "could not yet say who was responsible" doubts both; the outlet\'s check of a video, "but could not confirm when it was filmed", is on the video; "initially told" is the cue', () => {
  const text =
    'Ukraine says Russia blew up Kakhovka dam; Moscow blames Kyiv for "sabotage"\n\n' +
    'KYIV, June 6 (Reuters) - Ukraine accused Russian forces of blowing up the Nova Kakhovka dam early on Tuesday, forcing thousands of residents to flee.\n\n' +
    'Vladimir Leontyev, the Russian-installed mayor of Nova Kakhovka, initially told RIA news agency that nothing had happened to the dam.\n\n' +
    'Videos posted on social media appeared to show water surging through a breach in the dam wall. Reuters confirmed the location of one of the videos from the shape of the structure, but could not confirm when it was filmed.\n\n' +
    'Moscow said Ukraine had sabotaged the dam to cut water supplies to Crimea.\n\n' +
    'NATO Secretary-General Jens Stoltenberg said he could not yet say who was responsible.';
  assert.deepEqual(statements(text, '2023-06-06').slice(3, 5), [
    'Vladimir Leontyev|initially told|nothing had happened to the dam|to:RIA news agency',
    'social-media|appeared to show|water surging through a breach in the dam wall|ch:on social media',
  ]);
  assert.deepEqual(claims(text), [
    'disputed: Ukraine=asserted, Jens Stoltenberg=cannot_confirm, Moscow=denied',
    'disputed: Moscow=asserted, Jens Stoltenberg=cannot_confirm, Ukraine=denied',
    'asserted_single_source: Vladimir Leontyev=asserted',
    'reported_seen_by_outlet: social-media=hedged, Reuters=reported_seen_by_outlet, Reuters=not_independently_verified',
    'disputed: Moscow=asserted, Jens Stoltenberg=cannot_confirm, Ukraine=denied',
  ]);
});

test('no dispute where each side reports its own dead, where a strike is owned as a response, where one side shot down what the other launched, or where the deeds were at different places', () => {
  const text =
    "Ukraine's air force said it had shot down 50 of 70 drones Russia launched overnight.\n\n" +
    "Pakistan's military said 26 civilians had been killed in the Indian attacks.\n\n" +
    'Local officials in Indian Kashmir said at least 10 people were killed by Pakistani shelling.\n\n' +
    'Kremlin spokesman Dmitry Peskov said Russian missiles struck energy facilities, and that the strikes were a response to Ukrainian drone attacks on Russian energy facilities.';
  assert.deepEqual(claims(text), [
    "asserted_single_source: Ukraine's air force=asserted",
    "asserted_single_source: Pakistan's military=asserted",
    'asserted_single_source: Local officials in Indian Kashmir=asserted',
    'asserted_single_source: Dmitry Peskov=asserted',
  ]);
  // (Nor where the two deeds were done at different places, though both open the story and name drones.)
  const places =
    "KYIV, June 6 (Reuters) - Russian drones struck the port of Odesa overnight, killing two people, Ukraine's air force said.\n\n" +
    "Russia's defence ministry said Ukrainian drones had attacked the Belgorod region, injuring three civilians.";
  assert.deepEqual(claims(places), ["asserted_single_source: Ukraine's air force=asserted", "asserted_single_source: Russia's defence ministry=asserted"]);
});

test('"he" after a statement whose speaker is described by another man is that speaker; a quote inside another\'s statement is none of its own by words that are no speaker; "citing X, that …" cites X; "but have not said" is the cue', () => {
  const text =
    'Mykhailo Podolyak, an adviser to Zelenskiy, said Ukraine "has nothing to do with" the blasts. "Ukraine is definitely not involved," he told Reuters in a written comment.\n\n' +
    'Kremlin spokesman Dmitry Peskov called the reports "a coordinated disinformation campaign" meant to divert attention from those he said were really behind the attack.\n\n' +
    'Last month, U.S. journalist Seymour Hersh wrote on his blog, citing a single unnamed source, that U.S. Navy divers had planted the explosives.\n\n' +
    'Sweden and Denmark have said the pipelines were deliberately sabotaged but have not said who they believe was responsible.';
  assert.deepEqual(statements(text, '2023-03-08'), [
    'Mykhailo Podolyak|said|Ukraine "has nothing to do with" the blasts',
    'Mykhailo Podolyak|told|Ukraine is definitely not involved,|to:Reuters',
    'Dmitry Peskov|called|the reports "a coordinated disinformation campaign"',
    'Seymour Hersh|citing|a single unnamed source',
    'Seymour Hersh|wrote|U.S. Navy divers had planted the explosives|anonymous',
    'Sweden and Denmark|have said|the pipelines were deliberately sabotaged',
    'Sweden and Denmark|have not said|who they believe was responsible',
  ]);
});

test('"Ukraine has nothing to do with" the blasts denies the accusation that names Ukraine, not a claim that clears it; "Both countries have denied any involvement" is on the blame of two states; whom a source cites is no claim', () => {
  const text =
    'BERLIN, March 8 (Reuters) - A pro-Ukrainian group may have been behind the explosions that damaged the Nord Stream gas pipelines last September, the New York Times reported on Tuesday, citing U.S. officials who had reviewed new intelligence.\n\n' +
    'The officials said there was no evidence that Ukrainian President Volodymyr Zelenskiy or his top aides were involved.\n\n' +
    'Mykhailo Podolyak, an adviser to Zelenskiy, said Ukraine "has nothing to do with" the blasts and had no information about what had happened. "Ukraine is definitely not involved," he told Reuters in a written comment.\n\n' +
    'Moscow has blamed the United States and Britain for the blasts, without providing evidence. Both countries have denied any involvement.';
  assert.deepEqual(claims(text), [
    'disputed: New York Times=hedged, Mykhailo Podolyak=denied, Mykhailo Podolyak=denied',
    'asserted_single_source: The officials=asserted',
    'disputed: Moscow=asserted, Both countries=denied, outlet=not_independently_verified',
  ]);
});

test('"could not independently verify the death toll or the military\'s account" doubts the toll and the military\'s claim; a list of speakers after a sentence keeps its head ("The United States, Britain and the European Union")', () => {
  const text =
    "Myanmar's military government on Wednesday confirmed it had carried out an air strike on a village in the Sagaing region.\n\n" +
    "At least 100 people, including women and children, were killed in Tuesday's attack, according to the shadow National Unity Government.\n\n" +
    'Junta spokesman Zaw Min Tun told state television that some of those killed were wearing rebel uniforms.\n\n' +
    "Reuters could not independently verify the death toll or the military's account. The United States, Britain and the European Union condemned the attack.";
  assert.deepEqual(statements(text, '2023-04-12').at(-1), 'The United States, Britain and the European Union|condemned|the attack');
  assert.deepEqual(claims(text), [
    "unconfirmed: Myanmar's military government=asserted, Reuters=not_independently_verified",
    'unconfirmed: National Unity Government=asserted, Reuters=not_independently_verified',
    'asserted_single_source: Zaw Min Tun=asserted',
    'asserted_single_source: The United States, Britain and the European Union=asserted',
  ]);
});

test('a story of sides trading blame pairs their blames though they share no word ("tried to unilaterally change the status quo" … "illegally crossed" the line); "each side accusing the other" is no claim', () => {
  const text =
    'India and China trade blame over border clash\n\n' +
    'NEW DELHI, Dec 13 (Reuters) - Indian and Chinese troops clashed last week on their Himalayan border, with each side accusing the other of crossing the de facto boundary.\n\n' +
    'Indian Defence Minister Rajnath Singh told parliament that Chinese soldiers had tried to "unilaterally change the status quo" in the Yangtse area on Dec. 9.\n\n' +
    'China\'s Western Theatre Command said Indian troops had "illegally crossed" the line to obstruct a routine Chinese patrol.';
  assert.deepEqual(claims(text), ['disputed: Rajnath Singh=asserted, Western Theatre Command=denied', 'disputed: Western Theatre Command=asserted, Rajnath Singh=denied']);
});

test('"accusing China of acting like pirates" blames China, and "the Philippines was to blame for the confrontation" answers it; the video "it said showed" is the military\'s; "was able to confirm the location … but could not verify when" is the outlet\'s check and doubt', () => {
  const text =
    'MANILA, June 19 (Reuters) - Philippine troops fought off Chinese coast guard personnel armed with knives during a resupply mission to a disputed shoal on Monday, the Philippine military said, accusing China of acting like "pirates".\n\n' +
    'The military released video that it said showed men brandishing an axe near a navy boat. Reuters was able to confirm the location of the video but could not verify when it was recorded.\n\n' +
    'Chinese foreign ministry spokesman Lin Jian said the Philippines was to blame for the confrontation.\n\n' +
    'Indian media reported that more than 20 Chinese soldiers were injured in a separate clash.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: the Philippine military=asserted',
    'disputed: the Philippine military=asserted, Lin Jian=denied',
    'reported_seen_by_outlet: the Philippine military=asserted, Reuters=not_independently_verified, Reuters=reported_seen_by_outlet',
    'disputed: Lin Jian=asserted, the Philippine military=denied',
    'asserted_single_source: Indian media=asserted',
  ]);
});

test('a speaker the model opens inside a bracket is the name the bracket abbreviates ("Rep. Gregory W. Meeks (D-N.Y.)", "Colombia\'s National Liberation Army (ELN)")', () => {
  const text =
    "BOGOTA, Sept 18 (Reuters) - Colombia's National Liberation Army (ELN) rebel group on Wednesday claimed responsibility for an attack on a military base in the province of Arauca.\n\n" +
    'Rep. Gregory W. Meeks (D-N.Y.), chairman of the Congressional Black Caucus PAC, said members will help him raise cash.';
  assert.deepEqual(
    statements(text, '2024-09-18').map((x) => x.split('|').slice(0, 2).join('|')),
    ['National Liberation Army|claimed', 'Gregory W. Meeks|said'],
  );
});

test('"The Guards" are the Revolutionary Guards; "…, the local governor said" is no one named in the next paragraph who is not named with the role; imagery with a long subject "showed"; "could not independently verify the Guards\' claim"; "it was not clear whether" doubts', () => {
  const text =
    "DUBAI, Oct 2 (Reuters) - Iran's Revolutionary Guards said on Wednesday that 90% of the roughly 180 ballistic missiles fired at Israel had hit their targets. The Guards said the attack was in retaliation for the killing of Hassan Nasrallah.\n\n" +
    'Israeli military spokesman Daniel Hagari said some missiles had hit air bases but had caused no damage to aircraft.\n\n' +
    'One Palestinian man was killed in the West Bank city of Jericho by falling debris, the local governor said.\n\n' +
    'Satellite images taken on Wednesday by Planet Labs and analysed by researchers at the Middlebury Institute showed at least 32 impacts at the Nevatim air base. The researchers said it was not clear whether any aircraft had been hit.\n\n' +
    "Reuters could not independently verify the Guards' claim.";
  assert.deepEqual(
    statements(text, '2024-10-02').map((x) => x.split('|').slice(0, 2).join('|')),
    ['Revolutionary Guards|said', 'Revolutionary Guards|said', 'Daniel Hagari|said', 'the local governor|said', 'imagery|showed', 'The researchers|said'],
  );
  assert.deepEqual(claims(text), [
    'asserted_single_source: Revolutionary Guards=asserted',
    'unconfirmed: Revolutionary Guards=asserted, Reuters=not_independently_verified',
    'unconfirmed: Daniel Hagari=asserted, The researchers=cannot_confirm',
    'asserted_single_source: the local governor=asserted',
    'asserted_single_source: imagery=asserted',
  ]);
});

test('what officials said before their frame, where the model ran on into the speaker, is what they said, not the clause after ", and Pyongyang warned"; a headline speaker of two verbs is the name before the first', () => {
  const text =
    'North Korea fires ICBM, warns of "more powerful" steps\n\n' +
    "SEOUL/TOKYO, Feb 18 (Reuters) - North Korea fired an intercontinental ballistic missile that landed in the sea off Japan's west coast on Saturday, South Korean and Japanese officials said, and Pyongyang warned it could take \"more powerful\" steps in response to U.S.-South Korean drills.";
  assert.deepEqual(statements(text, '2023-02-18'), [
    'North Korea|warns of|"more powerful" steps',
    // (And the country before theirs: "[South Korean and] Japanese officials".)
    "South Korean and Japanese officials|said|North Korea fired an intercontinental ballistic missile that landed in the sea off Japan's west coast on Saturday",
    'Pyongyang|warned|it could take "more powerful" steps in response to U.S.-South Korean drills',
  ]);
});

test('"did not rule it out" says nothing of its own', () => {
  const text =
    'Two U.S. officials confirmed that an MQ-9 had crashed in Yemen but said the cause was being investigated. One of the officials said there were no indications that the drone had been hit by a missile, but did not rule it out.';
  assert.deepEqual(
    statements(text, '2024-05-17').map((x) => x.split('|').slice(1, 3).join('|')),
    ['confirmed|an MQ-9 had crashed in Yemen', 'said|the cause was being investigated', 'said|there were no indications that the drone had been hit by a missile'],
  );
});

test('being "not aware" of any civilian casualties, in quotes, is a doubt', () => {
  assert.deepEqual(claims('The military said it was "not aware" of any civilian casualties.'), ['unconfirmed: The military=cannot_confirm']);
});

test('a mixed quote before its frame, "it said in a post on X, adding that …": the quote with its subject is what was said, the channel is the post on X, and what is added a second statement', () => {
  const text =
    'U.S. Central Command said the ship had sunk. The ship\'s cargo "presents an environmental risk in the Red Sea," it said in a post on X, adding that the vessel\'s sinking also posed a risk to other ships in the busy waterway.';
  assert.deepEqual(statements(text, '2024-03-02'), [
    'U.S. Central Command|said|the ship had sunk',
    'U.S. Central Command|said|The ship\'s cargo "presents an environmental risk in the Red Sea,"|ch:in a post on X',
    "U.S. Central Command|adding|the vessel's sinking also posed a risk to other ships in the busy waterway",
  ]);
});

test('"Out of the question" to a question denies what was asked; "We are not going to comment" and "cannot comment" are refusals', () => {
  assert.deepEqual(
    claims('Kremlin spokesman Dmitry Peskov said Moscow expected the agency to respond. Asked whether Russia would hand control of the plant back to Ukraine, he said: "Out of the question."'),
    ['asserted_single_source: Dmitry Peskov=asserted', 'denied: Dmitry Peskov=denied'],
  );
  assert.deepEqual(claims('"We are not going to comment on the situation," a spokesperson for the General Staff told the Kyiv Independent.'), ['refused_comment: General Staff=refused_comment']);
  assert.deepEqual(claims('The mayor said he cannot comment on the letter because he has not seen it.'), ['refused_comment: The mayor=refused_comment']);
});

test('"the agency" is the agency its own sentence names ("IAEA experts …, the agency said"), not the latest agency named before', () => {
  const text =
    'The International Atomic Energy Agency (IAEA) said the damage had not compromised nuclear safety.\n\n' +
    "Ukraine's military intelligence agency denied any involvement.\n\n" +
    "IAEA experts at the site were told by the plant that a drone had also hit an area near the plant's cargo port, the agency said.";
  assert.deepEqual(speakersAndCues(text, '2024-04-07'), ['International Atomic Energy Agency|said', "Ukraine's military intelligence agency|denied", 'International Atomic Energy Agency|said']);
});

test('the Rubymar: "confirmed the sinking" corroborates that the ship sank; "not in danger of sinking" denies no one\'s responsibility for it; "aware of the reports" is on the story the headline announces; "Yemen\'s internationally recognised government" is Yemen\'s government', () => {
  const text =
    "Ship attacked by Houthis sinks in Red Sea, Yemen's government says\n\n" +
    "DUBAI, March 2 (Reuters) - A cargo ship that was struck by a Houthi missile last month has sunk in the Red Sea, Yemen's internationally recognised government said on Saturday.\n\n" +
    'The Rubymar, which was carrying fertiliser, sank overnight after taking on water for almost two weeks, the government said in a statement. U.S. Central Command confirmed the sinking.\n\n' +
    'A Houthi official, Hussein al-Ezzi, said on X that Britain "should bear responsibility" for the ship and for the consequences of its sinking.\n\n' +
    'Roy Khoury, the chief executive of Blue Fleet, had told Reuters last week that the company planned to tow the ship to Djibouti. He said at the time that the ship was taking on water but was not in danger of sinking.\n\n' +
    "Britain's Foreign Office said it was aware of the reports.";
  assert.deepEqual(claims(text), [
    "unconfirmed: Yemen's government=asserted, Britain's Foreign Office=neither_confirmed_nor_denied",
    "corroborated: Yemen's government=asserted, U.S. Central Command=asserted",
    'asserted_single_source: Hussein al-Ezzi=asserted',
    'asserted_single_source: Roy Khoury=asserted',
    'asserted_single_source: Roy Khoury=asserted',
  ]);
});

test('"…, but he did not confirm that Ukrainian troops had crossed the border" is the speaker\'s doubt on the claim that they had; the outlet\'s own "could not confirm" is no statement', () => {
  const text =
    "Russian forces were fighting to repel about 1,000 Ukrainian troops who had crossed into the Kursk region, Russia's defence ministry said. " +
    'Mykhailo Podolyak, an adviser to President Volodymyr Zelenskiy, said on Telegram that the war was sliding into Russia, but he did not confirm that Ukrainian troops had crossed the border.';
  assert.deepEqual(speakersAndCues(text, '2024-08-07'), ["Russia's defence ministry|said", 'Mykhailo Podolyak|said', 'Mykhailo Podolyak|did not confirm']);
  assert.deepEqual(claims(text), ["unconfirmed: Russia's defence ministry=asserted, Mykhailo Podolyak=cannot_confirm", 'asserted_single_source: Mykhailo Podolyak=asserted']);
  assert.deepEqual(speakersAndCues('Reuters could not confirm whether the troops had crossed the border.', '2024-08-07'), []);
});

test('"A local official" is not the doctor named next ("Mohamed Ibrahim, a doctor at the hospital,")', () => {
  const text =
    'A drone attack on the hospital killed 70 people, the World Health Organization said.\n\n' +
    'A local official blamed the paramilitary Rapid Support Forces for the strike.\n\n' +
    'Mohamed Ibrahim, a doctor at the hospital, told Reuters by phone that the drone hit the emergency ward at around 6 a.m.';
  assert.deepEqual(speakersAndCues(text, '2025-01-25'), ['World Health Organization|said', 'A local official|blamed', 'Mohamed Ibrahim|told']);
});

test('a quote\'s next sentence that says otherwise than its first denies another\'s claim ("We did not open fire on those seeking aid"); "did not have enough information to say", asked about it, doubts it', () => {
  const text =
    'More than 100 Palestinians were killed, the Gaza Health Ministry said, accusing Israeli troops of opening fire on people waiting for food.\n\n' +
    '"There was no strike on the aid convoy," military spokesman Rear Adm. Daniel Hagari told reporters. "We did not open fire on those seeking aid."\n\n' +
    'Asked whether the U.N. believed Israeli troops had fired on civilians, U.N. spokesman Stephane Dujarric said the organisation did not have enough information to say.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: Gaza Health Ministry=asserted',
    'disputed: Gaza Health Ministry=asserted, Daniel Hagari=denied, Stephane Dujarric=cannot_confirm',
    'asserted_single_source: Daniel Hagari=asserted',
  ]);
});

test('"… had crashed in Indian territory but would not say why": the refusal is the same speaker\'s, on what it has just said; "declined to say where" likewise', () => {
  const text = 'A senior Indian government source told Reuters that three Indian fighter jets had crashed in Indian territory but would not say why.';
  assert.deepEqual(statements(text, '2025-05-07').map((x) => x.split('|').slice(1, 3).join('|')), ['told|three Indian fighter jets had crashed in Indian territory', 'would not say|why']);
  assert.deepEqual(claims(text), ['asserted_single_source: Indian government=asserted, Indian government=refused_comment']);
  assert.deepEqual(claims('The army said three soldiers had been killed but declined to say where.'), ['asserted_single_source: The army=asserted, The army=refused_comment']);
});

test('"Russia\'s top general" is the general the next paragraph names', () => {
  const text =
    "Russian forces were fighting to repel about 1,000 Ukrainian troops who had crossed into the Kursk region, Russia's top general said.\n\n" +
    'Chief of the General Staff Valery Gerasimov told President Vladimir Putin in a meeting shown on state television that the incursion had been stopped.';
  assert.deepEqual(speakersAndCues(text, '2024-08-07'), ['Valery Gerasimov|said', 'Valery Gerasimov|told']);
});

test('what a statement tells by the way, in a relative clause, is not confirmed by another: "… close to the town of Sudzha, where a gas metering station handles Russian gas" and "gas was still flowing through Sudzha"', () => {
  const text =
    'Russian military bloggers said Ukrainian units had advanced as far as 10 km into the region and were close to the town of Sudzha, where a gas metering station handles Russian gas flowing through Ukraine to Europe. Gazprom said gas was still flowing through Sudzha.';
  assert.deepEqual(claims(text), ['asserted_single_source: Russian military bloggers=asserted', 'asserted_single_source: Gazprom=asserted']);
});

test('what was said keeps the negation it was said under: "they had no evidence that Zelenskiy … were involved" is no statement that they were', () => {
  const text =
    'The officials told the newspaper they had no evidence that Ukrainian President Volodymyr Zelenskiy or his top lieutenants were involved in the operation. ' +
    'David Schulz said no immediate decision had been made about whether to appeal.';
  assert.deepEqual(statements(text, '2023-03-07').map((x) => x.split('|').slice(1, 3).join('|')), [
    'told|they had no evidence that Ukrainian President Volodymyr Zelenskiy or his top lieutenants were involved in the operation',
    'said|no immediate decision had been made about whether to appeal',
  ]);
});

test('"he" framing a quote is not one named inside that quote, nor one named by a possessive before it', () => {
  const text =
    'Jimmy Cherizier, a former police officer who leads a gang alliance known as G9, said in a video posted on social media that the groups were working together to force Henry\'s resignation. "We are asking the Haitian police and army to take responsibility and arrest Ariel Henry," he said.';
  assert.deepEqual(speakersAndCues(text, '2024-03-03'), ['Jimmy Cherizier|said', 'Jimmy Cherizier|said']);
});

test('the outlet\'s gloss after a frame that closes the sentence is no part of what was said: "…, the government said on Sunday, in an escalation of violence that …"', () => {
  const text =
    "Armed gangs stormed Haiti's largest prison overnight, freeing most of its roughly 3,800 inmates, the government said on Sunday, in an escalation of violence that has gripped the capital since Prime Minister Ariel Henry left the country.";
  assert.deepEqual(statements(text, '2024-03-03'), ["the government|said|Armed gangs stormed Haiti's largest prison overnight, freeing most of its roughly 3,800 inmates"]);
});

test('"confirmed the attack", in other words than the story\'s lead, is on the attack the story opens with', () => {
  const text =
    "An air strike by Myanmar's military on a village in the central Sagaing region killed at least 100 people, witnesses and local media said on Wednesday.\n\n" +
    'A junta spokesman, Zaw Min Tun, confirmed the attack in a phone call with state television.';
  assert.deepEqual(claims(text), ['corroborated: witnesses and local media=asserted, Zaw Min Tun=asserted']);
});

test('"…, its prosecutor said in November, calling the incident “gross sabotage.”": what was found is what the prosecutor said, and "calling …" a second statement of the prosecutor\'s', () => {
  const text = "Sweden's investigation found traces of explosives on several recovered objects, its prosecutor said in November, calling the incident “gross sabotage.”";
  assert.deepEqual(statements(text, '2023-03-07').map((x) => x.split('|').slice(1, 3).join('|')), [
    "said|Sweden's investigation found traces of explosives on several recovered objects",
    'calling|the incident “gross sabotage.”',
  ]);
});

test('"…, pro-Russian military bloggers said on Monday, in what would be …": people in lower case speak after what was said; "could not immediately verify the claim that there were no military targets" is on the claim that negates', () => {
  assert.deepEqual(
    statements(
      'Dozens of Wagner mercenaries were killed in fighting with Tuareg rebels near the Algerian border, pro-Russian military bloggers said on Monday, in what would be Wagner\'s heaviest defeat in Africa.',
      '2024-07-29',
    ),
    ['pro-Russian military bloggers|said|Dozens of Wagner mercenaries were killed in fighting with Tuareg rebels near the Algerian border'],
  );
  const text =
    'Russian officials have repeatedly denied targeting civilians, saying they strike only military targets.\n\n' +
    'Kharkiv Mayor Ihor Terekhov told reporters at the scene that there was no military facility near the store.\n\n' +
    'The Associated Press could not immediately verify the claim that there were no military targets in the area.';
  assert.deepEqual(claims(text).slice(-1), ['unconfirmed: Ihor Terekhov=asserted, Associated Press=not_independently_verified']);
});

test('what was said ends before the outlet\'s ", without addressing the allegations"', () => {
  const text = 'Rwanda\'s foreign ministry said in a statement late Sunday that the fighting near its border posed "a serious threat" to its security, without addressing the allegations.';
  assert.deepEqual(statements(text, '2025-01-27'), ['Rwanda\'s foreign ministry|said|the fighting near its border posed "a serious threat" to its security|ch:in a statement']);
});

test('"Its foreign ministry" after "Saudi Arabia, which has been holding peace talks with the Houthis, called for restraint." is Saudi Arabia\'s; "…, health workers said on Thursday, in one of the deadliest incidents …" is what the health workers said', () => {
  const text =
    'The United States and Britain carried out strikes on Houthi targets in Yemen overnight, U.S. officials said.\n\n' +
    'Saudi Arabia, which has been holding peace talks with the Houthis, called for restraint. Its foreign ministry said it was following the situation "with great concern."';
  assert.deepEqual(speakersAndCues(text, '2024-01-12').slice(-1), ['Saudi Arabia|said']);
  assert.deepEqual(
    statements("An air strike on a busy market in Ethiopia's Tigray region killed at least 51 people, health workers said on Thursday, in one of the deadliest incidents of the eight-month conflict.", '2021-06-24'),
    ["health workers|said|An air strike on a busy market in Ethiopia's Tigray region killed at least 51 people"],
  );
});

test('"Reuters was unable to verify the accounts of what had caused the collapse" doubts the claim that the building collapsed', () => {
  const text =
    "A building in Belgorod collapsed on Sunday after it was hit by debris from a Ukrainian missile, Russia's defence ministry said. Reuters was unable to verify the accounts of what had caused the collapse.";
  assert.deepEqual(claims(text), ["unconfirmed: Russia's defence ministry=asserted, Reuters=not_independently_verified"]);
});

test('a toll "in another part of the country" does not corroborate the toll of the place the story is about', () => {
  const text =
    "Azerbaijan's defence ministry said four civilians had been killed by Armenian shelling in another part of the country. " +
    "Gegham Stepanyan, the region's human rights ombudsman, said at least two civilians, including a child, had been killed.";
  assert.deepEqual(claims(text), ["asserted_single_source: Azerbaijan's defence ministry=asserted", 'asserted_single_source: Gegham Stepanyan=asserted']);
});

test('"Reuters could not independently determine what caused the fire" doubts the claim of what caused it', () => {
  const text = 'Military spokesman Daniel Hagari said a secondary explosion may have caused the fire that swept through the tents. Reuters could not independently determine what caused the fire.';
  assert.deepEqual(claims(text), ['unconfirmed: Daniel Hagari=hedged, Reuters=not_independently_verified']);
});

test('another subject\'s statement after ", but", its subject set off by how it spoke; "officials on both sides said …, in the worst clashes …" frames what came before; "told a news conference" is the channel', () => {
  const text =
    'Pakistan has not confirmed that it carried out those strikes, but a senior Pakistani security official, who spoke on condition of anonymity because he was not authorised to speak to the media, said the targets had been militant hideouts.';
  assert.deepEqual(statements(text, '2025-10-12'), ['Pakistan|has not confirmed|it carried out those strikes', 'a senior Pakistani security official|said|the targets had been militant hideouts|anonymous']);
  assert.deepEqual(
    statements(
      'Pakistani and Afghan forces exchanged heavy fire along their disputed border overnight, officials on both sides said on Sunday, in the worst clashes between the neighbours in years.',
      '2025-10-12',
    ),
    ['officials on both sides|said|Pakistani and Afghan forces exchanged heavy fire along their disputed border overnight'],
  );
  assert.deepEqual(statements('Zabihullah Mujahid told a news conference in Kabul that 58 Pakistani soldiers had been killed.', '2025-10-12'), [
    'Zabihullah Mujahid|told|58 Pakistani soldiers had been killed|ch:a news conference',
  ]);
});

test('"rejected Pakistan\'s figures" denies the count Pakistan\'s military gave; "It did not say how it had arrived at the figure" is its refusal on that count; "The Taliban denied targeting civilians" answers the accusation against them, not a claim on "targets"', () => {
  const text =
    "Pakistan's military said its troops had killed more than 200 Taliban fighters. It did not say how it had arrived at the figure.\n\n" +
    'The Taliban spokesman, Zabihullah Mujahid, told a news conference that 58 Pakistani soldiers had been killed. He rejected Pakistan\'s figures as "baseless propaganda".';
  assert.deepEqual(claims(text), ["disputed: Pakistan's military=asserted, Pakistan's military=refused_comment, Zabihullah Mujahid=denied", 'asserted_single_source: Zabihullah Mujahid=asserted']);
  const denial =
    'A senior Pakistani security official said the targets had been militant hideouts.\n\n' +
    "Pakistan's interior minister, Mohsin Naqvi, accused the Taliban of firing on civilian areas. The Taliban denied targeting civilians.";
  assert.deepEqual(claims(denial), ['asserted_single_source: A senior Pakistani security official=asserted', 'disputed: Mohsin Naqvi=asserted, Taliban=denied']);
});

test('"…, an allegation the UAE has repeatedly denied" leaves the accusation before it standing, denied by the UAE; "the lab" is the lab the sentence names; "could not independently confirm who was behind the attacks" doubts the claims of who was', () => {
  const text =
    "Sudan's information minister, Khalid al-Aiser, accused the United Arab Emirates of supplying the drones to the RSF, an allegation the UAE has repeatedly denied.";
  assert.deepEqual(claims(text), ['disputed: Khalid al-Aiser=asserted, United Arab Emirates=denied']);
  assert.deepEqual(
    speakersAndCues('Satellite images analysed by the Yale Humanitarian Research Lab showed fires burning at the fuel depot, the lab said in a report.', '2025-05-06'),
    ['Yale Humanitarian Research Lab|said'],
  );
  const blame =
    'The army blamed the RSF for the attacks. Army spokesman Nabil Abdallah said the drones had been launched from areas under RSF control.\n\n' +
    'U.N. Secretary-General Antonio Guterres was alarmed by the attacks, his spokesman said.\n\n' +
    'Reuters could not independently confirm who was behind the attacks.';
  assert.deepEqual(claims(blame), [
    'unconfirmed: The army=asserted, Reuters=not_independently_verified',
    'unconfirmed: Nabil Abdallah=asserted, Reuters=not_independently_verified',
    'asserted_single_source: Antonio Guterres=asserted',
  ]);
});

test('"told reporters in Vienna the agency had been informed …" says what follows the place; "told Reuters: “No.”" has Reuters for recipient, and the "No" denies what was asked of Washington, not a claim of fighter jets "taking part"; "The official, who declined to be named, would neither confirm nor deny that …" is a statement', () => {
  assert.deepEqual(statements('Its director general, Rafael Grossi, told reporters in Vienna the agency had been informed by Iran that the site had been hit.', '2025-06-13'), [
    'Rafael Grossi|told|the agency had been informed by Iran that the site had been hit|to:reporters',
  ]);
  const text =
    "Israel's military said dozens of fighter jets had taken part in the operation.\n\n" +
    'Asked whether Washington had taken part in the strikes, a White House official told Reuters: "No. This was a unilateral action by Israel." ' +
    'The official, who declined to be named, would neither confirm nor deny that the United States had been told in advance.';
  assert.deepEqual(speakersAndCues(text, '2025-06-13'), ["Israel's military|said", 'White House|told', 'White House|would neither confirm nor deny']);
  assert.deepEqual(statements(text, '2025-06-13')[1]!.split('|').at(-1), 'to:Reuters');
  assert.deepEqual(claims(text), ["asserted_single_source: Israel's military=asserted", 'denied: White House=denied', 'unconfirmed: White House=neither_confirmed_nor_denied']);
});

test('Amhara market strike: "denied that civilians had been hit" after a quoted phrase is a second statement and disputes the strike the story opens with; "He said" after an unnamed doctor is the doctor, not a resident named before; one "who gave only his first name, Getachew," is Getachew', () => {
  const text =
    'A drone strike on a crowded market in Amhara killed at least 30 people on Thursday, three witnesses told AFP.\n\n' +
    '"I counted 32 bodies," said a resident of Bahir Dar who gave only his first name, Getachew, for fear of reprisals.\n\n' +
    "A doctor at the town's main hospital, who asked not to be named, said the hospital had received more than 50 wounded people. He said the hospital was running out of blood.\n\n" +
    'Government spokesman Legesse Tulu said in a statement posted on Facebook that the army had targeted "an extremist force" and denied that civilians had been hit.';
  assert.deepEqual(speakersAndCues(text, '2024-03-08'), [
    'three witnesses|told',
    'Getachew|said',
    "A doctor at the town's main hospital|said",
    "A doctor at the town's main hospital|said",
    'Legesse Tulu|said',
    'Legesse Tulu|denied',
  ]);
  assert.equal(claims(text)[0], 'disputed: three witnesses=asserted, Legesse Tulu=denied');
});

test('"The Ethiopian Human Rights Commission, a state-affiliated but independent body, said … and called for an investigation": the commission calls; "It said it was not yet able to confirm the number of dead" doubts the toll; "…, and warned that …" is a second statement; "according to two diplomatic sources, though this could not be confirmed": the sources, and the outlet\'s doubt', () => {
  const text =
    'A drone strike on a market in Amhara killed at least 30 people, witnesses said.\n\n' +
    'The Ethiopian Human Rights Commission, a state-affiliated but independent body, said it had received "credible reports" of civilian casualties and called for an investigation. It said it was not yet able to confirm the number of dead.\n\n' +
    'The United Nations said last month that at least 12 drone strikes had been reported in Amhara since January, and warned that the violence could trigger further displacement.\n\n' +
    'The Ethiopian army used Turkish-made drones in the strike, according to two diplomatic sources, though this could not be confirmed.';
  assert.deepEqual(speakersAndCues(text, '2024-03-08'), [
    'witnesses|said',
    'Ethiopian Human Rights Commission|said',
    'Ethiopian Human Rights Commission|called for',
    'Ethiopian Human Rights Commission|said',
    'United Nations|said',
    'United Nations|warned',
    'two diplomatic sources|according to',
  ]);
  const all = claims(text);
  assert.equal(all[0], 'unconfirmed: witnesses=asserted, Ethiopian Human Rights Commission=cannot_confirm');
  assert.equal(all.at(-1), 'unconfirmed: two diplomatic sources=asserted, outlet=not_independently_verified');
});

test('"Video posted on social media and geolocated by Reuters showed …" is the video\'s, which Reuters saw, not Reuters\' own; "urged residents not to film" keeps the "not"; "the plant could process 15 million tonnes a year" is no warning', () => {
  const text =
    "Video posted on social media and geolocated by Reuters showed a large fire at the plant's northern edge. " +
    'The governor, Andrei Bocharov, urged residents not to film or share images of the site. ' +
    'Lukoil said in a statement last year that the plant could process about 15 million tonnes of crude a year.';
  assert.deepEqual(statements(text, '2025-02-03'), [
    "social-media|showed|a large fire at the plant's northern edge|ch:on social media",
    'Andrei Bocharov|urged|not to film or share images of the site|to:residents',
    'Lukoil|said|the plant could process about 15 million tonnes of crude a year|ch:in a statement',
  ]);
  assert.deepEqual(claims(text), [
    'reported_seen_by_outlet: social-media=asserted, Reuters=reported_seen_by_outlet',
    'asserted_single_source: Andrei Bocharov=asserted',
    'asserted_single_source: Lukoil=asserted',
  ]);
});

test('"denied a report by Israel\'s Channel 12 that Israel had agreed …": Channel 12 asserted it, so it is disputed; "The report is false" and "Asked about the Channel 12 report, … “We don\'t comment on negotiations.”" are on it', () => {
  const text =
    "Qatar's foreign ministry spokesman Majed al-Ansari told a weekly briefing that the talks were at \"the final stage\". \"We will not announce anything until everything is agreed,\" he said.\n\n" +
    "Israeli Prime Minister Benjamin Netanyahu's office denied a report by Israel's Channel 12 that Israel had agreed to withdraw from the Philadelphi corridor. \"The report is false,\" the office said in a statement.\n\n" +
    'Asked about the Channel 12 report, a senior Israeli official said: "We don\'t comment on negotiations."';
  assert.deepEqual(claims(text).slice(2), [
    "disputed: Benjamin Netanyahu's office=denied, Israel's Channel 12=asserted, Benjamin Netanyahu's office=denied, a senior Israeli official=refused_comment",
  ]);
  assert.deepEqual(claims('The Kremlin denied a French newspaper report that President Vladimir Putin had met Wagner leaders.'), ['disputed: Kremlin=denied, French newspaper=asserted']);
});

test('"In a later post, he said …" is said by "he", the spokesman; "It could not be independently confirmed how many people had been killed" is no statement, and doubts no claim where no one gave a toll; "She did not respond to questions about whether …" is a refusal', () => {
  const text =
    '"We are in Bukavu," Lawrence Kanyuka, a spokesman for the rebel alliance, wrote on X. In a later post, he said the rebels had taken control of the airport on Friday.\n\n' +
    "Rwanda's government spokesperson, Yolande Makolo, said in an emailed statement that Rwanda was concerned about armed groups on its border. She did not respond to questions about whether Rwandan troops were in Bukavu.\n\n" +
    'It could not be independently confirmed how many people had been killed.';
  assert.deepEqual(speakersAndCues(text, '2025-02-16'), ['Lawrence Kanyuka|wrote', 'Lawrence Kanyuka|said', 'Yolande Makolo|said', 'Yolande Makolo|did not respond to questions about']);
  assert.deepEqual(claims(text), [
    'asserted_single_source: Lawrence Kanyuka=asserted',
    'asserted_single_source: Lawrence Kanyuka=asserted',
    'asserted_single_source: Yolande Makolo=asserted',
    'refused_comment: Yolande Makolo=refused_comment',
  ]);
});

test('El Fasher: "the reports of killings were “media fabrications”" denies the killings, not the RSF\'s "liberated" (the seizure is only when they happened); "some of the footage was staged" denies what the videos showed; "accused … and said at least 1,500 people had been killed" is two statements', () => {
  const text =
    'More than 460 patients were killed at the Saudi maternity hospital in El Fasher after the Rapid Support Forces seized the city, the World Health Organization said.\n\n' +
    'The RSF said in a statement that it had "liberated" El Fasher. A senior RSF adviser, Ali Mahmoud, told Al Jazeera that the reports of killings were "media fabrications" spread by the army.\n\n' +
    'Videos circulating online purportedly showed fighters in RSF uniforms shooting unarmed men. The RSF said some of the footage was staged.\n\n' +
    'The Sudan Doctors Network accused the RSF of "a genocide" and said at least 1,500 people had been killed in the city in three days. The figure could not be independently confirmed.';
  assert.deepEqual(claims(text), [
    'disputed: World Health Organization=asserted, Ali Mahmoud=denied',
    'asserted_single_source: Rapid Support Forces=asserted',
    'disputed: imagery=hedged, Rapid Support Forces=denied',
    'asserted_single_source: Sudan Doctors Network=asserted',
    'unconfirmed: Sudan Doctors Network=asserted, outlet=not_independently_verified',
  ]);
});

test('"Asked whether the Houthis had acted on Iranian orders, … said: “We don\'t know yet.”" cannot confirm what was asked; "Tehran played no role in Houthi operations" denies Iran\'s "ultimate responsibility"', () => {
  const text =
    'Asked whether the Houthis had acted on Iranian orders, Pentagon spokesman Major General Pat Ryder said: "We don\'t know yet." He added that Iran bore "ultimate responsibility" for arming the group.\n\n' +
    "Iran's mission to the United Nations said Tehran played no role in Houthi operations.";
  assert.deepEqual(claims(text), ['unconfirmed: Pat Ryder=cannot_confirm', "disputed: Pat Ryder=asserted, Iran's mission=denied"]);
});

test('Derna flood: "Derna mayor says; U.N. warns of disease" is two statements, the first the mayor\'s the lead names; "An official with the Libyan Red Crescent" is no WMO chief named later; "put the confirmed toll at 3,840" is a statement; "The figures could not be independently verified" doubts the figures nearby', () => {
  const text =
    'Libya flood toll could reach 20,000, Derna mayor says; U.N. warns of disease\n\n' +
    "BENGHAZI, Libya, Sept 14 (Reuters) - The death toll could reach 18,000 to 20,000, the city's mayor, Abdulmenam al-Ghaithi, told Al Arabiya television on Thursday.\n\n" +
    'The eastern-based health ministry put the confirmed toll at 3,840 people. An official with the Libyan Red Crescent said the number of missing was probably much higher.\n\n' +
    '"They could have issued warnings," WMO chief Petteri Taalas told reporters in Geneva. The U.N. said at least 30,000 people had been displaced. The figures could not be independently verified.';
  assert.deepEqual(speakersAndCues(text, '2023-09-14'), [
    'Abdulmenam al-Ghaithi|says',
    'U.N.|warns of',
    'Abdulmenam al-Ghaithi|told',
    'The eastern-based health ministry|put',
    'Libyan Red Crescent|said',
    'Petteri Taalas|told',
    'U.N.|said',
  ]);
  assert.equal(claims(text).at(-1), 'unconfirmed: U.N.=asserted, outlet=not_independently_verified');
});

test('"“These are false accusations,” he told MRTV" after his denial is a verdict on what he denied; "did not respond to calls seeking comment" makes no statement of "calls seeking"; "the office was trying to verify the reports" cannot confirm them', () => {
  const text =
    'The opposition said the military had carried out three air strikes on Sunday. A junta spokesman, Zaw Min Tun, denied that the military had carried out any strikes since the quake. "These are false accusations," he told state broadcaster MRTV. The military did not respond to calls seeking comment on the reported strike in Sagaing.';
  assert.deepEqual(speakersAndCues(text, '2025-03-31'), ['The opposition|said', 'Zaw Min Tun|denied', 'Zaw Min Tun|told']);
  assert.deepEqual(claims(text), ['disputed: The opposition=asserted, Zaw Min Tun=denied, Zaw Min Tun=denied, The military=refused_comment']);
  assert.deepEqual(claims('The U.N. human rights office said it was "alarmed" by reports of air strikes. A spokesperson, Ravina Shamdasani, said the office was trying to verify the reports.'), [
    'unconfirmed: U.N.=asserted, Ravina Shamdasani=cannot_confirm',
  ]);
});

test('"military spokesman Lieutenant General Ahmed Sharif Chaudhry" speaks with Pakistan\'s military, the one state whose forces the story names: his quote does not corroborate it', () => {
  const text =
    "Pakistan's military said on Wednesday its air force had shot down five Indian fighter jets during Indian strikes overnight.\n\n" +
    '"All the jets were brought down within Indian airspace," military spokesman Lieutenant General Ahmed Sharif Chaudhry told a press conference in Rawalpindi.';
  assert.deepEqual(claims(text), ["asserted_single_source: Pakistan's military=asserted, Ahmed Sharif Chaudhry=asserted"]);
});

test('"…, rebels and U.N. say" is said by the two together, not by the U.N. alone', () => {
  const text =
    "Myanmar junta keeps bombing after quake, rebels and U.N. say; military denies\n\nBANGKOK, March 31 (Reuters) - Myanmar's military carried out at least three air strikes in the country's north on Sunday, two days after a devastating earthquake, an opposition group and a local resident said.";
  assert.deepEqual(statements(text, '2025-03-31')[0], 'rebels and U.N.|say|Myanmar junta keeps bombing after quake');
});

test('"According to preliminary information, a North Korean-made ballistic missile was used …, President Volodymyr Zelenskiy wrote on Telegram" is Zelenskiy\'s, hedged; "Reuters could not independently verify the type of missile used" doubts it, paragraphs later', () => {
  const text =
    'Russian missiles and drones struck Kyiv overnight, killing at least 12 people, Ukrainian officials said on Thursday.\n\n' +
    'According to preliminary information, a North Korean-made ballistic missile was used in the attack, President Volodymyr Zelenskiy wrote on Telegram.\n\n' +
    'Kyiv Mayor Vitali Klitschko said rescuers were still searching the rubble of an apartment building.\n\n' +
    "Russia's defence ministry said it had hit Ukrainian defence industry enterprises.\n\n" +
    'Reuters could not independently verify the type of missile used.';
  assert.deepEqual(speakersAndCues(text, '2025-04-24')[1], 'Volodymyr Zelenskiy|wrote');
  assert.equal(claims(text)[1], 'unconfirmed: Volodymyr Zelenskiy=hedged, Reuters=not_independently_verified');
});


test('"According to preliminary assessments, at least 1,800 houses have been destroyed", with no cue after it, is the assessments\' statement', () => {
  const text = 'Partners report that access to several valleys remains cut off.\n\nAccording to preliminary assessments, at least 1,800 houses have been destroyed.';
  assert.deepEqual(statements(text, '2025-08-18'), [
    'Partners|report|access to several valleys remains cut off',
    'preliminary assessments|According to|at least 1,800 houses have been destroyed',
  ]);
});
test('"In a statement, the ELN denied attacking civilians" is the ELN\'s denial, its channel set before it; "civilians and former FARC fighters who had signed …" is one object, not a new clause', () => {
  const text =
    "Fighting in Colombia's Catatumbo region has killed at least 80 people, the regional governor said on Sunday.\n\n" +
    'Norte de Santander governor William Villamizar said the dead included civilians and former FARC fighters who had signed a 2016 peace deal.\n\n' +
    'In a statement, the ELN denied attacking civilians.';
  assert.deepEqual(statements(text, '2025-01-20'), [
    'William Villamizar|said|Fighting in Colombia\'s Catatumbo region has killed at least 80 people',
    'William Villamizar|said|the dead included civilians and former FARC fighters who had signed a 2016 peace deal',
    'ELN|denied|attacking civilians|ch:In a statement',
  ]);
});

test('a headline\'s passive names no source: "Colombia\'s ELN rebels blamed as violence in Catatumbo kills 80"', () => {
  const text = "Colombia's ELN rebels blamed as violence in Catatumbo kills 80\n\nBOGOTA, Jan 20 (Reuters) - Fighting has killed at least 80 people, the regional governor said on Sunday.";
  assert.deepEqual(speakersAndCues(text, '2025-01-20'), ['the regional governor|said']);
});

test('"…, the New York-based group said in a report, citing survivors and witnesses it had interviewed" is the group\'s (Human Rights Watch\'s) statement before its frame; whom it cites says nothing', () => {
  const text =
    "Burkina Faso's army executed at least 223 civilians in February, Human Rights Watch said on Thursday.\n\n" +
    'The soldiers killed the villagers as retaliation for an attack on a nearby military camp, the New York-based group said in a report, citing survivors and witnesses it had interviewed by telephone.';
  assert.deepEqual(statements(text, '2024-04-25'), [
    "Human Rights Watch|said|Burkina Faso's army executed at least 223 civilians in February",
    'Human Rights Watch|said|The soldiers killed the villagers as retaliation for an attack on a nearby military camp|ch:in a report',
  ]);
});

test('"The junta, which seized power in 2022, has in the past rejected accusations that …" denies them; "Burkina Faso\'s government did not respond" is silent on a claim on Burkina Faso\'s army, paragraphs back', () => {
  const text =
    "Burkina Faso's army executed at least 223 civilians in February, Human Rights Watch said on Thursday.\n\n" +
    'The rights group said it had interviewed 23 witnesses by telephone.\n\n' +
    "Burkina Faso's government did not respond to a request for comment.\n\n" +
    'The junta, which seized power in 2022, has in the past rejected accusations that its forces have killed civilians.';
  assert.deepEqual(speakersAndCues(text, '2024-04-25').at(-1), 'The junta|has in the past rejected');
  assert.deepEqual(claims(text), [
    "disputed: Human Rights Watch=asserted, The junta=denied, Burkina Faso's government=refused_comment",
    'asserted_single_source: Human Rights Watch=asserted',
  ]);
});

test('"the Russian-installed governor of the city" in the lead is the governor the next paragraph names', () => {
  const text =
    "KYIV, Sept 22 (Reuters) - A Ukrainian missile struck the headquarters of Russia's Black Sea Fleet in Sevastopol on Friday, the Russian-installed governor of the city said.\n\n" +
    'Governor Mikhail Razvozhayev said on Telegram that one serviceman was missing after the attack.';
  assert.deepEqual(speakersAndCues(text, '2023-09-22'), ['Mikhail Razvozhayev|said', 'Mikhail Razvozhayev|said']);
});

test('"Police spokesman Abdifatah Adan Hassan" is the whole name; "Reuters could not independently verify the witness\'s account" doubts all the witness said, his quote too', () => {
  const text =
    'Police spokesman Abdifatah Adan Hassan told reporters that five attackers had been involved.\n\n' +
    'A witness who gave his name only as Mohamed said the gunmen had opened fire on families eating on the sand. "I saw them shoot a woman," he told Reuters by phone.\n\n' +
    "Reuters could not independently verify the witness's account.";
  assert.deepEqual(speakersAndCues(text, '2024-08-03'), ['Abdifatah Adan Hassan|told', 'Mohamed|said', 'Mohamed|told']);
  assert.deepEqual(claims(text), [
    'asserted_single_source: Abdifatah Adan Hassan=asserted',
    'unconfirmed: Mohamed=asserted, Reuters=not_independently_verified',
    'unconfirmed: Mohamed=asserted, Reuters=not_independently_verified',
  ]);
});

test('"told Iranian state television that … and vowed that …": the recipient is the broadcaster, and the vow a statement of its own; "in a statement carried by the state news agency SANA" is the channel, the agency\'s name too', () => {
  const text =
    'Iran\'s ambassador to Syria, Hossein Akbari, told Iranian state television that six F-35 warplanes had fired missiles at the building and vowed that Tehran\'s response would be "harsh".\n\n' +
    "Syria's defence ministry said in a statement carried by the state news agency SANA that Israel had targeted the consular building.";
  assert.deepEqual(statements(text, '2024-04-01'), [
    'Hossein Akbari|told|six F-35 warplanes had fired missiles at the building|to:Iranian state television',
    'Hossein Akbari|vowed|Tehran\'s response would be "harsh"',
    "Syria's defence ministry|said|Israel had targeted the consular building|ch:in a statement carried by the state news agency SANA",
  ]);
});

test('"… and warned residents that more strikes were possible" is a warning to residents; a Russian-installed governor and Russia\'s defence ministry are one voice; "referred questions to the defence ministry" is a refusal by the spokesman, not the Kremlin', () => {
  const text =
    "KYIV, Sept 22 (Reuters) - A Ukrainian missile struck the headquarters of Russia's Black Sea Fleet in Sevastopol on Friday, the Russian-installed governor of the city said.\n\n" +
    'Governor Mikhail Razvozhayev said on Telegram that one serviceman was missing after the attack and warned residents that more strikes were possible.\n\n' +
    "Russia's defence ministry said one serviceman was missing.\n\n" +
    'Kremlin spokesman Dmitry Peskov referred questions to the defence ministry.';
  assert.deepEqual(statements(text, '2023-09-22').slice(1), [
    'Mikhail Razvozhayev|said|one serviceman was missing after the attack|ch:on Telegram',
    'Mikhail Razvozhayev|warned|more strikes were possible|to:residents',
    "Russia's defence ministry|said|one serviceman was missing",
  ]);
  assert.deepEqual(claims(text), [
    'asserted_single_source: Mikhail Razvozhayev=asserted, Dmitry Peskov=refused_comment',
    "asserted_single_source: Mikhail Razvozhayev=asserted, Russia's defence ministry=asserted",
    'warning: Mikhail Razvozhayev=warning',
  ]);
});

test('"Houthi-run Al Masirah TV aired footage of bodies …" is what the channel\'s footage shows, which "Reuters could not independently verify the footage" doubts; "Reuters verified the location from the buildings" is the outlet\'s check of the video just before', () => {
  const yemen =
    'U.S. air strikes on the Ras Isa fuel port killed 74 people, the Houthi-run health ministry said.\n\n' +
    'The U.S. military said the strikes were intended to cut off a source of fuel for the Houthis.\n\n' +
    'Houthi-run Al Masirah TV aired footage of bodies scattered around the port and of fires burning. Reuters could not independently verify the footage.';
  assert.deepEqual(statements(yemen, '2025-04-18').at(-1), 'Al Masirah TV|aired footage of|bodies scattered around the port and of fires burning');
  assert.deepEqual(claims(yemen).slice(1), ['asserted_single_source: The U.S. military=asserted', 'unconfirmed: Al Masirah TV=asserted, Reuters=not_independently_verified']);
  const crimea = 'Video posted on social media showed thick smoke rising from the building. Reuters verified the location from the buildings and the layout of the square.';
  assert.deepEqual(claims(crimea), ['reported_seen_by_outlet: social-media=asserted, Reuters=reported_seen_by_outlet']);
});

test('"condemned the strike on Telegram" was posted on Telegram; "…, whom it accused of working with drug traffickers, and that …" goes on with what "It said"; a headline\'s "Rights group" is the body the lead names, not the state it accuses', () => {
  const text = 'Iran\'s foreign ministry spokesman Nasser Kanaani condemned the strike on Telegram and said Israel bore responsibility for it.';
  assert.deepEqual(statements(text, '2024-04-01'), ['Nasser Kanaani|condemned|the strike|ch:on Telegram', 'Nasser Kanaani|said|Israel bore responsibility for it']);
  const eln =
    'In a statement, the ELN denied attacking civilians. It said it was fighting the FARC dissidents, whom it accused of working with drug traffickers, and that the people killed had belonged to them.';
  assert.deepEqual(statements(eln, '2025-01-20').at(-1), 'ELN|said|it was fighting the FARC dissidents, whom it accused of working with drug traffickers, and that the people killed had belonged to them');
  const hrw =
    'Rights group accuses Burkina Faso army of killing 223 villagers\n\n' +
    "DAKAR, April 25 (Reuters) - Burkina Faso's army summarily executed at least 223 civilians in February, Human Rights Watch said on Thursday.";
  assert.deepEqual(speakersAndCues(hrw, '2024-04-25'), ['Human Rights Watch|accuses', 'Human Rights Watch|said']);
});

test('"Machar\'s party, the SPLM-IO, denied any involvement" is the party\'s denial of the claim naming Machar; "the White Army, a militia allied to …, had carried out the attack" goes on past the appositive; "could not independently establish who had fired" doubts that blame; "has not confirmed his death" is on the death just told', () => {
  const text =
    'A South Sudanese general and dozens of soldiers were killed when a U.N. helicopter came under fire on Friday, the U.N. mission said.\n\n' +
    'Information Minister Michael Makuei said the White Army, a militia allied to Riek Machar, had carried out the attack. Machar\'s party, the SPLM-IO, denied any involvement.\n\n' +
    'Two military sources said General Majur Dak had been among those killed. The government has not confirmed his death.\n\n' +
    'Reuters could not independently establish who had fired on the helicopter.';
  assert.deepEqual(statements(text, '2025-03-08').slice(1, 3), ['Michael Makuei|said|the White Army, a militia allied to Riek Machar, had carried out the attack', 'SPLM-IO|denied|any involvement']);
  assert.deepEqual(claims(text), [
    'asserted_single_source: U.N.=asserted',
    'disputed: Michael Makuei=asserted, SPLM-IO=denied, Reuters=not_independently_verified',
    'unconfirmed: Two military sources=asserted, The government=cannot_confirm',
  ]);
});

test('a headline\'s "…, injuries reported" names no source; "told Kaduna state governor Uba Sani … that" has the governor for recipient; "claimed the attack through its Amaq news agency" has its channel', () => {
  const iraq = 'Missiles hit Iraq air base hosting U.S. troops, injuries reported\n\nBAGHDAD, Jan 21 (Reuters) - Militants fired missiles at Ain al-Asad air base on Saturday, the U.S. military said.';
  assert.deepEqual(speakersAndCues(iraq, '2024-01-21'), ['the U.S. military|said']);
  const kaduna = 'The teacher, Sani Abdullahi, told Kaduna state governor Uba Sani during a visit to the town that 187 pupils were missing.';
  assert.deepEqual(statements(kaduna, '2024-03-08'), ['Sani Abdullahi|told|187 pupils were missing|to:Kaduna state governor Uba Sani']);
  const cabo = 'Islamic State claimed the attack through its Amaq news agency, saying its fighters had killed more than 20 soldiers.';
  assert.deepEqual(statements(cabo, '2024-05-11')[0], 'Islamic State|claimed|the attack|ch:through its Amaq news agency');
});

test('"dismissed that claim as “disinformation”" denies the other side\'s claim, which tells of another day than the first side\'s account and so is not the same', () => {
  const text =
    "Four Armenian soldiers were killed when Azerbaijani forces opened fire on their positions early on Tuesday, Armenia's defence ministry said.\n\n" +
    'Azerbaijan\'s border service said its forces had carried out a "revenge operation" after Armenian troops fired on Azerbaijani positions on Monday. ' +
    'Armenia\'s defence ministry dismissed that claim as "disinformation".';
  assert.deepEqual(claims(text), ["asserted_single_source: Armenia's defence ministry=asserted", "disputed: Azerbaijan's border service=asserted, Armenia's defence ministry=denied"]);
});

test('"after drones attacked air bases" is no statement of drones, and "It said" after it is the ministry; "Al Qaeda\'s Sahel affiliate, JNIM, claimed …" is JNIM, the name set off after its description', () => {
  const text = "Russia's defence ministry said several aircraft had caught fire after drones attacked air bases in the Murmansk and Irkutsk regions. It said the fires had been put out.";
  assert.deepEqual(speakersAndCues(text, '2025-06-01'), ["Russia's defence ministry|said", "Russia's defence ministry|said"]);
  const mali = "Al Qaeda's Sahel affiliate, JNIM, claimed responsibility for the attack, according to SITE Intelligence Group, which monitors jihadist statements.";
  assert.deepEqual(speakersAndCues(mali, '2024-09-17'), ['SITE Intelligence Group|according to', 'JNIM|claimed']);
});

test('"Some said the losses were smaller than Kyiv claimed" are some of the bloggers just named, disputing Ukraine\'s claim; "she did not have further details" cannot confirm', () => {
  const text =
    'Ukraine hit 41 Russian aircraft with drones on Sunday, a source in Ukraine\'s SBU security service told Reuters.\n\n' +
    'Russian military bloggers described the attack as a "dark day" for Russian aviation. Some said the losses were smaller than Kyiv claimed.';
  assert.deepEqual(speakersAndCues(text, '2025-06-01').slice(1), ['Russian military bloggers|described', 'Russian military bloggers|said']);
  assert.deepEqual(claims(text), ['disputed: SBU=asserted, Russian military bloggers=denied', 'asserted_single_source: Russian military bloggers=asserted', 'asserted_single_source: Russian military bloggers=asserted']);
  assert.deepEqual(claims('Pentagon spokeswoman Sabrina Singh told reporters she did not have further details on the injuries.'), ['unconfirmed: Sabrina Singh=cannot_confirm']);
});

test('"declined to comment on the strikes" is on the claim of the strikes that names the silent side; "it was not consulted" denies nothing, and "did not comment on that assertion" is on it', () => {
  const tartus =
    'Israeli warplanes carried out the heaviest strikes in more than a decade on Tartus on Sunday night, a war monitor said.\n\n' +
    'The Syrian Observatory for Human Rights said the strikes caused explosions that registered as tremors.\n\n' +
    'The Israeli military declined to comment on the strikes.';
  assert.deepEqual(claims(tartus), [
    'asserted_single_source: Syrian Observatory for Human Rights=asserted, The Israeli military=refused_comment',
    'asserted_single_source: Syrian Observatory for Human Rights=asserted',
  ]);
  const jenin =
    'Prime Minister Benjamin Netanyahu\'s office said the operation aimed to "defeat terrorism" in Jenin.\n\n' +
    'The Palestinian Authority said it was not consulted about the operation. Israel did not comment on that assertion.';
  assert.deepEqual(claims(jenin), ["asserted_single_source: Benjamin Netanyahu's office=asserted", 'asserted_single_source: Palestinian Authority=asserted, Israel=refused_comment']);
});

test('"Soldiers posted videos from inside the palace grounds showing them celebrating" is what the videos show; "Reuters was able to confirm the location of one of the videos", paragraphs later, is on it', () => {
  const text =
    'Army spokesman Nabil Abdallah said troops had taken the presidential palace. Soldiers posted videos from inside the palace grounds showing them celebrating.\n\n' +
    'The RSF said its forces were still present in the vicinity of the palace.\n\n' +
    'State TV said three army officers were killed in a drone strike.\n\n' +
    'Reuters was able to confirm the location of one of the videos from inside the palace.';
  assert.deepEqual(statements(text, '2025-03-21')[1], 'Soldiers|posted videos from inside the palace grounds showing|them celebrating');
  assert.deepEqual(claims(text)[1], 'reported_seen_by_outlet: Soldiers=asserted, Reuters=reported_seen_by_outlet');
});

test('"said on the Telegram messaging app" is the channel whole; "Moscow denies targeting civilians, but thousands have been killed …, according to the United Nations" gives the U.N. only what follows "but"', () => {
  const text =
    'Regional governor Oleksandr Prokudin said on the Telegram messaging app that the drone had struck a minibus.\n\n' +
    'Moscow denies targeting civilians, but thousands have been killed since its full-scale invasion of Ukraine in February 2022, according to the United Nations.';
  assert.deepEqual(statements(text, '2024-08-12'), [
    'Oleksandr Prokudin|said|the drone had struck a minibus|ch:on the Telegram messaging app',
    'Moscow|denies|targeting civilians',
    'United Nations|according to|thousands have been killed since its full-scale invasion of Ukraine in February 2022',
  ]);
});

test('"the U.N. nuclear watchdog said" after a headline\'s "IAEA" is the IAEA, by any of its names, not the U.N.', () => {
  const text =
    'Drone hits dome of Zaporizhzhia nuclear plant reactor, IAEA says\n\n' +
    'VIENNA, April 7 (Reuters) - A drone struck the dome of one of the reactors at the Zaporizhzhia nuclear power plant on Sunday, the U.N. nuclear watchdog said.\n\n' +
    'The International Atomic Energy Agency said its experts had seen the damage.';
  assert.deepEqual(speakersAndCues(text, '2024-04-07'), ['International Atomic Energy Agency|says', 'International Atomic Energy Agency|said', 'International Atomic Energy Agency|said']);
});

test('a body the Houthis run speaks with them: "Houthi-run Al Masirah TV" repeating "the Houthi-run health ministry" or the Houthis corroborates nothing', () => {
  const ministry = 'U.S. air strikes on the Ras Isa fuel port killed 74 people, the Houthi-run health ministry said on Friday. Houthi-run Al Masirah TV said the strikes killed 74 people.';
  assert.deepEqual(claims(ministry), ['asserted_single_source: the Houthi-run health ministry=asserted, Al Masirah TV=asserted']);
  const group = 'U.S. air strikes on the Ras Isa fuel port killed 74 people, the Houthis said on Friday. Houthi-run Al Masirah TV said the strikes killed 74 people.';
  assert.deepEqual(claims(group), ['asserted_single_source: Houthis=asserted, Al Masirah TV=asserted']);
});

test('"It was not immediately possible to verify the rebels\' claim" doubts the rebels\' claim, by a plural\'s possessive, not the claim before it', () => {
  const text =
    'The rebels said they had taken control of the city and its airport. The U.N. said at least 17 people had been killed in recent days.\n\n' +
    "It was not immediately possible to verify the rebels' claim.";
  assert.deepEqual(claims(text), ['unconfirmed: The rebels=asserted, outlet=not_independently_verified', 'asserted_single_source: U.N.=asserted']);
});

test('"A hospital spokesperson said" is no prime minister named next; "the group" after a relative clause naming a train is the body the clause is on', () => {
  const hospital =
    'A hospital spokesperson said about 40 people had been lightly wounded. Israeli Prime Minister Benjamin Netanyahu, who visited the site, said Iran would pay.';
  assert.deepEqual(speakersAndCues(hospital, '2025-06-19'), ['A hospital spokesperson|said', 'Benjamin Netanyahu|said']);
  const group =
    'The Baloch Liberation Army (BLA), which claimed the attack on the Jaffar Express on Tuesday, disputed the account. In a statement sent to media, the group said it still held hostages.';
  assert.equal(speakersAndCues(group, '2025-03-12').at(-1), 'Baloch Liberation Army|said');
});

test('no statement: "act according to international law", "as artillery fire echoed", a verb in the relative clause that names the speaker', () => {
  const text =
    'Phumtham Wechayachai told reporters the situation was delicate and that Thailand would act according to international law.\n\n' +
    'Residents told Reuters they had fled to temples and schools as artillery fire echoed across the area.\n\n' +
    'The army-aligned Sudan Liberation Movement faction that had defended the camp said in a statement that RSF fighters had burned shelters.';
  assert.deepEqual(speakersAndCues(text, '2025-07-24'), ['Phumtham Wechayachai|told', 'Residents|told', 'Sudan Liberation Movement|said']);
});

test('"…, which Thailand later confirmed" is Thailand\'s confirmation of what she said, not a statement of its own; "as each side accused the other" is each side\'s; a headline\'s "each blames the other" says nothing', () => {
  const text =
    'Thai and Cambodian troops exchanged fire on Thursday, killing at least 12 people, Thai officials said, as each side accused the other of starting the fighting.\n\n' +
    'Cambodian defence ministry spokeswoman Maly Socheata said Thai F-16 fighter jets had dropped two bombs on a road, which Thailand later confirmed.';
  assert.deepEqual(speakersAndCues(`Thailand and Cambodia trade fire at disputed border temple, each blames the other\n\n${text}`, '2025-07-24'), ['Thai officials|said', 'each side|accused', 'Maly Socheata|said']);
  assert.equal(claims(text).at(-1), 'corroborated: Maly Socheata=asserted, Thailand=asserted');
});

test('"called Thailand\'s claims about civilian targets “baseless”" and "called the accusation “irresponsible”" deny the claims they name', () => {
  const thai =
    'Thai health minister Somsak Thepsutin said a petrol station in Sisaket province had been hit by Cambodian rockets, killing six people.\n\n' +
    'A Cambodian government spokesman, Pen Bona, called Thailand\'s claims about civilian targets "baseless".';
  assert.deepEqual(claims(thai), ['disputed: Somsak Thepsutin=asserted, Pen Bona=denied']);
  const kabul =
    'Pakistan\'s foreign ministry spokesman Shafqat Ali Khan said Islamabad had evidence that the attack had been coordinated from Afghanistan. ' +
    'The Taliban administration in Kabul called the accusation "irresponsible".';
  assert.deepEqual(claims(kabul), ['disputed: Shafqat Ali Khan=asserted, Taliban=denied']);
});

test('"told a televised news conference" is the channel, "told the private Dunya News channel" the recipient; "The army, which controls …, …, has not commented" is the army\'s silence', () => {
  const told =
    '"These are civilian areas," Chaudhry told a televised news conference. Twenty-one hostages were killed, military spokesman Lieutenant General Ahmed Sharif Chaudhry told the private Dunya News channel.';
  assert.deepEqual(statements(told, '2025-05-07'), [
    'Ahmed Sharif Chaudhry|told|These are civilian areas,|ch:a televised news conference',
    'Ahmed Sharif Chaudhry|told|Twenty-one hostages were killed|to:the private Dunya News channel',
  ]);
  const army = 'The RSF said it had taken full control of the Zamzam camp. The army, which controls the state capital El Fasher, about 15 km from the camp, has not commented on the fall of Zamzam.';
  assert.deepEqual(claims(army), ['asserted_single_source: RSF=asserted, The army=refused_comment']);
});

test('"The BLA, which claimed the attack on the Jaffar Express, disputed the military\'s account": the claim ends with the relative clause, and the dispute is on the military\'s account', () => {
  const text =
    "Pakistan's military said on Wednesday it had ended a siege of a passenger train, killing all 33 attackers.\n\n" +
    "The Baloch Liberation Army (BLA), which claimed the attack on the Jaffar Express on Tuesday, disputed the military's account.\n\n" +
    'Another passenger said the militants had let women and children go on Tuesday evening. Reuters could not confirm that account.';
  assert.deepEqual(statements(text, '2025-03-12'), [
    "Pakistan's military|said|it had ended a siege of a passenger train, killing all 33 attackers",
    'Baloch Liberation Army|claimed|the attack on the Jaffar Express on Tuesday',
    'Another passenger|said|the militants had let women and children go on Tuesday evening',
  ]);
  assert.deepEqual(claims(text), [
    "disputed: Pakistan's military=asserted, Baloch Liberation Army=denied",
    'asserted_single_source: Baloch Liberation Army=asserted',
    'unconfirmed: Another passenger=asserted, Reuters=not_independently_verified',
  ]);
});

test('"The Israeli military rejected the Iranian version" denies what Iran\'s state news agency said', () => {
  const text =
    "Iran's state news agency IRNA said the target of the strike was an Israeli army command headquarters located near the hospital.\n\n" +
    'The Israeli military rejected the Iranian version.';
  assert.deepEqual(claims(text), ['disputed: IRNA=asserted, The Israeli military=denied']);
});

test('a denial of harm to civilians answers no accusation its own voice makes: Thailand\'s army and Thai officials\' toll; the RSF and its own "displacement camp"', () => {
  const thai =
    'Troops exchanged fire on Thursday, killing at least 12 people, most of them Thai civilians, Thai officials said.\n\n' +
    "Thailand's army said it had used jets against military targets. It denied targeting civilians.";
  assert.deepEqual(claims(thai), ["asserted_single_source: Thai officials=asserted", "asserted_single_source: Thailand's army=asserted", "denied: Thailand's army=denied"]);
  const rsf =
    "Sudan's paramilitary Rapid Support Forces said on Sunday they had taken full control of the Zamzam displacement camp, after a four-day assault that aid groups and the United Nations said had killed hundreds of civilians.\n\n" +
    'In a statement, the RSF said the camp had been used as a military base. It denied that its fighters had attacked civilians.';
  assert.deepEqual(statements(rsf, '2025-04-14').slice(0, 2), [
    'Rapid Support Forces|said|they had taken full control of the Zamzam displacement camp',
    'aid groups and the United Nations|said|had killed hundreds of civilians',
  ]);
  assert.equal(claims(rsf)[1], 'disputed: aid groups and the United Nations=asserted, Rapid Support Forces=denied');
});

test('"a building that the army said was used by militants" is the army\'s statement', () => {
  assert.deepEqual(statements('The strike hit a building that the army said was used by militants.', '2025-04-14'), ['the army|said|was used by militants']);
});

test('"Cambodia\'s former leader Hun Sen" is a person, and "He" after his statement is he ("He did not give figures for any casualties" his refusal); "Magen David Adom" is the whole name', () => {
  const text =
    "Cambodia's former leader Hun Sen, who remains influential, said on Facebook that Thai forces had shelled two Cambodian provinces. He did not give figures for any casualties.\n\n" +
    "Magen David Adom, Israel's emergency medical service, said it had treated 47 people.";
  assert.deepEqual(speakersAndCues(text, '2025-07-24'), ['Hun Sen|said', 'Hun Sen|did not give', 'Magen David Adom|said']);
  const doc = toJson(analyze({ text, published: '2025-07-24', origin: 'test' }));
  const hunSen = doc.entities.find((e) => e.canonical === 'Hun Sen');
  assert.equal(hunSen?.type, 'PERSON');
  assert.equal((hunSen?.mentions as unknown[] | undefined)?.length, 2);
});

test('"Israel struck … and hit …, saying it was protecting the Druze minority" is Israel\'s; "the Observatory\'s figures" are the Observatory\'s; a denial of executions answers the account of them', () => {
  const text =
    'DAMASCUS, July 16 (Reuters) - Israel struck the Syrian defence ministry headquarters in central Damascus on Wednesday and hit government forces in the south, saying it was protecting the Druze minority.\n\n' +
    'The Syrian Observatory for Human Rights, a Britain-based war monitor, said more than 300 people had been killed since Sunday, including 27 Druze civilians it said had been summarily executed by government forces. The government denied that its forces had carried out executions.\n\n' +
    'Another Druze leader, Sheikh Youssef Jarbou, said he backed the truce.\n\n' +
    "Reuters could not independently verify the Observatory's figures or the accounts of executions.";
  assert.equal(speakersAndCues(text, '2025-07-16')[0], 'Israel|saying');
  assert.deepEqual(claims(text).slice(1), [
    'disputed: Syrian Observatory for Human Rights=asserted, The government=denied, Reuters=not_independently_verified',
    'asserted_single_source: Youssef Jarbou=asserted',
  ]);
});

test('"Asked about the civilian deaths, he said he had nothing to add" is a refusal on the toll; "It did not provide evidence …, and did not explain why a second strike had been carried out" is the military\'s silence on the second strike', () => {
  const kyiv =
    'Russia launched a massive overnight attack on Kyiv on July 31, killing at least 16 people, local officials said.\n\n' +
    'Zelensky said the attack showed Russia had no intention of ending the war.\n\n' +
    'Kremlin spokesperson Dmitry Peskov told reporters that Russia only strikes military targets. Asked about the civilian deaths, he said he had nothing to add.';
  assert.equal(claims(kyiv)[0], 'asserted_single_source: local officials=asserted, Dmitry Peskov=refused_comment');
  const gaza =
    'The ministry said a first strike hit the fourth floor of the hospital, and a second struck minutes later as rescuers rushed to the scene.\n\n' +
    'Later, the military said an initial review found that troops had identified a camera placed by Hamas near the hospital. It did not provide evidence for the claim, and did not explain why a second strike had been carried out.';
  assert.deepEqual(claims(gaza), ['asserted_single_source: The ministry=asserted, the military=refused_comment', 'unconfirmed: the military=asserted, outlet=not_independently_verified']);
});

test('"This is false: the footage shows …" is the footage\'s; "Needs are reported to be most acute …" is hedged, with no speaker; "The Committee to Protect Journalists" is one name', () => {
  assert.deepEqual(statements('This is false: the footage shows a fire at an airport in another country.', '2025-06-17'), ['imagery|shows|a fire at an airport in another country']);
  assert.deepEqual(claims('Needs are reported to be most acute in shelter, health and protection.'), ['hedged: =hedged']);
  assert.deepEqual(speakersAndCues('The Committee to Protect Journalists said the strike brought the number of journalists killed to 192.', '2025-08-25'), ['Committee to Protect Journalists|said']);
});

test('"The Kyiv Independent could not verify Russia\'s claims" doubts each claim of Russia\'s ministry, the Kyiv Independent an outlet however the tagger typed it', () => {
  const text =
    "Russia's Defense Ministry claimed it had carried out a massive strike on Ukrainian military-industrial facilities. It said all designated targets had been hit.\n\n" +
    "The Kyiv Independent could not verify Russia's claims.\n\n" +
    'Kremlin spokesperson Dmitry Peskov told reporters that Russia only strikes military targets. Asked about the civilian deaths, he said he had nothing to add to the Defense Ministry\'s statement.';
  assert.deepEqual(claims(text).slice(0, 2), [
    "unconfirmed: Russia's Defense Ministry=asserted, Kyiv Independent=not_independently_verified",
    "unconfirmed: Russia's Defense Ministry=asserted, Kyiv Independent=not_independently_verified",
  ]);
});

test('"said the next day that …" says what follows "that"; "It did not provide evidence and did not mention civilian casualties" is the ministry\'s silence; "was dismissed" is no statement', () => {
  const text =
    'Two Russian ballistic missiles struck the centre of Sumy on Sunday, killing at least 34 people, Ukrainian officials said.\n\n' +
    "Russia's Defence Ministry said the next day that its forces had struck a meeting of Ukrainian military commanders in Sumy. It did not provide evidence and did not mention civilian casualties.\n\n" +
    'The head of the regional administration, Volodymyr Artiukh, was dismissed days later after a lawmaker accused him of having organised an awards ceremony for soldiers. Artiukh denied organising the event.';
  assert.deepEqual(statements(text, '2025-04-13'), [
    'Ukrainian officials|said|Two Russian ballistic missiles struck the centre of Sumy on Sunday, killing at least 34 people',
    "Russia's Defence Ministry|said|its forces had struck a meeting of Ukrainian military commanders in Sumy",
    'a lawmaker|accused|him of having organised an awards ceremony for soldiers',
    'Volodymyr Artiukh|denied|organising the event',
  ]);
  assert.equal(claims(text)[0], "asserted_single_source: Ukrainian officials=asserted, Russia's Defence Ministry=refused_comment");
});

test('a call confirms nothing another says is done: "called for an investigation" and "an investigation was under way"; JNIM by its full name is one armed group', () => {
  const text =
    'U.S. Central Command said it was assessing the reports, adding that an investigation was under way.\n\n' +
    'Amnesty International called for an investigation into the strike.';
  assert.deepEqual(claims(text).slice(-2), ['asserted_single_source: U.S. Central Command=asserted', 'asserted_single_source: Amnesty International=asserted']);
  const jnim = 'The Group for the Support of Islam and Muslims (JNIM) claimed responsibility for the attack in a statement released on Monday.';
  assert.deepEqual(speakersAndCues(jnim, '2025-05-13'), ['Group for the Support of Islam and Muslims|claimed']);
});

test('a country a headline is filed under is no speaker ("Sudan: Army recaptures …"); "The BBC has been told by residents that …" is the residents\' statement to the BBC; "Russian claims appeared to be “largely accurate”" agrees with them, hedged; "…, which the group denies" is the group\'s denial', () => {
  const sudan =
    'Sudan: Army recaptures presidential palace, but RSF says fighting continues\n\n' +
    'The BBC has been told by residents of Khartoum that heavy fighting continued overnight near the airport, a day after the army said it had retaken the presidential palace.';
  assert.deepEqual(statements(sudan, '2025-02-27'), [
    'RSF|says|fighting continues',
    'residents of Khartoum|told|heavy fighting continued overnight near the airport|to:The BBC',
    'Army|said|it had retaken the presidential palace',
  ]);
  const isw =
    "Russia's defence ministry said on Wednesday that its troops had liberated Sudzha.\n\n" +
    'The Institute for the Study of War said Russian claims appeared to be "largely accurate".';
  assert.deepEqual(claims(isw), ["asserted_single_source: Russia's defence ministry=asserted, Institute for the Study of War=hedged"]);
  const hamas = 'Israel says it allowed the aid in to prevent a famine, and accuses Hamas of diverting supplies, which the group denies.';
  assert.equal(claims(hamas).at(-1), 'disputed: Israel=asserted, Hamas=denied');
});

test('an agreement with "Russian claims" is with those the body gives, however far back, not with the headline\'s announcement of them', () => {
  const text =
    'Russia says it has retaken Sudzha\n\n' +
    'MOSCOW, March 12 - Russian forces have recaptured the town of Sudzha in the Kursk region, the Russian Defence Ministry said on Thursday.\n\n' +
    '"Units of the Sever group of forces have liberated the settlement of Sudzha," the ministry said in a statement posted on Telegram.\n\n' +
    'Ukraine\'s General Staff said there was no threat of encirclement.\n\n' +
    'President Volodymyr Zelenskiy said the situation in Kursk was "very difficult".\n\n' +
    'The Institute for the Study of War said Russian claims appeared to be "largely accurate".';
  assert.deepEqual(claims(text).filter((c) => c.includes('Institute')), [
    'asserted_single_source: Russian Defence Ministry=asserted, Institute for the Study of War=hedged',
    'asserted_single_source: Russian Defence Ministry=asserted, Institute for the Study of War=hedged',
  ]);
});

test('"The claims of Kyiv about the station are false" from the ministry\'s spokesman denies no claim of his own ministry', () => {
  const text =
    'The Russian Defense Ministry said on Tuesday that its forces had destroyed a train carrying Western weapons near Pokrovsk.\n\n' +
    '"Russian forces do not strike civilian targets," ministry spokesman Igor Konashenkov told reporters in Moscow. "The claims of Kyiv about the station are false."';
  assert.equal(claims(text)[0], 'asserted_single_source: Russian Defense Ministry=asserted');
});

test('a ship attack: "paused the attacks" is an act, "ships they say are linked to Israel" is the subject\'s statement; "It said" after "The Israeli military did not respond" is the military\'s', () => {
  const houthis =
    'The Philippines\' migrant workers ministry said 21 of the crew were Filipino.\n\n' +
    'The Houthis, who control much of northern Yemen, have attacked ships they say are linked to Israel since the war in Gaza began. They paused the attacks during a ceasefire earlier this year.';
  assert.deepEqual(speakersAndCues(houthis, '2025-07-10'), ["The Philippines' migrant workers ministry|said", 'Houthis|say']);
  const evin =
    'Israeli Defence Minister Israel Katz said at the time that the military had hit regime targets.\n\n' +
    'The Israeli military did not respond to a request for comment on the toll. It said last week that the strike had been "carried out in a precise manner".';
  assert.deepEqual(speakersAndCues(evin, '2025-06-29'), ['Israel Katz|said', 'The Israeli military|said']);
});

test('"said it had received reports that at least 80 people had died, but could not confirm the figure" doubts its own figure; "a figure India has not disputed" is no denial', () => {
  const hengaw =
    'The Israeli military said the strike had been precise.\n\n' +
    'Hengaw, a Norway-based Kurdish rights group, said it had received reports that at least 80 people had died, but could not confirm the figure.';
  assert.deepEqual(claims(hengaw), ['asserted_single_source: The Israeli military=asserted', 'unconfirmed: Hengaw=asserted, Hengaw=cannot_confirm']);
  assert.deepEqual(claims('Pakistan says 40 civilians were killed in the Indian strikes, a figure India has not disputed.'), ['asserted_single_source: Pakistan=asserted']);
});

test('a ceasefire: "agreed on Saturday to a ceasefire" is an act; "Neither side gave details …, and Reuters could not independently verify the reports" doubts no side\'s every claim; a channel ends before a second verb; a late-night briefing is a channel', () => {
  const text =
    'India and Pakistan agreed on Saturday to a ceasefire after four days of fighting.\n\n' +
    "Pakistan's foreign minister, Ishaq Dar, confirmed the agreement in a post on X and thanked Washington.\n\n" +
    'Explosions were heard in Srinagar by nightfall, witnesses said.\n\n' +
    'Misri said in a late-night briefing that there had been "repeated violations" by Pakistan.\n\n' +
    'Neither side gave details of the violations, and Reuters could not independently verify the reports of firing.';
  assert.deepEqual(statements(text, '2025-05-10'), [
    'Ishaq Dar|confirmed|the agreement|ch:in a post on X',
    'witnesses|said|Explosions were heard in Srinagar by nightfall',
    'Misri|said|there had been "repeated violations" by Pakistan|ch:in a late-night briefing',
  ]);
  assert.deepEqual(claims(text), [
    'asserted_single_source: Ishaq Dar=asserted',
    'asserted_single_source: witnesses=asserted',
    'unconfirmed: Misri=asserted, Reuters=not_independently_verified',
  ]);
});

test('a massacre: "It was not possible to independently confirm the toll" is on a count of the killed, not on "We condemn the killings"; "We could not even count all of them" denies no count; a body described and then named is the name', () => {
  const text =
    'Amnesty International said more than 100 people had been killed in Yelwata. Dozens more were missing, the group said in a post on X, and hundreds of injured people had been taken to hospitals.\n\n' +
    'Police spokesperson Udeme Edet said officers had recovered 43 bodies and were "still counting".\n\n' +
    'A local councillor, Yusuf Ahmed, said he had helped bury more than 50 people. "Some of the bodies were burnt beyond recognition," he said by phone. "We could not even count all of them."\n\n' +
    'A herders\' association, Miyetti Allah Cattle Breeders Association of Nigeria, denied that its members were involved. "We condemn the killings, whoever carried them out," its secretary general said in a statement.\n\n' +
    'It was not possible to independently confirm the toll.';
  assert.deepEqual(speakersAndCues(text, '2025-06-15').slice(0, 2), ['Amnesty International|said', 'Amnesty International|said']);
  assert.equal(statements(text, '2025-06-15')[1], 'Amnesty International|said|Dozens more were missing|ch:in a post on X');
  assert.deepEqual(claims(text), [
    'unconfirmed: Amnesty International=asserted, outlet=not_independently_verified',
    'asserted_single_source: Amnesty International=asserted',
    'asserted_single_source: Udeme Edet=asserted',
    'asserted_single_source: Yusuf Ahmed=asserted',
    'asserted_single_source: Yusuf Ahmed=asserted, Yusuf Ahmed=asserted',
    'denied: Miyetti Allah Cattle Breeders Association of Nigeria=denied',
    'asserted_single_source: Miyetti Allah Cattle Breeders Association of Nigeria=asserted',
  ]);
});

test('"…, which Kabul denies" after a report denies what was reported; "declined to confirm or deny that …" neither confirms nor denies; a headline\'s second source after a comma; whom a warning went to', () => {
  assert.deepEqual(claims('Pakistan has long accused the Taliban of giving sanctuary to the TTP, which Kabul denies.'), ['disputed: Pakistan=asserted, Kabul=denied']);
  assert.deepEqual(claims('Russia said Ukraine had shelled the plant, which Kyiv denies.'), ['disputed: Russia=asserted, Kyiv=denied']);
  const text =
    'Explosions heard in Kabul; Taliban say investigating, Pakistan does not confirm strike\n\n' +
    "KABUL, Oct 10 (Reuters) - Explosions were heard in Kabul late on Thursday, residents said, hours after Pakistan warned Afghanistan's Taliban government that its patience was running out.\n\n" +
    'The foreign ministry declined to confirm or deny that Pakistan had carried out any strike.';
  assert.deepEqual(statements(text, '2025-10-10'), [
    'Taliban|say|investigating',
    'Pakistan|does not confirm|strike',
    'residents|said|Explosions were heard in Kabul late on Thursday',
    "Pakistan|warned|its patience was running out|to:Afghanistan's Taliban government",
    'The foreign ministry|declined to confirm or deny|Pakistan had carried out any strike',
  ]);
  // (The headline's "does not confirm" and the foreign ministry's are one voice's, Pakistan's.)
  assert.ok(claims(text).includes('unconfirmed: The foreign ministry=neither_confirmed_nor_denied'), claims(text).join('\n'));
});

test('a strike in Doha: the outlet\'s appositive on the act after the frame is not what was said; "had not been warned" is no warning; "Asked about the Hamas statement, … \'too early\' to assess" doubts Hamas\'s statement', () => {
  const text =
    'Israel carried out an air strike on Hamas leaders in Doha on Tuesday, the Israeli military said, an attack that Qatar called "cowardly".\n\n' +
    '"The enemy failed to assassinate our brothers in the negotiating delegation," Hamas said in a statement on Telegram.\n\n' +
    'Israeli officials had earlier told reporters that they were confident the strike had hit its targets. Asked about the Hamas statement, an Israeli official who declined to be named said it was "too early" to assess the outcome.\n\n' +
    "Qatar's foreign ministry spokesman Majed al-Ansari said Qatar had not been warned in advance.";
  assert.equal(statements(text, '2025-09-09')[0], 'the Israeli military|said|Israel carried out an air strike on Hamas leaders in Doha on Tuesday');
  assert.deepEqual(claims(text), [
    'asserted_single_source: the Israeli military=asserted',
    'unconfirmed: Hamas=asserted, an Israeli official=cannot_confirm',
    'asserted_single_source: Israeli officials=asserted',
    'asserted_single_source: Majed al-Ansari=asserted',
  ]);
});

test('drones over Poland: "is known to have fired" with no one knowing is no statement; "declined to comment, saying it was a matter for the military" refuses, it asserts nothing', () => {
  const text =
    'Poland shot down drones that violated its airspace overnight, the first time a NATO member is known to have fired on Russian assets during the war.\n\n' +
    "Russia's defence ministry said it had struck military-industrial sites in western Ukraine. Kremlin spokesman Dmitry Peskov declined to comment, saying it was a matter for the military.";
  assert.deepEqual(speakersAndCues(text, '2025-09-10'), ["Russia's defence ministry|said", 'Dmitry Peskov|declined', 'Dmitry Peskov|saying']);
  assert.ok(!claims(text).some((c) => c.includes('Dmitry Peskov=asserted')), claims(text).join('\n'));
});

test('"Reuters could not independently verify either account" doubts the two accounts just given, not every claim of the story', () => {
  const text =
    'The U.N. human rights office said it had received reports of summary executions in El Fasher.\n\n' +
    'The World Health Organization said more than 460 patients had been killed at the Saudi Maternity Hospital. The RSF said the hospital was empty when its fighters arrived. Reuters could not independently verify either account.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: U.N.=asserted',
    'unconfirmed: World Health Organization=asserted, Reuters=not_independently_verified',
    'unconfirmed: RSF=asserted, Reuters=not_independently_verified',
  ]);
});

test('a flotilla: "Organizers" are no role of the person named before them; "an accusation the organizers called \'a lie\'" disputes it; "stood by their account" has no speaker after its verb; a video that appeared to show something inside a sentence is imagery, hedged; "said they had urged Israel" is one statement', () => {
  const text =
    'Israeli forces detained hundreds of activists including Swedish campaigner Greta Thunberg, organizers and Israeli officials said.\n\n' +
    "Israel's Foreign Ministry said in a post on X that the boats had been stopped, sharing a video that appeared to show Thunberg sitting on a deck. Organizers accused Israel of using water cannon.\n\n" +
    'Israel has said the flotilla was organised by Hamas, an accusation the organizers called "a lie". The organizers have stood by their account.\n\n' +
    'Spain and Italy, which had sent navy ships to escort the flotilla, said they had urged Israel to guarantee the safety of their citizens.';
  assert.deepEqual(statements(text, '2025-10-02'), [
    'organizers and Israeli officials|said|Israeli forces detained hundreds of activists including Swedish campaigner Greta Thunberg',
    "Israel's Foreign Ministry|said|the boats had been stopped|ch:in a post on X",
    'imagery|appeared to show|Thunberg sitting on a deck',
    'Organizers|accused|Israel of using water cannon',
    'Israel|has said|the flotilla was organised by Hamas',
    'Spain and Italy|said|they had urged Israel to guarantee the safety of their citizens',
  ]);
  assert.equal(claims(text)[2], 'hedged: imagery=hedged');
  assert.equal(claims(text)[4], 'disputed: Israel=asserted, the organizers=denied');
});

test('"has since attacked dozens of tanker convoys" is an attack, no statement; "attacked Clinton for her support" is one', () => {
  assert.deepEqual(speakersAndCues('JNIM announced in September that it would block fuel imports and has since attacked dozens of tanker convoys.', '2025-10-28'), ['JNIM|announced']);
  assert.deepEqual(speakersAndCues('Trump attacked Clinton for her support of military action in Iraq.', '2016-09-08'), ['Trump|attacked']);
});

test('"has repeatedly rejected such accusations" denies the latest another voice made, not the envoy\'s own; "according to the U.N. One WFP staff member died …" is the U.N.\'s; envoys to "discuss" a plan state nothing', () => {
  const text =
    'Hans Grundberg, the U.N. special envoy for Yemen, said the rebels had stormed the offices of the World Food Programme. He said the detentions violated the safety of U.N. personnel.\n\n' +
    'A senior Houthi official, Mohammed Ali al-Houthi, later said on X that those detained were "spies" who had passed information to Israel.\n\n' +
    'The United Nations has repeatedly rejected such accusations.\n\n' +
    'The Houthis are already holding 23 other U.N. employees, according to the U.N. One WFP staff member died in Houthi custody in February.\n\n' +
    'The attack came as U.S. envoys were in Kyiv to discuss a new plan for ending the war.';
  assert.deepEqual(claims(text).slice(0, 3), [
    'asserted_single_source: Hans Grundberg=asserted',
    'asserted_single_source: Hans Grundberg=asserted',
    'disputed: Mohammed Ali al-Houthi=asserted, United Nations=denied',
  ]);
  assert.deepEqual(speakersAndCues(text, '2025-09-01').slice(-1), ['the U.N.|according to']);
});

test('a boat strike: "calls video fake" in a headline disputes the claim it answers; "He posted a short video that appeared to show …" shows, hedged; "a former Pentagon lawyer" speaks for no Pentagon', () => {
  const text =
    'U.S. strike kills 11 on boat from Venezuela, Trump says; Caracas calls video fake\n\n' +
    'WASHINGTON, Sept 3 (Reuters) - U.S. forces struck a boat carrying drugs from Venezuela on Tuesday, killing 11 people, President Donald Trump said. He posted a short video that appeared to show a small vessel exploding at sea.\n\n' +
    '"Using the military to kill suspected criminals is a dramatic departure," said a former Pentagon lawyer who asked not to be named.';
  assert.deepEqual(statements(text, '2025-09-03').slice(1), [
    'Caracas|calls|video fake',
    'Donald Trump|said|U.S. forces struck a boat carrying drugs from Venezuela on Tuesday, killing 11 people',
    'Donald Trump|posted a short video that appeared to show|a small vessel exploding at sea',
    'a former Pentagon lawyer|said|Using the military to kill suspected criminals is a dramatic departure,|anonymous',
  ]);
  assert.equal(claims(text)[0], 'disputed: Donald Trump=asserted, Caracas=denied');
});

test('"denied backing the M23 rebels" denies the backing; "said that account was \'not accurate\'" denies the account; "she said" after an unnamed resident is hers, not a man\'s the text calls "his"', () => {
  assert.deepEqual(statements('Rwanda has long denied backing the M23 rebels.', '2025-06-28'), ['Rwanda|has long denied|backing the M23 rebels']);
  const account =
    'A Congolese official involved in the negotiations said the withdrawal timetable had been the hardest issue. A Rwandan government spokesperson said that account was "not accurate" but declined to give details.';
  assert.equal(claims(account)[0], 'disputed: A Congolese official involved in the negotiations=asserted, Rwandan government=denied');
  const haiti =
    'Jimmy Chérizier said in a video that the strikes were killing "innocent people" and that his fighters had not been hit. His claims could not be verified.\n\n' +
    'A resident of the area, who asked that her name not be used, said a strike in August had destroyed her neighbour\'s house. "There were no gangsters there, only children," she said.';
  const [resident, she] = speakersAndCues(haiti, '2025-10-09').slice(-2);
  assert.equal(she, resident);
  assert.ok(!she!.startsWith('Jimmy'), she);
});

test('a town claimed: a headline may end with a quote (\'Ukraine calls claim "a lie"\' denies the claim it answers); "made similar claims" holds no cue; "Centre for Countering Disinformation" is one body, and "he" its head', () => {
  const text =
    'Russia says it has captured Kupiansk; Ukraine calls claim "a lie"\n\n' +
    'KYIV, Nov 20 (Reuters) - Russian forces had captured the town of Kupiansk, Russia\'s defence ministry said on Thursday.\n\n' +
    'Andriy Kovalenko, head of Ukraine\'s Centre for Countering Disinformation, said Moscow had made similar claims about Kupiansk before. "They announced its capture in September too," he wrote on Telegram.';
  assert.equal(claims(text)[0], "disputed: Russia's defence ministry=asserted, Ukraine=denied");
  assert.deepEqual(statements(text, '2025-11-20').slice(-2), [
    'Andriy Kovalenko|said|Moscow had made similar claims about Kupiansk before',
    'Andriy Kovalenko|wrote|They announced its capture in September too,|ch:on Telegram',
  ]);
});

test('the time after a frame is not what was said (", hours after a U.N. commission concluded …"); "put the toll at 52, saying …" is the committee\'s', () => {
  const text =
    'Israel launched a ground offensive in Gaza City on Tuesday, Israeli officials said, hours after a U.N. commission of inquiry concluded that Israel had committed genocide in Gaza.\n\n' +
    'A local resistance committee put the toll at 52, saying many of the dead were women and children.';
  assert.deepEqual(statements(text, '2025-09-16'), [
    'Israeli officials|said|Israel launched a ground offensive in Gaza City on Tuesday',
    'A local resistance committee|put|the toll at 52',
    'A local resistance committee|saying|many of the dead were women and children',
  ]);
});

test('"said on his Truth Social platform that …" names its channel', () => {
  assert.deepEqual(statements('Trump said on his Truth Social platform that the people on board were members of the gang.', '2025-09-03'), [
    'Trump|said|the people on board were members of the gang|ch:on his Truth Social platform',
  ]);
});

test('"Israel struck a building …, saying …" is Israel\'s; "One said …" two sentences after "Two residents reached by phone said …" is theirs; "…, which the government denies" closing a statement is the government\'s denial of it, not the statement\'s', () => {
  const text =
    "BEIRUT, April 27 (Reuters) - Israel struck a building in Beirut's southern suburbs on Sunday after warning residents to leave, saying it had targeted a Hezbollah site storing missiles.\n\n" +
    'Two residents reached by phone said there had been heavy gunfire overnight. They spoke on condition of anonymity for fear of reprisals. One said the jail\'s gate had been opened.\n\n' +
    'Rights groups have accused both sides of abuses, including drone strikes that have killed civilians, which the government denies.';
  assert.deepEqual(speakersAndCues(text, '2025-04-27'), ['Israel|warning', 'Israel|saying', 'Two residents|said', 'Two residents|said', 'Rights groups|have accused']);
  assert.equal(claims(text).at(-1), 'disputed: Rights groups=asserted, the government=denied');
});

test('"… and that \'the terrorists\' claims of casualties are lies\'" denies the group\'s claim of casualties; "…, a teacher told the AP by phone, asking not to be named" frames what came before it, and "She said" is the teacher; "Ohe Htein Twin village" is a place', () => {
  const shabaab =
    'The al Qaeda-linked group said in a statement that the blast had targeted the president\'s motorcade and had killed several of his guards.\n\n' +
    'Information Minister Daud Aweis told state radio that the president had travelled safely to Dhusamareb and that "the terrorists\' claims of casualties are lies".';
  assert.deepEqual(claims(shabaab), ['disputed: The al Qaeda-linked group=asserted, Daud Aweis=denied']);
  const school =
    'The strike hit the school in Ohe Htein Twin village on Monday morning while classes were being held, a teacher at the school told The Associated Press by phone, asking not to be named for her safety. She said 18 of the dead were children.';
  assert.deepEqual(statements(school, '2025-05-14'), [
    'a teacher at the school|told|The strike hit the school in Ohe Htein Twin village on Monday morning while classes were being held|anonymous|ch:by phone|to:The Associated Press',
    'a teacher at the school|said|18 of the dead were children',
  ]);
});

test('"said in a statement read on state television on Saturday" frames what came before it; "said in a message to reporters" names its channel; "has vowed" after a name set off is a statement, "attacks have continued" and "the attack showed" are none', () => {
  const niger =
    'The attack happened on Friday afternoon in the village of Fambita, the Interior Ministry said in a statement read on state television on Saturday.\n\n' +
    "The junta's leader, Gen. Abdourahamane Tiani, has vowed to restore security, but attacks have continued.\n\n" +
    'Ulf Laessing, an analyst, said the attack showed that jihadi groups were exploiting the withdrawal of French troops.';
  assert.deepEqual(statements(niger, '2025-03-23'), [
    'Interior Ministry|said|The attack happened on Friday afternoon in the village of Fambita|ch:in a statement read on state television',
    'Abdourahamane Tiani|has vowed|to restore security',
    'Ulf Laessing|said|the attack showed that jihadi groups were exploiting the withdrawal of French troops',
  ]);
  assert.deepEqual(statements('The group said in a message to reporters that its fighters had ambushed a military convoy.', '2025-09-13'), [
    'The group|said|its fighters had ambushed a military convoy|ch:in a message to reporters',
  ]);
});

test('"A person close to the group" speaks for no group, and denying that "the group had been defeated" denies no claim about armed groups; "blamed X, which has not claimed responsibility" blames X', () => {
  const tripoli =
    "Heavy gunfire rocked the Libyan capital after the head of one of Tripoli's most powerful armed groups was killed, residents said.\n\n" +
    'The SSA did not respond to requests for comment. A person close to the group, who asked not to be named, said its fighters had withdrawn from several positions but denied that the group had been defeated.';
  assert.deepEqual(claims(tripoli), [
    'asserted_single_source: residents=asserted, SSA=refused_comment',
    'asserted_single_source: A person close to the group=asserted',
    'denied: A person close to the group=denied',
  ]);
  assert.deepEqual(statements('The ministry blamed the Islamic State in the Greater Sahara, which has not claimed responsibility.', '2025-03-23'), [
    'The ministry|blamed|the Islamic State in the Greater Sahara',
  ]);
});

test('a source "asked by Reuters whether Kyiv was behind the collapses" who "declined to comment" refuses on that; "Some Russian military bloggers blamed Ukrainian saboteurs, but offered no evidence" blames them; a headline\'s "no group claims responsibility" is no statement', () => {
  const bryansk =
    'A Ukrainian military intelligence source, asked by Reuters whether Kyiv was behind the collapses, declined to comment.\n\n' +
    'Some Russian military bloggers blamed Ukrainian saboteurs, but offered no evidence.';
  assert.deepEqual(statements(bryansk, '2025-06-01'), [
    'A Ukrainian military intelligence source|declined|to comment|anonymous',
    'Some Russian military bloggers|blamed|Ukrainian saboteurs',
  ]);
  assert.equal(claims(bryansk)[0], 'refused_comment: A Ukrainian military intelligence source=refused_comment');
  const headline = 'Drone attacks halt production at Kurdistan oil fields; no group claims responsibility\n\nERBIL, Iraq (AP) — Drone attacks struck oil fields on Wednesday, officials said.';
  assert.deepEqual(speakersAndCues(headline, '2025-07-16'), ['officials|said']);
});

test('a quote right after the cue that opens a longer phrase is mixed ("accused \\"outlaw groups\\" linked to …"); "…, which the militias have denied" is their denial; a U.N. mission "in" a state is one body with its abbreviation', () => {
  const text =
    'The Kurdish regional government accused "outlaw groups" linked to Iran-backed militias of the attacks.\n\n' +
    'The U.S. embassy has previously blamed Iran-backed militias for attacks on Kurdish energy infrastructure, which the militias have denied.\n\n' +
    'The U.N. Support Mission in Libya (UNSMIL) said it was alarmed by the fighting.';
  assert.deepEqual(statements(text, '2025-07-16'), [
    'Kurdish regional government|accused|"outlaw groups" linked to Iran-backed militias of the attacks',
    'The U.S. embassy|blamed|Iran-backed militias for attacks on Kurdish energy infrastructure',
    'U.N. Support Mission in Libya|said|it was alarmed by the fighting',
  ]);
  assert.equal(claims(text)[1], 'disputed: The U.S. embassy=asserted, the militias=denied');
});

test('"the facility the ministry described did not exist" denies the ministry\'s claim, and "was unable to verify either account" doubts the two accounts, not the statements before them; a distance set off after a place names no speaker', () => {
  const text =
    'President Volodymyr Zelenskiy said the attack showed that Russia was not interested in peace.\n\n' +
    'Russia\'s defence ministry said its forces had carried out a "high-precision strike" on a facility where Ukrainian drones were being assembled.\n\n' +
    "Ukraine's military said the facility the ministry described did not exist. Reuters was unable to verify either account.\n\n" +
    'Oleksandr Vilkul, head of the military administration of Kryvyi Rih, 140 km (87 miles) to the southwest, said a second missile had fallen in an open field.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: Volodymyr Zelenskiy=asserted',
    "disputed: Russia's defence ministry=asserted, Ukraine's military=denied, Reuters=not_independently_verified",
    'asserted_single_source: Oleksandr Vilkul=asserted',
  ]);
});

test('"…, a move the army-aligned government said it would never recognise" is the government\'s, not a frame of the sentence; "told lawmakers last week" is told lawmakers; "far higher than reported" reports nothing; "denied X and blames Y" is two statements', () => {
  const text =
    "KHARTOUM, July 27 (Reuters) - Sudan's Rapid Support Forces announced on Saturday that its commander would head a rival government based in Nyala, a move the army-aligned government said it would never recognise.\n\n" +
    'Abiy Ahmed told lawmakers last week that access to the sea was an existential matter.\n\n' +
    'Doctors Without Borders warned that the real number of cases was likely far higher than reported. The army has previously denied obstructing aid and blames the RSF for looting supplies.';
  assert.deepEqual(statements(text, '2025-07-27'), [
    'Rapid Support Forces|announced|its commander would head a rival government based in Nyala',
    'the army-aligned government|said|it would never recognise',
    'Abiy Ahmed|told|access to the sea was an existential matter|to:lawmakers',
    'Doctors Without Borders|warned|the real number of cases was likely far higher than reported',
    'The army|has previously denied|obstructing aid',
    'The army|blames|the RSF for looting supplies',
  ]);
});

test('"Israel disputes them" disputes the figures just given; an "under review" answer to "Asked whether …" neither confirms nor denies what was asked; blame laid on one side does not corroborate violations "by" the other', () => {
  const gaza =
    "Gaza's Health Ministry says more than 54,000 Palestinians have been killed in the war. U.N. agencies consider its figures reliable. Israel disputes them.\n\n" +
    'Asked whether the military had been aware that civilians were sheltering in the building, an Israeli military spokesperson said the incident was under review.';
  assert.deepEqual(claims(gaza), ["disputed: Gaza's Health Ministry=asserted, Israel=denied", 'unconfirmed: an Israeli military spokesperson=neither_confirmed_nor_denied']);
  const ceasefire =
    'Indian Foreign Secretary Vikram Misri said there had been "repeated violations" by Pakistan.\n\n' +
    'Pakistan\'s foreign ministry said it remained committed to the ceasefire and blamed India for violations "in some areas".';
  assert.equal(claims(ceasefire)[0], 'asserted_single_source: Vikram Misri=asserted');
});

test('"said in a report seen by Reuters" is the panel\'s, and "Reuters was unable to independently confirm its findings" doubts the report; "issued arrest warrants for X, accusing him of …" is the court\'s accusation; "claimed responsibility … through its Amaq news agency on Sunday" names its channel', () => {
  const chad =
    "NEW YORK, April 18 (Reuters) - Weapons have been flown into eastern Chad and smuggled across the border to Sudan's Rapid Support Forces, a panel of U.N. sanctions monitors said in a report seen by Reuters on Friday.\n\n" +
    'Chad denied any involvement. Reuters was unable to independently confirm its findings.';
  assert.deepEqual(speakersAndCues(chad, '2025-04-18'), ['U.N.|said', 'Chad|denied']);
  // (Seen by the outlet, too.)
  assert.equal(claims(chad)[0], 'disputed: U.N.=asserted, Reuters=reported_seen_by_outlet, Chad=denied, Reuters=not_independently_verified');
  assert.deepEqual(statements('The court issued arrest warrants for Haibatullah Akhundzada, accusing him of persecuting women.', '2025-07-08'), [
    'The court|accusing|him of persecuting women',
  ]);
  assert.deepEqual(statements('Islamic State claimed responsibility for the attack through its Amaq news agency on Sunday.', '2025-07-27'), [
    'Islamic State|claimed|responsibility for the attack|ch:through its Amaq news agency',
  ]);
});

test('"could not independently verify the death toll" is on a count of the bodies recovered when no one counted the killed; "X\'s faction did not comment" is on the blame laid on it', () => {
  const puntland =
    "Puntland's security minister told Reuters that local forces had recovered the bodies of 14 militants. A resident said he had heard loud explosions overnight.\n\n" +
    'Reuters could not independently verify the death toll.';
  assert.deepEqual(claims(puntland), ["unconfirmed: Puntland's security minister=asserted, Reuters=not_independently_verified", 'asserted_single_source: A resident=asserted']);
  const cali =
    'President Gustavo Petro blamed the Cali bombing on a faction of FARC dissidents led by a commander known as Iván Mordisco.\n\n' +
    'The Gulf Clan said in a statement that it had nothing to do with the helicopter attack. Mordisco\'s faction did not comment.';
  assert.equal(claims(cali)[0], 'asserted_single_source: Gustavo Petro=asserted, Iván Mordisco=refused_comment');
});

test('"since May 2023" is a month, no warning; "…, which Lebanon says violates the deal" is Lebanon\'s; "urged citizens to report …" keeps what they are called to do; a list of names and a place\'s name set off before the frame are what was said', () => {
  assert.deepEqual(claims('More than 250 people have been killed in ethnic violence since May 2023, according to official figures.'), ['asserted_single_source: official figures=asserted']);
  const text =
    'Israel has kept troops at five hilltop positions in southern Lebanon since the ceasefire, which Lebanon says violates the deal.\n\n' +
    'Officials have urged citizens to report "suspicious activity" to the police.\n\n' +
    'Mizan said the men had smuggled equipment. It identified them as Idris Aali, Azad Shojai and Rasoul Ahmad Rasoul.\n\n' +
    'Protesters blocked roads in the state capital, Imphal, police said.';
  assert.deepEqual(statements(text, '2025-09-03'), [
    'Lebanon|says|violates the deal',
    'Officials|urged|to report "suspicious activity" to the police|to:citizens',
    'Mizan|said|the men had smuggled equipment',
    'police|said|Protesters blocked roads in the state capital, Imphal',
  ]);
});

test('"Russian military bloggers, who closely follow the fighting, said …" are the speakers, not what was said; "…, a figure that could not be independently verified" is the outlet\'s doubt, not the group\'s; "which the party denied" is the party\'s denial; "his party said" speaks for him, not as him', () => {
  const text =
    "Russian military bloggers, who closely follow the fighting, said Russian troops controlled most of the city's centre.\n\n" +
    "The Arakan Army now controls 14 of Rakhine's 17 townships, according to the group, a figure that could not be independently verified.\n\n" +
    "Riek Machar was arrested at his home in Juba, his party said. Information Minister Michael Makuei Lueth told reporters last week that Machar's party had links to an armed group, which the party denied.";
  assert.deepEqual(speakersAndCues(text, '2025-03-27'), [
    'Russian military bloggers|said',
    'Arakan Army|according to',
    'his party|said',
    'Michael Makuei Lueth|told',
  ]);
  assert.deepEqual(claims(text).slice(1), [
    'unconfirmed: Arakan Army=asserted, outlet=not_independently_verified',
    'asserted_single_source: his party=asserted',
    'disputed: Michael Makuei Lueth=asserted, the party=denied',
  ]);
});

test('"…, and warned airlines to cancel flights" after what was said is a warning of its own; "has warned of famine" is warned of nothing to no one; "which is defending the city" says nothing', () => {
  const text =
    "Houthi spokesman Yahya Saree said in a televised statement that Israel's airports would no longer be safe and warned airlines to cancel flights.\n\n" +
    "Ukraine's 7th Rapid Response Corps, which is defending the city, said its troops were holding their positions. The U.N. has warned of famine in Rakhine.";
  assert.deepEqual(statements(text, '2025-05-06'), [
    "Yahya Saree|said|Israel's airports would no longer be safe|ch:in a televised statement",
    'Yahya Saree|warned|to cancel flights|to:airlines',
    "7th Rapid Response Corps|said|its troops were holding their positions",
    'U.N.|warned|famine in Rakhine',
  ]);
});

test('"The army said on Tuesday that it had killed 40 “terrorists”, but residents said most of the dead were civilians": the residents said the second clause, and dispute the army, not corroborate it', () => {
  const text = 'BAMAKO (AP) — The army said on Tuesday that it had killed 40 "terrorists" near Kidal, but residents said most of the dead were civilians.';
  assert.deepEqual(statements(text, '2025-06-10'), ['The army|said|it had killed 40 "terrorists" near Kidal', 'residents|said|most of the dead were civilians']);
  assert.deepEqual(claims(text), ['disputed: The army=asserted, residents=denied', 'asserted_single_source: residents=asserted']);
});

test('an appositive after a quote that closes on its comma (\'… crimes," an accusation Rwanda denies\') is the outlet\'s, and Rwanda\'s denial', () => {
  const text = 'Government spokesman Patrick Muyaya said on X that Rwanda was "pursuing its plan of occupation, looting and crimes," an accusation Rwanda denies.';
  assert.deepEqual(statements(text, '2025-02-15'), ['Patrick Muyaya|said|Rwanda was "pursuing its plan of occupation, looting and crimes,"|ch:on X']);
  assert.deepEqual(claims(text), ['disputed: Patrick Muyaya=asserted, Rwanda=denied']);
});

test('"An Israeli official, speaking on condition of anonymity to discuss the negotiations, said …" is the speaker, not what was said', () => {
  const text = 'Israeli officials accused Hamas of stalling. An Israeli official, speaking on condition of anonymity to discuss the negotiations, said Israel believed Hamas knew the location of most of the bodies.';
  assert.deepEqual(statements(text, '2025-10-10').at(-1), 'An Israeli official|said|Israel believed Hamas knew the location of most of the bodies|anonymous');
});

test('"…, and it has not claimed responsibility" is the RSF\'s silence, which "deeply alarmed by the strikes" does not join; the police\'s "The situation is under control" does not corroborate the gang\'s "controlled the town"', () => {
  const sudan =
    'Army spokesman Nabil Abdallah said the Rapid Support Forces had launched the drones. The RSF did not respond to a request for comment, and it has not claimed responsibility for any of the strikes.\n\n' +
    'The U.N. humanitarian chief in Sudan, Clementine Nkweta-Salami, said she was "deeply alarmed" by the strikes.';
  assert.deepEqual(statements(sudan, '2025-05-06').slice(1, 2), ['Rapid Support Forces|has not claimed|responsibility for any of the strikes']);
  assert.deepEqual(claims(sudan), [
    'asserted_single_source: Nabil Abdallah=asserted, Rapid Support Forces=refused_comment',
    'refused_comment: Rapid Support Forces=refused_comment',
    'asserted_single_source: Clementine Nkweta-Salami=asserted',
  ]);
  const haiti =
    'Jimmy Cherizier claimed in a video posted on social media that his fighters controlled the town.\n\n' +
    '"The situation is under control," a police spokesman, Michel-Ange Louis-Jeune, told reporters on Tuesday, though he acknowledged that officers had not re-entered the town centre.\n\n' +
    'Residents contradicted that account.';
  assert.deepEqual(claims(haiti), [
    'asserted_single_source: Jimmy Cherizier=asserted',
    'disputed: Michel-Ange Louis-Jeune=asserted, Residents=denied',
    'asserted_single_source: Michel-Ange Louis-Jeune=asserted',
  ]);
});

test('"He did not say when that might happen" refuses, it warns of nothing; "He did not confirm the death toll" and "…, which India did not immediately confirm" cannot confirm', () => {
  const text =
    'Kremlin spokesman Dmitry Peskov told reporters the plant was "under reliable protection". He did not say when that might happen.\n\n' +
    'A security officer, Captain Abdullahi Hassan, told Reuters that at least four people had been killed. Police spokesman Abdifatah Aden Hassan said a second bomb had been found nearby. He did not confirm the death toll.\n\n' +
    "Pakistan's military said it had shot down 25 Indian drones over its territory, which India did not immediately confirm.";
  assert.deepEqual(claims(text), [
    'asserted_single_source: Dmitry Peskov=asserted',
    'refused_comment: Dmitry Peskov=refused_comment',
    'unconfirmed: Abdullahi Hassan=asserted, Abdifatah Aden Hassan=cannot_confirm',
    'asserted_single_source: Abdifatah Aden Hassan=asserted',
    "unconfirmed: Pakistan's military=asserted, India=cannot_confirm",
  ]);
});

test('"The group has stepped up attacks" says nothing; a leader set against the ministry with ", but" calls on his own followers', () => {
  const text =
    'The group has stepped up attacks in recent weeks and claims to have retaken several towns.\n\n' +
    "Syria's interior ministry announced a ceasefire on Tuesday, but a Druze spiritual leader, Sheikh Hikmat al-Hijri, rejected it in a video statement and called on his followers to keep fighting.";
  assert.deepEqual(speakersAndCues(text, '2025-07-16'), ['The group|claims', 'Hikmat al-Hijri|called on']);
});

test('"…, an attack Kyiv did not comment on" is Kyiv\'s silence, not the dateline\'s; the police\'s "the death toll was much lower" disputes Amnesty\'s count; "confirmed the deployment" corroborates the ships deployed; "a point the M23 has not accepted" is no part of what was said', () => {
  const text =
    "MOSCOW (AP) — A Ukrainian drone struck a passenger bus in Russia's Belgorod region on Tuesday, killing two people, the regional governor said, an attack Kyiv did not comment on.\n\n" +
    'Gunmen killed at least 100 people in the village of Yelewata, Amnesty International said on Saturday. Police said the death toll was much lower.\n\n' +
    'Two security sources said China had also deployed coast guard ships close to the Kinmen islands. The coast guard administration confirmed the deployment.\n\n' +
    'Patrick Muyaya told reporters that the rebels would have to withdraw from the territory they seized, a point the M23 has not accepted.';
  assert.deepEqual(statements(text, '2025-08-12').slice(-1), ['Patrick Muyaya|told|the rebels would have to withdraw from the territory they seized|to:reporters']);
  assert.deepEqual(claims(text), [
    'asserted_single_source: the regional governor=asserted, Kyiv=refused_comment',
    'disputed: Amnesty International=asserted, Police=denied',
    'asserted_single_source: Police=asserted',
    'corroborated: Two security sources=asserted, The coast guard administration=asserted',
    'asserted_single_source: Patrick Muyaya=asserted',
  ]);
});

test('a silence is not on what a relative clause on the silent one says of it ("Lai Ching-te, whom Beijing calls a “separatist”, did not comment")', () => {
  const text = 'Taiwan President Lai Ching-te, whom Beijing calls a "separatist", did not comment publicly on Wednesday.';
  assert.deepEqual(claims(text), ['asserted_single_source: Beijing=asserted']);
});

test('"… and called reports of deaths “false”" denies the deaths; "a local official who asked not to be named" asked nothing; "It put its own losses at …, and said …" is It; a request "for further comment on" is no one\'s comment', () => {
  const text =
    'At least 31 Palestinians were killed near an aid site in Rafah, health officials said. The GHF said aid had been distributed "without incident" on Sunday and called reports of deaths "false."\n\n' +
    'The convoy was travelling to Ansongo when gunmen opened fire, a local official who asked not to be named told Reuters.\n\n' +
    "Mali's army said in a statement that it had repelled a terrorist attack. It put its own losses at two soldiers killed, and said the civilian toll was being assessed.\n\n" +
    "Reuters could not reach Ukrainian officials for further comment on Gerasimov's remarks.";
  assert.deepEqual(speakersAndCues(text, '2025-06-01'), ['health officials|said', 'GHF|said', 'GHF|called', 'a local official|told', "Mali's army|said", "Mali's army|said"]);
  assert.deepEqual(claims(text).slice(0, 1), ['disputed: health officials=asserted, GHF=denied']);
});

test('"Moscow\'s claim was “not true”" is on the claim of the Russian voice the lead gives ("Russia\'s top general"), not on what was said since; a fact check\'s finding that the footage is old is no sighting of what it was said to show', () => {
  const kursk =
    'Russia says Kursk region fully retaken\n\n' +
    "MOSCOW (Reuters) - Russia's top general told President Vladimir Putin on Saturday that Russian forces had ejected Ukrainian troops from the Kursk region.\n\n" +
    'Valery Gerasimov said the village of Gornal had been "liberated." He also said that North Korean troops had taken part in the fighting.\n\n' +
    "Ukraine's General Staff said Moscow's claim was \"not true.\"";
  assert.deepEqual(claims(kursk).slice(1, 2), ["disputed: Russia's top general=asserted, Ukraine's General Staff=denied"]);
  const check =
    "A video shared widely on X this week claims to show Tel Aviv's Ben Gurion airport in flames after an Iranian missile strike. The footage is more than two years old and was filmed in Sudan, Reuters found.";
  assert.deepEqual(claims(check), ['disputed: imagery=hedged, Reuters=denied']);
});

test('"Reuters was unable to verify the army\'s claims" doubts the army\'s, not the Rapid Support Forces\' (whose "forces" meet "army" as a claim\'s words do); "it was not yet possible to say how much damage had been done" cannot confirm', () => {
  const sudan =
    "Sudan's army said on Tuesday it had driven the Rapid Support Forces out of Khartoum state. An RSF adviser said on X that its forces had made \"a tactical withdrawal\" from the Salha area.\n\n" +
    "Reuters was unable to verify the army's claims independently.";
  assert.deepEqual(claims(sudan), ["unconfirmed: Sudan's army=asserted, Reuters=not_independently_verified", 'asserted_single_source: Rapid Support Forces=asserted']);
  const iran = 'IAEA chief Rafael Grossi told CNN that it was not yet possible to say how much damage had been done underground at Fordow.';
  assert.deepEqual(claims(iran), ['unconfirmed: Rafael Grossi=cannot_confirm']);
});

test('"The junta denied carrying out the attack" disputes the air strike the story opens with; "The Houthis have not claimed the attack" is their silence on the ship attacked', () => {
  const myanmar =
    'A Myanmar military air strike hit a school in the Sagaing region on Monday, killing at least 20 people, residents said.\n\n' +
    'The junta denied carrying out the attack.';
  assert.deepEqual(claims(myanmar), ['disputed: residents=asserted, The junta=denied']);
  const ship = 'The Magic Seas was attacked by small boats and drones off Yemen on Sunday, maritime security sources said. The Houthis have not claimed the attack.';
  assert.deepEqual(claims(ship), ['asserted_single_source: maritime security sources=asserted, Houthis=refused_comment']);
});

test('"would neither confirm nor deny Israeli involvement" is on Hezbollah\'s blame; "an eight-year-old girl was among the dead" does not corroborate "two of its members had been killed"', () => {
  const pagers =
    'Hezbollah said in a statement that it held Israel "fully responsible for this criminal aggression". The group said at least two of its members had been killed.\n\n' +
    'An Israeli official, speaking on condition of anonymity, would neither confirm nor deny Israeli involvement.\n\n' +
    'Health Minister Firass Abiad said an eight-year-old girl was among the dead.';
  assert.deepEqual(claims(pagers), [
    'unconfirmed: Hezbollah=asserted, An Israeli official=neither_confirmed_nor_denied',
    'asserted_single_source: Hezbollah=asserted',
    'asserted_single_source: Firass Abiad=asserted',
  ]);
});

test('"…, her publisher said" is the publisher, not the one the pronoun names; "a place where there could be civilians" warns of nothing', () => {
  const text =
    'Ukrainian writer Victoria Amelina was seriously wounded and later died in hospital, her publisher said on Sunday.\n\n' +
    '"Russian terrorists again deliberately hit a place where there could be civilians," Interior Minister Ihor Klymenko wrote on Telegram.';
  assert.deepEqual(speakersAndCues(text, '2023-06-28'), ['her publisher|said', 'Ihor Klymenko|wrote']);
  assert.deepEqual(claims(text)[1], 'asserted_single_source: Ihor Klymenko=asserted');
});

test('"Many in Amhara were angered by a government plan" is no statement by the government; "said last week it had received" is no part of what was said; "told reporters when asked" tells reporters', () => {
  const text =
    'The Ethiopian Human Rights Commission said last week it had received reports of civilian deaths. Many in Amhara were angered by a government plan announced in April to dissolve regional special forces.\n\n' +
    '"Strikes are made only on military-related infrastructure," Kremlin spokesman Dmitry Peskov told reporters when asked about the attack.';
  assert.deepEqual(statements(text, '2023-08-15'), [
    'Ethiopian Human Rights Commission|said|it had received reports of civilian deaths',
    'Dmitry Peskov|told|Strikes are made only on military-related infrastructure,|to:reporters',
  ]);
});

test('a silence naming nothing, by one who has said nothing, is on the story\'s own claim; "The military\'s spokesperson" is not "Government spokesperson Legesse Tulu"', () => {
  const text =
    'Drone strike kills 26 in Ethiopia\'s Amhara region, health officials say\n\n' +
    "NAIROBI (Reuters) - A drone strike on a town in Ethiopia's Amhara region killed 26 people on Sunday, two health officials said on Tuesday.\n\n" +
    'A doctor at the town\'s hospital said several of the dead were children.\n\n' +
    "Government spokesperson Legesse Tulu did not respond to requests for comment. The military's spokesperson could not be reached.";
  assert.deepEqual(claims(text)[0], "asserted_single_source: two health officials=asserted, Legesse Tulu=refused_comment, The military's spokesperson=refused_comment");
});

test('videos "which Reuters was not able to authenticate" "appeared to show" what they show: hedged, and not verified by Reuters; ", which the Houthis also claimed" claims the sinking the clause ends with', () => {
  const videos = 'Videos circulating on social media, which Reuters was not able to authenticate, appeared to show militants shooting at men in a trench.';
  assert.deepEqual(statements(videos, '2024-08-27'), ['social-media|appeared to show|militants shooting at men in a trench']);
  assert.deepEqual(claims(videos), ['unconfirmed: social-media=hedged, Reuters=not_independently_verified']);
  const ships = 'The attack followed the sinking of the Magic Seas on Sunday, which the Houthis also claimed.';
  assert.deepEqual(statements(ships, '2025-07-09'), ['Houthis|claimed|the sinking of the Magic Seas on Sunday']);
});

test('"said gang leader Monel Felix, who controls the area, had blamed …" is all of what was said; "A spokesperson for the … mission supporting Haiti\'s police" is not the police; "… had been killed and called for an investigation" is a call of its own', () => {
  const haiti =
    'The rights network said gang leader Monel Felix, who controls the Wharf Jeremie area, had blamed the illness on practitioners of Vodou.\n\n' +
    "A spokesperson for the Kenyan-led security mission supporting Haiti's police said it was aware of the reports.";
  assert.deepEqual(statements(haiti, '2024-12-09')[0], 'The rights network|said|gang leader Monel Felix, who controls the Wharf Jeremie area, had blamed the illness on practitioners of Vodou');
  assert.deepEqual(speakersAndCues(haiti, '2024-12-09').at(-1), "A spokesperson for the Kenyan-led security mission supporting Haiti's police|said");
  const amnesty = 'Amnesty International said at least 120 people had been killed and called for an independent investigation.';
  assert.deepEqual(statements(amnesty, '2023-12-05'), ['Amnesty International|said|at least 120 people had been killed', 'Amnesty International|called for|an independent investigation']);
});

test('killed "in a stampede" and "shot dead" corroborate nothing; a toll "in recent years" confirms no one strike; "did not respond to Amnesty\'s figures" is on Amnesty\'s toll; "intelligence confirming Islamic State\'s claim" confirms the claim of responsibility', () => {
  const gaza =
    'An Israeli military spokesperson said troops had fired warning shots and that dozens of people had been killed in a stampede.\n\n' +
    'A witness said he had seen several people shot dead.';
  assert.deepEqual(claims(gaza), ['asserted_single_source: An Israeli military spokesperson=asserted', 'asserted_single_source: A witness=asserted']);
  const nigeria =
    'A drone strike on a village in Kaduna killed at least 85 civilians, the emergency agency said.\n\n' +
    'Amnesty International said at least 120 people had been killed. "This is not the first time," the rights group said in a statement. The army did not respond to Amnesty\'s figures.\n\n' +
    'Air strikes have killed hundreds of civilians in Nigeria in recent years, according to rights groups.';
  assert.deepEqual(claims(nigeria), [
    'asserted_single_source: the emergency agency=asserted',
    'asserted_single_source: Amnesty International=asserted, The army=refused_comment',
    'asserted_single_source: Amnesty International=asserted',
    'asserted_single_source: rights groups=asserted',
  ]);
  const moscow =
    'Islamic State claimed responsibility for the attack in a statement, and later released a video that it said had been filmed by one of the attackers.\n\n' +
    "U.S. officials said Washington had intelligence confirming Islamic State's claim.";
  assert.deepEqual(claims(moscow).slice(0, 2), ['corroborated: Islamic State=asserted, U.S. officials=asserted', 'asserted_single_source: Islamic State=asserted']);
});

test('"did not strike residential buildings" disputes the strike on an apartment block; "could not independently verify the cause of the blast" doubts each cause given; "could not independently determine who had fired the bombs" doubts each blame', () => {
  const dnipro =
    'A Russian missile destroyed part of an apartment building in Dnipro, killing 30 people, regional officials said. ' +
    "Ukraine's air force said the building had been hit by a Kh-22 missile.\n\n" +
    "Kremlin spokesman Dmitry Peskov said Russia's armed forces did not strike residential buildings and suggested that the building had been hit as a result of Ukrainian air defence.\n\n" +
    'Reuters could not independently verify the cause of the blast.';
  assert.deepEqual(claims(dnipro), [
    'disputed: regional officials=asserted, Dmitry Peskov=denied',
    "unconfirmed: Ukraine's air force=asserted, Reuters=not_independently_verified",
    'unconfirmed: Dmitry Peskov=asserted, Reuters=not_independently_verified',
  ]);
  const goma =
    "Congo's government blamed the attack on the Rwandan army and M23 rebels. The M23 accused Congolese troops of carrying out the shelling.\n\n" +
    'An MSF coordinator said the situation was chaotic. Reuters could not independently determine who had fired the bombs.';
  assert.deepEqual(claims(goma), [
    "unconfirmed: Congo's government=asserted, Reuters=not_independently_verified",
    'unconfirmed: M23=asserted, Reuters=not_independently_verified',
    'asserted_single_source: MSF=asserted',
  ]);
});

test('speakers: "Russia on Monday denied" is Russia; "first said … and later said" are both the mayor\'s; "offered condolences to the families of those killed and described" is the one who offered; a headline\'s clause after "as" is no source', () => {
  assert.deepEqual(speakersAndCues('KYIV, April 4 (Reuters) - Russia on Monday denied that its troops had killed civilians in the town of Bucha.', '2022-04-04'), ['Russia|denied']);
  assert.deepEqual(
    speakersAndCues('Vladimir Leontyev, the Russian-installed mayor of Nova Kakhovka, first said there had been no breach and later said the dam had been hit by Ukrainian shelling.', '2023-06-06'),
    ['Vladimir Leontyev|first said', 'Vladimir Leontyev|said'],
  );
  assert.deepEqual(
    speakersAndCues('President Vladimir Putin, in his first public comments on the crash, offered condolences to the families of those killed and described Prigozhin as "a man with a complicated fate".', '2023-08-24'),
    ['Vladimir Putin|described'],
  );
  assert.deepEqual(
    speakersAndCues('Hundreds feared dead in Gaza hospital blast as Israel and Palestinians trade blame\n\nGAZA, Oct 18 (Reuters) - An explosion tore through the courtyard of al-Ahli Arab hospital in Gaza City on Tuesday night.', '2023-10-18'),
    [],
  );
});

test('"dismissed as “an absolute lie” suggestions that it had ordered the killing" denies what the suggestions say; a finding reported by officials is what they said, not a second voice', () => {
  const kremlin = 'MOSCOW, Aug 24 (Reuters) - The Kremlin on Thursday dismissed as "an absolute lie" suggestions that it had ordered the killing of Wagner chief Yevgeny Prigozhin.';
  assert.deepEqual(statements(kremlin, '2023-08-24'), ['Kremlin|dismissed as "an absolute lie"|it had ordered the killing of Wagner chief Yevgeny Prigozhin']);
  assert.deepEqual(claims(kremlin), ['denied: Kremlin=denied']);
  const crash = 'A preliminary U.S. intelligence assessment found that the plane was brought down by an intentional explosion, two U.S. officials told Reuters, speaking on condition of anonymity.';
  assert.deepEqual(speakersAndCues(crash, '2023-08-24'), ['two U.S. officials|told', 'A preliminary U.S. intelligence assessment|found']);
  assert.equal(statements(crash, '2023-08-24')[0]!.split('|')[2], 'A preliminary U.S. intelligence assessment found that the plane was brought down by an intentional explosion');
  assert.ok(!claims(crash).some((c) => c.startsWith('corroborated')));
});

test('claims: tolls on either side of a river are two claims; "did not know how many" denies nothing; a doubt on "the number of people" or "the number of dead" falls on the claim that counts them', () => {
  assert.deepEqual(claims('Russian-installed officials said at least 17 people had died on the side of the river Russia controls.\n\nUkraine said at least 20 people had died on its side.'), [
    'asserted_single_source: Russian-installed officials=asserted',
    'asserted_single_source: Ukraine=asserted',
  ]);
  const rubble =
    'Lyudmila Denisova said on Telegram: "We are still waiting for information on how many people were killed or injured."\n\n' +
    'President Volodymyr Zelenskyy said "many people" had been saved, but that he did not know how many were still under the rubble.';
  assert.ok(!claims(rubble).some((c) => c.includes('=denied')));
  const theater =
    'The city council said the strike on Wednesday destroyed the center of the Drama Theater, where about 1,000 people had taken refuge.\n\n' +
    'Lyudmila Denisova said the bomb shelter under the building had held up and that survivors were coming out.\n\n' +
    "Russia's Defense Ministry denied bombing the theater.\n\n" +
    'Mariupol\'s deputy mayor, Sergei Orlov, told the BBC that the building had been struck by a bomb dropped from a Russian plane. "It is impossible to believe that the pilot did not see the inscription," he said.\n\n' +
    'The Associated Press could not independently confirm the number of people inside at the time.';
  assert.deepEqual(claims(theater), [
    "disputed: The city council=asserted, Russia's Defense Ministry=denied, Associated Press=not_independently_verified",
    'asserted_single_source: Lyudmila Denisova=asserted',
    'asserted_single_source: Sergei Orlov=asserted',
    'asserted_single_source: Sergei Orlov=asserted',
  ]);
  const bucha =
    'Ukrainian officials said they had found the bodies of 410 civilians in towns around the capital. Prosecutor General Iryna Venediktova said her office was documenting the killings as war crimes.\n\n' +
    'Reuters was unable to verify the number of dead or who had killed them.';
  assert.deepEqual(claims(bucha), ['unconfirmed: Ukrainian officials=asserted, Reuters=not_independently_verified', 'asserted_single_source: Iryna Venediktova=asserted']);
});

test('"denied it was responsible" answers the blame; "rejected the accusation" answers the one that names who rejects it; "either account or the death toll" doubts the toll too', () => {
  const ahli =
    'The health ministry said at least 471 people had been killed. The ministry blamed an Israeli air strike.\n\n' +
    'The Israeli military denied it was responsible. Its spokesman, Daniel Hagari, said the blast was caused by a rocket misfired by the Palestinian Islamic Jihad militant group.\n\n' +
    'Islamic Jihad rejected the accusation as "lies and fabrications".\n\n' +
    'Reuters could not independently verify either account or the death toll.';
  assert.deepEqual(claims(ahli), [
    'unconfirmed: The health ministry=asserted, Reuters=not_independently_verified',
    'disputed: The health ministry=asserted, The Israeli military=denied',
    'disputed: Daniel Hagari=asserted, Palestinian Islamic Jihad=denied, Reuters=not_independently_verified',
  ]);
});

test('"…, activists and the country\'s ruling council said, in one of the deadliest incidents …" said what comes before the frame; "The ruling Sovereign Council, headed by …, condemned what it called … and said" is the council twice; what "a preliminary United Nations investigation found on Thursday" is a statement', () => {
  assert.deepEqual(
    statements("CAIRO, June 6 (Reuters) - Sudan's paramilitary Rapid Support Forces attacked a village in Gezira state on Wednesday, killing more than 100 people, activists and the country's ruling council said, in one of the deadliest incidents of the 14-month war.", '2024-06-06'),
    ["activists and the country's ruling council|said|Sudan's paramilitary Rapid Support Forces attacked a village in Gezira state on Wednesday, killing more than 100 people"],
  );
  assert.deepEqual(
    speakersAndCues('The ruling Sovereign Council, headed by army chief Abdel Fattah al-Burhan, condemned what it called a "massacre" and said the RSF had killed women and children.', '2024-06-06'),
    ['The ruling Sovereign Council|condemned', 'The ruling Sovereign Council|said'],
  );
  assert.deepEqual(
    statements('KINSHASA, Dec 8 (Reuters) - M23 rebels killed at least 131 civilians in two villages in eastern Congo last week, a preliminary United Nations investigation found on Thursday.', '2022-12-08'),
    ['United Nations|found|M23 rebels killed at least 131 civilians in two villages in eastern Congo last week'],
  );
});

test('"the statement said" is the body that said something in a statement, not the body named last; "denies supporting the rebels" disputes "Rwanda backs the M23"; "had “no involvement” in" denies', () => {
  const kishishe =
    'The victims were killed in Kishishe, the U.N. peacekeeping mission MONUSCO and the U.N. human rights office said in a joint statement.\n\n' +
    "The M23 has denied killing civilians. Congo's government, which says Rwanda backs the M23, has called the killings a massacre. Rwanda denies supporting the rebels.\n\n" +
    'Investigators were not able to visit the villages because of insecurity, the statement said.';
  assert.deepEqual(speakersAndCues(kishishe, '2022-12-08').at(-1), 'U.N.|said');
  assert.ok(claims(kishishe).includes("disputed: Congo's government=asserted, Rwanda=denied"));
  assert.deepEqual(claims('A White House spokesperson said the United States had "no involvement" in the strike.'), ['denied: White House=denied']);
});

test('"it had targeted a Hamas compound …, and that it was “aware of reports” that civilians had been harmed" asserts the strike: taking note of reports is a stance only when it opens what was said', () => {
  assert.deepEqual(
    claims('The Israeli military said it had targeted a Hamas compound with precise munitions and killed two senior Hamas officials, and that it was "aware of reports" that civilians had been harmed by a fire in the area.'),
    ['asserted_single_source: The Israeli military=asserted'],
  );
  assert.deepEqual(claims('The Israeli military said it was aware of the reports and was looking into them.'), ['unconfirmed: The Israeli military=neither_confirmed_nor_denied']);
});

test('"denied it had carried out the strike" answers the accusation that names it', () => {
  const kramatorsk =
    'Ukrainian President Volodymyr Zelenskiy accused Russia of deliberately targeting civilians.\n\n' +
    "Russia's defence ministry denied it had carried out the strike, saying the Tochka-U missile used was only deployed by the Ukrainian army.";
  assert.deepEqual(claims(kramatorsk), ["disputed: Volodymyr Zelenskiy=asserted, Russia's defence ministry=denied", "asserted_single_source: Russia's defence ministry=asserted"]);
});

test('with the cue model of the thirty-fifth session: a clause cut at "but" runs on to the frame after it, a time after the channel is no part of what was said, a denied report is denied for what it says', () => {
  const text =
    'A Palestinian official close to the talks told Reuters on condition of anonymity that Hamas had accepted a draft proposal in principle.\n\n' +
    "Most of the missiles were intercepted by the base's air defences, but some struck the base, U.S. Central Command said in a statement.\n\n" +
    'The defence ministry said in a statement early on Tuesday that its forces had taken full control of the district.\n\n' +
    "Netanyahu's office denied a report by Israel's Channel 12 that Israel had agreed to withdraw from the Philadelphi corridor.";
  assert.deepEqual(statements(text, '2024-05-01'), [
    'A Palestinian official close to the talks|told|Hamas had accepted a draft proposal in principle|anonymous|to:Reuters',
    "U.S. Central Command|said|Most of the missiles were intercepted by the base's air defences, but some struck the base|ch:in a statement",
    'The defence ministry|said|its forces had taken full control of the district|ch:in a statement',
    "Netanyahu's office|denied|Israel had agreed to withdraw from the Philadelphi corridor",
  ]);
  assert.deepEqual(claims(text).at(-1), "disputed: Netanyahu's office=denied, Israel's Channel 12=asserted");
});

test('quotes signed with a dash: the signature is the speaker without the stop after it, initials and titles kept; a quote opened by a slip with a closing mark is signed too', () => {
  const text = '“Trump must stop portraying Latinos as dangerous gangsters.”― Carla Sanchez.\n\n”Fear. I am truly afraid that he will win.” ― Edwin G. Monroy\n\n“He is clueless about the struggles of minorities.” — Dr. Ana Ruiz.';
  const a = toJson(analyze({ text, published: '2023-03-10', origin: 'test' }));
  assert.deepEqual(
    a.attributions.map((x) => `${x.kind}|${span(x.speaker)}|${span(x.cue)}|${span(x.content)}`),
    [
      'direct|Carla Sanchez|―|Trump must stop portraying Latinos as dangerous gangsters.',
      'direct|Edwin G. Monroy|―|Fear. I am truly afraid that he will win.',
      'direct|Dr. Ana Ruiz|—|He is clueless about the struggles of minorities.',
    ],
  );
});

test('a frame ending its paragraph with a colon before a paragraph without quote marks: that paragraph is what was said (a block quote)', () => {
  assert.deepEqual(
    attributions('Christie spoke to reporters in Trenton on Tuesday.\n\nThe governor added:\n\nIt is typical of her. She knows nothing, but the mouth never stops.\n\nThe rally ended at noon.'),
    ['direct|The governor|added:|It is typical of her. She knows nothing, but the mouth never stops'],
  );
});

test('a relative clause not set off speaks for the phrase before it ("an architect who said …"); more speech verbs inside another statement ("who emphasized that …"); a statement cut where another begins is mixed only while it holds a quote', () => {
  assert.deepEqual(
    attributions(
      'Trump was similarly defensive when forced to defend not paying an architect who said he was stiffed after he designed a clubhouse. There are some economists who argue that corporate taxes should be very low. ' +
        "''It will simplify things,'' said Mr. Kamin, who emphasized that her proposals would simplify returns for small businesses.\n\n" +
        'Iran\'s ambassador to Syria, Hossein Akbari, told Iranian state television that six F-35 warplanes had fired missiles at the building and vowed that Tehran\'s response would be "harsh".',
    ),
    [
      'indirect|an architect|said|he was stiffed after he designed a clubhouse',
      'indirect|some economists|argue|corporate taxes should be very low',
      'direct|Kamin|said|It will simplify things,',
      'indirect|Kamin|emphasized|her proposals would simplify returns for small businesses',
      'indirect|Hossein Akbari|told|six F-35 warplanes had fired missiles at the building|to:Iranian state television',
      'mixed|Hossein Akbari|vowed|Tehran\'s response would be "harsh"',
    ],
  );
});

test('the last word of a name in running text is no cue ("a former United States ambassador … said"); the quote after the frame goes on from the statement that stays', () => {
  const text =
    "Old hands help Russia navigate U.S. media\n\n''Their strategy is very clear: to create the appearance of being a legitimate source of news,'' Michael McFaul, a senior fellow at the Hoover Institution and a former United States ambassador to Russia, said of RT. ''Having people like Larry King work for them helps them achieve their objective.''";
  assert.deepEqual(attributions(text), [
    'direct|Michael McFaul|said|Their strategy is very clear: to create the appearance of being a legitimate source of news,',
    'direct|Michael McFaul|-|Having people like Larry King work for them helps them achieve their objective.|cont',
  ]);
});

test('a refusal to answer a question takes the question without where it was asked; a subordinator is no part of a source; a cue run on into its setting stops before it; a noun after its determiner is no cue', () => {
  const text =
    'Oil prices rose on Monday.\n\nAsked about the reported losses at a briefing, foreign secretary Vikram Misri declined to answer.\n\n' +
    'Patriot chose to file in Richmond, where restructuring experts said judges were friendly.\n\n' +
    'Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at a Washington event this month that the rule was illegal.';
  const doc = toJson(analyze({ text, published: '2025-05-08', origin: 'test' }));
  assert.deepEqual(
    doc.claims.map((c) => `${c.overall}: ${span(c.proposition)}`),
    ['refused_comment: the reported losses', 'asserted_single_source: judges were friendly', 'asserted_single_source: the rule was illegal'],
  );
  assert.deepEqual(statements(text, '2025-05-08').slice(1), ['restructuring experts|said|judges were friendly', 'Scott Pruitt|said|the rule was illegal']);
});

test('a label alone ("what it called “terrorist infrastructure”") is claimed as the clause it labels', () => {
  const text =
    'Oil prices rose.\n\nThe fighting began on Wednesday when India struck what it called "terrorist infrastructure" in Pakistan in response to an attack in Kashmir last month that killed 26 men. Pakistan denied any role in that attack.';
  const doc = toJson(analyze({ text, published: '2025-05-08', origin: 'test' }));
  assert.deepEqual(
    doc.claims.map((c) => `${c.overall}: ${span(c.proposition)}`),
    ['asserted_single_source: India struck what it called "terrorist infrastructure"', 'denied: any role in that attack'],
  );
});

test('imagery a source published showing "what it said were" something is one statement of the thing shown; imagery doubted beside a toll is doubted too', () => {
  const text =
    'Oil prices rose.\n\nThe Wad Madani Resistance Committee said the RSF had stormed the village twice. It published videos showing what it said were mass graves.\n\n' +
    'Footage aired by Al Masirah showed bodies and rubble inside a damaged building. Health officials said 68 people had been killed. Reuters could not independently verify the footage or the toll.';
  const doc = toJson(analyze({ text, published: '2024-06-06', origin: 'test' }));
  assert.deepEqual(
    doc.claims.map((c) => `${c.overall}: ${span(c.proposition)}`),
    [
      'asserted_single_source: the RSF had stormed the village twice',
      'asserted_single_source: mass graves',
      'unconfirmed: bodies and rubble inside a damaged building',
      'unconfirmed: 68 people had been killed',
    ],
  );
});

test('no statement: a notice\'s colon ("WARNING: Video contains graphic images."), an auxiliary with an adverb ("Trump also would …"), a speaker\'s filler ("I mean, …")', () => {
  const text =
    'Shelby shot Crutcher after he approached the driver’s side door of his vehicle. (WARNING: Video contains graphic images.)\n\n' +
    'Trump also would constantly tussle with debate moderators in order to gain an edge. She can’t beat this guy without rigging it? I mean, that’s the message this is sending.';
  assert.deepEqual(attributions(text), []);
});

test('a dateline of the place alone before a long dash is no part of what was said ("WASHINGTON ― …"); nor is the writer\'s connective opening the sentence ("And …", "However, …")', () => {
  const text =
    'Black lawmakers rip Trump\n\nWASHINGTON ― Donald Trump’s yearslong obsession with President Barack Obama’s birth is an insult to all African-Americans, top black lawmakers said Friday afternoon.\n\n' +
    'And Mrs. Clinton now holds a gaping advantage of 83 percentage points among black voters, according to a recent poll. However, slower growth in developed nations is being offset by faster growth elsewhere, the fund said.';
  assert.deepEqual(statements(text, '2016-09-16'), [
    'top black lawmakers|said|Donald Trump’s yearslong obsession with President Barack Obama’s birth is an insult to all African-Americans',
    'a recent poll|according to|Mrs. Clinton now holds a gaping advantage of 83 percentage points among black voters',
    'the fund|said|slower growth in developed nations is being offset by faster growth elsewhere',
  ]);
});

test('a preposition the cue governs is the cue\'s ("apologised for", "declined to comment on"), not before a number ("said about 200 people …") nor after a passive ("accused of")', () => {
  const text =
    'Sudan\'s RSF accused of killing over 100 in Gezira village attack\n\nOleksiy Arestovych later apologised for the remark. Kremlin spokesman Dmitry Peskov declined to comment on the strike. ' +
    'A hospital spokesperson said about 40 people had been lightly wounded.';
  assert.deepEqual(statements(text, '2024-06-06').slice(1), [
    'Oleksiy Arestovych|later apologised for|the remark',
    'Dmitry Peskov|declined to comment on|the strike',
    'A hospital spokesperson|said|about 40 people had been lightly wounded',
  ]);
  assert.match(statements(text, '2024-06-06')[0]!, /^[^|]*\|accused\|of killing/);
});

test('a closing frame with its speaker after the cue: "…, said one GOP source in the room", "…,\'\' said Mr. Kamin, who …" (a quote between the words before it and the cue), "…," says Paul Rieckhoff, founder of …', () => {
  const text =
    "Oil rose.\n\nKadzik's refusal to answer fully did not go over well with Republicans, and the meeting deteriorated from there, said one GOP source in the room. " +
    "As for complexity, ''broadening the base inevitably involves a certain amount of administration,'' said Mr. Kamin, who emphasized that her proposals would simplify returns. " +
    'The answers to veteran suicides are "not meeting the demand," says Paul Rieckhoff, founder and CEO of Iraq and Afghanistan Veterans of America.';
  const doc = toJson(analyze({ text, published: '2016-09-23', origin: 'test' }));
  assert.deepEqual(
    doc.attributions.map((x) => `${x.kind}|${span(x.speaker)}|${span(x.cue)}|${span(x.content)}`),
    [
      "indirect|one GOP source in the room|said|Kadzik's refusal to answer fully did not go over well with Republicans, and the meeting deteriorated from there",
      'direct|Mr. Kamin|said|broadening the base inevitably involves a certain amount of administration,',
      'indirect|Mr. Kamin|emphasized|her proposals would simplify returns',
      'mixed|Paul Rieckhoff, founder and CEO of Iraq and Afghanistan Veterans of America|says|The answers to veteran suicides are "not meeting the demand,"',
    ],
  );
});

test('a connective alone is no speaker: "Meanwhile, it attacked Trump, saying …" is the subject\'s after it', () => {
  assert.deepEqual(statements('Oil rose.\n\nThe Times endorsed her in the primaries. Meanwhile, it attacked Trump, saying he “has offended Hispanics, women, the disabled.”', '2016-09-26'), [
    'The Times|saying|he “has offended Hispanics, women, the disabled.”',
  ]);
});

test('a source named after a closing frame\'s cue, where the model left it out or took it into the cue: "“…,” reported Reuters."', () => {
  assert.deepEqual(statements('Oil rose.\n\nClinton leads Trump by four points. This is “roughly the same advantage she has held all month,” reported Reuters. Another 19 percent said they would not pick either candidate.', '2016-09-30'), [
    'Reuters|reported|This is “roughly the same advantage she has held all month,”',
    'Another 19 percent|said|they would not pick either candidate',
  ]);
});

test('a refusal on a count is on a claim that gives one, else its own claim of the thing counted ("declined to comment on the number of bodies")', () => {
  const text =
    'Oil rose.\n\nAn Israeli official said Israel believed Hamas knew the location of most of the bodies.\n\nThe International Committee of the Red Cross said it was ready to help with the handover, but declined to comment on the number of bodies.';
  const doc = toJson(analyze({ text, published: '2025-10-17', origin: 'test' }));
  assert.deepEqual(
    doc.claims.map((c) => `${c.overall}: ${span(c.proposition)}`),
    ['asserted_single_source: Israel believed Hamas knew the location of most of the bodies', 'asserted_single_source: it was ready to help with the handover', 'refused_comment: the number of bodies'],
  );
});

test('a frame set off by commas inside what was said: what was said runs over it where the words after go on from those before ("The difference now, he told me, is that …"), not after a setting ("During his years in office, Mr. Obama said, …")', () => {
  const text =
    'Oil rose.\n\nThe difference now, he told me on Friday, is that he is the anchor of a straight news program. The air pollution there had become so bad, Mr. Obama noted, that the most-visited Twitter page in China was the daily air-quality monitor. ' +
    'During his seven and a half years in office, Mr. Obama said, a majority of Americans have come to believe that climate change is real.';
  assert.deepEqual(
    statements(text, '2016-09-08').map((s) => s.split('|').slice(1, 3).join('|')),
    [
      'told|The difference now, he told me on Friday, is that he is the anchor of a straight news program',
      'noted|The air pollution there had become so bad, Mr. Obama noted, that the most-visited Twitter page in China was the daily air-quality monitor',
      'said|a majority of Americans have come to believe that climate change is real',
    ],
  );
});

test('an organisation unable to verify imagery beside a toll doubts both: the claim shown in the videos a source published and the toll', () => {
  const text =
    'Oil rose.\n\nActivists said the RSF had killed more than 100 people in the village. The Wad Madani Resistance Committee published videos showing what it said were mass graves. Reuters was unable to verify the videos or the death toll.';
  const doc = toJson(analyze({ text, published: '2024-06-06', origin: 'test' }));
  assert.deepEqual(
    doc.claims.map((c) => `${c.overall}: ${span(c.proposition)}`),
    ['unconfirmed: the RSF had killed more than 100 people in the village', 'unconfirmed: mass graves'],
  );
});

test('a quote after the cue\'s object and a colon is what was said, the verb its cue ("McCaskill scolded him: “…”"), once', () => {
  assert.deepEqual(
    attributions('Oil rose.\n\nDemocratic Sen. Claire McCaskill (D-Mo.) scolded him: “The scientific community is almost monolithic against you.” She added that he should stop.'),
    ['direct|Claire McCaskill|scolded|The scientific community is almost monolithic against you.', 'indirect|Claire McCaskill|added|he should stop'],
  );
});

test('a lone plural role is the head of its phrase ("one of Mr. Obama\'s climate advisers"), which speaks for the adviser, not the named possessor', () => {
  assert.deepEqual(attributions('Oil rose.\n\nHawaii, as one of Mr. Obama\'s climate advisers pointed out, normally does not get back-to-back hurricanes.'), [
    "indirect|one of Mr. Obama's climate advisers|pointed out|Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back hurricanes",
  ]);
});

test('a title-case headline with a verb before its colon and quote: the name speaks, the verb is the cue ("Elizabeth Warren Hammers Wells Fargo CEO: ‘…’", "Zelensky Warns Allies: \'…\'")', () => {
  assert.deepEqual(attributions('Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’\n\nMassachusetts Sen. Elizabeth Warren grilled Wells Fargo CEO John Stumpf on Tuesday.'), [
    'direct|Elizabeth Warren|Hammers|You Should Be Criminally Investigated.',
  ]);
  assert.deepEqual(attributions("Zelensky Warns Allies: 'We Need Jets Now'\n\nUkraine's president spoke on Tuesday."), ["indirect|Zelensky|Warns|'We Need Jets Now'"]);
});

test('"“…,” he was quoted as saying by the newspaper": the one quoted speaks, the paper is no speaker', () => {
  assert.deepEqual(
    attributions(
      'Oil rose.\n\nA spokesman for the military government, Major General Zaw Min Tun, told state media that communications with the command had been lost. "We are trying to restore the situation," he was quoted as saying by the Global New Light of Myanmar newspaper.',
    ),
    ['indirect|Zaw Min Tun|told|communications with the command had been lost|to:state media', 'direct|Zaw Min Tun|was quoted as saying|We are trying to restore the situation,'],
  );
});

test('a passive in a relative clause on the speaker frames nothing ("Fighterbomber, which is believed to be linked to …, wrote that …")', () => {
  assert.deepEqual(
    attributions(
      'Oil rose.\n\nSeveral Russian military bloggers said the A-50 had been hit. One popular channel, Fighterbomber, which is believed to be linked to the Russian air force, wrote that the crew of the A-50 was presumed dead.',
    ),
    ['indirect|Several Russian military bloggers|said|the A-50 had been hit', 'indirect|Fighterbomber|wrote|the crew of the A-50 was presumed dead'],
  );
});

test('the agency in brackets before the first word is a dateline, and a place after the opening noun phrase is where the speaker is ("(Al Jazeera) An ethnic armed group in Myanmar says")', () => {
  assert.deepEqual(attributions('Rebels take base\n\n(Al Jazeera) An ethnic armed group in Myanmar says it has captured the headquarters of the military\'s northeastern command in Lashio.'), [
    "indirect|An ethnic armed group in Myanmar|says|it has captured the headquarters of the military's northeastern command in Lashio",
  ]);
});

test('the outlet\'s aside ending what was said is not said ("…, in what would be a significant blow … if confirmed", "…, the first time …")', () => {
  assert.deepEqual(
    attributions(
      "Oil rose.\n\nUkraine's military said Monday it had shot down a Russian A-50 aircraft over the Sea of Azov, in what would be a significant blow to Moscow's air operations if confirmed. Rebel commander Aung Min said it had captured the command in the city of Lashio, the first time a regional command has fallen to rebels since the 2021 coup.",
    ),
    ["indirect|Ukraine's military|said|it had shot down a Russian A-50 aircraft over the Sea of Azov", 'indirect|Aung Min|said|it had captured the command in the city of Lashio'],
  );
});

test('an outlet unable to verify "the footage or the Ukrainian claim" doubts the claim of Ukraine\'s voice too; "did not comment on the claim" is on a claim stated, not on a refusal to say how', () => {
  assert.deepEqual(
    claims(
      "Oil rose.\n\nUkraine's military said Monday it had shot down a Russian A-50 aircraft over the Sea of Azov. Its commander did not say how the plane was brought down.\n\nThe Russian Defense Ministry did not comment on the claim. Video posted on social media purportedly showed a fiery object falling from the sky. The Associated Press was unable to independently verify the footage or the Ukrainian claim.",
    ),
    [
      "unconfirmed: Ukraine's military=asserted, Associated Press=not_independently_verified, Russian Defense Ministry=refused_comment",
      "refused_comment: Ukraine's military=refused_comment",
      'unconfirmed: social-media=hedged, Associated Press=not_independently_verified',
    ],
  );
});

test('an outlet\'s doubt on "the capture of the base", which no claim nearby names, is on the claim further back that names it, not the latest account', () => {
  assert.deepEqual(
    claims(
      'Oil rose.\n\nThe group said its fighters had taken full control of the command base after weeks of fighting.\n\nA spokesman for the military said communications had been lost.\n\nResidents said fighting had eased by Sunday.\n\n"We heard gunfire for three days," a resident told Al Jazeera.\n\nAl Jazeera could not independently confirm the capture of the base.',
    ),
    [
      'unconfirmed: The group=asserted, Al Jazeera=not_independently_verified',
      'asserted_single_source: A spokesman for the military=asserted',
      'asserted_single_source: Residents=asserted',
      'asserted_single_source: a resident=asserted',
    ],
  );
});

test('"An Islamist group linked to Al-Qaeda, JNIM, also claimed …, according to a statement relayed by SITE": JNIM speaks (not the body it is linked to), the verb after an adverb is no participle, the statement relayed is the channel', () => {
  assert.deepEqual(
    attributions(
      'Oil rose.\n\nAn Islamist group linked to Al-Qaeda, JNIM, also claimed to have killed about 50 Russians and 10 Malian soldiers in an ambush in the same area, according to a statement relayed by SITE Intelligence Group, which monitors jihadist communications.',
    ),
    ['indirect|JNIM|also claimed|to have killed about 50 Russians and 10 Malian soldiers in an ambush in the same area|ch:a statement relayed by SITE Intelligence Group'],
  );
});

test('a list the model cut at its first comma goes on to the sentence\'s end; a participle\'s phrase does not', () => {
  assert.deepEqual(
    attributions(
      'Oil rose.\n\nThree of the attackers were killed, he said, adding that police had seized a large quantity of weapons, ammunition and explosives. U.S. intelligence assessed that Israel was "not responsible", citing overhead imagery and intercepts.',
    ),
    [
      'indirect|he|said|Three of the attackers were killed',
      'indirect|he|adding|police had seized a large quantity of weapons, ammunition and explosives',
      'mixed|U.S. intelligence|assessed|Israel was "not responsible"',
    ],
  );
});

test('"The toll given by the rebels could not be verified", a source said: a doubt on the rebels\' count of the killed, in words or figures, not on the latest count', () => {
  assert.deepEqual(
    claims(
      'Oil rose.\n\nTuareg-led rebels said they had killed dozens of Malian soldiers near Tinzaouaten.\n\nJNIM claimed to have killed about 50 Russians in an ambush in the same area.\n\nThe toll given by the rebels could not be verified independently, a diplomat in Bamako said.',
    ),
    ['unconfirmed: Tuareg-led rebels=asserted, a diplomat in Bamako=cannot_confirm', 'asserted_single_source: JNIM=asserted'],
  );
});

test('"…, but he did not confirm its fall" after his own statement: his doubt on the other side\'s claim, not on what he said', () => {
  assert.deepEqual(
    claims(
      'Oil rose.\n\nThe group said its fighters had taken full control of the command base in Lashio.\n\nA spokesman for the military government, Major General Zaw Min Tun, told state media that communications with the command had been lost, but he did not confirm its fall.',
    ),
    ['unconfirmed: The group=asserted, Zaw Min Tun=cannot_confirm', 'asserted_single_source: Zaw Min Tun=asserted'],
  );
});

test('an indefinite role is someone new, not a person named before it ("An Israeli official" is not Deif); a relative\'s preposition is no part of the speaker ("in which the Gaza health ministry said")', () => {
  assert.deepEqual(
    attributions(
      "Oil rose.\n\nIsrael's military said it targeted Mohammed Deif in an air strike on Saturday in the al-Mawasi area, in which the Gaza health ministry said at least 90 Palestinians were killed.\n\nIt was not immediately clear whether Deif had been killed. An Israeli official said it was too early to say whether the strike had succeeded. Hamas said the claim that Deif had been targeted was false.",
    ),
    [
      "indirect|Israel's military|said|it targeted Mohammed Deif",
      'indirect|the Gaza health ministry|said|at least 90 Palestinians were killed',
      'indirect|An Israeli official|said|it was too early to say whether the strike had succeeded',
      'indirect|Hamas|said|the claim that Deif had been targeted was false',
    ],
  );
});

test('the outlet\'s doubt in the first person ("…, but we have not been able to verify that claim") is on the claim it follows', () => {
  assert.deepEqual(claims('Oil rose.\n\nLocal activists said on Sunday that shelling had killed at least 12 people near the main market, but we have not been able to verify that claim.'), [
    'unconfirmed: Local activists=asserted, outlet=not_independently_verified',
  ]);
});

test('a fact-check\'s "A video … that claims to show [X] was filmed in another city": what the video claims ends before where it was filmed, and the headline\'s "is not from" denies it', () => {
  const text =
    'Fact check: Video of burning market is not from El Fasher\n\nA video circulating on social media that claims to show a market in El Fasher burning after shelling by the Rapid Support Forces was filmed in another city more than a year ago, BBC Verify has found.';
  assert.deepEqual(attributions(text), ['indirect|social-media|claims to show|a market in El Fasher burning after shelling by the Rapid Support Forces']);
  const doc = toJson(analyze({ text, published: '2024-06-10', origin: 'test' }));
  assert.deepEqual(
    doc.claims.map((c) => `${c.overall}: ${((c.stances as Rec[]) ?? []).map((s) => `${source(s.source)}=${s.status}<${span(s.cue)}>`).join(', ')}`),
    ['disputed: social-media=hedged<claims to show>, outlet=denied<is not from>'],
  );
});

test('a state\'s silence on what a claim names is on the claim that names the state as doer ("A Russian missile struck a crowded restaurant"), not on one that names it otherwise; the outlet\'s verified videos showing the hit are its sighting of that claim', () => {
  assert.deepEqual(
    claims(
      "Oil rose.\n\nA Russian missile struck a crowded restaurant in Kramatorsk on Tuesday evening, killing at least eight people, Ukrainian officials said.\n\nThe SBU said a man had filmed the restaurant and sent the video to Russian intelligence.\n\nRussia's Defence Ministry said its forces had struck \"temporary deployment points\" of Ukrainian army units in Kramatorsk, but did not mention the restaurant.\n\nThe BBC has verified videos showing the moment the missile hit the building, which was popular with soldiers, journalists and aid workers.",
    ),
    [
      "reported_seen_by_outlet: Ukrainian officials=asserted, BBC=reported_seen_by_outlet, Russia's Defence Ministry=refused_comment",
      'asserted_single_source: SBU=asserted',
      "asserted_single_source: Russia's Defence Ministry=asserted",
    ],
  );
});

test('"could not independently verify the number of casualties or the Israeli account of who was in the compound": the toll and the claim of Israel\'s voice', () => {
  assert.deepEqual(
    claims(
      "Oil rose.\n\nIsrael's military said it targeted Mohammed Deif in an air strike on Saturday, in which the Gaza health ministry said at least 90 Palestinians were killed.\n\nThe Israeli military said most of the people in the compound were militants.\n\nReuters could not independently verify the number of casualties or the Israeli account of who was in the compound.",
    ),
    [
      "asserted_single_source: Israel's military=asserted",
      'unconfirmed: the Gaza health ministry=asserted, Reuters=not_independently_verified',
      "unconfirmed: Israel's military=asserted, Reuters=not_independently_verified",
    ],
  );
});

test('"the agency said" after "Ukraine\'s Security Service (SBU)" is the security service', () => {
  assert.deepEqual(
    attributions(
      "Oil rose.\n\nUkraine's Security Service (SBU) said on Wednesday it had detained a man suspected of helping to direct the strike. The man had filmed the restaurant and sent the video to Russian intelligence, the agency said.",
    ),
    [
      "indirect|Ukraine's Security Service|said|it had detained a man suspected of helping to direct the strike",
      "indirect|Ukraine's Security Service|said|The man had filmed the restaurant and sent the video to Russian intelligence",
    ],
  );
});

test('a body\'s name the tagger split at "for the" after "Framework" is one name, and its hyphenated abbreviation in brackets is the same body ("… Azawad (CSP-DPA)" … "The CSP-DPA said")', () => {
  assert.deepEqual(
    attributions(
      'Oil rose.\n\nThe Strategic Framework for the Defence of the People of Azawad (CSP-DPA), a coalition of armed groups, said in a statement that its fighters had inflicted heavy losses. The CSP-DPA said it would fight on.',
    ),
    [
      'indirect|Strategic Framework for the Defence of the People of Azawad|said|its fighters had inflicted heavy losses|ch:in a statement',
      'indirect|Strategic Framework for the Defence of the People of Azawad|said|it would fight on',
    ],
  );
});

test('"said through his lawyer", "Through a spokesman, he declined": the lawyer or spokesman is the channel', () => {
  assert.deepEqual(attributions('Oil rose.\n\nOn Friday, Milan Radoicic, the deputy leader of the Serb List party, said through his lawyer that he had organised the attack.'), [
    'indirect|Milan Radoicic|said|he had organised the attack|ch:through his lawyer',
  ]);
});

test('"…, Russian officials said, more than 1,000 km (620 miles) from the front line": the distance after the frame is the outlet\'s, not what was said', () => {
  const text =
    'Drones hit residential towers in Kazan, officials say\n\n' +
    '(Reuters) - Ukrainian drones struck several residential buildings in the Russian city of Kazan on Saturday, Russian officials said, more than 1,000 km (620 miles) from the front line.';
  assert.deepEqual(statements(text, '2024-12-21').slice(1), ['Russian officials|said|Ukrainian drones struck several residential buildings in the Russian city of Kazan on Saturday']);
});

test('"Kyiv does not usually comment on specific attacks inside Russia, but says …": the speaker is the subject of the first clause, not the clause', () => {
  const text =
    'Drones hit Kazan\n\n' +
    '(Reuters) - Ukrainian drones struck several residential buildings in the Russian city of Kazan on Saturday, Russian officials said.\n\n' +
    "Kyiv does not usually comment on specific attacks inside Russia, but says such strikes are a response to Russia's attacks on Ukrainian cities.";
  assert.deepEqual(statements(text, '2024-12-21').slice(1), ["Kyiv|says|such strikes are a response to Russia's attacks on Ukrainian cities"]);
});

test('"…, the first attack the group has claimed since …": a relative clause on a noun is no statement, wherever it stands', () => {
  const opening =
    'BEIRUT, Dec 2 (Reuters) - Israel carried out strikes across southern Lebanon on Monday after Hezbollah fired at an Israeli military position, the first attack the group has claimed';
  assert.deepEqual(statements(`${opening} since a ceasefire took effect last week.`, '2024-12-02'), []);
  assert.deepEqual(statements(`${opening}.`, '2024-12-02'), []);
});

test('an accusation of other deeds agrees with no claim sharing its objects ("accused the government of torturing … thousands of detainees at Sednaya", "freed thousands of detainees from Sednaya"); the government\'s denial of "the accusations" is on it', () => {
  const text =
    'Rebels say they freed thousands from Sednaya prison\n\n' +
    'DAMASCUS, Dec 9 (AP) — Syrian rebels said Monday they had freed thousands of detainees from Sednaya military prison north of Damascus, a day after President Bashar Assad fled the country.\n\n' +
    "Rights groups have long accused the government of torturing and executing thousands of detainees at Sednaya. Assad's government always denied the accusations.";
  const c = claims(text);
  assert.ok(c.includes('asserted_single_source: Syrian rebels=asserted'), c.join('\n'));
  assert.ok(c.some((x) => /^disputed: Rights groups=asserted, .+=denied$/.test(x)), c.join('\n'));
});

test('"a Kremlin source", "Two Hamas sources": someone unnamed inside a body speaks in its voice, and the phrase says the source is unnamed', () => {
  const text =
    'Assad in Moscow, agencies say\n\n' +
    'MOSCOW, Dec 9 (Reuters) - Russian state news agencies quoted a Kremlin source as saying Assad and his family were in Moscow and had been granted asylum. Two Hamas sources told Reuters the talks had stalled.';
  assert.deepEqual(statements(text, '2024-12-09').slice(-2), [
    'Kremlin|as saying|Assad and his family were in Moscow and had been granted asylum|anonymous',
    'Hamas|told|the talks had stalled|anonymous|to:Reuters',
  ]);
});

test('"declined to say whether a Russian missile had hit the plane" is on the claim that a missile hit the plane, which names no state', () => {
  const text =
    'Azerbaijan Airlines jet was hit by Russian air defence, sources say\n\n' +
    'BAKU (Reuters) - An Azerbaijan Airlines jet that crashed in Kazakhstan on Wednesday was brought down by a Russian air defence system, four sources told Reuters.\n\n' +
    'One of the sources said the plane was hit by shrapnel from a Pantsir-S air defence missile as it approached Grozny.\n\n' +
    'Kremlin spokesman Dmitry Peskov declined to say whether a Russian missile had hit the plane.';
  const c = claims(text);
  assert.ok(c.includes('asserted_single_source: four sources=asserted, Dmitry Peskov=refused_comment'), c.join('\n'));
});

test('"There is no legitimate parliament" denies no claim that only has the word "parliament" ("kicking a man lying on the ground outside parliament")', () => {
  const text =
    'Georgian police use water cannon on protesters\n\n' +
    'TBILISI, Dec 1 (AP) — Police in Georgia used water cannon against protesters in Tbilisi for a fourth night.\n\n' +
    'Videos verified by The Associated Press showed masked officers kicking a man lying on the ground outside parliament.\n\n' +
    'President Salome Zourabichvili said she would not step down. "There is no legitimate parliament," she told reporters.';
  const c = claims(text);
  assert.ok(c.includes('reported_seen_by_outlet: imagery=asserted, The Associated Press=reported_seen_by_outlet'), c.join('\n'));
});

test('a phrase set off after the source by a preposition is no part of its name ("The ruling Frelimo party, in power since independence in 1975, denies any fraud")', () => {
  const text = 'Unrest in Mozambique\n\nMAPUTO, Dec 27 (Reuters) - The ruling Frelimo party, in power since independence in 1975, denies any fraud.';
  assert.deepEqual(speakersAndCues(text, '2024-12-27'), ['The ruling Frelimo party|denies']);
});

test('what was said, cut by the model at "that", goes on to the comma before its frame; a silence on "the sources\' account" is on every claim of those sources', () => {
  const text =
    'Jet was downed by Russian air defence, sources say\n\n' +
    'BAKU (Reuters) - An Azerbaijan Airlines jet that crashed in Kazakhstan on Wednesday was brought down by a Russian air defence system, four sources with knowledge of the investigation told Reuters.\n\n' +
    'One of the sources said the plane was hit by shrapnel from a Pantsir-S missile.\n\n' +
    "Azerbaijan's government has not commented publicly on the sources' account.";
  assert.deepEqual(statements(text, '2024-12-26')[1], 'four sources with knowledge of the investigation|told|An Azerbaijan Airlines jet that crashed in Kazakhstan on Wednesday was brought down by a Russian air defence system|to:Reuters');
  const c = claims(text);
  assert.equal(c.filter((x) => x.endsWith("Azerbaijan's government=refused_comment")).length, 2, c.join('\n'));
});

test('"They said …" after "Pakistani security sources said …, which Islamabad blames for …" is those sources, not the body in the relative clause', () => {
  const text =
    'Taliban say Pakistani air strikes killed 46\n\n' +
    'KABUL, Dec 25 (Reuters) - Pakistani security sources said the strikes had targeted hideouts of the Pakistani Taliban, or Tehrik-e-Taliban Pakistan (TTP), which Islamabad blames for a wave of attacks in Pakistan. They said dozens of militants had been killed.';
  assert.deepEqual(statements(text, '2024-12-25').at(-1), 'Pakistani security sources|said|dozens of militants had been killed');
});

test('\'France on Friday "categorically" rejected …\': the day and the quoted adverb are no part of the speaker', () => {
  const text =
    "France rejects Niger junta's accusations\n\n" +
    'NIAMEY, Dec 20 (AFP) - France on Friday "categorically" rejected accusations by Niger\'s military junta that it was trying to destabilise the country.';
  assert.deepEqual(speakersAndCues(text, '2024-12-20').at(-1), 'France|"categorically" rejected');
});

test('two titles joined by a hyphen are no part of the name ("Colonel-Major Amadou Abdramane" is Amadou Abdramane)', () => {
  const text =
    'Niger junta warns France\n\nNIAMEY, Dec 20 (AFP) - Colonel-Major Amadou Abdramane, a spokesman for the junta, said the authorities would respond to any aggression.';
  assert.deepEqual(speakersAndCues(text, '2024-12-20').at(-1), 'Amadou Abdramane|said');
});

test('"the death toll was higher" does not dispute a count given as a floor ("killed at least 127 older men and women")', () => {
  const text =
    'UN verifies killings in Haiti\n\n' +
    'GENEVA, Dec 13 (Reuters) - "We have verified that members of the Wharf Jeremie gang killed at least 127 older men and women," OHCHR spokesperson Thameen Al-Kheetan told a briefing in Geneva.\n\n' +
    "Haiti's government said last week the death toll was higher.";
  assert.ok(!claims(text).some((c) => c.startsWith('disputed')), claims(text).join('\n'));
});

test('a quote rejecting "these baseless accusations" ("France categorically rejects …") denies the accusation made before it', () => {
  const text =
    "France rejects Niger junta's accusations\n\n" +
    'NIAMEY, Dec 20 (AFP) - Niger\'s junta said in a statement read on state television on Thursday that French intelligence services had trained and financed "terrorists" to carry out attacks near the border with Burkina Faso.\n\n' +
    '"France categorically rejects these baseless accusations," the French foreign ministry said in a statement.';
  assert.ok(claims(text).some((c) => /^disputed: .*junta=asserted, French foreign ministry=denied$/.test(c)), claims(text).join('\n'));
});

test('"could not independently verify either side\'s account" doubts what each side says happened, not a vow ("vowed to retaliate") nor what a side always says', () => {
  const text =
    'Taliban say Pakistani air strikes killed 46\n\n' +
    'KABUL, Dec 25 (Reuters) - Pakistani air strikes in eastern Afghanistan killed 46 people, a spokesman for the Taliban administration said on Wednesday. The Taliban\'s defence ministry vowed to retaliate.\n\n' +
    'Pakistani security sources said the strikes had targeted militant hideouts. "We have always said that Pakistan will take all necessary measures to protect its people," spokeswoman Mumtaz Zahra Baloch told reporters.\n\n' +
    "Reuters could not independently verify either side's account.";
  const c = claims(text);
  assert.equal(c.filter((x) => x.startsWith('unconfirmed')).length, 2, c.join('\n'));
});

test('"Haiti\'s national police did not respond to a request for comment" is the police\'s silence, not Haiti\'s', () => {
  const text =
    'UN verifies killings in Haiti\n\n' +
    'GENEVA, Dec 13 (Reuters) - The U.N. human rights office said on Friday it had verified the killing of at least 184 people in a gang massacre in Port-au-Prince.\n\n' +
    "Haiti's national police did not respond to a request for comment.";
  assert.ok(claims(text).some((c) => c.includes("Haiti's national police=refused_comment")), claims(text).join('\n'));
});

test('"he did not confirm its fall" doubts the claim of a capture, not the photographs of the base', () => {
  const text =
    'Myanmar rebels say they have captured army command in Lashio\n\n' +
    "(Al Jazeera) An ethnic armed group in Myanmar says it has captured the headquarters of the military's northeastern command in the city of Lashio.\n\n" +
    "The group published photographs that appeared to show its fighters posing in front of the base's gate.\n\n" +
    'A spokesman for the military government, Major General Zaw Min Tun, told state media that communications with the command had been lost, but he did not confirm its fall.';
  assert.ok(claims(text).includes('unconfirmed: An ethnic armed group in Myanmar=asserted, Zaw Min Tun=cannot_confirm'), claims(text).join('\n'));
});

test('"A U.S. defence official" speaks for the United States: "either account" is then the Houthis\' and the U.S. side\'s', () => {
  const text =
    'Houthis say they hit US destroyer\n\n' +
    "SANAA, Jan 9 (Reuters) - Yemen's Houthi movement said on Thursday it had targeted the U.S. destroyer USS Stockdale with ballistic missiles and drones in the Red Sea.\n\n" +
    'The Pentagon said no U.S. vessel had been hit. "All of the incoming missiles were intercepted," U.S. Central Command said in a post on X.\n\n' +
    'A U.S. defence official said the destroyer had shot down at least four drones.\n\n' +
    'Reuters could not independently verify either account.';
  const c = claims(text);
  assert.ok(c.includes('unconfirmed: Houthis=asserted, Reuters=not_independently_verified'), c.join('\n'));
});

test('"It put the death toll at 54 and said …": the second verb\'s speaker is the first\'s subject, not its object', () => {
  const text =
    'Shells hit El Fasher market\n\n' +
    'CAIRO, Feb 2 (AP) - The Emergency Lawyers, a rights group, said the shells hit the market at midday. It put the death toll at 54 and said more than 150 people were wounded.';
  assert.deepEqual(speakersAndCues(text, '2025-02-02').at(-1), 'Emergency Lawyers|said');
});

test('"The Palestinian Authority, whose security forces had been …, condemned the raid": the body speaks, not "whose security forces"', () => {
  const text =
    'Israeli forces raid Jenin\n\n' +
    'JENIN, Jan 21 (AFP) - Israeli forces killed at least 10 Palestinians in a raid on the Jenin refugee camp, the health ministry said.\n\n' +
    'The Palestinian Authority, whose security forces had been conducting their own operation against militants in the camp since December, condemned the raid.';
  assert.deepEqual(speakersAndCues(text, '2025-01-21').at(-1), 'Palestinian Authority|condemned');
});

test('a refusal on "whether they had coordinated with the Israeli army" is not on a claim that shares only who ("Israeli forces killed …")', () => {
  const text =
    'Israeli forces raid Jenin\n\n' +
    'JENIN, Jan 21 (AFP) - Israeli forces killed at least 10 Palestinians in a raid on the Jenin refugee camp on Tuesday, the Palestinian health ministry said.\n\n' +
    'A spokesman for the PA security forces declined to comment on whether they had coordinated with the Israeli army.';
  assert.ok(!claims(text).some((c) => c.includes('health ministry=asserted') && c.includes('refused_comment')), claims(text).join('\n'));
});

test('\'Pyongyang has called them "groundless"\' after the reports is a denial of the latest claim reported, not a claim of its own', () => {
  const text =
    'Ukraine says North Korean troops suffered losses\n\n' +
    "KYIV, Dec 17 (Reuters) - North Korean soldiers fighting in Russia's Kursk region have suffered heavy losses, Ukraine's military intelligence agency said on Tuesday.\n\n" +
    'The Kremlin has declined to comment on the reports. Pyongyang has called them "groundless".';
  assert.ok(claims(text).some((c) => c.startsWith('disputed: ') && c.includes('Pyongyang=denied')), claims(text).join('\n'));
});

test('"…, calling for a strong response" is a call, no account that "the accounts of either side" doubts', () => {
  const text =
    'Missile strike on Sumy kills 34, Ukraine says\n\n' +
    'KYIV, April 13 (Reuters) - Two Russian ballistic missiles struck the centre of Sumy on Sunday, killing at least 34 people, Ukrainian officials said.\n\n' +
    'President Volodymyr Zelenskiy spoke on X, calling for a strong response from the world.\n\n' +
    "Russia's defence ministry said it had struck a meeting of Ukrainian commanders in Sumy.\n\n" +
    'Reuters could not verify the accounts of either side.';
  const c = claims(text);
  assert.ok(c.includes('asserted_single_source: Volodymyr Zelenskiy=asserted'), c.join('\n'));
});

test('"The agreement does not mention the M23 rebels by name" is no silence of anyone on what M23 said', () => {
  const text =
    'Congo and Rwanda sign peace deal; M23 says it is not bound\n\n' +
    'WASHINGTON, June 27 (AP) - The foreign ministers of Congo and Rwanda signed a peace agreement at the State Department on Friday.\n\n' +
    'The agreement does not mention the M23 rebels by name.';
  assert.ok(!claims(text).some((c) => c.includes('refused_comment')), claims(text).join('\n'));
});

test('"Neither Moscow nor Pyongyang responded to requests for comment" is the silence of each, on the story\'s claim', () => {
  const text =
    'Ukraine says North Korean troops suffered losses\n\n' +
    "KYIV, Dec 17 (Reuters) - North Korean soldiers fighting in Russia's Kursk region have suffered heavy losses, Ukraine's military intelligence agency said on Tuesday.\n\n" +
    'Neither Moscow nor Pyongyang responded to requests for comment.';
  assert.ok(claims(text).some((c) => c.includes('Moscow=refused_comment') && c.includes('Pyongyang=refused_comment') && c.includes('intelligence agency=asserted')), claims(text).join('\n'));
});

test('a body after its state\'s possessive doubts ("Haiti\'s National Police did not confirm the figure"), on the claim nearby that gives one; a silence "on the attack", which no claim names, is on the claim naming the silent one; "has not claimed the attacks" likewise', () => {
  const haiti =
    'Gunmen from the Viv Ansanm gang coalition seized much of the town of Mirebalais and freed more than 500 inmates, a police union said.\n\n' +
    'The National Union of Haitian Police Officers said officers had run out of ammunition. It called on the government to send reinforcements "before it is too late".\n\n' +
    "Haiti's National Police did not confirm the figure.\n\n" +
    'The Viv Ansanm coalition has not commented on the attack.';
  assert.deepEqual(claims(haiti), [
    'unconfirmed: National Union of Haitian Police Officers=asserted, National Police=cannot_confirm, Viv Ansanm=refused_comment',
    'asserted_single_source: National Union of Haitian Police Officers=asserted',
    'asserted_single_source: National Union of Haitian Police Officers=asserted',
  ]);
  const sudan =
    'Drones struck the airport on Tuesday, witnesses said.\n\n' +
    'An army spokesman, Brigadier Nabil Abdallah, said the drones had been launched by the paramilitary Rapid Support Forces.\n\n' +
    'The group has not claimed the attacks.';
  assert.deepEqual(claims(sudan), ['asserted_single_source: witnesses=asserted', 'asserted_single_source: Nabil Abdallah=asserted, Rapid Support Forces=refused_comment']);
});

test('"did not immediately reply to a request for comment" is a silence, no statement; "He gave no timetable" refuses; the outlet\'s clause after a semicolon is no part of what imagery showed', () => {
  const uae =
    "Sudan's information minister, Khalid al-Aiser, accused the United Arab Emirates of supplying the drones. The UAE foreign ministry did not immediately reply to a request for comment on the latest accusation.";
  assert.deepEqual(speakersAndCues(uae, '2025-05-06'), ['Khalid al-Aiser|accused']);
  assert.deepEqual(claims(uae), ['asserted_single_source: Khalid al-Aiser=asserted, UAE foreign ministry=refused_comment']);
  const pm = 'Prime Minister Alix Didier Fils-Aime said on Monday evening that troops were on their way. He gave no timetable.';
  assert.deepEqual(claims(pm), ['asserted_single_source: Alix Didier Fils-Aime=asserted', 'refused_comment: Alix Didier Fils-Aime=refused_comment']);
  const videos =
    'Drones hit Port Sudan for third day\n\n' +
    'The RSF did not respond to a request for comment.\n\n' +
    "Thick black smoke rose over the port on Tuesday morning, according to a Reuters witness. Videos posted on social media appeared to show fire at the city's main fuel depot; Reuters was able to confirm the location of two of them but not when they were filmed.";
  assert.ok(statements(videos, '2025-05-06').includes("social-media|appeared to show|fire at the city's main fuel depot|ch:on social media"), statements(videos, '2025-05-06').join('\n'));
});

test('a speaker named after its role with a quoted nickname, or by the first name it gave, is that person; "his account" doubts all he said nearby', () => {
  assert.deepEqual(
    speakersAndCues('Its best-known leader, former police officer Jimmy "Barbecue" Cherizier, has said the alliance aims to topple the government.', '2025-03-31'),
    ['Jimmy "Barbecue" Cherizier|has said'],
  );
  assert.deepEqual(speakersAndCues('Jimmy "Barbecue" Cherizier, its leader, said the alliance aims to topple the government.', '2025-03-31'), ['Jimmy "Barbecue" Cherizier|said']);
  const resident =
    'A resident reached by telephone, who gave only his first name, Jean, said he had seen bodies in the street near the police station. "We are hiding, everyone is hiding," he said. Reuters could not independently confirm his account.';
  assert.deepEqual(claims(resident), ['unconfirmed: Jean=asserted, Reuters=not_independently_verified', 'unconfirmed: Jean=asserted, Reuters=not_independently_verified']);
});

test('"a police union" in the lead is the union the next paragraph opens with', () => {
  const text =
    'PORT-AU-PRINCE, March 31 (Reuters) - Gunmen freed more than 500 inmates from the prison in Mirebalais, a police union said.\n\n' +
    'The National Union of Haitian Police Officers (SYNAPOHA) said in a statement that officers had run out of ammunition.';
  assert.deepEqual(speakersAndCues(text, '2025-03-31'), ['National Union of Haitian Police Officers|said', 'National Union of Haitian Police Officers|said']);
});

test('"how many drones" doubts the claim that counts drones; "the figures" the toll, not a measure, however far back; a place\'s clause shares no claim', () => {
  const poland =
    'Poland shot down drones that entered its airspace, Prime Minister Donald Tusk said on Wednesday.\n\n' +
    'Tusk told parliament that at least three drones had been shot down.\n\n' +
    "Russia's defence ministry said the drones used had a maximum range of 700 km, too short to reach the Polish locations where debris was found.\n\n" +
    'Debris was found in at least seven places, police said.\n\n' +
    'Reuters was unable to verify how many drones had crossed the border.';
  assert.deepEqual(claims(poland), [
    'asserted_single_source: Donald Tusk=asserted',
    'unconfirmed: Donald Tusk=asserted, Reuters=not_independently_verified',
    "asserted_single_source: Russia's defence ministry=asserted",
    'asserted_single_source: police=asserted',
  ]);
  assert.deepEqual(claims(poland.replace('Reuters was unable to verify', 'Reuters could not independently verify')).slice(0, 3), [
    'asserted_single_source: Donald Tusk=asserted',
    'unconfirmed: Donald Tusk=asserted, Reuters=not_independently_verified',
    "asserted_single_source: Russia's defence ministry=asserted",
  ]);
  const quake =
    'A magnitude 6 earthquake killed more than 800 people and injured 2,800, a Taliban spokesman said on Monday.\n\n' +
    'The quake hit at a depth of 8 km near the city of Jalalabad, the U.S. Geological Survey said.\n\n' +
    'Rescue teams were still unable to reach several villages, a district official said.\n\n' +
    'The figures could not be independently verified.';
  assert.deepEqual(claims(quake)[0], 'unconfirmed: Taliban=asserted, outlet=not_independently_verified');
  assert.ok(!claims(quake)[1]!.includes('not_independently_verified'), claims(quake)[1]);
});

test('what a thing could be called is no warning', () => {
  const text = '"There is no doubt that this is not an attack that could be described as a mistake," Tusk said.';
  assert.deepEqual(claims(text), ['asserted_single_source: Tusk=asserted']);
  assert.deepEqual(claims('"The attack could spread to other cities," Tusk said.'), ['warning: Tusk=warning']);
});

test('a warning of what has already happened states it; one of what may come stays a warning', () => {
  assert.deepEqual(claims('The United Nations warned that aid cuts had left it short of supplies.'), ['asserted_single_source: United Nations=asserted']);
  assert.deepEqual(claims('The United Nations warned that aid cuts could leave it short of supplies.'), ['warning: United Nations=warning']);
  assert.deepEqual(claims('The United Nations warned that aid cuts had left it unable to act if the fighting spread.'), ['warning: United Nations=warning']);
  assert.deepEqual(claims('The United Nations warned residents to leave.'), ['warning: United Nations=warning']);
});

test('"a Taliban government spokesman" in the lead is the one "the spokesman, Zabihullah Mujahid" names after', () => {
  const text =
    'JALALABAD, Afghanistan, Sept 1 (Reuters) - The quake killed more than 800 people, a Taliban government spokesman said on Monday.\n\n' +
    'The quake hit near the city of Jalalabad, the U.S. Geological Survey said. Most of the dead were in Kunar province, according to the spokesman, Zabihullah Mujahid.';
  assert.deepEqual(speakersAndCues(text, '2025-09-01')[0], 'Zabihullah Mujahid|said');
  // (Not one named too far on.)
  const far = text.replace('\n\nThe quake hit', '\n\nRescuers dug.\n\nAid came.\n\nRoads closed.\n\nThe quake hit');
  assert.deepEqual(speakersAndCues(far, '2025-09-01')[0], 'Taliban|said');
});

test('a speaker is the subject after "and", not a clause before it; a plural keeps the noun it is named by', () => {
  const quake =
    'The death toll rose to 3,085, the ruling junta said, as rescuers pulled more bodies from collapsed buildings in Mandalay and aid groups accused the military of blocking help.';
  assert.deepEqual(speakersAndCues(quake, '2025-04-03'), ['the ruling junta|said', 'aid groups|accused']);
  assert.deepEqual(speakersAndCues('Rescuers pulled bodies from buildings in Mandalay, and aid groups said the military was blocking help.', '2025-04-03'), ['aid groups|said']);
  // (A coordinated subject stays whole.)
  assert.deepEqual(speakersAndCues('Three residents and a local official told Reuters the town was empty.', '2025-04-03'), ['Three residents and a local official|told']);
});

test('"with X saying" names its own speaker; "according to X, who said …" is two statements; a figure opens what was said', () => {
  const lead = 'Thailand and Cambodia accused each other of starting clashes on Thursday, with Thai officials saying at least 11 civilians had been killed.';
  assert.deepEqual(speakersAndCues(lead, '2025-07-24'), ['Thailand and Cambodia|accused', 'Thai officials|saying']);
  assert.deepEqual(speakersAndCues('Fighting resumed on Thursday, with Thai officials saying at least 11 civilians had been killed.', '2025-07-24'), ['Thai officials|saying']);
  const station =
    "A petrol station in Sisaket's Kantharalak district was hit by a rocket, killing six people, according to Thailand's health minister, Somsak Thepsuthin, who said the attack could amount to a war crime.";
  assert.deepEqual(speakersAndCues(station, '2025-07-24'), ['Somsak Thepsuthin|according to', 'Somsak Thepsuthin|said']);
  assert.deepEqual(claims(station).map((c) => c.split(':')[0]), ['asserted_single_source', 'warning']);
});

test('imagery "shared on Facebook" shows what it shows once, with its channel; imagery shared by people is theirs, not the platform\'s', () => {
  assert.deepEqual(statements('Images shared on Facebook appeared to show monks clearing debris.', '2025-04-03'), ['imagery|appeared to show|monks clearing debris|ch:on Facebook']);
  assert.deepEqual(speakersAndCues('Images shared by residents on Facebook appeared to show monks clearing debris from a collapsed monastery.', '2025-04-03'), ['residents|appeared to show']);
});

test('"denied conducting air strikes" answers "had carried out air strikes"; "That account was disputed by X" is X\'s denial', () => {
  assert.deepEqual(
    claims('A spokesman for the group, Kyaw Zaw, said the military had carried out at least 16 air strikes since the quake. The military has denied conducting air strikes after the earthquake.'),
    ['disputed: Kyaw Zaw=asserted, The military=denied'],
  );
  assert.deepEqual(
    claims("The junta's spokesman, Major General Zaw Min Tun, said relief was reaching every affected region. That account was disputed by the National Unity Government, the shadow administration formed by opponents of the coup."),
    ['disputed: Zaw Min Tun=asserted, National Unity Government=denied'],
  );
});

test('"a spokesperson for the foundation" is not the witness named next', () => {
  const text =
    'The Gaza Humanitarian Foundation said there had been no incidents. A spokesperson for the foundation declined to say whether its staff had witnessed the shooting.\n\n' +
    'Witnesses described a chaotic scene. "They were shooting at us from the tanks," said Ahmed Abu Taha, 24.';
  assert.deepEqual(speakersAndCues(text, '2025-06-03').slice(0, 2), ['Gaza Humanitarian Foundation|said', 'A spokesperson for the foundation|declined to say']);
});

test('"…, calling X “baseless” and saying …" is a third statement; "could not independently verify either figure" doubts both figures', () => {
  const rsf = 'The RSF denied any involvement in a statement on Telegram, calling the accusations "baseless" and saying its forces had not carried out any operations in the area on Sunday.';
  assert.deepEqual(speakersAndCues(rsf, '2025-10-06'), ['RSF|denied', 'RSF|calling', 'RSF|saying']);
  const tolls =
    'A drone strike on a market in El Obeid killed at least 40 people on Sunday, a local activist group said.\n\n' +
    'The health ministry in North Kordofan state put the death toll at 23, with 61 wounded. Reuters could not independently verify either figure.';
  assert.deepEqual(
    claims(tolls).map((c) => c.split(':')[0]),
    ['unconfirmed', 'unconfirmed'],
  );
});

test('a statement two bodies make together is a stance of each; what each says of the other is not', () => {
  assert.deepEqual(
    claims("Israeli forces opened fire near a food distribution site in southern Gaza on Tuesday, killing at least 27 Palestinians, according to Gaza's Health Ministry and the Red Cross."),
    ["corroborated: Gaza's Health Ministry=asserted, Red Cross=asserted"],
  );
  // (Nor a claim at all: each side's accusation is its own, told where it is made.)
  assert.deepEqual(claims('Thailand and Cambodia accused each other of starting the clashes.'), []);
});

test('a question told in a sentence of its own is no statement; the short answer after it takes its proposition', () => {
  const text = 'Venezuela said the strike was legal under international law. Wilson was asked whether the strike was legal under international law. "No," she said.';
  assert.deepEqual(speakersAndCues(text, '2025-10-03'), ['Venezuela|said', 'Wilson|said']);
  assert.deepEqual(claims(text), ['disputed: Venezuela=asserted, Wilson=denied']);
  // (And "nothing more to share" is a refusal.)
  assert.deepEqual(claims('Asked whether any of those killed had been identified, Wilson said she had nothing more to share.'), ['refused_comment: Wilson=refused_comment']);
});

test('"did not name the group or say what evidence …" refuses; "gave no casualty figures" is no claim of its own; "It could not confirm" is the body that spoke before', () => {
  // ("gave no casualty figures" withholds as "did not give casualty figures" does: a toll of another's it is on, or no claim.)
  const text = 'M23 spokesman Lawrence Kanyuka said on X that the army had shelled rebel-held villages first. He gave no casualty figures.';
  assert.deepEqual(claims(text).map((c) => c.split(':')[0]), ['asserted_single_source']);
  assert.deepEqual(statements(text, '2025-09-22')[1], 'Lawrence Kanyuka|gave no|casualty figures');
  const monusco =
    'Army spokesman General Sylvain Ekenge said M23 fighters had attacked army positions overnight, killing at least 11 civilians. ' +
    'The U.N. peacekeeping mission, MONUSCO, said it was "deeply concerned" by the renewed fighting. It could not confirm the number of civilian casualties.';
  assert.deepEqual(claims(monusco)[0], 'unconfirmed: Sylvain Ekenge=asserted, MONUSCO=cannot_confirm');
  const hegseth = 'Hegseth said the vessel was carrying narcotics. He did not name the group or say what evidence the military had that drugs were on board.';
  assert.deepEqual(claims(hegseth).map((c) => c.split(':')[0]), ['asserted_single_source', 'refused_comment']);
});

test('"he said" after a resident described, not named, is the resident; "accused unnamed actors" makes no one anonymous; imposing a curfew is an act', () => {
  const bure =
    'Eritrean officials have accused Ethiopia of seeking to seize the port of Assab, which Prime Minister Abiy Ahmed has called a matter of "existential" importance.\n\n' +
    'A resident of Bure, reached by phone, said military trucks had been passing through the town for three days. "Everyone is afraid another war is coming," he said.';
  assert.deepEqual(speakersAndCues(bure, '2025-03-14').slice(2), ['A resident of Bure|said', 'A resident of Bure|said']);
  const tulu = '"There is no mobilization," government spokesman Legesse Tulu told The Associated Press. He accused unnamed "foreign-backed actors" of spreading rumours.';
  assert.deepEqual(statements(tulu, '2025-03-14').map((s) => s.split('|').slice(0, 2).join('|')), ['Legesse Tulu|told', 'Legesse Tulu|accused']);
  assert.ok(!statements(tulu, '2025-03-14')[0]!.includes('anonymous'));
  assert.deepEqual(speakersAndCues('Authorities imposed an indefinite curfew in parts of Manipur on Sunday after clashes killed at least four people, police said.', '2024-09-08'), ['police|said']);
});

test('what was said may open with "at least" in a text\'s first paragraph', () => {
  assert.deepEqual(speakersAndCues('Al-Masirah TV reported that at least three people had been killed.', '2025-07-21'), ['Al-Masirah TV|reported']);
});

test('"raised the toll to five" is a statement; a medium set off as a side\'s outlet is that side\'s voice, no second source', () => {
  const text =
    'Strikes hit the port.\n\n' +
    "Al-Masirah TV, the Houthis' main outlet, reported that at least three people had been killed. The Houthis' health ministry later raised the toll to five. Reuters could not independently confirm the casualties.";
  assert.deepEqual(speakersAndCues(text, '2025-07-21'), ['Al-Masirah TV|reported', 'Houthis|later raised']);
  assert.deepEqual(claims(text), ['unconfirmed: Al-Masirah TV=asserted, Houthis=asserted, Reuters=not_independently_verified']);
});

test('a state\'s ruling body unnamed is one voice by any of its names: "the ruling junta" and "The military" do not corroborate each other', () => {
  const text =
    'YANGON (Reuters) - The death toll from the earthquake in Myanmar has risen to 3,085, the ruling junta said on Thursday.\n\n' +
    'The military said the death toll from the earthquake had risen to 3,085.';
  assert.deepEqual(claims(text), ['asserted_single_source: the ruling junta=asserted, The military=asserted']);
});

test('"it was aware of reports of casualties" takes note of the claim nearby that names its side', () => {
  const text =
    'Israeli forces opened fire near an aid site in Gaza on Tuesday, killing at least 27 Palestinians, according to the Red Cross. ' +
    'The Israeli military said it was aware of reports of casualties and that the incident was under review.';
  assert.deepEqual(claims(text), ['unconfirmed: Red Cross=asserted, The Israeli military=neither_confirmed_nor_denied']);
});

test('"AFP was unable to verify the competing tolls independently" doubts every toll given, however far back; "has repeatedly denied targeting civilians and has expelled …" denies only the targeting, the account of civilian dead, not its own army\'s toll', () => {
  const text =
    'Mali army says it killed dozens of jihadists; residents say civilians died in drone strike\n\n' +
    'BAMAKO, Feb 12 (AFP) - Mali\'s army said on Wednesday it had "neutralised" around 40 terrorists in drone strikes near the central town of Djenné, but residents and a local rights group said most of those killed were civilians attending a wedding.\n\n' +
    'A village chief in the area told AFP that at least 23 people had died, including women and children.\n\n' +
    'The Kisal Observatory, a rights group, said it had counted 31 civilian dead.\n\n' +
    'AFP was unable to verify the competing tolls independently, as access to the area is restricted.\n\n' +
    "Mali's junta, which seized power in 2020, has repeatedly denied targeting civilians and has expelled UN peacekeepers and French troops.";
  assert.equal(statements(text, '2025-02-12').at(-1), "Mali's junta|has repeatedly denied|targeting civilians");
  assert.deepEqual(claims(text), [
    // (The residents' civilians dispute the army's terrorists.)
    "disputed: Mali's army=asserted, residents and a local rights group=denied",
    "disputed: Mali's army=asserted, AFP=not_independently_verified, residents and a local rights group=denied",
    "disputed: residents and a local rights group=asserted, Mali's junta=denied",
    'unconfirmed: A village chief in the area=asserted, AFP=not_independently_verified',
    'unconfirmed: Kisal Observatory=asserted, AFP=not_independently_verified',
  ]);
});

test('"Video released by the Philippine coast guard appeared to show …" hedges the coast guard\'s own claim it shows, and the outlet\'s doubt on the footage follows it there, not to China\'s claim that shares "Chinese" and "waters"', () => {
  const text =
    'MANILA, Dec 3 (Reuters) - The Philippine coast guard said on Tuesday that Chinese vessels fired water cannon at one of its ships near the disputed Scarborough Shoal.\n\n' +
    'China\'s coast guard said it had "expelled" the Philippine ship, which it said had "illegally intruded" into waters around Huangyan Island, the Chinese name for the shoal.\n\n' +
    'Video released by the Philippine coast guard appeared to show a Chinese vessel spraying water at close range. Reuters could not independently verify when the footage was filmed.';
  assert.deepEqual(claims(text), [
    'unconfirmed: The Philippine coast guard=asserted, the Philippine coast guard=hedged, Reuters=not_independently_verified',
    "asserted_single_source: China's coast guard=asserted",
  ]);
});

test('"said by telephone", "told Reuters by phone", "over the phone", "in a phone interview", "by video link" are channels', () => {
  const text =
    '"They were celebrating," a village chief said by telephone. "We are afraid," a resident told Reuters by phone. ' +
    'A doctor said in a phone interview that the hospital was full. "It is over," a fighter said over the phone. The envoy told the council by video link that talks had stalled.';
  assert.deepEqual(
    statements(text, '2025-02-12').map((s) => s.split('|').filter((p) => p.startsWith('ch:')).join('')),
    ['ch:by telephone', 'ch:by phone', 'ch:in a phone interview', 'ch:over the phone', 'ch:by video link'],
  );
});

test('"…, two witnesses and a health worker told The Associated Press, in one of the deadliest attacks …" said what came before the frame; "a health worker at the hospital in nearby Debre Markos" is no town speaking; "His claim could not be verified" is the outlet\'s doubt on his claim, not his statement', () => {
  const text =
    "ADDIS ABABA, Aug 14 (AP) - A drone strike on a passenger bus in Ethiopia's Amhara region killed at least 30 people on Tuesday, two witnesses and a health worker told The Associated Press, in one of the deadliest attacks since fighting broke out between the army and local Fano militias last year.\n\n" +
    'A health worker at the hospital in nearby Debre Markos said 30 bodies had been brought in.\n\n' +
    'A Fano spokesperson, Asres Mare, claimed the bus was carrying only civilians. His claim could not be verified.';
  assert.deepEqual(statements(text, '2024-08-14'), [
    "two witnesses and a health worker|told|A drone strike on a passenger bus in Ethiopia's Amhara region killed at least 30 people on Tuesday|to:The Associated Press",
    'A health worker at the hospital in nearby Debre Markos|said|30 bodies had been brought in',
    'Asres Mare|claimed|the bus was carrying only civilians',
  ]);
  assert.equal(claims(text).at(-1), 'unconfirmed: Asres Mare=asserted, outlet=not_independently_verified');
});

test('"Reuters witnessed police firing tear gas …" is seen by the outlet, as "A Reuters photographer saw …" is', () => {
  const text = 'Reuters witnessed police firing tear gas at protesters in central Nairobi. A Reuters photographer saw at least two people with gunshot wounds being carried from the scene.';
  assert.deepEqual(claims(text), ['reported_seen_by_outlet: Reuters=reported_seen_by_outlet', 'reported_seen_by_outlet: Reuters=reported_seen_by_outlet']);
});

test('"The ministry did not provide evidence for its claims, and Reuters was unable to verify them" is Reuters\' doubt, not the ministry\'s; "Of course." answers the question asked, "Certainly not." denies it; "This newspaper has not been able to verify … the documents" doubts what the documents show', () => {
  const moscow =
    "MOSCOW, March 12 (Reuters) - Russia's defence ministry said on Tuesday its forces had repelled attempts to cross the border into the Belgorod region, killing 234 fighters.\n\n" +
    'The ministry did not provide evidence for its claims, and Reuters was unable to verify them.\n\n' +
    'Asked whether the incursion was linked to the presidential election, Kremlin spokesman Dmitry Peskov said: "Of course. There is no doubt about it." Asked whether Russia would retaliate, he said: "Certainly not. We are not planning that."';
  assert.deepEqual(claims(moscow), [
    "unconfirmed: Russia's defence ministry=asserted, Reuters=not_independently_verified, outlet=not_independently_verified",
    'asserted_single_source: Dmitry Peskov=asserted',
    'denied: Dmitry Peskov=denied',
  ]);
  const answered = toJson(analyze({ text: moscow, published: '2024-03-12', origin: 'test' })).claims.slice(1);
  assert.deepEqual(
    answered.map((c) => (c.proposition as Rec).text),
    ['the incursion was linked to the presidential election', 'Russia would retaliate'],
  );
  const flights =
    'LONDON, Sept 18 - Investigators said a company linked to Wagner received gold from the RSF.\n\n' +
    'The documents, which were shared with this newspaper, show at least 16 flights between an airstrip near Khartoum and Latakia in Syria. This newspaper has not been able to verify the authenticity of all the documents.';
  assert.equal(claims(flights).at(-1), 'unconfirmed: document=asserted, outlet=not_independently_verified');
});

test('"said in response to questions that …, and accused the group of …, which Hamas denies" is the military\'s statement and accusation, and Hamas\'s denial disputes the accusation; "It did not comment on the supply of fuel" is the military\'s silence', () => {
  const text =
    '"We are operating by torchlight because the generators run out of fuel every night," Dr. Amira Saleh told Reuters by phone.\n\n' +
    'The Israeli military said in response to questions that its forces were operating against Hamas "in the vicinity" of the hospital and accused the group of using medical facilities as cover, which Hamas denies. It did not comment on the supply of fuel.';
  assert.deepEqual(speakersAndCues(text, '2024-02-08'), ['Amira Saleh|told', 'Hamas|denies', 'The Israeli military|said', 'The Israeli military|accused']);
  assert.deepEqual(claims(text), [
    'asserted_single_source: Amira Saleh=asserted, The Israeli military=refused_comment',
    'asserted_single_source: The Israeli military=asserted',
    'disputed: The Israeli military=asserted, Hamas=denied',
  ]);
  assert.deepEqual(claims('Israel says it targets only Hamas militants and accuses the group of using civilians as human shields, which Hamas denies.'), ['disputed: Israel=asserted, Hamas=denied']);
});

test('"The 41-year-old surgeon" is the person just named; a participle after a statement is its whole speaker\'s ("Minister of Territorial Administration Limane Mahamat told reporters …, calling on donors …")', () => {
  assert.deepEqual(speakersAndCues('Dr. Amira Saleh has not left Nasser Hospital in three weeks. The 41-year-old surgeon says she sleeps on a mattress in a storeroom.', '2024-02-08'), ['Amira Saleh|says']);
  assert.deepEqual(
    speakersAndCues('"We have counted at least 900,000 people," Minister of Territorial Administration Limane Mahamat told reporters in N\'Djamena, calling on donors to "stop looking away".', '2024-01-15'),
    ['Limane Mahamat|told', 'Limane Mahamat|calling on'],
  );
});

test('"denied that its personnel had carried out executions" answers the "summarily executed" civilians, not the lead\'s toll of the clashes that names the state', () => {
  const text =
    "BEIRUT, July 15 (AFP) - Clashes between Druze fighters and Bedouin tribes in Syria's southern Sweida province have killed more than 100 people since Sunday, the Syrian Observatory for Human Rights said on Tuesday.\n\n" +
    'The Britain-based war monitor said the dead included 18 Druze civilians who were "summarily executed" by government forces.\n\n' +
    "Syria's interior ministry denied that its personnel had carried out executions.";
  assert.deepEqual(claims(text), [
    'asserted_single_source: Syrian Observatory for Human Rights=asserted',
    "disputed: Syrian Observatory for Human Rights=asserted, Syria's interior ministry=denied",
  ]);
});

test('"Reuters was not able to verify the figures" doubts every count nearby; "Frelimo … denies any fraud" disputes "the election was rigged"; "International observers, including from the European Union," are the observers; "has urged calm and said …" urged calm; "only the government could decide" is no warning', () => {
  const text =
    'MAPUTO, Nov 7 (Reuters) - Opposition candidate Venancio Mondlane said on Thursday that police had shot dead at least 30 of his supporters.\n\n' +
    'Plataforma Decide, an election monitoring group, said it had recorded 18 deaths since the protests began. Reuters was not able to verify the figures.\n\n' +
    'Mondlane says the election was rigged. Frelimo, in power since independence in 1975, denies any fraud.\n\n' +
    'International observers, including from the European Union, said they had seen irregularities during counting. Chapo has urged calm and said only the electoral court could decide the result.';
  assert.deepEqual(claims(text), [
    'unconfirmed: Venancio Mondlane=asserted, Reuters=not_independently_verified',
    'unconfirmed: Plataforma Decide=asserted, Reuters=not_independently_verified',
    'disputed: Venancio Mondlane=asserted, Frelimo=denied',
    'asserted_single_source: International observers=asserted',
    'asserted_single_source: Chapo=asserted',
    'asserted_single_source: Chapo=asserted',
  ]);
  assert.deepEqual(statements(text, '2024-11-07').slice(-2), ['Chapo|has urged|calm', 'Chapo|said|only the electoral court could decide the result']);
});

test('"It said it was looking into reports that a Palestinian had been killed" is one statement, neither confirming nor denying the killing; "On Sunday it revised its figures, …, and said …" is the body\'s; "The mayor of Derna, Abdulmenam al-Ghaithi," is a person', () => {
  const westBank =
    'RAMALLAH, West Bank, April 13 (Reuters) - Dozens of Israeli settlers attacked the Palestinian village of al-Mughayyir overnight, shooting dead a 25-year-old man, Palestinian officials said on Saturday.\n\n' +
    'The Israeli military said soldiers had been sent to disperse the crowd. It said it was looking into reports that a Palestinian had been killed.';
  assert.deepEqual(statements(westBank, '2024-04-13').slice(1), [
    'The Israeli military|said|soldiers had been sent to disperse the crowd',
    'The Israeli military|said|it was looking into reports that a Palestinian had been killed',
  ]);
  assert.equal(claims(westBank)[0], 'unconfirmed: Palestinian officials=asserted, The Israeli military=neither_confirmed_nor_denied');
  const derna =
    'The mayor of Derna, Abdulmenam al-Ghaithi, told Al Arabiya television that the toll could reach 20,000.\n\n' +
    'The United Nations humanitarian office OCHA said on Saturday that 11,300 people had died. On Sunday it revised its figures, citing the World Health Organization, and said 3,958 people had been confirmed dead.';
  assert.deepEqual(speakersAndCues(derna, '2023-09-17'), ['Abdulmenam al-Ghaithi|told', 'OCHA|said', 'OCHA|said']);
});

test('"He said the operation was a response to …, which Islamabad has not confirmed" doubts what he said, once, and not his saying it', () => {
  const text =
    'Taliban government spokesman Zabihullah Mujahid said on X that 58 Pakistani soldiers had been killed. He said the operation was a response to Pakistani air strikes in Kabul on Thursday, which Islamabad has not confirmed.';
  // (What Islamabad has not confirmed is the noun phrase the relative clause is on, not all he said.)
  assert.deepEqual(statements(text, '2025-10-12').slice(1), [
    'Zabihullah Mujahid|said|the operation was a response to Pakistani air strikes in Kabul on Thursday',
    'Islamabad|has not confirmed|Pakistani air strikes in Kabul on Thursday',
  ]);
  assert.deepEqual(claims(text), ['asserted_single_source: Zabihullah Mujahid=asserted', 'unconfirmed: Zabihullah Mujahid=asserted, Islamabad=cannot_confirm']);
});

test('a headline\'s warning denied in the body is disputed ("Aid agencies warn of famine" … "denied that there was a famine"); "It was not possible to establish when it was filmed" doubts the video; "the charity" is no armed group named before; what channels are "used to claim" is no statement', () => {
  const famine = 'Aid agencies warn of famine in Gaza\n\nCOGAT said more than 200 trucks had entered Gaza this week and denied that there was a famine.';
  assert.equal(claims(famine)[0], 'disputed: Aid agencies=warning, COGAT=denied');
  const video =
    'BBC Verify has geolocated a video, shared on Telegram, which shows armed men in RSF uniforms firing at people sitting on the ground. It was not possible to establish when it was filmed.';
  assert.equal(claims(video).at(-1), 'reported_seen_by_outlet: imagery=asserted, BBC Verify=reported_seen_by_outlet, outlet=not_independently_verified');
  const kabul =
    'Taliban government spokesman Zabihullah Mujahid put the toll at six dead. Staff at Emergency, an Italian-run hospital in Kabul, said they had received 11 bodies. "Most of the wounded are in critical condition," the charity said on X. The claim was posted on channels the group has used to claim previous attacks.';
  assert.deepEqual(speakersAndCues(kabul, '2022-08-30'), ['Zabihullah Mujahid|put', 'Staff at Emergency|said', 'the charity|said']);
});

test('"I would refer you to the competent authorities", asked whether the drills would continue, refuses comment on that', () => {
  const text =
    'China\'s foreign ministry spokesperson Mao Ning said the drills were a "legitimate and necessary" measure. Asked whether the drills would continue, she said: "I would refer you to the competent authorities."';
  assert.deepEqual(claims(text), ['asserted_single_source: Mao Ning=asserted', 'refused_comment: Mao Ning=refused_comment']);
});

test('"Reuters could not verify either side\'s claims about the airport" is no statement of Reuters\' claims', () => {
  assert.deepEqual(speakersAndCues("Congo's army spokesman said government forces still held the airport. Reuters could not verify either side's claims about the airport.", '2025-01-28'), [
    "Congo's army|said",
  ]);
});

test('"X said A, but B, according to Y": Y said B and X said A; Rwanda\'s denial that "its troops were fighting in Goma" is not on "Congolese troops were still fighting them"', () => {
  const text =
    "GOMA, Jan 28 (Reuters) - Rwanda-backed M23 rebels said on Tuesday they had taken control of Goma's airport, a day after they entered the city, but Congolese troops were still fighting them in several neighbourhoods, according to residents and a military source.\n\n" +
    "Rwanda's government spokesperson, Yolande Makolo, said Rwanda was defending its border and denied that its troops were fighting in Goma.";
  assert.deepEqual(statements(text, '2025-01-28').slice(0, 2), [
    "M23|said|they had taken control of Goma's airport, a day after they entered the city",
    'residents and a military source|according to|Congolese troops were still fighting them in several neighbourhoods|anonymous',
  ]);
  assert.equal(claims(text)[1], 'asserted_single_source: residents and a military source=asserted');
});

test('"Russian military bloggers, some of whom have close ties to the defence ministry, said …" are the bloggers, not the ministry', () => {
  assert.deepEqual(
    speakersAndCues(
      "Russia's defence ministry said its troops had destroyed two tanks. Russian military bloggers, some of whom have close ties to the defence ministry, said Ukrainian forces had broken through in at least two places.",
      '2025-01-06',
    ),
    ["Russia's defence ministry|said", 'Russian military bloggers|said'],
  );
});

test('"Ukraine\'s Coordination Headquarters for the Treatment of Prisoners of War" is one speaker; "The UAE foreign ministry" is the ministry', () => {
  assert.deepEqual(
    speakersAndCues(
      "The UAE foreign ministry said it was the 12th exchange it had mediated. Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said more than 3,900 Ukrainians had been returned home.",
      '2025-12-30',
    ),
    ['UAE foreign ministry|said', 'Coordination Headquarters for the Treatment of Prisoners of War|said'],
  );
});

test('what a statement says only in its "when" clause does not make it confirm another: air defences firing "when the plane was trying to land" and "the plane had been downed"', () => {
  const text =
    'The Kremlin said Russian air defences had been firing at Ukrainian drones near Grozny when the plane was trying to land there. ' +
    'Four sources with knowledge of the investigation told Reuters that the plane had been downed by a Russian Pantsir-S air defence system.';
  assert.deepEqual(claims(text), ['asserted_single_source: Kremlin=asserted', 'asserted_single_source: Four sources with knowledge of the investigation=asserted']);
});

test('"the United Nations\' atomic watchdog" is the IAEA the article names, "the UN\'s refugee agency" UNHCR: not the United Nations', () => {
  assert.deepEqual(
    speakersAndCues(
      "IAEA says drone hit training centre at nuclear plant\n\nA drone struck the training centre at the plant on Sunday, the United Nations' atomic watchdog said. The UN's refugee agency said 300 people had fled. UNHCR said more would come.",
      '2024-04-07',
    ),
    ['IAEA|says', 'IAEA|said', 'UNHCR|said', 'UNHCR|said'],
  );
});

test('"denied that Kyiv was involved" disputes each accusation within reach that names Ukraine as the doer, not a claim naming only a Serbian church', () => {
  const text =
    'The Russia-installed management of the plant blamed Ukrainian forces for the attack. Rosatom said the drones had been launched by "the Kiev regime". ' +
    "Ukraine's military intelligence agency denied that Kyiv was involved.";
  assert.deepEqual(claims(text), ['disputed: The Russia-installed management of the plant=asserted, Ukraine\'s military intelligence agency=denied', "disputed: Rosatom=asserted, Ukraine's military intelligence agency=denied"]);
  const kosovo =
    'A police officer was killed when armed men attacked a patrol before barricading themselves in a Serbian Orthodox monastery, Kosovo officials said. ' +
    'Prime Minister Albin Kurti accused Belgrade of backing them. Serbian President Aleksandar Vucic denied that Serbia was involved.';
  assert.deepEqual(claims(kosovo), ['asserted_single_source: Kosovo officials=asserted', 'disputed: Albin Kurti=asserted, Aleksandar Vucic=denied']);
});

test('"either side\'s claims" are the sides\', not those of the IAEA or its chief', () => {
  const text =
    'The International Atomic Energy Agency said a drone had hit the roof of reactor No. 6. International Atomic Energy Agency chief Rafael Grossi said the strikes were "reckless". ' +
    'The Russia-installed management of the plant said three people had been wounded. Energoatom said Russian forces had been using the plant as a military base. ' +
    "The AP could not independently verify either side's claims.";
  assert.deepEqual(claims(text), [
    'asserted_single_source: International Atomic Energy Agency=asserted',
    'asserted_single_source: Rafael Grossi=asserted',
    'unconfirmed: The Russia-installed management of the plant=asserted, AP=not_independently_verified',
    'unconfirmed: Energoatom=asserted, AP=not_independently_verified',
  ]);
});

test('"The IAEA did not say who was responsible" is its silence on the blame laid before it, not a claim of its own', () => {
  const text = 'The Russia-installed management of the plant blamed Ukrainian forces for the attack. The IAEA did not say who was responsible.';
  assert.deepEqual(claims(text), ['asserted_single_source: The Russia-installed management of the plant=asserted, IAEA=refused_comment']);
});

test('a headline\'s "retaken" is its lead\'s "recaptured": one claim', () => {
  const text =
    "Sudan's army says it has retaken presidential palace in Khartoum\n\n" +
    "KHARTOUM, March 21 - Sudan's army said on Friday that its forces had recaptured the Republican Palace in central Khartoum from the Rapid Support Forces.";
  assert.deepEqual(claims(text), ["asserted_single_source: Sudan's army=asserted"]);
});

test('a headline\'s "governor says" is the governor the paragraph after the lead names by that title; "people who might be trapped" is no warning', () => {
  const text =
    'Russian glide bombs hit Kharkiv apartment block, killing four, governor says\n\n' +
    "KHARKIV, Ukraine, May 31 (Reuters) - Russian forces struck a five-storey apartment building in Kharkiv late on Friday, killing at least four people, the city's officials said.\n\n" +
    'Regional Governor Oleh Syniehubov said on Telegram that rescuers were still searching the rubble for people who might be trapped.';
  assert.deepEqual(speakersAndCues(text, '2024-05-31'), ['Oleh Syniehubov|says', "the city's officials|said", 'Oleh Syniehubov|said']);
  assert.equal(claims(text).at(-1), 'asserted_single_source: Oleh Syniehubov=asserted');
});

test('"One post sharing it said" is social media, not imagery', () => {
  const text = 'A video circulating on social media claims to show an air strike in Gaza City. One post sharing it said: "Watch the army wipe out another family home."';
  assert.equal(attributions(text).at(-1), 'direct|social-media|said|Watch the army wipe out another family home.');
});

test('"The Kremlin has not denied the deployment" neither confirms nor denies it: no dispute', () => {
  const text = "Ukraine's military intelligence agency said North Korean troops had been deployed in Kursk. The Kremlin has not denied the deployment.";
  assert.deepEqual(claims(text), ["unconfirmed: Ukraine's military intelligence agency=asserted, Kremlin=neither_confirmed_nor_denied"]);
});

test('a bare "a spokesperson" after a body\'s refusal is that body\'s, not the minister the next paragraph names', () => {
  const text =
    'A U.S. official told Reuters that Israel had carried out the strike.\n\n' +
    'The Israeli military declined to comment. "We do not comment on foreign reports," a spokesperson said.\n\n' +
    'Iranian Foreign Minister Hossein Amir-Abdollahian told NBC News that the drones were "more like toys".';
  assert.deepEqual(speakersAndCues(text, '2024-04-19'), ['A U.S. official|told', 'The Israeli military|declined', 'The Israeli military|said', 'Hossein Amir-Abdollahian|told']);
});

test('a claim read from a statement that runs over its frame to "and" a clause of its own is the words before the frame', () => {
  const text = 'Iranian air defences had shot down three drones over the city, state television said, and a military base near Isfahan was not damaged.';
  const a = toJson(analyze({ text, published: '2024-04-19', origin: 'test' }));
  assert.deepEqual(
    a.claims.map((c) => span(c.proposition)),
    ['Iranian air defences had shot down three drones over the city'],
  );
});

test('"the junta" is not the military command the rebels say they took', () => {
  const text =
    'The Arakan Army said its fighters had taken full control of the Western Regional Military Command in Ann township. A spokesman for the junta did not respond to requests for comment.';
  assert.deepEqual(claims(text), ['asserted_single_source: Arakan Army=asserted, A spokesman for the junta=refused_comment']);
});

test('a headline\'s "Myanmar rebels say" is the armed group its lead speaks for, by the description the text names', () => {
  const text =
    'Myanmar rebels say they have seized key army command in Rakhine\n\n' +
    'YANGON, Dec 21 (AFP) - An ethnic armed group in western Myanmar said on Friday it had captured a regional military command headquarters in Rakhine state.\n\n' +
    'The Arakan Army (AA) said in a statement posted on Telegram that its fighters had taken full control of the command.';
  assert.deepEqual(speakersAndCues(text, '2024-12-21'), ['Arakan Army|say', 'Arakan Army|said', 'Arakan Army|said']);
});

test('"…, Iranian state media reported, in what sources described as …" is the media\'s statement, whatever the model makes of "echoed"', () => {
  const text =
    'Explosions echoed over the Iranian city of Isfahan early on Friday, Iranian state media reported, in what sources described as an Israeli operation, but Tehran played down the incident and said it had no plans for retaliation.';
  assert.deepEqual(statements(text, '2024-04-19'), ['Iranian state media|reported|Explosions echoed over the Iranian city of Isfahan early on Friday', 'Tehran|said|it had no plans for retaliation']);
});

test('"it could not confirm reports that X" claims X; its spokesman\'s "not in a position to confirm them" is the same doubt', () => {
  const text =
    'The Pentagon said on Monday it could not confirm reports that North Korean troops had already engaged in combat with Ukrainian forces in the Kursk region.\n\n' +
    '"We\'ve seen reports, but we\'re not in a position to confirm them at this time," Pentagon spokesperson Major General Pat Ryder told reporters.';
  const a = toJson(analyze({ text, published: '2024-11-04', origin: 'test' }));
  assert.deepEqual(
    a.claims.map((c) => span(c.proposition)),
    ['North Korean troops had already engaged in combat with Ukrainian forces in the Kursk region'],
  );
  assert.deepEqual(claims(text), ['unconfirmed: Pentagon=cannot_confirm, Pat Ryder=cannot_confirm']);
});

test('"Israel has not claimed responsibility for it" is its silence on the blame laid on it', () => {
  const text = "Iran and Hamas have blamed Israel for Haniyeh's killing. Israel has not claimed responsibility for it.";
  assert.deepEqual(claims(text), ['corroborated: Iran=asserted, Hamas=asserted, Israel=refused_comment']);
});

test('"a U.N.-backed mission against the gangs" is no statement', () => {
  assert.deepEqual(
    speakersAndCues(
      'The first contingent of Kenyan police arrived in Haiti on Tuesday to lead a U.N.-backed mission against the gangs that control much of the capital, hours after a powerful gang leader warned that his fighters would resist.',
      '2024-06-26',
    ),
    ['a powerful gang leader|warned'],
  );
});

test('"Cherizier\'s claim that X could not be independently verified": he claims X, and the outlet could not verify it', () => {
  const text = "Jimmy Cherizier said his fighters would resist. Cherizier's claim that his alliance controls 80% of Port-au-Prince could not be independently verified.";
  assert.deepEqual(statements(text, '2024-06-26').at(-1), 'Jimmy Cherizier|claim|his alliance controls 80% of Port-au-Prince');
  assert.equal(claims(text).at(-1), 'unconfirmed: Jimmy Cherizier=asserted, outlet=not_independently_verified');
});

test('"a powerful gang leader" and a headline\'s "Gang leader says" are the gang leader the next paragraph names', () => {
  const text =
    'Gang leader says his fighters will not lay down arms as Kenyan police arrive in Haiti\n\n' +
    'PORT-AU-PRINCE, June 26 (AP) — The first contingent of Kenyan police arrived in Haiti on Tuesday, hours after a powerful gang leader warned that his fighters would resist.\n\n' +
    'Jimmy "Barbecue" Chérizier, a former police officer who leads the Viv Ansanm gang alliance, said in a video posted on social media that the foreign forces would be treated as "invaders".';
  assert.deepEqual(speakersAndCues(text, '2024-06-26'), ['Jimmy "Barbecue" Chérizier|says', 'Jimmy "Barbecue" Chérizier|warned', 'Jimmy "Barbecue" Chérizier|said']);
});

test('"Ukraine\'s military called the claim disinformation" answers Russia\'s claim just before, not the Ukrainian claim its headline announced', () => {
  const text =
    'Ukraine says Russian missile strike hit Kryvyi Rih, killing 14\n\n' +
    'KYIV, April 5 (Reuters) - A Russian ballistic missile struck a residential area of Kryvyi Rih on Friday, killing 14 people, regional governor Serhiy Lysak said.\n\n' +
    'Russia\'s defence ministry said it had hit a restaurant in Krivoy Rog where "commanders of units and Western instructors" were meeting. Ukraine\'s military called the claim "disinformation".';
  assert.deepEqual(claims(text).at(-1), "disputed: Russia's defence ministry=asserted, Ukraine's military=denied");
});

test('"A senior Sudanese army commander said" is the general the next paragraph quotes; "an army spokesman" is no foreign ministry spokesman', () => {
  const text =
    'PORT SUDAN, March 3 (Reuters) - A senior Sudanese army commander said in an interview that the military would not negotiate with the Rapid Support Forces.\n\n' +
    '"There will be no talks while they occupy our homes," Lieutenant General Yasser al-Atta, a member of the army-led Sovereign Council, told Reuters on Monday.';
  assert.deepEqual(speakersAndCues(text, '2025-03-03'), ['Yasser al-Atta|said', 'Yasser al-Atta|told']);
});

test('"He declined to name any country" refuses comment', () => {
  assert.deepEqual(claims('Lieutenant General Yasser al-Atta said the army bought weapons abroad. He declined to name any country.').at(-1), 'refused_comment: Yasser al-Atta=refused_comment');
});

test('"The army did not respond to AFP\'s questions about the civilian toll" is the army\'s silence, not AFP\'s statement', () => {
  const text =
    'A local official said at least 20 civilians, including women and children, had been killed. The army did not respond to AFP\'s questions about the civilian toll.';
  assert.deepEqual(claims(text), ['asserted_single_source: A local official=asserted, The army=refused_comment']);
});

test('a statement inside what a body said: "…, and all said they had …, it said" is the body\'s whole sentence and the patients\' clause, not a speaker run over the clause before', () => {
  const text =
    'The International Committee of the Red Cross said its field hospital in Rafah had received 179 patients. Most had gunshot or shrapnel wounds, and all said they had been trying to reach an aid site, it said.';
  assert.deepEqual(statements(text, '2025-06-01'), [
    'International Committee of the Red Cross|said|its field hospital in Rafah had received 179 patients',
    'International Committee of the Red Cross|said|Most had gunshot or shrapnel wounds, and all said they had been trying to reach an aid site',
    'all|said|they had been trying to reach an aid site',
  ]);
});

test('"who asked that her family name not be used" and "as some U.S. officials had suggested" before them are no statements', () => {
  const text =
    '"We can hear heavy weapons," said Amal, a mother of three in Salah al-Din, who asked that her family name not be used. ' +
    'Two people familiar with the operation said the strike was carried out by a drone, not a warship, as some U.S. officials had suggested.';
  assert.deepEqual(speakersAndCues(text, '2025-09-03'), ['Amal|said', 'Two people familiar with the operation|said']);
});

test('"The United Arab Emirates, which Sudan\'s military-led government accuses of arming the RSF, has repeatedly denied supplying weapons": the government accuses, the UAE denies, and the denial disputes the accusation', () => {
  const text = "The United Arab Emirates, which Sudan's military-led government accuses of arming the RSF, has repeatedly denied supplying weapons to the group.";
  assert.deepEqual(speakersAndCues(text, '2025-05-06'), ["Sudan's military-led government|accuses of", 'United Arab Emirates|has repeatedly denied']);
  assert.deepEqual(claims(text), ["disputed: Sudan's military-led government=asserted, United Arab Emirates=denied"]);
});

test('"no one was killed in Tuesday\'s attacks" denies no claim of who carried the attacks out', () => {
  const text =
    'Army spokesman Brig. Gen. Nabil Abdullah blamed the Rapid Support Forces for the attacks. He did not name the country.\n\n' +
    "Khalid al-Aiser, the information minister, told The Associated Press that no one was killed in Tuesday's attacks.";
  assert.deepEqual(claims(text), ['asserted_single_source: Nabil Abdullah=asserted', 'asserted_single_source: Khalid al-Aiser=asserted']);
});

test('a fact check: "A video shared … claiming to show X was filmed in 2021" claims X, which the rating denies; the verdict\'s "shows Y, not X" is no stance on X; "The Israeli military did not respond" is the military', () => {
  const text =
    'Fact check: Video does not show Iranian missiles hitting Tel Aviv in 2025\n\n' +
    'By Reuters Fact Check\n\n' +
    'June 18 - A video shared thousands of times on social media since June 14 claiming to show Iranian missiles striking Tel Aviv was filmed in 2021 and shows rockets fired from Gaza, according to a Reuters analysis.\n\n' +
    'The Israeli military did not respond to a request for comment on the video.\n\n' +
    'VERDICT\n\n' +
    'Misleading. The video was filmed in 2021 and shows rockets fired from Gaza towards Ashkelon, not Iranian missiles hitting Tel Aviv in June 2025.';
  // (The headline's own finding is left out: what it shows depends on the rest of the story.)
  assert.deepEqual(
    claims(text).filter((c) => !/^denied: outlet=denied$/.test(c)),
    ['disputed: social-media=asserted, outlet=denied', 'asserted_single_source: Reuters=asserted, The Israeli military=refused_comment', 'asserted_single_source: imagery=asserted'],
  );
});

test('"he said" after a sentence where one speaks of another is the one speaking: Zelenskiy, not Putin he said he would meet', () => {
  const text =
    'Volodymyr Zelenskiy, speaking to reporters in Kyiv, said he was ready to meet Vladimir Putin "in any format" but accused Moscow of stalling. "Russia is doing everything to avoid a meeting," he said.';
  assert.deepEqual(speakersAndCues(text, '2025-08-20'), ['Volodymyr Zelenskiy|said', 'Volodymyr Zelenskiy|accused', 'Volodymyr Zelenskiy|said']);
});

test('"Foreign Minister Sergei Lavrov" in a story datelined MOSCOW speaks for Russia with the Kremlin: no corroboration', () => {
  const text =
    'MOSCOW, Aug 20 (Reuters) - The Kremlin said on Wednesday that any summit between Vladimir Putin and Volodymyr Zelenskiy would need to be prepared very carefully.\n\n' +
    'Foreign Minister Sergei Lavrov said on Wednesday that any summit had to be prepared "step by step".';
  assert.deepEqual(claims(text), ['asserted_single_source: The Kremlin=asserted, Sergei Lavrov=asserted']);
});

test('"high ground that Russian commanders have said is key to an advance on Kramatorsk": what they said is of the ground', () => {
  assert.deepEqual(
    statements('Chasiv Yar sits on high ground that Russian commanders have said is key to an advance on the cities of Kramatorsk and Sloviansk.', '2025-07-31'),
    ['Russian commanders|have said|is key to an advance on the cities of Kramatorsk and Sloviansk'],
  );
});

test('"12,400 suspected cholera cases …, according to the ministry" keeps the figure; "the first time a senior U.N. official had said so" is no statement', () => {
  const text =
    'Since 1 July 2025, 12,400 suspected cholera cases and 312 associated deaths have been reported in 11 states, according to the Federal Ministry of Health. ' +
    'U.N. peacekeeping chief Jean-Pierre Lacroix told the council that Rwandan troops were present in and around Goma, the first time a senior U.N. official had said so publicly.';
  assert.deepEqual(statements(text, '2025-08-05'), [
    'Federal Ministry of Health|according to|Since 1 July 2025, 12,400 suspected cholera cases and 312 associated deaths have been reported in 11 states',
    'Jean-Pierre Lacroix|told|Rwandan troops were present in and around Goma|to:the council',
  ]);
});

test('"It did not address accusations by Congo, the United Nations and Western powers that Rwandan troops were fighting alongside M23" is a silence on that accusation, not on the claim before', () => {
  const text =
    'The Congolese government said its forces still held the airport.\n\n' +
    "Rwanda's foreign ministry blamed Kinshasa for the escalation. It did not address accusations by Congo, the United Nations and Western powers that Rwandan troops were fighting alongside M23.";
  assert.deepEqual(claims(text), [
    'asserted_single_source: Congolese government=asserted',
    "asserted_single_source: Rwanda's foreign ministry=asserted",
    "asserted_single_source: Congo, the United Nations and Western powers=asserted, Rwanda's foreign ministry=refused_comment",
  ]);
});

test('"“…,” the agency said" right after "Ukraine\'s HUR military intelligence agency said" is that agency, not the IAEA named before; "It did not say" too', () => {
  const text =
    'Rosatom chief Alexei Likhachev called on the International Atomic Energy Agency to respond.\n\n' +
    "Ukraine's HUR military intelligence agency said Russia was staging attacks on the plant. \"These are cynical provocations by the occupiers,\" the agency said in a statement. It did not say whether Ukrainian forces had used drones in the area.";
  assert.deepEqual(speakersAndCues(text, '2025-08-17'), [
    'Alexei Likhachev|called on',
    "Ukraine's HUR military intelligence agency|said",
    "Ukraine's HUR military intelligence agency|said",
    "Ukraine's HUR military intelligence agency|did not say",
  ]);
});

test('"…, a senior official told AFP, contradicting Israeli media reports that …" said what came before the frame, and disputes what the media report', () => {
  const text =
    'DOHA, Sept 2 (AFP) - Hamas has not received any new proposal for a ceasefire in Gaza, a senior official of the group told AFP on Tuesday, contradicting Israeli media reports that mediators had presented a revised plan.';
  assert.deepEqual(statements(text, '2025-09-02'), ['Hamas|told|Hamas has not received any new proposal for a ceasefire in Gaza|to:AFP', 'Israeli media|reports|mediators had presented a revised plan']);
  assert.deepEqual(claims(text), ['asserted_single_source: Hamas=asserted', 'disputed: Israeli media=asserted, Hamas=denied']);
  assert.deepEqual(statements('Israeli media reports that mediators had presented a revised plan to Hamas.', '2025-09-02'), ['Israeli media|reports|mediators had presented a revised plan to Hamas']);
});

test('"Reuters was unable to verify which side was responsible" doubts the claim naming the doer, not the reactors\' state since; "denied the reports" is on the reports another told of', () => {
  const plant =
    "A Ukrainian drone struck the training centre of the plant on Sunday, the plant's Russian-installed management said. Energoatom said the plant's six reactors were in cold shutdown. Reuters was unable to verify which side was responsible.";
  assert.deepEqual(claims(plant), ["unconfirmed: the plant's Russian-installed management=asserted, Reuters=not_independently_verified", 'asserted_single_source: Energoatom=asserted']);
  const hospital =
    'Videos posted on social media show RSF fighters shooting unarmed men in El Fasher.\n\n' +
    'The World Health Organization said it was "appalled" by reports that more than 460 patients were killed at the Saudi Maternity Hospital. The RSF denied the reports.';
  assert.deepEqual(claims(hospital), ['asserted_single_source: social-media=asserted', 'disputed: World Health Organization=asserted, RSF=denied']);
});

test('"BBC Verify has geolocated three of the videos" sees what they show; "said a resident who helped to retrieve bodies" speaks; "did not respond to calls seeking comment" is silent; a denial "in the past" is on no claim of this strike', () => {
  const verify = 'Videos posted on social media show RSF fighters shooting unarmed men in El Fasher.\n\nBBC Verify has geolocated three of the videos to the eastern outskirts.';
  assert.deepEqual(claims(verify), ['reported_seen_by_outlet: social-media=asserted, BBC Verify=reported_seen_by_outlet']);
  const monastery =
    'The strike hit the monastery at about 1 a.m. on Friday, when more than 150 people were sleeping inside, said a resident who helped to retrieve bodies. ' +
    'A spokesman for the ruling military did not respond to calls seeking comment. The junta has denied targeting civilians in the past.';
  assert.deepEqual(speakersAndCues(monastery, '2025-07-11'), ['a resident who helped to retrieve bodies|said', 'The junta|has denied']);
  assert.deepEqual(claims(monastery), ['asserted_single_source: a resident who helped to retrieve bodies=asserted, A spokesman for the ruling military=refused_comment', 'denied: The junta=denied']);
});

test('"…, killing at least seven people including a child, Lebanon\'s health ministry said, after …" is the ministry\'s; "They said" after a negotiator spoke is the group the sentence before opens with', () => {
  const text =
    "BEIRUT, March 22 (Reuters) - Israeli air strikes hit several towns in southern Lebanon on Saturday, killing at least seven people including a child, Lebanon's health ministry said, after the Israeli military said it had intercepted rockets fired from Lebanon.\n\n" +
    "Mohammed Abdulsalam, the Houthis' chief negotiator, said in a post on X that they would not go unpunished.\n\n" +
    'The Houthis have been attacking ships in the Red Sea since November 2023. They said on Friday that they had fired a ballistic missile at Israel.';
  assert.deepEqual(speakersAndCues(text, '2025-03-22'), ["Lebanon's health ministry|said", 'the Israeli military|said', 'Mohammed Abdulsalam|said', 'Houthis|said']);
});

test('a UN experts\' report: "The report, prepared by … for the U.N. Security Council, said" is the experts\' report, and "the report did not reflect the situation on the ground" disputes it', () => {
  const text =
    'KINSHASA, July 8 (Reuters) - Between 3,000 and 4,000 Rwandan soldiers are fighting alongside M23 rebels, according to a report by United Nations experts seen by Reuters on Monday.\n\n' +
    'The report, prepared by a group of independent experts for the U.N. Security Council, said Rwandan forces had used advanced weapons.\n\n' +
    "Rwanda's government spokeswoman Yolande Makolo said the report did not reflect the situation on the ground.";
  assert.deepEqual(speakersAndCues(text, '2025-07-08'), ['United Nations|according to', 'United Nations|said', 'Yolande Makolo|said']);
  assert.deepEqual(claims(text)[0], 'disputed: United Nations=asserted, Reuters=reported_seen_by_outlet, Yolande Makolo=denied');
});

test('a claim withdrawn: the headline\'s "withdraws claim" is no statement; "A group that Indian officials say claimed responsibility … said …" is two; "The Resistance Front (TRF)" is a group, and "the group" no state\'s police', () => {
  const text =
    'Militant group withdraws claim for Kashmir attack that killed 26\n\n' +
    "SRINAGAR, April 26 (Reuters) - A little-known militant group that Indian officials say claimed responsibility for this week's attack on tourists in Kashmir said on Saturday that it had not carried out the killings.\n\n" +
    'The Resistance Front (TRF) had claimed the attack in a message posted on Tuesday, Indian police officials said.\n\n' +
    'In a statement on Saturday, the group said the message had been posted after a cyber intrusion.';
  assert.deepEqual(statements(text, '2025-04-26'), [
    "Indian officials|say|claimed responsibility for this week's attack on tourists in Kashmir",
    'A little-known militant group|said|it had not carried out the killings',
    'Indian police|said|The Resistance Front (TRF) had claimed the attack|ch:in a message posted on Tuesday',
    'The Resistance Front|had claimed|the attack',
    'The Resistance Front|said|the message had been posted after a cyber intrusion|ch:In a statement on Saturday',
  ]);
});

test('tolls: "X, a Haitian rights group, put the toll much higher, saying …" said what follows; "did not confirm either figure" doubts both; "The coalition, led by …, has not commented" is the coalition', () => {
  const text =
    'Gang attack in Haiti\'s Mirebalais kills dozens; toll disputed\n\n' +
    'Gangs stormed the town of Mirebalais on Monday, killing at least 25 people, local officials said.\n\n' +
    'The National Human Rights Defense Network, a Haitian rights group, put the toll much higher, saying at least 50 people had been killed, including two nuns.\n\n' +
    'Haiti\'s National Police did not confirm either figure. The Viv Ansanm gang coalition, led by former police officer Jimmy "Barbecue" Chérizier, has not commented on the attack.';
  // (Two floors, "at least 25" and "at least 50", would be one toll; the group's "put the toll much higher" makes them two.)
  assert.deepEqual(claims(text), [
    'unconfirmed: local officials=asserted, National Police=cannot_confirm, Viv Ansanm=refused_comment',
    'unconfirmed: National Human Rights Defense Network=asserted, National Police=cannot_confirm',
  ]);
});

test('"An assessment, described to Reuters by three people familiar with it, found …" is the assessment\'s finding, which "was \\"flat-out wrong\\"" disputes; "“…,” he said" after a long quote is the commander the lead named', () => {
  const assessment =
    'A preliminary U.S. intelligence assessment, described to Reuters by three people familiar with it, found that the strikes had set back the programme by only a few months. The White House said the assessment was "flat-out wrong".';
  assert.deepEqual(claims(assessment), ['disputed: A preliminary U.S. intelligence assessment=asserted, White House=denied']);
  const interview =
    'DOBROPILLIA, Ukraine (Reuters) - The commander of a Ukrainian drone unit near Pokrovsk says his men are holding on, but only just.\n\n' +
    '"Every day they come in small groups, on motorcycles, on foot, in the rain. We see them on the screens and we hit them. But there are always more," he said in an interview.';
  assert.deepEqual(speakersAndCues(interview, '2025-11-05'), ['The commander of a Ukrainian drone unit near Pokrovsk|says', 'The commander of a Ukrainian drone unit near Pokrovsk|said']);
});

test('"held … for months and denied access to a lawyer" is no denial; "It has previously denied" after "Iran\'s judiciary did not respond" is the judiciary', () => {
  const text =
    'Rights group Hengaw said Fekri had been held in solitary confinement for months and denied access to a lawyer of his choice.\n\n' +
    "Iran's judiciary did not respond to those allegations. It has previously denied that confessions are coerced.";
  assert.deepEqual(claims(text), ['asserted_single_source: Hengaw=asserted, Iran=refused_comment', "denied: Iran's judiciary=denied"]);
});

test('the ELN\'s "attacked dissidents … who had “killed peasants”" is no corroboration of the toll; "aware of reports of civilian casualties and had begun a review" is on the dead', () => {
  const eln =
    "Colombia's ombudsman says 80 killed in ELN offensive\n\n" +
    "BOGOTA, Jan 20 (Reuters) - At least 80 people have been killed in clashes between the ELN rebel group and former FARC fighters in Colombia's northeastern Catatumbo region, the country's ombudsman's office said on Monday.\n\n" +
    'The ELN said in a statement on its website that it had attacked dissidents of the former FARC who had "killed peasants" in the region.';
  assert.ok(!claims(eln).some((c) => c.startsWith('corroborated')), claims(eln).join('\n'));
  const strike =
    'Nigerian air strike kills 16, residents say\n\n' +
    'KANO, Nigeria, Jan 13 (AFP) - A Nigerian military air strike killed at least 16 members of a local vigilante group, residents said on Monday.\n\n' +
    'Aminu Falale, a local lawmaker, called for an investigation.\n\n' +
    'The Nigerian Air Force said it was aware of reports of civilian casualties and had begun a review.';
  assert.deepEqual(claims(strike)[0], 'unconfirmed: residents=asserted, Nigerian Air Force=neither_confirmed_nor_denied');
});

test('"Kyiv says 12 killed" is not Dnipro\'s three; "said hours later that …" and "a “hunger crisis” that could jeopardise" are what was said, no warning', () => {
  const grid =
    'Russia pounds Ukraine\'s power grid; Kyiv says 12 killed\n\n' +
    'KYIV, Nov 8 (Reuters) - Russia launched one of its largest air attacks of the war overnight, Ukraine\'s air force said.\n\n' +
    'In the central city of Dnipro, three people were killed when a drone hit an apartment building, regional governor Serhiy Lysak said.';
  assert.deepEqual(claims(grid), ['asserted_single_source: Kyiv=asserted', "asserted_single_source: Ukraine's air force=asserted", 'asserted_single_source: Serhiy Lysak=asserted']);
  const aid =
    'Israel said on Monday it would allow food into Gaza, but the United Nations said hours later that no aid trucks had yet crossed into the enclave. ' +
    'Netanyahu\'s office said the decision had been taken to prevent a "hunger crisis" that could jeopardise the offensive.';
  assert.deepEqual(statements(aid, '2025-05-19').slice(1), [
    'United Nations|said|no aid trucks had yet crossed into the enclave',
    'Netanyahu\'s office|said|the decision had been taken to prevent a "hunger crisis" that could jeopardise the offensive',
  ]);
  assert.deepEqual(claims(aid).at(-1), "asserted_single_source: Netanyahu's office=asserted");
});

test('"the figures were “exaggerated”" disputes every count of the monitor nearby; "…; Reuters verified the location of one of them" sees what the videos show', () => {
  const syria =
    "Syria's coastal violence killed over 1,000, monitor says\n\n" +
    'DAMASCUS, March 9 (Reuters) - More than 1,000 people have been killed in three days of violence in Syria\'s coastal region, the Syrian Observatory for Human Rights said on Sunday.\n\n' +
    'The Britain-based monitor said 745 civilians had been killed in "field executions" by security forces.\n\n' +
    'A Syrian interior ministry spokesman said the figures were "exaggerated".';
  assert.deepEqual(claims(syria).slice(-2), [
    'disputed: Syrian Observatory for Human Rights=asserted, Syrian interior ministry=denied',
    'disputed: Syrian Observatory for Human Rights=asserted, Syrian interior ministry=denied',
  ]);
  const belgorod = 'Videos posted on Russian social media channels showed smoke rising over apartment blocks; Reuters verified the location of one of them.';
  assert.deepEqual(claims(belgorod), ['reported_seen_by_outlet: social-media=asserted, Reuters=reported_seen_by_outlet']);
});

test('", which the prime minister\'s office described as “psychological warfare”" is the office\'s label, not the video\'s content; "including 34 the Israeli military says are dead" is the military\'s', () => {
  const video =
    "JERUSALEM, April 21 (AFP) - Hamas's armed wing released a video on Monday showing an Israeli hostage held in Gaza pleading for his release, which the Israeli prime minister's office described as \"psychological warfare\".";
  assert.deepEqual(statements(video, '2025-04-21').at(-1), "the Israeli prime minister's office|described|\"psychological warfare\"");
  assert.ok(!claims(video).some((c) => c.startsWith('corroborated')), claims(video).join('\n'));
  assert.deepEqual(statements('Of the 251 people abducted in the October 7, 2023 attack, 58 are still held in Gaza, including 34 the Israeli military says are dead.', '2025-04-21'), [
    'the Israeli military|says|are dead',
  ]);
});

test('"The army denied launching any attack" disputes the accusation that names the army, unnamed as it is', () => {
  const text = 'M23 spokesman Lawrence Kanyuka accused the Congolese army of attacking rebel positions. The army denied launching any attack.';
  assert.deepEqual(claims(text), ['disputed: Lawrence Kanyuka=asserted, The army=denied']);
});

test('"Reuters could not verify the Russian claim" and "the ministry\'s claim" are on its strike, not its accusation since', () => {
  const base =
    "Russia's defence ministry said it had struck a meeting of Ukrainian commanders in Sumy, killing more than 60 servicemen. It accused Kyiv of using civilians as human shields. ";
  for (const doubt of ['Reuters could not verify the Russian claim.', "Reuters could not verify the ministry's claim."]) {
    assert.deepEqual(claims(base + doubt), ["unconfirmed: Russia's defence ministry=asserted, Reuters=not_independently_verified", "asserted_single_source: Russia's defence ministry=asserted"]);
  }
});

test('"Burkina Faso\'s ruling junta, which rarely comments on attacks, did not respond" is the junta\'s silence, not the country\'s', () => {
  const text =
    'Jihadists killed more than 50 soldiers in an attack on a military base in northern Burkina Faso on Sunday, security sources told AFP.\n\n' +
    "Burkina Faso's ruling junta, which rarely comments on attacks, did not respond to a request for comment.";
  assert.deepEqual(claims(text), ["asserted_single_source: security sources=asserted, Burkina Faso's ruling junta=refused_comment"]);
});

test('"despite a report by U.N. experts that said X" is the report\'s statement of X', () => {
  assert.deepEqual(
    statements('Rwanda has long denied backing the M23, despite a report by U.N. experts that said around 4,000 Rwandan troops were operating alongside the rebels.', '2025-03-20'),
    ['Rwanda|has long denied|backing the M23', 'U.N.|said|around 4,000 Rwandan troops were operating alongside the rebels'],
  );
});

test('"Hamas denied that its fighters were using the school" disputes the strike on Hamas militants inside the school', () => {
  const text =
    'The Israeli military said it had carried out a precise strike on Hamas militants operating from a command and control centre embedded inside the school compound. ' +
    'Hamas denied that its fighters were using the school.';
  assert.deepEqual(claims(text), ['disputed: The Israeli military=asserted, Hamas=denied']);
});

test('"said the commander, who uses the call sign Bohdan" is Bohdan', () => {
  const text = '"We count every shell," said the commander, who uses the call sign Bohdan. He told the BBC that his unit had no rounds left.';
  assert.deepEqual(speakersAndCues(text, '2025-11-05'), ['Bohdan|said', 'Bohdan|told']);
});

test('a claim on a day the time stage puts apart does not corroborate another: "air strikes had continued overnight" and a strike "on Sunday"', () => {
  const text =
    'A resident who fled to a nearby village said air strikes had continued overnight.\n\n' +
    'Radio Free Asia reported that at least 12 civilians were killed in an air strike on a market in the town on Sunday, citing local rescuers.';
  const got = toJson(analyze({ text, published: '2025-01-15', origin: 'test' })).claims.map((c) => c.overall);
  assert.deepEqual(got, ['asserted_single_source', 'asserted_single_source']);
});

test('the outlet\'s ", the latest in a string of such claims" and "but has not given a number" are not what was said', () => {
  assert.deepEqual(
    statements(
      "Yemen's Houthi movement said on Tuesday it had shot down a U.S. MQ-9 Reaper drone over Marib, the latest in a string of such claims since Washington stepped up strikes. " +
        'The U.S. military has acknowledged losing several of the drones but has not given a number.',
      '2025-04-22',
    ).map((s) => s.split('|')[2]),
    ['it had shot down a U.S. MQ-9 Reaper drone over Marib', 'losing several of the drones'],
  );
});

test('"The Pentagon declined to comment" after a U.S. official is silent on the Houthis\' claim that names the U.S., not the official\'s', () => {
  const text =
    "Yemen's Houthi movement said on Tuesday it had shot down a U.S. MQ-9 Reaper drone over the province of Marib.\n\n" +
    'A U.S. official confirmed that an MQ-9 had crashed in Yemen. The Pentagon declined to comment.';
  assert.deepEqual(claims(text), ['asserted_single_source: Houthi=asserted, Pentagon=refused_comment', 'asserted_single_source: A U.S. official=asserted']);
});

test('"The Sudanese Ministry of Health reported 26 deaths from cholera" is a statement, and "could not verify the figure" doubts it', () => {
  const text =
    'The International Organization for Migration said its teams had recorded a further 3,000 people fleeing clashes.\n\n' +
    'The Sudanese Ministry of Health reported 26 deaths from cholera in the state over the past two weeks. OCHA said it could not verify the figure.';
  assert.deepEqual(statements(text, '2025-08-28')[1], 'Sudanese Ministry of Health|reported|26 deaths from cholera in the state over the past two weeks');
  assert.deepEqual(claims(text), ['asserted_single_source: International Organization for Migration=asserted', 'unconfirmed: Sudanese Ministry of Health=asserted, OCHA=cannot_confirm']);
});

test('"declined to say whether any air bases had been hit" is on the claim that says most of it, naming no one', () => {
  const text =
    "Iran's Revolutionary Guards said 90% of the missiles had hit their targets, including three air bases. The Israeli military said a large number of missiles had been intercepted.\n\n" +
    'Military spokesman Rear Admiral Daniel Hagari declined to say whether any air bases had been hit.';
  assert.deepEqual(claims(text), ['asserted_single_source: Revolutionary Guards=asserted, Daniel Hagari=refused_comment', 'asserted_single_source: The Israeli military=asserted']);
});

test('", a figure it said was likely to rise" is the group\'s own statement, named as its sentence opens, and no hedge of the outlet\'s', () => {
  const text = 'A local human rights group, the Commission for Justice and Peace, said it had counted at least 115 dead, a figure it said was likely to rise.';
  assert.deepEqual(speakersAndCues(text, '2024-10-04'), ['Commission for Justice and Peace|said', 'Commission for Justice and Peace|said']);
  assert.deepEqual(claims(text), ['asserted_single_source: Commission for Justice and Peace=asserted', 'hedged: Commission for Justice and Peace=hedged']);
});

test('"The Kremlin did not immediately comment" after a reaction is not on the reaction', () => {
  const text =
    "Ukraine's SBU security service said on Sunday it had hit 41 Russian aircraft in a drone attack on four air bases.\n\n" +
    'Russian military bloggers called the attack "a Pearl Harbor" and demanded a tough response. The Kremlin did not immediately comment.';
  assert.deepEqual(claims(text)[0], 'asserted_single_source: SBU=asserted, Kremlin=refused_comment');
});

test('the outlet\'s "The video does not show X" disputes what the video claims to show, a second source', () => {
  const text = 'A video shared widely on X claims to show Iranian missiles striking Tel Aviv. The video does not show an Iranian missile strike on Tel Aviv.';
  assert.deepEqual(claims(text), ['disputed: imagery=hedged, outlet=denied']);
});

test('"WHO chief says" is the WHO\'s chief, Tedros, no relative pronoun; "denied it had attacked the hospital" disputes the bare blame laid on the denier', () => {
  const text =
    'Attack on El Fasher hospital kills 70, WHO chief says\n\n' +
    'NAIROBI, Jan 26 (Reuters) - An attack on the only functioning hospital in El Fasher killed 70 people, World Health Organization chief Tedros Adhanom Ghebreyesus said on Sunday.\n\n' +
    '"At the time of the attack, the hospital was packed with patients receiving care," Tedros wrote on X.\n\n' +
    'The Sudan Doctors Network, a medical group, blamed the Rapid Support Forces. The RSF denied it had attacked the hospital.';
  assert.deepEqual(speakersAndCues(text, '2025-01-26')[0], 'Tedros Adhanom Ghebreyesus|says');
  assert.ok(claims(text).includes('disputed: Sudan Doctors Network=asserted, Rapid Support Forces=denied'), claims(text).join('\n'));
});

test('imagery "analysed by Yale University\'s Humanitarian Research Lab" is the lab\'s finding, not seen by the outlet, and no second voice', () => {
  const text = "Satellite images analysed by Yale University's Humanitarian Research Lab showed damage to the hospital's main building.";
  assert.deepEqual(claims(text), ['asserted_single_source: imagery=asserted, Yale University=asserted']);
});

test('"Neither claim could be verified" doubts both; a headline\'s "…; cannot say who fired" is its first clause\'s subject; "Asked who was responsible" is the question a reply answers', () => {
  assert.deepEqual(claims("Sudan's army blamed the RSF for the attack. The RSF accused the army of carrying out an air strike on the convoy. Neither claim could be verified."), [
    "unconfirmed: Sudan's army=asserted, outlet=not_independently_verified",
    'unconfirmed: RSF=asserted, outlet=not_independently_verified',
  ]);
  const text =
    'U.N. says aid convoy hit in Sudan; cannot say who fired\n\n' +
    'UNITED NATIONS, June 3 (Reuters) - A United Nations aid convoy was attacked in Sudan on Monday, U.N. spokesperson Stephane Dujarric told reporters.\n\n' +
    'Asked who was responsible, he said: "We don\'t have any information on that at this point."';
  assert.deepEqual(speakersAndCues(text, '2024-06-03').slice(0, 2), ['United Nations|says', 'United Nations|cannot say']);
  const json = toJson(analyze({ text, published: '2024-06-03', origin: 'test' }));
  assert.ok(json.claims.some((c) => span(c.proposition) === 'who was responsible' && c.overall === 'unconfirmed'), JSON.stringify(json.claims.map((c) => span(c.proposition))));
});

test('"…, South Korea\'s Joint Chiefs of Staff said, as Blinken visited Seoul": the whole name speaks, and the clause after the frame is the outlet\'s', () => {
  assert.deepEqual(
    statements("SEOUL, Jan 6 (Reuters) - North Korea fired a ballistic missile off its east coast on Monday, South Korea's Joint Chiefs of Staff said, as U.S. Secretary of State Antony Blinken visited Seoul.", '2025-01-06'),
    ['Joint Chiefs of Staff|said|North Korea fired a ballistic missile off its east coast on Monday'],
  );
});

test('"The next day, Hezbollah confirmed Shukr\'s death in a statement" confirmed the death, not the day; "claimed responsibility through its Andalus radio station" names its channel', () => {
  assert.deepEqual(statements("The next day, Hezbollah confirmed Shukr's death in a statement.", '2024-07-31'), ["Hezbollah|confirmed|Shukr's death|ch:in a statement"]);
  assert.deepEqual(statements('Al Shabaab claimed responsibility through its Andalus radio station.', '2024-03-15'), ['Al Shabaab|claimed|responsibility|ch:through its Andalus radio station']);
});

test('"could not confirm the details of the incident" is on the lead\'s account, not on "This is not an isolated incident" nor "it was reviewing the incident"', () => {
  const text =
    'WFP says Israeli forces fired on aid convoy in Gaza\n\n' +
    'JERUSALEM, Aug 28 (AFP) - The World Food Programme said on Wednesday that Israeli troops had fired on one of its clearly marked vehicles at a checkpoint in central Gaza.\n\n' +
    '"This is not an isolated incident," WFP executive director Cindy McCain said in a statement.\n\n' +
    'The Israeli military said it was reviewing the incident. AFP was not able to independently confirm the details of the incident.';
  assert.ok(claims(text)[0]!.startsWith('unconfirmed: World Food Programme=asserted') && claims(text)[0]!.includes('AFP=not_independently_verified'), claims(text).join('\n'));
});

test('troops that "repelled 41 Russian attacks near Pokrovsk" do not deny a village taken in "an advance towards the city of Pokrovsk"', () => {
  const text =
    "Russia's defence ministry said on Sunday its forces had captured the village of Voznesenka in Ukraine's Donetsk region, part of a grinding advance towards the city of Pokrovsk.\n\n" +
    "Ukraine's General Staff said its troops had repelled 41 Russian attacks near Pokrovsk.";
  assert.equal(claims(text)[0], "asserted_single_source: Russia's defence ministry=asserted");
});

test('"killed at least 30 militants" and another side\'s "The victims were civilians" dispute each other', () => {
  const text =
    'Pakistani air strikes on hideouts in eastern Afghanistan killed at least 30 militants, two Pakistani security officials said on Wednesday.\n\n' +
    '"The victims were civilians, mostly refugees from Waziristan," Taliban spokesman Zabihullah Mujahid said on X.';
  assert.deepEqual(claims(text), ['disputed: two Pakistani security officials=asserted, Zabihullah Mujahid=denied', 'asserted_single_source: Zabihullah Mujahid=asserted']);
});

test('"could not independently verify any of the figures" doubts every count nearby, a toll put at a bare figure among them', () => {
  const text =
    'JNIM claimed the attack in a statement, saying it had killed 300 members of the army and allied militias.\n\n' +
    'A collective of victims\' relatives said the toll was closer to 400. Reuters could not independently verify any of the figures.';
  assert.deepEqual(claims(text).slice(-2), ['unconfirmed: JNIM=asserted, Reuters=not_independently_verified', "unconfirmed: A collective of victims' relatives=asserted, Reuters=not_independently_verified"]);
});

test('"would not comment on Ukrainian claims about troop movements" is silent on what the Ukrainian president claimed', () => {
  const text =
    'Ukrainian President Volodymyr Zelenskiy said on Tuesday that Russia was massing troops near Zaporizhzhia.\n\n' +
    'The Kremlin said it would not comment on Ukrainian claims about troop movements.';
  assert.deepEqual(claims(text), ['asserted_single_source: Volodymyr Zelenskiy=asserted, Kremlin=refused_comment']);
});

test('"the network said" is the news organisation its sentence names; Al Jazeera "rejected the accusation" is on the claim that charges its correspondent; "called the report “based on Hamas lies”" is a verdict', () => {
  const text =
    "An Israeli strike killed Al Jazeera correspondent Anas al-Sharif and four colleagues in a tent outside Gaza City's Shifa Hospital, the network said on Monday.\n\n" +
    'The Israeli military said al-Sharif had headed a Hamas cell and was responsible for rocket attacks on Israeli civilians. It released documents it said proved his membership.\n\n' +
    'Al Jazeera rejected the accusation as "baseless".';
  assert.deepEqual(claims(text), [
    'asserted_single_source: Al Jazeera=asserted',
    'disputed: The Israeli military=asserted, Al Jazeera=denied',
    'asserted_single_source: The Israeli military=asserted',
  ]);
  assert.deepEqual(claims('The IPC said famine is occurring in Gaza City. Israel\'s foreign ministry called the report "based on Hamas lies".'), [
    "disputed: IPC=asserted, Israel's foreign ministry=denied",
  ]);
});

test('", the first time Moscow has acknowledged their presence" is the outlet\'s aside, no statement', () => {
  const text = 'Gerasimov said North Korean soldiers had taken part in the fighting, the first time Moscow has acknowledged their presence.';
  assert.deepEqual(speakersAndCues(text, '2025-04-26'), ['Gerasimov|said']);
});

test('"the army was “not involved”" denies the strike the story opens with; "it was not involved in any Eritrean plans" names something else', () => {
  const text =
    "A drone strike on a crowded market in Ethiopia's Tigray region killed at least 15 people on Saturday, two health officials told AFP.\n\n" +
    'Government spokesman Legesse Tulu said the army was "not involved".';
  assert.deepEqual(claims(text), ['disputed: two health officials=asserted, Legesse Tulu=denied']);
});

test('the outlet\'s ", a major gain in the two-year war" is not what the army said', () => {
  assert.deepEqual(
    statements("Sudan's army said on Wednesday it had retaken control of Khartoum's international airport from the Rapid Support Forces, a major gain in the two-year war.", '2025-03-26').map((x) => x.split('|')[2]),
    ["it had retaken control of Khartoum's international airport from the Rapid Support Forces"],
  );
});

test('a monitor "showed on its map that …" says so on its map; questions referred to the lead’s source are on its claim; "has not entered" denies "pushing into"; a refusal "on the ministry’s statement" is on the ministry’s claim', () => {
  const text =
    "KYIV, June 8 (Reuters) - Russia's Defence Ministry said on Sunday that its forces were pushing into the neighbouring Dnipropetrovsk region.\n\n" +
    '"The enemy has not entered Dnipropetrovsk region," Viktor Trehubov, a military spokesman, told Ukrainian television.\n\n' +
    "DeepState, a Ukrainian monitoring group, showed on its map that Russian forces were about 4 km from the region's border.\n\n" +
    'Kremlin spokesman Dmitry Peskov declined to comment, referring questions to the Defence Ministry.';
  assert.ok(statements(text, '2025-06-08').includes("DeepState|showed|Russian forces were about 4 km from the region's border|ch:on its map"), statements(text, '2025-06-08').join('\n'));
  assert.deepEqual(claims(text), [
    "disputed: Russia's Defence Ministry=asserted, Viktor Trehubov=denied, Dmitry Peskov=refused_comment",
    'asserted_single_source: DeepState=asserted',
  ]);
  const statement = text.replace('declined to comment, referring questions to the Defence Ministry', "declined to comment on the ministry's statement");
  assert.equal(claims(statement)[0], "disputed: Russia's Defence Ministry=asserted, Viktor Trehubov=denied, Dmitry Peskov=refused_comment");
});

test('a spokesman for a body’s office speaks with the body: the U.N. and "U.N. humanitarian office spokesman Jens Laerke" are one source', () => {
  const text =
    'GENEVA, May 19 (Reuters) - The United Nations said on Monday that no aid trucks had yet crossed into the enclave.\n\n' +
    '"Not a single truck has entered so far," U.N. humanitarian office spokesman Jens Laerke told reporters in Geneva.';
  assert.deepEqual(claims(text), ['asserted_single_source: United Nations=asserted, Jens Laerke=asserted']);
});

test('a role set off before a name is no statement ("A spokesman for the security forces, Anwar Rajab, denied that, saying …"), and "denied that" denies what was just said; "which it named “Iron Wall”" says nothing', () => {
  const text =
    'The Israeli military said it had launched an operation in Jenin, which it named "Iron Wall".\n\n' +
    "The Palestinian Authority's security forces allegedly withdrew shortly before the raid, according to two people in the camp. " +
    'A spokesman for the security forces, Anwar Rajab, denied that, saying his men had remained in their positions.';
  assert.deepEqual(speakersAndCues(text, '2025-01-21'), ['The Israeli military|said', 'two people in the camp|according to', 'Anwar Rajab|denied', 'Anwar Rajab|saying']);
  assert.equal(claims(text)[1], 'disputed: two people in the camp=hedged, Anwar Rajab=denied');
});

test('"It did not give details of casualties" and "He did not give a toll" withhold the toll of the claim of deaths before, however far back in the lead; "It did not give figures" after its own claim is none', () => {
  const text =
    'JENIN, Jan 21 (Reuters) - Israeli forces killed at least five Palestinians in Jenin, the Palestinian health ministry said.\n\n' +
    'The Israeli military said it had launched an operation in Jenin. It did not give details of casualties.\n\n' +
    'Residents said bulldozers had torn up roads.\n\n' +
    'A minister said the operation would go on. He did not give a toll.\n\n' +
    'The army said "terrorists" had suffered heavy casualties. It did not give figures.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: the Palestinian health ministry=asserted, The Israeli military=refused_comment, A minister=refused_comment',
    'asserted_single_source: The Israeli military=asserted',
    'asserted_single_source: Residents=asserted',
    'asserted_single_source: A minister=asserted',
    'asserted_single_source: The army=asserted',
  ]);
});

test('a seeming with no source inside what a source said is no statement of its own: "ISW said … and that geolocated footage appeared to confirm …"', () => {
  const text =
    'The Institute for the Study of War said in its daily assessment that Russian forces had likely slowed their offensive near Pokrovsk to regroup and that geolocated footage appeared to confirm the Ukrainian recapture of Pishchane.';
  assert.deepEqual(speakersAndCues(text, '2025-02-03'), ['Institute for the Study of War|said']);
});

test('an armed group named with its country ("Sudan\'s Rapid Support Forces") is no voice of the state, so "such accusations" it denies are the army\'s; a silence on "Pakistan\'s claim that Indian jets had been shot down" is on the claim that says so', () => {
  const text =
    "NAIROBI, April 14 (Reuters) - Sudan's Rapid Support Forces killed more than 300 people in attacks on the Zamzam camp, the United Nations said on Monday.\n\n" +
    'Satellite images from Maxar Technologies showed widespread fires in the camp on Saturday.\n\n' +
    'The Sudanese army, which is fighting the RSF, said the group was committing "genocide" in Darfur. The RSF has repeatedly denied such accusations.';
  assert.deepEqual(claims(text).slice(-1), ['disputed: The Sudanese army=asserted, Rapid Support Forces=denied']);
  const jets =
    'ISLAMABAD, May 7 (Reuters) - India said it struck nine sites in Pakistan early on Wednesday. Pakistan said 26 civilians were killed and 46 wounded.\n\n' +
    'Pakistan military spokesman Ahmed Sharif Chaudhry said Indian missiles had hit mosques, and that Pakistan had shot down five Indian aircraft.\n\n' +
    "India's defence ministry said no Pakistani military facilities had been targeted. It did not comment on Pakistan's claim that Indian jets had been shot down.";
  assert.equal(claims(jets)[2], "asserted_single_source: Ahmed Sharif Chaudhry=asserted, India's defence ministry=refused_comment");
});

test('a headline\'s "arms depot" is the body\'s depot "storing Western-supplied weapons": the ministry restates Moscow\'s claim', () => {
  const text =
    'Russian glide bombs hit Kharkiv, killing three; Moscow says it targeted arms depot\n\n' +
    'KHARKIV, Ukraine, Aug 30 (Reuters) - Russian glide bombs struck a residential district of Kharkiv on Friday, killing three people, regional governor Oleh Syniehubov said.\n\n' +
    "Russia's defence ministry said its forces had struck a depot storing Western-supplied weapons in Kharkiv.";
  assert.deepEqual(claims(text), ["asserted_single_source: Russia's defence ministry=asserted", 'asserted_single_source: Oleh Syniehubov=asserted']);
});

test('"could not immediately verify the video" is on what a source said its video showed; "damage" is what "damaging the pillars" did; "called the report biased" is on the claim made in a report', () => {
  const text =
    "Ukraine's SBU security service said on Tuesday it had struck the Crimean Bridge with underwater explosives, damaging the pillars of the structure. It released a video that it said showed the blast.\n\n" +
    'Russian officials said traffic on the bridge had been halted for several hours and then resumed. They did not mention any attack or damage.\n\n' +
    'Reuters could not immediately verify the video.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: SBU=asserted, Russian officials=refused_comment',
    'unconfirmed: SBU=asserted, Reuters=not_independently_verified',
    'asserted_single_source: Russian officials=asserted',
  ]);
  const report =
    "KINSHASA, Jan 26 (Reuters) - Congo's government accused Rwanda on Sunday of sending troops to help M23 rebels advance on Goma.\n\n" +
    'U.N. experts said in a report last year that Rwanda had between 3,000 and 4,000 troops fighting alongside the M23. Rwanda has called the report "biased".';
  assert.equal(claims(report)[1], 'disputed: U.N.=asserted, Rwanda=denied');
});

test('"the only functioning hospital" says nothing of what one only does: the doctors\' account of its attack corroborates the WHO\'s', () => {
  const text =
    'An attack on the only functioning hospital in El Fasher killed 70 people, the World Health Organization said on Sunday.\n\n' +
    'Doctors said the attack on the hospital in El Fasher killed 70 people.';
  assert.deepEqual(claims(text), ['corroborated: World Health Organization=asserted, Doctors=asserted']);
});

test('"calling the Israeli statement “a blatant lie”" denies the Israeli claim; "condemned the strike as “a … message” rejecting efforts …" has no second statement', () => {
  const text =
    'The Israeli military said it had struck Hamas fighters in a command centre. Hamas denied that its fighters had been at the site, calling the Israeli statement "a blatant lie".\n\n' +
    'Prime Minister Najib Mikati condemned the strike as "a direct, bloody message" rejecting efforts to reach a ceasefire.';
  assert.deepEqual(claims(text), [
    'disputed: The Israeli military=asserted, Hamas=denied',
    'denied: Hamas=denied',
    'asserted_single_source: Najib Mikati=asserted',
  ]);
});

test('the outlet noting no evidence was given leaves a claim unconfirmed: in the frame, after it, for a figure however far back; not inside what another said, and no claim becomes imagery by it', () => {
  const framed = "Russia's defence ministry said, without providing evidence, that its forces had captured the village of Andriivka.";
  assert.deepEqual(claims(framed), ["unconfirmed: Russia's defence ministry=asserted, outlet=not_independently_verified"]);
  const after =
    "Russia's defence ministry said its forces had captured Andriivka. It did not provide evidence.\n\n" +
    "Ukraine's military said fighting continued near the village.";
  assert.deepEqual(claims(after), [
    "unconfirmed: Russia's defence ministry=asserted, outlet=not_independently_verified",
    "asserted_single_source: Ukraine's military=asserted",
  ]);
  const coordinated = 'Some Russian military bloggers blamed Ukrainian saboteurs for the derailment, but offered no evidence.';
  assert.deepEqual(claims(coordinated), ['unconfirmed: Some Russian military bloggers=asserted, outlet=not_independently_verified']);
  const toll =
    "U.S. air strikes on the port killed 74 people and wounded 171, the Houthi-run health ministry said.\n\n" +
    'Central Command said the strikes were intended to cut off a source of fuel for the Houthis.\n\n' +
    'A Houthi spokesman said the attack would not go unpunished.\n\n' +
    'The Houthis have not provided evidence to support their casualty figures.';
  assert.equal(claims(toll)[0], 'unconfirmed: the Houthi-run health ministry=asserted, outlet=not_independently_verified');
  const inside = 'Kyiv said Moscow had offered no evidence for the claim.';
  assert.deepEqual(claims(inside), ['asserted_single_source: Kyiv=asserted']);
  const videos =
    'Soldiers posted videos from inside the palace grounds showing them celebrating.\n\n' +
    'The RSF said in a statement that it had killed dozens of soldiers in a drone strike on the building. It did not provide evidence for the claim.\n\n' +
    'Reuters was able to confirm the location of one of the videos.';
  assert.deepEqual(claims(videos), [
    'reported_seen_by_outlet: Soldiers=asserted, Reuters=reported_seen_by_outlet',
    'unconfirmed: RSF=asserted, outlet=not_independently_verified',
  ]);
});

test('"could not verify the tolls given by the ministry and the Observatory" doubts each one\'s count, a toll put at a bare figure too', () => {
  const text =
    "Clashes in Sweida have killed at least 30 people, Syria's interior ministry said on Monday.\n\n" +
    'The ministry said government forces had been deployed to the area. The Syrian Observatory for Human Rights put the death toll at 37.\n\n' +
    'Reuters was unable to verify the tolls given by the ministry and the Observatory.';
  assert.deepEqual(claims(text), [
    "unconfirmed: Syria's interior ministry=asserted, Reuters=not_independently_verified",
    "asserted_single_source: Syria's interior ministry=asserted",
    'unconfirmed: Syrian Observatory for Human Rights=asserted, Reuters=not_independently_verified',
  ]);
});

test('"set fire to homes" is no "fired back"; "the extent of the damage was being clarified" is confirmed by no count of the damaged; "could not determine whether" doubts', () => {
  const settlers =
    'Residents said dozens of settlers set fire to homes and cars before Israeli troops arrived.\n\n' +
    'The Israeli military said troops had come under fire from Palestinians. Soldiers fired back, it said.';
  assert.deepEqual(claims(settlers), ['asserted_single_source: Residents=asserted', 'asserted_single_source: The Israeli military=asserted', 'asserted_single_source: The Israeli military=asserted']);
  const damage =
    "Ukraine's General Staff said on Telegram that it had struck the Marinovka airfield. It said the extent of the damage was being clarified.\n\n" +
    "A source in Ukraine's SBU security service told Reuters the agency had carried out the attack. The source said at least two aircraft had been damaged.";
  assert.equal(claims(damage)[1], "asserted_single_source: Ukraine's General Staff=asserted");
  const determine = "Russia's defence ministry said its forces had captured the village of Pishchane. Reuters could not determine whether the village had fallen.";
  assert.deepEqual(claims(determine), ["unconfirmed: Russia's defence ministry=asserted, Reuters=not_independently_verified"]);
});

test('"It did not say who had killed the man" is a silence on the killing, the claim naming most of what it asks ("who had fired the fatal shot" on "shooting dead", not on "some by live fire"), not a claim of its own', () => {
  const text =
    'A Palestinian man was killed when Israeli settlers attacked the village of Kafr Malik, the Palestinian health ministry said.\n\n' +
    'Residents said dozens of settlers set fire to homes and cars.\n\n' +
    'The Israeli military said troops had been sent to the village. It did not say who had killed the man.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: the Palestinian health ministry=asserted, The Israeli military=refused_comment',
    'asserted_single_source: Residents=asserted',
    'asserted_single_source: The Israeli military=asserted',
  ]);
  const shot =
    'Palestinian officials said settlers attacked the village overnight, shooting dead a 25-year-old man. The health ministry said 25 other people had been wounded, some by live fire.\n\n' +
    'The Israeli military said it was looking into the incident. It did not say who had fired the fatal shot.';
  assert.match(claims(shot)[0]!, /The Israeli military=refused_comment/);
});

test('a denial of attacks on civilians by a party the lead names answers the killing of civilians nearby, not the homes people fled', () => {
  const text =
    "More than 50,000 people have fled their homes in North Darfur as fighting between Sudan's army and the paramilitary Rapid Support Forces (RSF) spread to villages, the United Nations said on Tuesday.\n\n" +
    'OCHA said humanitarian partners estimate that at least 60 civilians have been killed.\n\n' +
    'A doctor said the clinic in Tawila was treating dozens of people with gunshot wounds.\n\n' +
    'An RSF spokesperson categorically denied that its fighters had attacked civilians.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: United Nations=asserted',
    'disputed: OCHA=asserted, Rapid Support Forces=denied',
    'asserted_single_source: A doctor=asserted',
  ]);
});

test('"could not determine whether any aircraft had been destroyed" is on the claim that names aircraft, however far back, not on one that names destroying', () => {
  const text =
    "Ukraine's military said on Wednesday it had struck the Marinovka airfield overnight, hitting aircraft and a fuel depot, while Russia said its air defences had destroyed dozens of Ukrainian drones.\n\n" +
    'The regional governor said a fire had broken out at a facility.\n\n' +
    'He said no one was hurt.\n\n' +
    'Reuters could not determine whether any aircraft had been destroyed.';
  assert.deepEqual(claims(text).slice(0, 2), ["unconfirmed: Ukraine's military=asserted, Reuters=not_independently_verified", 'asserted_single_source: Russia=asserted']);
});

test('a report "seen by Reuters" after its channel is seen by the outlet, the words no part of what was said; "could not independently verify the report\'s findings" doubts all it found; ", which Kinshasa has denied" after an accusation denies it; "There was no immediate comment from" the one named is a silence', () => {
  const report =
    'Rwanda deployed at least 4,000 troops alongside the rebels, United Nations experts said in a confidential report seen by Reuters.\n\n' +
    'The report said Rwandan forces had supplied the rebels with surface-to-air missiles.\n\n' +
    "The report also accused Congo's army of working with the FDLR militia, which Kinshasa has denied. Reuters could not independently verify the report's findings.";
  assert.deepEqual(claims(report), [
    'reported_seen_by_outlet: United Nations=asserted, Reuters=reported_seen_by_outlet, Reuters=not_independently_verified',
    'unconfirmed: United Nations=asserted, Reuters=not_independently_verified',
    'disputed: United Nations=asserted, Kinshasa=denied, Reuters=not_independently_verified',
  ]);
  assert.deepEqual(statements('United Nations experts said in a report seen by Reuters that Rwanda deployed at least 4,000 troops.', '2025-07-08'), [
    'United Nations|said|Rwanda deployed at least 4,000 troops|ch:in a report',
  ]);
  const ship =
    'The Houthis said they had targeted a Greek-owned bulk carrier in the Red Sea.\n\n' +
    'A British maritime security firm said the vessel had been approached by two small boats. There was no immediate comment from the ship\'s Greek owner.';
  assert.deepEqual(claims(ship), ['asserted_single_source: Houthis=asserted', "asserted_single_source: A British maritime security firm=asserted, the ship's Greek owner=refused_comment"]);
});

test('a closing frame before ", as …" is read; a count of militants killed is no toll of a strike; "did not say how many civilians had been killed" is on the toll; a silence on "the attacks" is on the claim naming the silent one their doer; "showed footage of what it said was" is one claim', () => {
  const lead = "Iran's air defences shot down several Israeli drones over Tabriz on Friday, Iranian state media reported, as the two countries traded strikes for an eighth day.";
  assert.deepEqual(speakersAndCues(lead, '2025-06-20'), ['Iranian state media|reported']);
  const school =
    'The death toll from an Israeli strike on a U.N.-run school in central Gaza rose to 31 on Thursday, Palestinian health officials said.\n\n' +
    'The Israeli military said it had killed "approximately 20 to 30" militants in the strike, but did not say how many civilians had been killed.';
  assert.deepEqual(claims(school), ['asserted_single_source: Palestinian health officials=asserted, The Israeli military=refused_comment', 'asserted_single_source: The Israeli military=asserted']);
  const drones =
    'Drones struck a fuel depot in Port Sudan on Monday, the army said.\n\n' +
    '"The Rapid Support Forces militia targeted the southern fuel depot with suicide drones," army spokesman Nabil Abdallah said. "These attacks will not break the will of the Sudanese people," he said.\n\n' +
    'The RSF did not comment on the attacks.';
  assert.equal(claims(drones)[1], 'asserted_single_source: Nabil Abdallah=asserted, Rapid Support Forces=refused_comment');
  const footage = 'State television showed footage of what it said was the wreckage of one drone in a field. Reuters could not verify the footage.';
  assert.deepEqual(claims(footage), ['unconfirmed: State television=asserted, Reuters=not_independently_verified']);
});

test('"Claims by the Russian command that …" and "Russian claims that …" called "not true" deny the Russian claim; "It was the first time Moscow had publicly acknowledged …" is the outlet\'s aside, no statement', () => {
  const claim = "Russia's top general said Russian forces had retaken the last village held by Ukrainian troops in the Kursk region, ending the incursion.\n\n";
  for (const verdict of ['"Claims by the Russian command that the operation is over are not true," Ukraine\'s General Staff said.', '"Russian claims that the operation is over are not true," Ukraine\'s General Staff said.'])
    assert.deepEqual(claims(claim + verdict), ["disputed: Russia's top general=asserted, Ukraine's General Staff=denied"]);
  const aside = 'Valery Gerasimov said North Korean troops had helped in the fighting. It was the first time Moscow had publicly acknowledged the involvement of North Korean soldiers.';
  assert.deepEqual(speakersAndCues(aside, '2025-04-26'), ['Valery Gerasimov|said']);
});

test('"denied that its forces had been driven out" denies the other side\'s claim to have retaken the village its troops held; "driven … out" and "expelled" are one claim', () => {
  const retaken =
    "Russia's top general said Russian forces had retaken the last village held by Ukrainian troops in the Kursk region, ending an eight-month incursion. Ukraine's military denied that its forces had been driven out.";
  assert.deepEqual(claims(retaken), ["disputed: Russia's top general=asserted, Ukraine's military=denied"]);
  const expelled =
    'Russia says it has driven Ukrainian forces out of Kursk region\n\n' +
    "Russia's top general, Valery Gerasimov, said on Saturday that Russian forces had completely expelled Ukrainian troops from the Kursk region.";
  assert.equal(claims(expelled).length, 1);
  // (Not from their homes: that is fleeing.)
  const fled = 'The army said its forces had captured the town. Residents said they had been driven out of their homes by the shelling.';
  assert.equal(claims(fled).length, 2);
});

test('"rejected the accusation" is on the claim that goes on to accuse ("…, accusing the group of …"), not on the detail a spokesman added since', () => {
  const text =
    "Congo's government said on Tuesday that M23 rebels had killed at least 21 civilians in villages north of Goma, accusing the Rwanda-backed group of \"summary executions\".\n\n" +
    'Government spokesman Patrick Muyaya told reporters that the victims, including two children, had been shot in their homes.\n\n' +
    'M23 spokesman Lawrence Kanyuka rejected the accusation as "propaganda".';
  assert.deepEqual(claims(text), ["disputed: Congo's government=asserted, Lawrence Kanyuka=denied", 'asserted_single_source: Patrick Muyaya=asserted']);
});

test('"posted videos on Telegram that it said showed …" is one statement, the showing; "was able to verify the location of one video" is the outlet\'s check, "but not the date" its doubt; "denied targeting civilians" is no denial of fighters killed', () => {
  const posted =
    'The Rapid Support Forces said on Sunday it had taken control of the army headquarters in El Fasher. The RSF posted videos on Telegram that it said showed its fighters inside the base. Reuters was able to verify the location of two of the videos but not the date they were filmed.';
  assert.deepEqual(speakersAndCues(posted, '2025-10-26'), ['Rapid Support Forces|said', 'Rapid Support Forces|said']);
  assert.deepEqual(claims(posted), ['asserted_single_source: Rapid Support Forces=asserted', 'reported_seen_by_outlet: Rapid Support Forces=asserted, Reuters=not_independently_verified, Reuters=reported_seen_by_outlet']);
  const one = 'Videos posted online showed dozens of bodies in a courtyard. Reuters was able to verify the location of one video, but could not confirm when it was filmed.';
  assert.deepEqual(claims(one), ['reported_seen_by_outlet: imagery=asserted, Reuters=not_independently_verified, Reuters=reported_seen_by_outlet']);
  const fighters =
    'Sudan\'s army said it had killed hundreds of RSF fighters in El Fasher, a figure Reuters could not verify.\n\n' +
    'The United Nations said it was alarmed by reports of killings of civilians fleeing the city. The RSF has denied targeting civilians.';
  assert.deepEqual(claims(fighters), ["unconfirmed: Sudan's army=asserted, Reuters=not_independently_verified", 'disputed: United Nations=asserted, RSF=denied']);
});

test('"rejected a U.S. State Department report that …, calling it “baseless”" is the report\'s claim, which the rejection and the verdict deny: the report is no speaker of a statement', () => {
  const text = 'Ethiopia\'s government on Thursday rejected a U.S. State Department report that Eritrean soldiers remained in parts of Tigray, calling it "baseless" and "a repetition of old allegations".';
  assert.deepEqual(speakersAndCues(text, '2025-02-10'), ["Ethiopia's government|rejected", "Ethiopia's government|calling"]);
  assert.deepEqual(claims(text), ["disputed: Ethiopia's government=denied, U.S. State Department=asserted, Ethiopia's government=denied"]);
});

test('"…, and Russia and Ukraine blamed each other" has both for speaker and makes no claim; "denied that Kyiv had been involved" answers the claim of a drone hitting "reactor No. 6"; "the agency could not determine who was responsible" is a doubt on the blame', () => {
  const lead = 'A drone struck a reactor building at the plant on Sunday, the U.N. nuclear watchdog said, and Russia and Ukraine blamed each other for the attack.';
  assert.deepEqual(speakersAndCues(lead, '2024-04-07'), ['U.N.|said', 'Russia and Ukraine|blamed']);
  assert.equal(claims(lead).length, 1);
  const denial =
    'The Russian-installed management of the plant said a Ukrainian drone had hit the dome of reactor No. 6 and that one person had been injured.\n\n' +
    "Ukraine's military intelligence agency denied that Kyiv had been involved and said the incident was a provocation staged by Russia.\n\n" +
    'IAEA Director General Rafael Grossi said the agency could not determine who was responsible.';
  assert.deepEqual(claims(denial), [
    "disputed: The Russian-installed management of the plant=asserted, Ukraine's military intelligence agency=denied",
    "unconfirmed: Ukraine's military intelligence agency=asserted, Rafael Grossi=cannot_confirm",
  ]);
});

test('a request inside the question a reply answers is no statement ("Asked whether the government had asked Asmara to withdraw …"); "The report, released on Tuesday, said" has the report for speaker', () => {
  const asked = 'Government spokesman Legesse Tulu said there were no Eritrean troops in Tigray. Asked whether the government had asked Asmara to withdraw its forces, he said the question was "not relevant".';
  assert.deepEqual(speakersAndCues(asked, '2025-02-10'), ['Legesse Tulu|said', 'Legesse Tulu|said']);
  assert.deepEqual(speakersAndCues('The report, released on Tuesday, said Eritrean forces were still present in at least four districts.', '2025-02-10'), ['The report|said']);
});

test('"The Pentagon referred questions to U.S. Central Command, which did not immediately respond" is the Pentagon\'s referral and Central Command\'s silence, both on the claim; a relative clause\'s antecedent is who is silent', () => {
  const claim = 'The Houthis said they had fired missiles at the USS Harry S. Truman.\n\n';
  assert.deepEqual(claims(`${claim}The Pentagon referred questions to U.S. Central Command, which did not immediately respond to a request for comment.`), [
    'asserted_single_source: Houthis=asserted, Pentagon=refused_comment, U.S. Central Command=refused_comment',
  ]);
  assert.deepEqual(claims(`${claim}Reuters contacted U.S. Central Command, which did not immediately respond to a request for comment.`), [
    'asserted_single_source: Houthis=asserted, U.S. Central Command=refused_comment',
  ]);
});

test('a blame in the perfect coordinated after a statement is the same speaker\'s ("The group has said … and has accused Israel of violating it")', () => {
  const text = 'Israel said its forces had struck Hezbollah rocket launchers in southern Lebanon. The group has said it is committed to the ceasefire and has accused Israel of violating it hundreds of times.';
  assert.deepEqual(speakersAndCues(text, '2025-03-01'), ['Israel|said', 'Hezbollah|has said', 'Hezbollah|has accused']);
});

test('an accusation of another deed ("accused the rebels of using the ceasefire to regroup") confirms no air strikes after the ceasefire; one shared word from a party to the fighting confirms no one else\'s account', () => {
  const strikes =
    "Myanmar's military carried out at least 16 air strikes in areas held by rebel groups after it declared a ceasefire, an armed group said.\n\n" +
    'In a statement, the military said it was only responding to attacks, and accused the rebels of using the ceasefire to regroup.';
  assert.ok(!claims(strikes).some((c) => c.startsWith('corroborated')), claims(strikes).join('\n'));
  const fighting =
    "The Ta'ang National Liberation Army (TNLA) said junta aircraft had bombed two villages in northern Shan State on Sunday, killing seven civilians. " +
    'The group\'s spokesperson, Lway Yay Oo, told Reuters by phone that the strikes had hit homes "far away from any fighting."\n\n' +
    'The junta has ruled Myanmar since it ousted the elected government of Aung San Suu Kyi in a 2021 coup. It denies targeting civilians and says it is fighting "terrorists".';
  assert.ok(!claims(fighting).some((c) => c.startsWith('corroborated')), claims(fighting).join('\n'));
});

test('"Asked about Kanyuka\'s remarks, he said: …" is the one asked, not the one the question names', () => {
  const text =
    "Congo's government spokesman, Patrick Muyaya, said the agreement was a turning point. Lawrence Kanyuka said the rebels would stay. " +
    'Asked about Kanyuka\'s remarks, he said: "We will judge them by their actions."';
  assert.deepEqual(speakersAndCues(text, '2025-06-28'), ['Patrick Muyaya|said', 'Lawrence Kanyuka|said', 'Patrick Muyaya|said']);
});

test('"A man who said he had lost his wife … told Reuters he had been sleeping …" is two statements of the man, the second told to Reuters', () => {
  const text = 'A man who said he had lost his wife and two daughters in the strike told Reuters he had been sleeping in the school yard.';
  assert.deepEqual(statements(text, '2025-05-26'), ['A man|said|he had lost his wife and two daughters in the strike', 'A man|told|he had been sleeping in the school yard|to:Reuters']);
});

test('"Moscow has previously denied using cluster munitions" answers "the missile had been fitted with cluster munitions": using a thing is any deed done with it', () => {
  const text =
    'President Volodymyr Zelenskiy said the missile had been fitted with cluster munitions to maximise casualties, a claim Reuters was unable to confirm. ' +
    'Moscow has previously denied using cluster munitions in Ukraine.';
  assert.deepEqual(claims(text), ['disputed: Volodymyr Zelenskiy=asserted, Reuters=not_independently_verified, Moscow=denied']);
});

test('"told reporters that … and referred further questions to the Defence Ministry" ends what was said before the referral, a refusal of its own', () => {
  const text =
    'A Russian missile struck Kryvyi Rih on Friday, killing 18 people, officials said. ' +
    "The Kremlin's spokesman, Dmitry Peskov, told reporters that Russia's military strikes only military targets and referred further questions to the Defence Ministry.";
  assert.deepEqual(statements(text, '2025-04-05').slice(1), ["Dmitry Peskov|told|Russia's military strikes only military targets|to:reporters", 'Dmitry Peskov|referred further questions|to the Defence Ministry']);
  assert.deepEqual(claims(text)[0], 'asserted_single_source: officials=asserted, Dmitry Peskov=refused_comment');
});

test('"called the Israeli account “a flimsy pretext”" is a verdict that denies the account', () => {
  const text =
    'The Israeli military said it had struck "a Hamas command and control centre" inside the school compound.\n\n' +
    'Hamas called the Israeli account "a flimsy pretext" and denied using schools for military purposes.';
  assert.deepEqual(claims(text)[0], 'disputed: The Israeli military=asserted, Hamas=denied');
});

test('"The deal, signed by the two countries\' foreign ministers at the State Department, commits Rwanda to …" is the deal\'s provision, not the State Department\'s statement', () => {
  const text = 'The deal, signed by the two countries\' foreign ministers at the State Department, commits Rwanda to "disengaging" its forces from Congolese territory within 90 days.';
  assert.deepEqual(speakersAndCues(text, '2025-06-28'), ['The deal|commits']);
});

test('a body outside the conflict does not restate, by one word, a headline\'s claim a state announced ("Ukraine says victims were civilians" is not the U.N. coordinator\'s "… impact the war is having on civilians")', () => {
  const text =
    "Russia says missile hit commanders' meeting in Kryvyi Rih; Ukraine says victims were civilians\n\n" +
    'KYIV, April 5 (Reuters) - A Russian ballistic missile struck a residential area of Kryvyi Rih on Friday, killing 18 people, regional officials said.\n\n' +
    'U.N. humanitarian coordinator Matthias Schmale said he was "horrified" by the strike. "This is yet another example of the devastating impact the war is having on civilians," he said in a statement.';
  assert.ok(claims(text).includes('asserted_single_source: Ukraine=asserted'), claims(text).join('\n'));
});

test('a call in the first person ("“We are calling for an immediate halt …”") is no account the outlet doubts with "the accounts of either side"', () => {
  const text =
    'The TNLA said junta aircraft had bombed two villages on Sunday. The military said it was only taking "necessary measures" against groups that had attacked its positions.\n\n' +
    '"We are calling for an immediate halt to all military operations," spokesperson Ravina Shamdasani said.\n\n' +
    'Reuters could not verify the accounts of either side.';
  assert.ok(claims(text).includes('asserted_single_source: Ravina Shamdasani=asserted'), claims(text).join('\n'));
});

test('"the agency" is no agency named before a body of that noun the text does not name ("The Iranian atomic energy agency said …. An official at the agency …")', () => {
  const text =
    'The International Atomic Energy Agency said its inspectors had been denied access.\n\n' +
    'The Iranian atomic energy agency said the inspectors had violated its rules. An official at the agency, who did not want to be named, said the dispute would be resolved.';
  assert.equal(speakersAndCues(text, '2025-06-01').at(-1), 'An official at the agency|said');
});

test('a channel opening the sentence may close with a day: "In a statement carried by state media late on Sunday, the military said …"', () => {
  const text = 'In a statement carried by state media late on Sunday, the military said it was only taking "necessary measures" against groups that had attacked its positions.';
  assert.deepEqual(statements(text, '2025-04-07'), ['the military|said|it was only taking "necessary measures" against groups that had attacked its positions|ch:In a statement carried by state media']);
});

test('a description with two relative clauses may run past twelve words as a speaker ("said a farmer who fled … and who gave his name only as Abdul")', () => {
  const text = '"They came at night and stayed until the morning. Nobody stopped them," said a farmer who fled to the district capital with his family and who gave his name only as Abdul.';
  assert.deepEqual(statements(text, '2025-05-12'), ['Abdul|said|They came at night and stayed until the morning. Nobody stopped them,']);
});

test('imagery "purporting to show" is hedged, and "unable to verify the claim or the authenticity of the photographs" doubts the claim and what the photographs show', () => {
  const text =
    'Islamic State said its fighters had killed seven Christians. It posted photographs purporting to show fighters beside burning huts.\n\n' +
    'Reuters was unable to verify the claim or the authenticity of the photographs.';
  assert.deepEqual(claims(text), ['unconfirmed: Islamic State=asserted, Reuters=not_independently_verified', 'unconfirmed: Islamic State=hedged, Reuters=not_independently_verified']);
  assert.deepEqual(statements('Videos purporting to show fighters beside burning huts circulated online.', '2025-05-12'), ['imagery|purporting to show|fighters beside burning huts']);
});

test('what was said goes on past a description set off inside it up to a coordinated verb of saying ("said the White Army, an armed youth group …, had overrun …, and blamed …")', () => {
  const text = 'Information Minister Michael Makuei Lueth said the White Army, an armed youth group from the Nuer community, had overrun an army barracks in Nasir earlier in the week, and blamed the attack on the helicopter on the group.';
  assert.deepEqual(statements(text, '2025-03-07'), [
    'Michael Makuei Lueth|said|the White Army, an armed youth group from the Nuer community, had overrun an army barracks in Nasir earlier in the week',
    'Michael Makuei Lueth|blamed|the attack on the helicopter on the group',
  ]);
});

test('a second "that" clause runs over words quoted inside it, and makes the statement mixed ("and that allegations … are “fabricated” by …")', () => {
  const text = 'The government has previously said it targets only armed groups and that allegations of attacks on civilians are "fabricated" by the militia\'s supporters.';
  const a = toJson(analyze({ text, published: '2025-10-03', origin: 'test' })).attributions;
  assert.deepEqual(a.map((x) => `${x.kind}|${span(x.content)}`), ['mixed|it targets only armed groups and that allegations of attacks on civilians are "fabricated" by the militia\'s supporters']);
});

test('"according to international law" names a norm, not a source', () => {
  const text = 'Thailand\'s acting Prime Minister Phumtham Wechayachai said the dispute was "delicate" and had to be handled carefully, according to international law.';
  assert.deepEqual(speakersAndCues(text, '2025-07-24'), ['Phumtham Wechayachai|said']);
});

test('"with Thailand saying …, and Cambodia accusing …": the second side\'s participle is its own statement', () => {
  const text = 'Thai and Cambodian troops clashed along their disputed border on Thursday, with Thailand saying Cambodian rockets had struck a petrol station and killed at least 11 civilians, and Cambodia accusing Thai jets of bombing its territory.';
  assert.deepEqual(statements(text, '2025-07-24'), [
    'Thailand|saying|Cambodian rockets had struck a petrol station and killed at least 11 civilians',
    'Cambodia|accusing|Thai jets of bombing its territory',
  ]);
});

test('"Residents told a different story" is no statement; ", the latest in a surge of …" is the outlet\'s gloss; "an attack on a village in which police said …" holds another\'s statement', () => {
  assert.deepEqual(speakersAndCues('Residents told a different story. "They came at night," said a farmer.', '2025-05-12'), ['a farmer|said']);
  const text = "Islamic State claimed responsibility on Monday for an attack on a village in Mozambique's northern Cabo Delgado province in which police said five people were killed, the latest in a surge of insurgent violence in the gas-rich region.";
  assert.deepEqual(statements(text, '2025-05-12'), [
    "Islamic State|claimed|responsibility on Monday for an attack on a village in Mozambique's northern Cabo Delgado province",
    'police|said|five people were killed',
  ]);
});

test('"He did not say where the figures came from" is on his own figures; "did not respond … on the Thai toll" is on the toll a Thai minister gave, named by his title', () => {
  const own =
    'Cambodia\'s defence ministry spokeswoman Maly Socheata accused Thailand of "reckless and brutal military aggression".\n\n' +
    'Thai health minister Somsak Thepsuthin said 11 civilians and one soldier had been killed. He did not say where the figures came from.';
  assert.deepEqual(claims(own), ['asserted_single_source: Maly Socheata=asserted', 'asserted_single_source: Somsak Thepsuthin=asserted, Somsak Thepsuthin=refused_comment']);
  const toll =
    'The Thai army said Cambodian forces had opened fire first. Thai health minister Somsak Thepsuthin said 11 civilians and one soldier had been killed.\n\n' +
    "Cambodia's former leader Hun Sen said on Facebook that Thailand had attacked two provinces. He did not respond to a request for comment on the Thai toll.";
  assert.deepEqual(claims(toll), [
    'asserted_single_source: The Thai army=asserted',
    'asserted_single_source: Somsak Thepsuthin=asserted, Hun Sen=refused_comment',
    'asserted_single_source: Hun Sen=asserted',
  ]);
});

test('"it was aware of reports of civilian casualties in Gendewuha and was seeking to verify them" doubts the account naming the place, not one sharing only "civilians"', () => {
  const text =
    'Residents said the drone struck the weekly market in the town of Gendewuha at around midday.\n\n' +
    'A Fano spokesperson, Yohannes Nigussie, said: "This was a deliberate attack on civilians."\n\n' +
    'The Ethiopian Human Rights Commission said it was aware of reports of civilian casualties in Gendewuha and was seeking to verify them.';
  assert.deepEqual(claims(text), ['unconfirmed: Residents=asserted, Ethiopian Human Rights Commission=cannot_confirm', 'asserted_single_source: Yohannes Nigussie=asserted']);
});

test('fears an event raised are the outlet\'s framing, not a statement ("The fighting has raised fears that …"); analysts\' are theirs', () => {
  assert.deepEqual(speakersAndCues('The fighting has raised fears that a 2018 peace deal could unravel. Analysts have raised fears that the deal could unravel.', '2025-03-07'), ['Analysts|have raised fears']);
});

test('"declined to give the government\'s own count" and "did not identify the group" refuse; "without offering evidence that …" is the outlet\'s note, no statement', () => {
  assert.deepEqual(claims("Government spokesman Gerson Msigwa declined to give the government's own count."), ['refused_comment: Gerson Msigwa=refused_comment']);
  assert.deepEqual(claims('Hegseth said the boat was carrying narcotics. He did not identify the group.'), ['asserted_single_source: Hegseth=asserted', 'refused_comment: Hegseth=refused_comment']);
  const text = '"They are murdering fishermen," President Nicolas Maduro told supporters in Caracas, without offering evidence that those killed were fishermen.';
  assert.deepEqual(statements(text, '2025-10-14'), ['Nicolas Maduro|told|They are murdering fishermen,|to:supporters']);
  assert.deepEqual(claims(text), ['unconfirmed: Nicolas Maduro=asserted, outlet=not_independently_verified']);
});

test('"could not independently verify the video or the number of people killed" is on the toll as well as on what the video shows', () => {
  const text =
    'The U.S. military struck a vessel in the Caribbean on Tuesday, killing six people aboard, Defense Secretary Pete Hegseth said. He posted a 30-second video that appeared to show a small boat exploding.\n\n' +
    'Reuters could not independently verify the video or the number of people killed.';
  assert.deepEqual(claims(text), [
    'unconfirmed: Pete Hegseth=asserted, Reuters=not_independently_verified',
    'unconfirmed: Pete Hegseth=hedged, Reuters=not_independently_verified',
  ]);
});

test('"rejected any attempt at an unconstitutional change" opposes a deed, denies nothing ("rejected any attempt to link it to the attack" does); an "attempt to seize power" does not confirm "it had taken power"', () => {
  assert.deepEqual(claims('The African Union said it rejected "any attempt at an unconstitutional change of government" and was following the situation closely.'), ['asserted_single_source: African Union=asserted']);
  assert.deepEqual(claims('The ministry rejected any attempt to link it to the attack.'), ['denied: The ministry=denied']);
  const text =
    'An elite Madagascar army unit said on Tuesday it had taken power, hours after lawmakers voted to impeach President Andry Rajoelina.\n\n' +
    'Rajoelina\'s office said in a statement that an "attempt to seize power illegally" was under way and that the president remained in office.';
  assert.deepEqual(claims(text), ['asserted_single_source: An elite Madagascar army unit=asserted', "asserted_single_source: Rajoelina's office=asserted"]);
});

test('a promise in a relative clause inside another statement is none ("the hostages the group had agreed to hand back"); "said earlier on Thursday it had …" leaves the time out; "all the bodies it could reach" warns of nothing', () => {
  const text =
    'The Israeli military said forensic tests had shown that the body was not among the 28 deceased hostages the group had agreed to hand back.\n\n' +
    'Its armed wing said earlier on Thursday it had returned all the bodies it could reach. The group said late Thursday that talks would resume.';
  assert.deepEqual(statements(text, '2025-10-16'), [
    'The Israeli military|said|forensic tests had shown that the body was not among the 28 deceased hostages the group had agreed to hand back',
    'Its armed wing|said|it had returned all the bodies it could reach',
    'The group|said|talks would resume',
  ]);
  assert.deepEqual(claims(text), ['asserted_single_source: The Israeli military=asserted', 'asserted_single_source: Its armed wing=asserted', 'asserted_single_source: The group=asserted']);
});

test('a fact check: "Fact Check:" is a label; "A video … that users say shows X was filmed in 2021" is what users say it shows, which "Misattributed." denies; "a note added by other users" is no statement', () => {
  const text =
    "Fact Check: Video of burning warehouse is not from this week's strike on Odesa port\n\n" +
    'A video shared thousands of times on social media this week that users say shows a Russian missile strike on a grain terminal in Odesa was filmed in 2021 at a fire in a warehouse in the Brazilian city of Sao Paulo.\n\n' +
    'By Thursday the post carried a note added by other users saying the video was old.\n\n' +
    'VERDICT\n\n' +
    'Misattributed. The video shows a 2021 warehouse fire in Sao Paulo, Brazil.';
  assert.deepEqual(statements(text, '2025-11-06'), [
    'users|say|shows a Russian missile strike on a grain terminal in Odesa',
    'other users|saying|the video was old',
    'imagery|shows|a 2021 warehouse fire in Sao Paulo, Brazil',
  ]);
  assert.deepEqual(claims(text)[0], 'disputed: users=asserted, outlet=denied');
});

test('a relative pronoun after a passive\'s agent is that agent ("met with scepticism by aid agencies, which said …"); "has previously denied" after a silence does not answer it', () => {
  const text =
    "Talks have stalled, and the RSF's announcement that it had accepted a ceasefire was met with scepticism by aid agencies, which said it had made similar promises before.";
  assert.deepEqual(speakersAndCues(text, '2025-11-07'), ['aid agencies|said']);
  const silent =
    'Drones struck a power station in Khartoum early on Monday, cutting electricity to large parts of the city, the state electricity company said.\n\n' +
    'The RSF did not immediately respond to a request for comment. The group has previously denied targeting civilian infrastructure, saying its drones hit only military sites.';
  assert.deepEqual(claims(silent)[0], 'asserted_single_source: the state electricity company=asserted, RSF=refused_comment');
});

test('"Hezbollah confirmed Tabtabai\'s death" confirms the Israeli military\'s "it had “eliminated” Ali Tabtabai"; "The U.N. peacekeeping force in Lebanon, UNIFIL, has said" is UNIFIL', () => {
  const text =
    'The Israeli military said in a statement that it had "eliminated" Ali Tabtabai, whom it described as the group\'s acting chief of staff.\n\n' +
    'Hezbollah confirmed Tabtabai\'s death in a statement.\n\n' +
    'The U.N. peacekeeping force in Lebanon, UNIFIL, has said Israel has carried out more than 7,000 air strikes in Lebanon since the truce took effect.';
  assert.deepEqual(claims(text), ['corroborated: The Israeli military=asserted, Hezbollah=asserted', 'asserted_single_source: UNIFIL=asserted']);
});

test('what a source holds before "according to" opens its subject, whatever cue the model took inside it; "said A, but that B “…”" keeps B; "but did not confirm his role" is his silence on the claim naming him', () => {
  assert.deepEqual(statements('KYIV, Nov 20 (Reuters) - A U.S. plan to end the war in Ukraine would require Kyiv to give up the parts of the Donbas region it still controls, according to two sources familiar with the draft.', '2025-11-20'), [
    'two sources familiar with the draft|according to|A U.S. plan to end the war in Ukraine would require Kyiv to give up the parts of the Donbas region it still controls',
  ]);
  assert.deepEqual(statements('President Volodymyr Zelenskiy said Ukraine had received the draft and was ready to work on it, but that it would not accept "any deal that rewards aggression."', '2025-11-20'), [
    'Volodymyr Zelenskiy|said|Ukraine had received the draft and was ready to work on it',
    'Volodymyr Zelenskiy|said|it would not accept "any deal that rewards aggression."',
  ]);
  const role =
    'The 28-point plan, drawn up by U.S. envoy Steve Witkoff with input from Russian envoy Kirill Dmitriev, would also bar Ukraine from joining NATO, the sources said.\n\n' +
    'Dmitriev, writing on X, said "Russia\'s position is being heard" but did not confirm his role.';
  assert.deepEqual(claims(role), ['asserted_single_source: the sources=asserted, Kirill Dmitriev=refused_comment', 'asserted_single_source: Kirill Dmitriev=asserted']);
});

test('"gave a lower figure of 156 deaths" is the ministry\'s count; "Neither the army nor the health ministry responded to questions about …" is each one\'s silence; "was unable to reach the RSF for comment" is the RSF\'s', () => {
  const text =
    'A cholera outbreak in Darfur has killed at least 300 people, MSF said. The Sudanese health ministry, which is aligned with the army, gave a lower figure of 156 deaths in Darfur.\n\n' +
    "Neither the army nor the health ministry responded to questions about the gap between their figures and MSF's.";
  assert.deepEqual(claims(text), ['asserted_single_source: MSF=asserted, army=refused_comment, health ministry=refused_comment', 'asserted_single_source: Sudanese health ministry=asserted']);
  assert.deepEqual(claims('The army said the Rapid Support Forces had shelled a market in El Fasher, killing 12 people. Reuters was unable to reach the RSF for comment.'), [
    'asserted_single_source: The army=asserted, Rapid Support Forces=refused_comment',
  ]);
});

test('"he said" after a quote of two sentences is the resident who spoke just before, not a woman named in the paragraph before; reports a source received itself, "which it was working to verify", are its own; figures "released by the election commission" doubt no claim', () => {
  const text =
    'Opposition groups have dismissed the vote, with the main opposition party dissolved and its leader, Aung San Suu Kyi, in detention.\n\n' +
    'A resident of Sittwe said only a handful of people had voted at his local polling station. "Most people stayed home. They are afraid of both sides," he said by phone.';
  assert.deepEqual(speakersAndCues(text, '2025-12-28'), ['Opposition groups|have dismissed', 'A resident of Sittwe|said', 'A resident of Sittwe|said']);
  const own =
    '"They are trying to frighten the people so they will not vote," Zaw Min Tun said in a statement.\n\n' +
    'Turnout figures released by the election commission could not be independently verified.\n\n' +
    'The United Nations human rights office said it had received reports of people being forced to vote, which it was working to verify.';
  assert.deepEqual(claims(own), ['asserted_single_source: Zaw Min Tun=asserted', 'unconfirmed: United Nations=cannot_confirm']);
});

test('a hospital\'s part of a toll ("19 of whom were declared dead") leaves the outlet\'s doubt on "the death toll" to the lead\'s; "the details of the investigation" are what prosecutors and investigators said', () => {
  const toll =
    "Israeli forces opened fire near an aid distribution site in southern Gaza on Tuesday, killing at least 27 people, Gaza's health ministry said.\n\n" +
    'The International Committee of the Red Cross said its field hospital in Rafah had received 184 patients, 19 of whom were declared dead on arrival.\n\n' +
    'Reuters could not independently verify the accounts or the death toll.';
  assert.deepEqual(claims(toll), [
    "unconfirmed: Gaza's health ministry=asserted, Reuters=not_independently_verified",
    'asserted_single_source: International Committee of the Red Cross=asserted',
  ]);
  const probe =
    'Prosecutors said they had charged the two men in absentia with sabotage and espionage.\n\n' +
    "Ukraine's foreign ministry said it was ready to help Poland with the investigation.\n\n" +
    'Reuters could not independently verify the details of the investigation.';
  assert.deepEqual(claims(probe), ['unconfirmed: Prosecutors=asserted, Reuters=not_independently_verified', "asserted_single_source: Ukraine's foreign ministry=asserted"]);
});

test('"no Pakistani drones had entered Indian airspace" denies the claim that they did; "The ceasefire, agreed after four days of fighting, has largely held" is no statement', () => {
  const text =
    'India says Pakistani drones violated airspace\n\n' +
    "NEW DELHI, Jan 13 (Reuters) - India's army said on Monday that several drones from Pakistan had crossed into Indian-administered Kashmir overnight.\n\n" +
    "Pakistan's foreign office spokesman, Shafqat Ali Khan, said no Pakistani drones had entered Indian airspace.\n\n" +
    'The ceasefire, agreed after four days of fighting in May that included missile and drone strikes, has largely held.';
  assert.deepEqual(speakersAndCues(text, '2025-01-13'), ['India|says', "India's army|said", 'Shafqat Ali Khan|said']);
  assert.deepEqual(claims(text)[0], "disputed: India's army=asserted, Shafqat Ali Khan=denied");
});

test('"Neither side provided evidence …. Reuters could not independently verify either." doubts the two states\' accounts, not a villager\'s between them', () => {
  const text =
    "India's army said on Monday that several drones from Pakistan had crossed into Indian-administered Kashmir overnight.\n\n" +
    "Pakistan's foreign ministry called the allegation \"baseless\" and said no Pakistani drones had entered Indian airspace.\n\n" +
    'One villager, who gave only his first name, Rafiq, said he saw "red lights moving in the sky" for about 20 minutes.\n\n' +
    'Neither side provided evidence to support its account. Reuters could not independently verify either.';
  assert.deepEqual(claims(text), [
    "disputed: India's army=asserted, Pakistan's foreign ministry=denied, Pakistan's foreign ministry=denied, Reuters=not_independently_verified",
    'asserted_single_source: Rafiq=asserted',
  ]);
});

test('"told the rights group Hengaw that" has the group named for recipient; "The al Qaeda-linked group said" is Al Shabaab; "the terrorists\' claims of casualties are lies" denies their count, not the attack', () => {
  assert.deepEqual(statements("Shahbazi's family told the rights group Hengaw that he had been denied access to a lawyer.", '2025-10-22'), [
    "Shahbazi's family|told|he had been denied access to a lawyer|to:the rights group Hengaw",
  ]);
  const text =
    'Al Shabaab militants detonated a roadside bomb near a convoy carrying Somalia\'s president in Mogadishu on Tuesday, the group said.\n\n' +
    'The al Qaeda-linked group said in a statement that the blast had killed several of his guards.\n\n' +
    'Information Minister Daud Aweis told state radio that the president had travelled safely and that "the terrorists\' claims of casualties are lies".';
  assert.deepEqual(claims(text), ['asserted_single_source: Al Shabaab=asserted', 'disputed: Al Shabaab=asserted, Daud Aweis=denied']);
});

test('"a local human rights group said" is not the gang the next paragraph opens with; a mission "backed by the United Nations" speaks as itself; "which" after a name ending in a list is the whole name', () => {
  const text =
    'PORT-AU-PRINCE, Oct 4 (Reuters) - Gang members killed at least 40 people in an overnight attack on the town of Pont-Sondé, a local human rights group said on Friday.\n\n' +
    'The Gran Grif gang, which controls much of the surrounding area, claimed responsibility for the attack.\n\n' +
    '"They came at around 3 a.m.," said Bertide Horace, a spokesperson for the Commission for Dialogue, Reconciliation and Peace, which first reported the toll.\n\n' +
    'A Kenyan-led security mission backed by the United Nations said its officers were supporting the Haitian police.';
  assert.deepEqual(speakersAndCues(text, '2024-10-04'), [
    'a local human rights group|said',
    'Gran Grif|claimed',
    'Bertide Horace|said',
    'Commission for Dialogue, Reconciliation and Peace|first reported',
    'A Kenyan-led security mission|said',
  ]);
});

test('"condemned the killings in a post on X" has the post for channel; "where he was expected to speak" is no statement', () => {
  assert.deepEqual(statements('Prime Minister Garry Conille condemned the killings in a post on X.', '2024-10-04'), ['Garry Conille|condemned|the killings|ch:in a post on X']);
  assert.deepEqual(statements('The army chief was in New York for the U.N. General Assembly, where he was expected to speak later on Thursday.', '2024-09-26'), []);
});

test('", but that reports of civilian deaths were “not true”" denies the toll and no other claim of its source; "the dead included" is no toll the outlet doubts over the lead\'s', () => {
  const text =
    'An air strike by Myanmar\'s military on a monastery in the Sagaing region killed at least 22 people, a local resistance group said on Saturday.\n\n' +
    'The strike hit the monastery at around 1 a.m. on Friday, the group said.\n\n' +
    'A spokesperson for the local People\'s Defence Force said the dead included a monk and that more than 30 people had been wounded.\n\n' +
    'Junta spokesman Zaw Min Tun said in a statement that the military had carried out an operation against "terrorists" in the area, but that reports of civilian deaths were "not true".\n\n' +
    'Reuters could not independently confirm the death toll.';
  assert.deepEqual(claims(text), [
    'disputed: a local resistance group=asserted, Zaw Min Tun=denied, Reuters=not_independently_verified',
    'asserted_single_source: a local resistance group=asserted',
    "asserted_single_source: People's Defence Force=asserted",
    'asserted_single_source: Zaw Min Tun=asserted',
  ]);
});

test('"a truce that rebel groups say it has broken" is the rebel groups\' statement; "said attacks on civilians were …" keeps "attacks on" in what was said', () => {
  assert.deepEqual(statements('The junta announced a temporary ceasefire in March, a truce that rebel groups say it has repeatedly broken.', '2025-05-10').at(-1), 'rebel groups|say|it has repeatedly broken');
  assert.deepEqual(statements('The U.N. human rights chief, Volker Turk, said attacks on desperate civilians seeking food were "unconscionable".', '2025-06-03'), [
    'Volker Turk|said|attacks on desperate civilians seeking food were "unconscionable"',
  ]);
});

test('"The U.S. military\'s Central Command did not respond" is Central Command\'s silence; "looking into reports of casualties" is on the toll; a U.N. chief set off before his name is on neither side', () => {
  const silence = "Yemen's Houthis said on Monday they had attacked a bulk carrier in the Red Sea.\n\nThe U.S. military's Central Command did not immediately respond to a request for comment.";
  assert.deepEqual(claims(silence), ['asserted_single_source: Houthis=asserted, Central Command=refused_comment']);
  const text =
    'Israeli fire killed at least 27 Palestinians near an aid distribution site in Gaza on Tuesday, the Gaza health ministry said.\n\n' +
    'The Israeli military said troops had fired at "suspects" who advanced toward them. It said it was looking into reports of casualties.\n\n' +
    'The U.N. human rights chief, Volker Turk, said attacks on desperate civilians seeking food were "unconscionable".\n\n' +
    'Reuters could not independently verify the accounts of either side.';
  assert.deepEqual(claims(text), [
    'unconfirmed: the Gaza health ministry=asserted, The Israeli military=neither_confirmed_nor_denied, Reuters=not_independently_verified',
    'unconfirmed: The Israeli military=asserted, Reuters=not_independently_verified',
    'asserted_single_source: Volker Turk=asserted',
  ]);
});

test('"The paramilitary group said" is the RSF, not the U.N. named since; reports called "staged" are denied; "has not claimed any attack" is no statement', () => {
  const text =
    "NAIROBI, April 14 (Reuters) - Sudan's Rapid Support Forces said on Sunday they had taken full control of the Zamzam camp, after a three-day assault that the United Nations said had killed more than 400 people.\n\n" +
    'The paramilitary group said in a statement that it had "liberated" the camp.\n\n' +
    'Relief International said nine of its staff had been killed when its clinic in the camp was attacked.\n\n' +
    'The RSF said reports of atrocities in the camp were "staged" by the army. The group has not claimed any attack on aid workers since the war began.';
  assert.deepEqual(speakersAndCues(text, '2025-04-14'), ['Rapid Support Forces|said', 'United Nations|said', 'Rapid Support Forces|said', 'Relief International|said', 'Rapid Support Forces|said']);
  assert.deepEqual(claims(text).at(-1), 'disputed: Relief International=asserted, Rapid Support Forces=denied');
});

test('videos "which Reuters could not immediately verify" set off before "showed" are what showed it, and the outlet doubts what they show', () => {
  const text = 'Videos posted on social media, which Reuters could not immediately verify, showed a large plume of black smoke rising over industrial buildings at night.';
  assert.deepEqual(statements(text, '2025-08-24'), ['social-media|showed|a large plume of black smoke rising over industrial buildings at night|ch:on social media']);
  assert.deepEqual(claims(text), ['unconfirmed: social-media=asserted, Reuters=not_independently_verified']);
});

test('"no Pakistani military facilities have been targeted" denies nothing but what names those facilities; "also speaking on condition of anonymity" is how a source spoke, not who it is', () => {
  const text =
    'Pakistan\'s military said on Wednesday it had shot down five Indian fighter jets and a drone after India launched missile strikes on what it called "terrorist infrastructure" in Pakistan.\n\n' +
    'India\'s defence ministry said its forces had hit nine sites used by militant groups, and that "no Pakistani military facilities have been targeted."\n\n' +
    'A second Indian official, also speaking on condition of anonymity, told Reuters that three jets had crashed in Indian territory.';
  assert.deepEqual(claims(text), ["asserted_single_source: Pakistan's military=asserted", "asserted_single_source: India's defence ministry=asserted", 'asserted_single_source: A second Indian official=asserted']);
  assert.deepEqual(speakersAndCues(text, '2025-05-07'), ["Pakistan's military|said", "India's defence ministry|said", 'A second Indian official|told']);
});

test('an accusation of "killing civilians in the conflict" corroborates no one attack', () => {
  const text =
    'Militants attacked a military base in northern Burkina Faso on Sunday, killing dozens of soldiers and civilians, three security sources said.\n\n' +
    'Human Rights Watch has accused both the army and the jihadists of killing civilians in the conflict.';
  assert.deepEqual(claims(text), ['asserted_single_source: three security sources=asserted', 'asserted_single_source: Human Rights Watch=asserted']);
});

test('"The figures could not be independently verified" after a claim giving two figures is on that claim alone', () => {
  const figures =
    'U.N. experts said in a report last year that Rwanda had some 4,000 troops in Congo.\n\n' +
    'At least 100 people have been killed and nearly 1,000 wounded in Goma since Sunday, according to the World Health Organization. The figures could not be independently verified.';
  assert.deepEqual(claims(figures), ['asserted_single_source: U.N.=asserted', 'unconfirmed: World Health Organization=asserted, outlet=not_independently_verified']);
});

test('"denied that the airport had fallen" disputes the taking of the airport the lead named, paragraphs before', () => {
  const text =
    'M23 rebels say they control Goma airport; Congo army says fighting continues\n\n' +
    "GOMA, Congo, Jan 28 (Reuters) - Rwanda-backed M23 rebels said on Tuesday they had taken control of Goma's international airport, while Congo's army said its troops were still fighting in several neighbourhoods.\n\n" +
    'M23 spokesman Lawrence Kanyuka said in a post on X that the city had been "fully liberated". He said Congolese soldiers who had surrendered would be treated "with dignity."\n\n' +
    'Congo\'s army spokesman, General Sylvain Ekenge, told state broadcaster RTNC that the army controlled "strategic points" in the city and denied that the airport had fallen.';
  assert.deepEqual(claims(text)[0], 'disputed: M23=asserted, Sylvain Ekenge=denied');
});

test('"…, without saying who had told him" after a quote closing on a comma is the outlet\'s, not what was said', () => {
  assert.deepEqual(statements('U.S. President Donald Trump, asked about the strike, said he had been told Russia "made a mistake," without saying who had told him.', '2025-04-14'), [
    'Donald Trump|said|he had been told Russia "made a mistake,"',
  ]);
});

test('"A Houthi official, who asked not to be named …, told Reuters" is the official\'s statement, to its sentence\'s end; "if strikes … continued" sets a condition, no one speaks', () => {
  assert.deepEqual(
    statements('A Houthi official, who asked not to be named because he was not authorised to speak to the media, told Reuters the group would "expand its operations" if strikes on Yemen continued.', '2024-03-14'),
    ['Houthi|told|the group would "expand its operations" if strikes on Yemen continued|anonymous|to:Reuters'],
  );
});

test('a participle after a frame closing a sentence is that frame\'s speaker\'s, not that of the statement nested in what was said', () => {
  const text =
    'The British maritime security agency UKMTO said it had received a report of an explosion near a merchant vessel.\n\n' +
    'The master reported that the vessel and crew were safe, the agency said, adding that authorities were investigating.';
  assert.deepEqual(speakersAndCues(text, '2024-03-14'), ['UKMTO|said', 'UKMTO|said', 'The master|reported', 'UKMTO|adding']);
});

test('"declined to comment when reached by Reuters" refuses comment on nothing named; where a company is based is no part of its name', () => {
  assert.deepEqual(statements("A spokesperson for the ship's manager, Athens-based Poseidon Shipping, declined to comment when reached by Reuters.", '2024-03-14'), [
    'Poseidon Shipping|declined|to comment',
  ]);
});

test('"…, said a spokesman for the local People\'s Defence Force, who gave his name only as Ko Htet" is the spokesman\'s, by that name', () => {
  const text =
    'The strike hit Let Yet Kone village in Tabayin township on Monday afternoon while classes were being held, said a spokesman for the local People\'s Defence Force, who gave his name only as Ko Htet.';
  assert.deepEqual(statements(text, '2024-04-09'), ['Ko Htet|said|The strike hit Let Yet Kone village in Tabayin township on Monday afternoon while classes were being held']);
});

test('"an armed resistance group and local residents said" is both, "armed" no verb; "said in a video posted online that" has the whole channel', () => {
  assert.deepEqual(speakersAndCues("An air strike by Myanmar's military on a village school killed at least 11 people, including seven children, an armed resistance group and local residents said on Tuesday.", '2024-04-09'), [
    'an armed resistance group and local residents|said',
  ]);
  assert.deepEqual(statements('Jimmy Cherizier, who leads a coalition of gangs, said in a video posted online that the groups aimed to force the resignation of Prime Minister Ariel Henry.', '2024-03-03'), [
    'Jimmy Cherizier|said|the groups aimed to force the resignation of Prime Minister Ariel Henry|ch:in a video posted online',
  ]);
});

test('"… and that neither hit the ship" denies the group\'s "had struck the tanker", a company named "… Shipping" elsewhere notwithstanding', () => {
  const text =
    'Houthi military spokesman Yahya Saree said the group\'s naval forces had struck the tanker "Sea Falcon" west of the port of Hodeidah, and that the strike had been "accurate and direct".\n\n' +
    'The U.S. Central Command said two anti-ship ballistic missiles had been launched toward the Gulf of Aden, and that neither hit the ship.\n\n' +
    "A spokesperson for the ship's manager, Poseidon Shipping, declined to comment.";
  // (The manager's bare refusal is on the attack too.)
  assert.equal(claims(text)[0], 'disputed: Yahya Saree=asserted, U.S. Central Command=denied, Poseidon Shipping=refused_comment');
});

test('what "an AP journalist … heard … and saw" is seen by the outlet; "while Russia\'s Defense Ministry claimed" is the whole ministry; "condemned the attack and renewed his appeal" condemned the attack', () => {
  const text =
    "KYIV, Ukraine (AP) — A Russian missile strike on the port of Odesa killed four people on Monday, Ukrainian officials said, while Russia's Defense Ministry claimed it had destroyed a warehouse storing Western-supplied weapons.\n\n" +
    'An AP journalist in Odesa heard at least two loud explosions and saw a column of black smoke rising over the harbor.\n\n' +
    'Ukrainian President Volodymyr Zelenskyy condemned the attack and renewed his appeal for more air defense systems.';
  assert.deepEqual(statements(text, '2024-03-11'), [
    'Ukrainian officials|said|A Russian missile strike on the port of Odesa killed four people on Monday',
    "Russia's Defense Ministry|claimed|it had destroyed a warehouse storing Western-supplied weapons",
    'Volodymyr Zelenskyy|condemned|the attack',
  ]);
  assert.equal(claims(text)[2], 'reported_seen_by_outlet: AP=reported_seen_by_outlet');
});

test('"…, residents and a teacher told AFP, the latest mass kidnapping …" said what comes before the frame; "confirmed the attack but gave a lower figure, saying …" is two statements', () => {
  const text =
    "KANO, Nigeria (AFP) - Gunmen abducted at least 87 pupils from a school in Nigeria's northwestern Kaduna state early Thursday, residents and a teacher told AFP, the latest mass kidnapping in a region plagued by criminal gangs.\n\n" +
    'Kaduna state police spokesman Mansir Hassan confirmed the attack but gave a lower figure, saying 15 pupils were unaccounted for.';
  assert.deepEqual(statements(text, '2024-03-07'), [
    "residents and a teacher|told|Gunmen abducted at least 87 pupils from a school in Nigeria's northwestern Kaduna state early Thursday|to:AFP",
    'Mansir Hassan|confirmed|the attack',
    'Mansir Hassan|saying|15 pupils were unaccounted for',
  ]);
});

test('"The al-Qaeda-linked group" is the armed group named paragraphs before, not "the SYL hotel"; "told the BBC\'s Somali service"', () => {
  const text =
    "Al-Shabaab militants have stormed a hotel near the presidential palace in Somalia's capital, Mogadishu, killing at least nine people, police say.\n\n" +
    'Gunmen blasted their way into the SYL hotel late on Thursday evening after detonating a car bomb at its gate, police spokesman Abdifatah Aden Hassan told the BBC.\n\n' +
    'Security forces ended the siege on Friday morning after killing all the attackers, he said. Three soldiers were among the dead, according to the police.\n\n' +
    'The al-Qaeda-linked group said in a statement carried by its Andalus radio station that it had killed "dozens of apostate officials" in the operation.\n\n' +
    "A survivor told the BBC's Somali service that he hid under a bed for hours.";
  const said = statements(text, '2024-03-15');
  assert.equal(said[4], 'Al-Shabaab|said|it had killed "dozens of apostate officials" in the operation|ch:in a statement carried by its Andalus radio station');
  assert.equal(said[5], "A survivor|told|he hid under a bed for hours|to:the BBC's Somali service");
});

test('"Israel, which says it is protecting the Druze minority, struck …" said only what its relative clause holds; "blaming the paramilitary Rapid Support Forces (RSF)" keeps its bracket; "The El Fasher Resistance Committee" is one name', () => {
  assert.deepEqual(statements('Israel, which says it is protecting the Druze minority, struck the Defence Ministry headquarters in Damascus on Wednesday.', '2025-07-16'), [
    'Israel|says|it is protecting the Druze minority',
  ]);
  const text =
    'A drone strike on a crowded market in El Fasher killed at least 23 people on Saturday, a local volunteer group said, blaming the paramilitary Rapid Support Forces (RSF).\n\n' +
    'The El Fasher Resistance Committee said in a post on Facebook that the drone hit the Naivasha market at midday.';
  assert.deepEqual(statements(text, '2025-06-14').slice(1), [
    'a local volunteer group|blaming|the paramilitary Rapid Support Forces (RSF)',
    'El Fasher Resistance Committee|said|the drone hit the Naivasha market at midday|ch:in a post on Facebook',
  ]);
});

test('a fact check: "A video … purporting to show X was filmed more than three years ago, an analysis by Reuters found" is the outlet\'s finding, which denies X', () => {
  const text =
    'A video shared widely on X and TikTok this week purporting to show Iranian missiles striking Tel Aviv was filmed more than three years ago, an analysis by Reuters found.\n\n' +
    'The Israeli military did not respond to a request for comment on the video.';
  assert.deepEqual(statements(text, '2024-10-08'), [
    'Reuters|found|A video shared widely on X and TikTok this week purporting to show Iranian missiles striking Tel Aviv was filmed more than three years ago',
    'imagery|purporting to show|Iranian missiles striking Tel Aviv',
  ]);
  assert.deepEqual(claims(text), ['disputed: imagery=hedged, Reuters=denied, The Israeli military=refused_comment']);
});

test('"The attack … was claimed by Hafiz Gul Bahadur, a militant group …, in a message to reporters" is the group\'s claim of the attack, by its medium', () => {
  const text =
    'A suicide bomber rammed an explosives-laden car into a police station in northwest Pakistan on Tuesday, killing 12 officers, police officials said.\n\n' +
    'The attack in Bannu district of Khyber Pakhtunkhwa province was claimed by Hafiz Gul Bahadur, a militant group allied with the Pakistani Taliban, in a message to reporters.';
  assert.deepEqual(statements(text, '2024-01-30')[1], 'Hafiz Gul Bahadur|was claimed|The attack in Bannu district of Khyber Pakhtunkhwa province|ch:in a message to reporters');
  assert.equal(statements('The attack was claimed by Hafiz Gul Bahadur, a militant group allied with the Pakistani Taliban.', '2024-01-30')[0], 'Hafiz Gul Bahadur|was claimed|The attack');
});

test('a recipient led by an initialism is whole: "told the U.N. Security Council", "told the U.N."', () => {
  assert.deepEqual(
    statements('Foreign Minister Therese Kayikwamba Wagner told the U.N. Security Council on Sunday that Rwanda\'s actions amounted to war. She told the U.N. on Monday that the fighting must stop.', '2025-01-27'),
    [
      'Therese Kayikwamba Wagner|told|Rwanda\'s actions amounted to war|to:the U.N. Security Council',
      'Therese Kayikwamba Wagner|told|the fighting must stop|to:the U.N.',
    ],
  );
});

test('"X claimed A, hours after B, according to Y" and "X denies A, though B, according to Y": Y\'s is B, X\'s is A', () => {
  assert.deepEqual(
    statements("Yemen's Houthi rebels claimed on Tuesday to have fired ballistic missiles at the carrier, hours after U.S. strikes on the capital Sanaa killed at least 16 people, according to the rebels' health ministry.", '2025-03-18'),
    [
      'Houthi|claimed|to have fired ballistic missiles at the carrier',
      'Houthi|according to|U.S. strikes on the capital Sanaa killed at least 16 people',
    ],
  );
  assert.deepEqual(statements('Tehran denies arming the Houthis, though weapons seized at sea have been traced to Iran, according to U.N. experts.', '2025-03-18'), [
    'Tehran|denies|arming the Houthis',
    'U.N.|according to|weapons seized at sea have been traced to Iran',
  ]);
});

test('"…, according to the ICRC, which said …": what the source went on to say is its statement too', () => {
  assert.deepEqual(
    statements('Hospitals were overwhelmed, according to the International Committee of the Red Cross, which said more than 100 wounded people had been admitted to its ward in Goma since Friday.', '2025-01-27'),
    [
      'International Committee of the Red Cross|according to|Hospitals were overwhelmed',
      'International Committee of the Red Cross|said|more than 100 wounded people had been admitted to its ward in Goma since Friday',
    ],
  );
});

test('a second call by "told" after a first is a statement of its own; "told her to leave" in what was said is not', () => {
  assert.deepEqual(statements('Lawrence Kanyuka urged residents to stay calm and told government soldiers to surrender their weapons at a stadium in the city centre.', '2025-01-27'), [
    'Lawrence Kanyuka|urged|to stay calm|to:residents',
    'Lawrence Kanyuka|told|to surrender their weapons at a stadium in the city centre|to:government soldiers',
  ]);
  assert.deepEqual(statements('Melezia Figueroa said the candidate was giving interviews when campus security located her and told her to leave.', '2016-09-26'), [
    'Melezia Figueroa|said|the candidate was giving interviews when campus security located her and told her to leave',
  ]);
});

test('a refusal to comment "on the report when contacted by Reuters" refused the report; "when asked by reporters" is no statement of the reporters', () => {
  assert.deepEqual(statements('The ministry declined to comment on the report when contacted by Reuters.', '2025-03-18'), ['The ministry|declined to comment on|the report']);
  assert.deepEqual(statements('Pentagon press secretary Sean Parnell declined to comment on the Houthi claim when asked by reporters, saying only that the strikes would continue.', '2025-03-18'), [
    'Sean Parnell|declined to comment|the Houthi claim',
    'Sean Parnell|saying only|the strikes would continue',
  ]);
});

test('a headline\'s "as" clause with a subject of its own ends what was said and has its own speaker', () => {
  assert.deepEqual(statements("Rebels say they control Goma airport as Congo's army vows to fight on\n\nGOMA, Congo, Jan 27 (Reuters) - Fighting continued.", '2025-01-27'), [
    'Rebels|say|they control Goma airport',
    "Congo's army|vows|to fight on",
  ]);
});

test('"The Houthi-run health ministry", capitalised, speaks for the Houthis: it corroborates nothing the Houthis say', () => {
  const text =
    'Yemen\'s Houthi rebels said on Tuesday that U.S. strikes on the capital Sanaa killed at least 16 people.\n\n' +
    'The Houthi-run health ministry said U.S. strikes on the capital Sanaa killed at least 16 people, including women and children.';
  assert.deepEqual(claims(text), ['asserted_single_source: Houthi=asserted, The Houthi-run health ministry=asserted']);
});

test('"Asked whether the attacks would affect fuel supplies, … “Absolutely not.”" denies what was asked, not a claim sharing two words; "These are not one-off hits" denies no strikes', () => {
  const text =
    'A source in Ukraine\'s SBU security service told Reuters the agency had carried out the attack. "The refinery supplies fuel to the Russian army, so it is a legitimate target," the source said.\n\n' +
    'Asked whether the attacks would affect fuel supplies, Kremlin spokesman Dmitry Peskov said: "Absolutely not. The situation is under control."\n\n' +
    'Energy analysts said repeated strikes had knocked out about a tenth of Russia\'s refining capacity at times this month. "These are not one-off hits," said Sergei Vakulenko, a former oil executive.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: SBU=asserted',
    'asserted_single_source: SBU=asserted',
    'denied: Dmitry Peskov=denied',
    'asserted_single_source: Energy analysts=asserted',
    'asserted_single_source: Sergei Vakulenko=asserted',
  ]);
  assert.deepEqual(claims('The army said its jets had struck a hospital in the city. "It was not a hospital," said the rebel spokesman.'), ['disputed: The army=asserted, the rebel spokesman=denied']);
});

test('"had not seen Hezbollah weapons in the area of Tuesday\'s strike" negates the weapons, not the strike', () => {
  const text =
    'An Israeli drone strike on a car in southern Lebanon killed three people on Tuesday, Lebanon\'s health ministry said.\n\n' +
    'A UNIFIL spokesman, Andrea Tenenti, told The Associated Press that peacekeepers had not seen Hezbollah weapons in the area of Tuesday\'s strike.';
  assert.deepEqual(claims(text), ["asserted_single_source: Lebanon's health ministry=asserted", 'asserted_single_source: Andrea Tenenti=asserted']);
});

test('"was not able to verify either figure" doubts the lead\'s count and the one just given; "… counted 20 bodies but that the number could rise" asserts the count', () => {
  const text =
    'Gang members stormed the town of Pont-Sondé in central Haiti on Thursday, killing at least 70 people, a local human rights group said.\n\n' +
    'The Gran Grif gang claimed responsibility for the attack in a video posted on social media.\n\n' +
    'Bertide Horace, a spokeswoman for the group, said survivors described gunmen going from house to house.\n\n' +
    'The government put the death toll lower. A spokesman for the prime minister\'s office said authorities had so far counted 20 bodies but that the number could rise as police reached more areas. The Associated Press was not able to verify either figure.';
  const all = claims(text);
  assert.equal(all[0], 'unconfirmed: a local human rights group=asserted, Associated Press=not_independently_verified');
  // (What "but that" adds under the same cue is a statement of its own: a warning.)
  assert.deepEqual(all.slice(-2), ["unconfirmed: A spokesman for the prime minister's office=asserted, Associated Press=not_independently_verified", "warning: A spokesman for the prime minister's office=warning"]);
});

test('a quote inside a sentence framed after it ("urged “maximum military restraint” from both countries, his spokesman … said") is no speakerless quote of its own', () => {
  assert.deepEqual(statements('U.N. Secretary-General Antonio Guterres urged "maximum military restraint" from both countries, his spokesman Stephane Dujarric said.', '2025-05-07'), [
    'Stephane Dujarric|said|U.N. Secretary-General Antonio Guterres urged "maximum military restraint" from both countries',
    'Antonio Guterres|urged|"maximum military restraint" from both countries',
  ]);
});

test('"the camp had no military presence" negates; it corroborates no claim that militias used the camp as a military base', () => {
  const text =
    'In a statement, the RSF said its fighters had "liberated" the camp from army-allied militias that had used it as a military base.\n\n' +
    'The Sudanese army said in a statement that the camp had no military presence.';
  assert.ok(!claims(text).some((c) => c.startsWith('corroborated')), claims(text).join('\n'));
});

test('a headline\'s "…, rebels say; military denies targeting civilians" is two statements, the first said before the cue; "it was aware of the attack" restates no headline claim', () => {
  const head = 'Airstrike kills 40 at school, rebels say; military denies targeting civilians\n\nYANGON (Reuters) - An airstrike killed at least 40 people, residents said on Saturday.';
  assert.deepEqual(statements(head, '2025-05-10').slice(0, 2), ['rebels|say|Airstrike kills 40 at school', 'military|denies|targeting civilians']);
  const text =
    'Al Shabaab claims attack on Mogadishu hotel\n\n' +
    'MOGADISHU, March 3 (AP) — Somali security forces ended a siege at a hotel, the government said.\n\n' +
    'The U.S. Africa Command said it was aware of the attack.';
  assert.equal(claims(text)[0], 'asserted_single_source: Al Shabaab=asserted');
});

test('"Information Minister Daud Aweis" speaks with "the government" of a story datelined MOGADISHU; "the government rejected it as “lies”" denies the claim its sentence named', () => {
  const text =
    'MOGADISHU, March 3 (AP) — Somali security forces ended a siege at a hotel early Tuesday, the government said.\n\n' +
    'Information Minister Daud Aweis told reporters that the security forces had full control of the hotel and had ended the siege early Tuesday.\n\n' +
    'The group claimed responsibility in a statement on its radio station. It gave no evidence for the claim, and the government rejected it as "lies".';
  const all = claims(text);
  assert.ok(!all.some((c) => c.startsWith('corroborated')), all.join('\n'));
  assert.ok(all.includes('disputed: The group=asserted, the government=denied, outlet=not_independently_verified'), all.join('\n'));
});

test('an appositive after a phrase on when (", after a siege of 18 months, a claim the army disputed"), or with its agent after it (", a claim denied by the army"), disputes the claim', () => {
  const after = "Sudan's Rapid Support Forces said on Sunday they had seized the army's last base in El Fasher, the capital of North Darfur state, after a siege of more than 18 months, a claim the army disputed.";
  assert.deepEqual(claims(after), ['disputed: Rapid Support Forces=asserted, the army=denied']);
  const by = "Sudan's Rapid Support Forces said on Sunday they had seized the army's last base in El Fasher, a claim denied by the army.";
  assert.deepEqual(claims(by), ['disputed: Rapid Support Forces=asserted, the army=denied']);
});

test('a headline\'s "; RSF denies involvement" denies the deed its first clause tells', () => {
  const text =
    'Drone strike on Sudan market kills dozens, activists say; RSF denies involvement\n\n' +
    'A drone strike on a market in El Obeid killed at least 40 people on Sunday, a local activist group said.';
  assert.deepEqual(claims(text), ['disputed: a local activist group=asserted, RSF=denied']);
});

test('"M23 spokesman Lawrence Kanyuka" speaks for the M23: his "the report was “a fabrication”" disputes the claim that names the M23, not the latest quote', () => {
  const text =
    'Rwanda-backed M23 rebels killed at least 52 civilians in eastern Congo last month, the U.N. human rights office said Wednesday, citing witnesses and survivors.\n\n' +
    'The victims were shot or hacked to death in several villages in Rutshuru territory, U.N. human rights chief Volker Türk said in a statement. "These attacks on civilians are abhorrent," he said.\n\n' +
    'M23 spokesman Lawrence Kanyuka said on X that the report was "a fabrication".';
  const all = claims(text);
  assert.equal(all[0], 'disputed: U.N.=asserted, Lawrence Kanyuka=denied');
  assert.equal(all.at(-1), 'asserted_single_source: Volker Türk=asserted');
});

test('"X and Y did not respond to requests for comment" is the silence of both; "in comments carried by a pro-Fano media outlet" is a channel', () => {
  const text =
    'A drone strike on a minibus killed at least 30 civilians on Wednesday, three witnesses told Reuters.\n\n' +
    'Government spokesperson Legesse Tulu and military spokesperson Colonel Getnet Adane did not respond to requests for comment.';
  assert.deepEqual(claims(text), ['asserted_single_source: three witnesses=asserted, Legesse Tulu=refused_comment, Getnet Adane=refused_comment']);
  assert.deepEqual(statements('A Fano commander, Zemene Kassie, said in comments carried by a pro-Fano media outlet that none of the dead were fighters.', '2025-08-14'), [
    'Zemene Kassie|said|none of the dead were fighters|ch:in comments carried by a pro-Fano media outlet',
  ]);
});

test('"could not verify the reports of violations from either side" doubts the sides\' claims of violations, not every claim; "…, wrote on X: “…”" is the name\'s, its verb the cue; "Trump, who announced the truce on social media, did not …" ends what he announced at the relative clause', () => {
  const text =
    'India accused Pakistan of repeatedly violating a ceasefire within hours of its announcement on Saturday.\n\n' +
    'Residents of Srinagar told The Associated Press they had heard at least a dozen blasts. "It was like Diwali, but scary," said Mehraj Ahmed, a shopkeeper.\n\n' +
    "Pakistan's foreign ministry blamed India for the violations.\n\n" +
    'It was not immediately possible to verify the reports of violations from either side.';
  assert.deepEqual(claims(text), [
    'unconfirmed: India=asserted, outlet=not_independently_verified',
    'asserted_single_source: Residents of Srinagar=asserted',
    'asserted_single_source: Mehraj Ahmed=asserted',
    "unconfirmed: Pakistan's foreign ministry=asserted, outlet=not_independently_verified",
  ]);
  assert.deepEqual(statements('Omar Abdullah, the chief minister of Indian-controlled Kashmir, wrote on X: "What the hell just happened to the ceasefire?"', '2025-05-11'), [
    'Omar Abdullah|wrote|What the hell just happened to the ceasefire?|ch:on X',
  ]);
  assert.deepEqual(statements('U.S. President Donald Trump, who announced the truce on social media, did not immediately comment on the violations.', '2025-05-11'), [
    'Donald Trump|announced|the truce on social media',
  ]);
});

test('"aid had been distributed “without incident”" confirms no shooting near an aid site; "the incident was under review" takes no stance on the event the story opens with', () => {
  const text =
    'Israeli forces opened fire near an aid distribution site in southern Gaza on Tuesday, killing at least 27 Palestinians, Gaza health officials said.\n\n' +
    'The Israeli military said troops had fired at "several suspects" who approached them. It said the incident was under review.\n\n' +
    'The Gaza Humanitarian Foundation said aid had been distributed "without incident" at its distribution site in southern Gaza on Tuesday.';
  assert.deepEqual(claims(text), [
    'unconfirmed: Gaza health officials=asserted, The Israeli military=neither_confirmed_nor_denied',
    'asserted_single_source: The Israeli military=asserted',
    'asserted_single_source: Gaza Humanitarian Foundation=asserted',
  ]);
});

test('a headline\'s "rights group says" is no armed group its lead names ("Members of the Gran Grif gang killed …"); "…, and one, Yuri Podolyaka, wrote that …" is Podolyaka\'s', () => {
  const text =
    'Haiti gang attack kills at least 50 in central town, rights group says\n\n' +
    'Members of the Gran Grif gang killed at least 50 people in an overnight attack on the central Haitian town of Pont-Sondé, a local human rights group said Friday.';
  assert.equal(statements(text, '2024-10-04')[0], 'rights group|says|Haiti gang attack kills at least 50 in central town');
  assert.deepEqual(
    statements('Military bloggers who back Russia\'s war effort said fighting was continuing on the border, and one, Yuri Podolyaka, wrote that "it is too early to say the region is cleared".', '2025-04-26'),
    ["Military bloggers who back Russia's war effort|said|fighting was continuing on the border", 'Yuri Podolyaka|wrote|it is too early to say the region is cleared'],
  );
});

test('"described Gerasimov\'s statement as “propaganda”" denies what Gerasimov said, however far back, and is no claim of its own', () => {
  const text =
    'Russian forces had recaptured the last village held by Ukrainian troops in the Kursk region, Russia\'s top general said on Saturday.\n\n' +
    'Chief of the General Staff Valery Gerasimov told President Vladimir Putin that the village of Gornal had been "liberated".\n\n' +
    'It was the first time Moscow had officially acknowledged that North Korean soldiers were fighting for Russia.\n\n' +
    'Ukraine\'s General Staff said its forces were still holding positions in Kursk and described Gerasimov\'s statement as "propaganda".';
  assert.equal(claims(text)[0], "disputed: Valery Gerasimov=asserted, Ukraine's General Staff=denied");
  assert.ok(!claims(text).some((c) => c.startsWith('denied:')), claims(text).join('\n'));
});

test('"declined to comment on Thursday\'s strike" keeps the day that owns the strike; "…, which Reuters could not verify" is the outlet\'s doubt, not the source\'s; "has not previously claimed attacks on Port Sudan" is no statement', () => {
  assert.deepEqual(statements("A UNIFIL spokesperson declined to comment on Thursday's strike.", '2025-11-20'), ["A UNIFIL spokesperson|declined to comment on|Thursday's strike"]);
  assert.deepEqual(claims('State TV said the footage showed the wreckage of one of the drones, which Reuters could not verify.'), ['unconfirmed: State TV=asserted, Reuters=not_independently_verified']);
  assert.deepEqual(statements('The group has not previously claimed attacks on Port Sudan, though it has hit other army-held cities with drones.', '2025-05-04'), []);
});

test('"The Syrian Observatory …, a Britain-based war monitor, put the toll at 89, including four children, and said …" is the Observatory\'s both times; "X, a spiritual leader …, called on residents …, according to a statement carried by local media" is X\'s call, the statement its channel; "in a statement released through its media arm" is one channel', () => {
  assert.deepEqual(
    statements('The Syrian Observatory for Human Rights, a Britain-based war monitor, put the toll at 89, including four children, and said government forces had fought alongside the tribes.', '2025-07-14'),
    ['Syrian Observatory for Human Rights|put|the toll at 89', 'Syrian Observatory for Human Rights|said|government forces had fought alongside the tribes'],
  );
  assert.deepEqual(
    statements('Sheikh Hikmat al-Hijri, a spiritual leader of the Druze, called on residents to resist the government forces, according to a statement carried by local media.', '2025-07-14'),
    ['Hikmat al-Hijri|called on|residents to resist the government forces|ch:a statement carried by local media'],
  );
  assert.deepEqual(
    statements('The al Qaeda-linked group JNIM claimed responsibility for the attack in the town of Djibo in a statement released through its media arm.', '2025-05-12'),
    ['JNIM|claimed|responsibility for the attack in the town of Djibo|ch:in a statement released through its media arm'],
  );
});

test('an unnamed official the next sentence says spoke anonymously, or one held at a body of its own, is no person named after it', () => {
  assert.deepEqual(
    speakersAndCues(
      'The Information Ministry said no one was killed, but a medical official said two firefighters had been injured. ' +
        'The official spoke on condition of anonymity because he was not authorized to brief the media.\n\n' +
        'The United Nations\' humanitarian coordinator for Sudan, Clementine Nkweta-Salami, said in a statement that she was alarmed.',
      '2025-05-06',
    ),
    ['Information Ministry|said', 'a medical official|said', 'Clementine Nkweta-Salami|said'],
  );
  assert.deepEqual(
    speakersAndCues(
      "A medical official at the city's main hospital said two firefighters had been injured.\n\nThe United Nations' humanitarian coordinator for Sudan, Clementine Nkweta-Salami, said she was alarmed.",
      '2025-05-06',
    ),
    ["A medical official at the city's main hospital|said", 'Clementine Nkweta-Salami|said'],
  );
});

test('one official singled out of officials named beside the police speaks for no police', () => {
  assert.deepEqual(
    speakersAndCues(
      'Gunmen took control of the town of Mirebalais overnight, Haitian police and local officials said on Tuesday.\n\n' +
        'A local official, who asked not to be named for fear of reprisals, said at least 10 residents were killed.',
      '2025-04-01',
    ),
    ['Haitian police and local officials|said', 'A local official|said'],
  );
});

test('a silence naming nothing is on the lead paragraph\'s claim, not on one only the headline states', () => {
  assert.deepEqual(
    claims(
      'Gangs seize Haitian town, police say hundreds flee\n\n' +
        'PORT-AU-PRINCE (Reuters) - Gunmen took control of the town of Mirebalais overnight, police said on Tuesday.\n\n' +
        'The Kenyan-led security mission did not respond to a request for comment.',
    ),
    ['asserted_single_source: police=asserted', 'asserted_single_source: police=asserted, The Kenyan-led security mission=refused_comment'],
  );
});

test('a role with its name set off before "called" is the person named', () => {
  assert.deepEqual(speakersAndCues('The head of the U.N. human rights office, Volker Turk, called the attacks on desperate civilians "unconscionable".', '2025-06-03'), [
    'Volker Turk|called',
  ]);
});

test('"that" before a verb right after the cue is what was said, not a conjunction', () => {
  assert.deepEqual(statements('A spokesperson for the foundation, asked whether it would suspend operations, said that was "not under consideration."', '2025-06-03'), [
    'A spokesperson for the foundation|said|that was "not under consideration."',
  ]);
  assert.deepEqual(statements('The minister said that the talks would resume.', '2025-06-03'), ['The minister|said|the talks would resume']);
});

test('a participle after "despite" with no source of its own is no statement', () => {
  assert.deepEqual(
    speakersAndCues("Myanmar's military has stepped up airstrikes since the earthquake, despite announcing a ceasefire to allow relief work, according to the United Nations.", '2025-07-12'),
    ['United Nations|according to'],
  );
});

test('footage a side aired, described before its noun, shows what it shows, and the outlet not verifying it is on that', () => {
  assert.deepEqual(claims('Houthi-run Al-Masirah TV aired graphic footage showing bodies strewn across the site. Reuters was unable to verify the footage independently.'), [
    'unconfirmed: Al-Masirah TV=asserted, Reuters=not_independently_verified',
  ]);
});

test('"warned in a statement" names a channel, not whom it warned', () => {
  assert.deepEqual(statements('Israeli Defence Minister Israel Katz warned in a statement that there would be no quiet in Beirut.', '2025-03-28'), [
    'Israel Katz|warned|there would be no quiet in Beirut|ch:in a statement',
  ]);
});

test('officers counted after what they said, before a contrasting clause, and what they said runs over its participle', () => {
  assert.deepEqual(
    statements('Militants attacked a base on Monday, killing 12 soldiers, two military officers told Reuters, though the army said the attack had been repelled.', '2025-03-17'),
    ['two military officers|told|Militants attacked a base on Monday, killing 12 soldiers|to:Reuters', 'the army|said|the attack had been repelled'],
  );
  assert.deepEqual(statements('Militants attacked a base on Monday, killing 12 soldiers, two officers said, though the army said the attack had been repelled.', '2025-03-17'), [
    'two officers|said|Militants attacked a base on Monday, killing 12 soldiers',
    'the army|said|the attack had been repelled',
  ]);
});

test('"He did not give a figure" withholds the toll', () => {
  assert.deepEqual(claims('An air strike on a market killed at least 51 people, health workers said. A military spokesman, Colonel Getnet Adane, said it had targeted fighters. He did not give a figure.'), [
    'asserted_single_source: health workers=asserted, Getnet Adane=refused_comment',
    'asserted_single_source: Getnet Adane=asserted',
  ]);
});

test('a channel set off between the speaker and the cue is the channel, not part of the speaker', () => {
  assert.deepEqual(statements('Ukrainian President Volodymyr Zelenskiy, in his nightly video address, said the situation in Kursk was difficult.', '2025-03-13'), [
    'Volodymyr Zelenskiy|said|the situation in Kursk was difficult|ch:in his nightly video address',
  ]);
});

test('a headline\'s "; junta rejects report" denies the claim the headline opens with', () => {
  assert.deepEqual(
    claims('Mali troops killed 20 civilians, rights group says; junta rejects report\n\nBAMAKO (Reuters) - Soldiers killed 20 civilians in a village in central Mali, Human Rights Watch said on Tuesday.'),
    ['disputed: Human Rights Watch=asserted, junta=denied'],
  );
});

test('"These are lies" after a denial and the counter-accusation joined to it is on what was denied', () => {
  assert.deepEqual(
    claims(
      'Shelling by the Rapid Support Forces killed at least 30 people in El Fasher on Sunday, a local activist group said.\n\n' +
        'The RSF denied responsibility and accused the army of shelling the camp. "These are lies spread by the Port Sudan government," RSF adviser Al-Basha Tbeiq wrote on X.',
    ),
    ['disputed: a local activist group=asserted, Rapid Support Forces=denied, Al-Basha Tbeiq=denied', 'asserted_single_source: Rapid Support Forces=asserted'],
  );
});

test('an allegation framed after what it alleges is a statement, though the model misses it', () => {
  assert.deepEqual(
    speakersAndCues(
      "Eritrean soldiers killed at least 40 civilians in villages along Ethiopia's northern border in recent weeks, the interim administration of the Tigray region alleged on Thursday, as tensions between the two countries raised fears of a new war.",
      '2025-04-10',
    ),
    ['the interim administration of the Tigray region|alleged'],
  );
});

test('imagery a source aired is one statement of what it shows, whatever cue the model or the rules found inside it', () => {
  assert.deepEqual(statements('Al-Masirah TV aired footage that showed bodies strewn across the site.', '2025-04-18'), ['Al-Masirah TV|aired footage that showed|bodies strewn across the site']);
  assert.deepEqual(statements('Governor Vyacheslav Gladkov posted photos of the burnt-out vehicle.', '2025-04-18'), ['Vyacheslav Gladkov|posted photos of|the burnt-out vehicle']);
});

test('"the men it said it had targeted" is a relative clause on the men, no statement, and "It named three of the men it" none either', () => {
  assert.deepEqual(speakersAndCues('The Israeli military said it had struck Hamas fighters. It named three of the men it said it had targeted.', '2024-09-10'), ['The Israeli military|said']);
});

test('", an accusation Tehran and the Houthis have repeatedly denied" is a denial by each', () => {
  assert.deepEqual(
    claims('The Israeli military said the group used the port to bring in Iranian weapons, an accusation Tehran and the Houthis have repeatedly denied.'),
    ['disputed: The Israeli military=asserted, Tehran=denied, Houthis=denied'],
  );
});

test('"Neither could say whether …" after two officials is both of them unable to confirm it', () => {
  assert.deepEqual(
    statements('Two local officials said a drone strike had hit a gathering in the village. Neither could say whether any fighters had been present.', '2024-10-21'),
    ['Two local officials|said|a drone strike had hit a gathering in the village', 'Two local officials|could say|whether any fighters had been present'],
  );
  assert.deepEqual(claims('Two local officials said a drone strike had hit a gathering in the village. Neither could say whether any fighters had been present.'), [
    'asserted_single_source: Two local officials=asserted',
    'unconfirmed: Two local officials=cannot_confirm',
  ]);
});

test('"One, who gave only his first name, Adam, said" after residents is Adam, as "One resident, who …" is', () => {
  const text = (one: string): string => `Residents reached by Reuters described heavy artillery fire overnight. ${one}, who gave only his first name, Adam, said families were sheltering in trenches.`;
  assert.deepEqual(statements(text('One'), '2024-06-10'), ['Residents|described|heavy artillery fire overnight', 'Adam|said|families were sheltering in trenches']);
  assert.deepEqual(statements(text('One resident'), '2024-06-10')[1], 'Adam|said|families were sheltering in trenches');
});

test('"Israel had not yet received a formal copy of the proposal" denies neither "Hamas has received a new proposal" nor the headline\'s "Hamas says it has received …"', () => {
  const body = 'Hamas has received a new proposal for a ceasefire from Egyptian and Qatari mediators, a senior Hamas official told Reuters.\n\nAn Israeli official said Israel had not yet received a formal copy of the proposal.';
  assert.deepEqual(claims(body), ['asserted_single_source: Hamas=asserted', 'asserted_single_source: An Israeli official=asserted']);
  assert.deepEqual(claims(`Hamas says it has received new truce proposal\n\n${body}`), ['asserted_single_source: Hamas=asserted', 'asserted_single_source: An Israeli official=asserted']);
});

test('"told a news briefing that …" and "told a news conference the talks …" give the gathering as channel, no recipient', () => {
  assert.deepEqual(attributions('Majed al-Ansari told a news briefing that the talks had reached a critical stage.'), ['indirect|Majed al-Ansari|told|the talks had reached a critical stage|ch:a news briefing']);
  assert.deepEqual(attributions('He told a news conference the talks had stalled.'), ['indirect|He|told|the talks had stalled|ch:a news conference']);
});

test('a headline whose source names no one ("…, source says") is the claim its lead restates, though they share only the story\'s topic', () => {
  const text =
    'Ukrainian drones hit Russian oil refinery, source says\n\n' +
    "KYIV, Jan 24 (Reuters) - Ukrainian drones struck an oil refinery in Russia's Ryazan region overnight, causing a large fire, a source in Ukraine's SBU security service told Reuters.\n\n" +
    'Governor Pavel Malkov said debris from a downed drone had sparked a fire at an industrial enterprise.\n\n' +
    'Russia said it had destroyed 41 Ukrainian drones. Videos showed smoke over the refinery.';
  assert.deepEqual(claims(text), ['asserted_single_source: SBU=asserted', 'asserted_single_source: Pavel Malkov=asserted', 'asserted_single_source: Russia=asserted', 'asserted_single_source: imagery=asserted']);
});

test('one shared word that one statement has only for where something was ("in the building") ties no two statements', () => {
  assert.deepEqual(
    claims('A Hezbollah official said the commander had been in the building. Footage aired by Al Jazeera showed a multi-storey building partly collapsed and rescuers searching the rubble.'),
    ['asserted_single_source: Hezbollah=asserted', 'asserted_single_source: imagery=asserted'],
  );
});

test('", without confirming that Ukrainian troops had crossed the border" is the speaker unable to confirm the claim it names; a silence "on the operation" is on the lead\'s deed', () => {
  const text =
    "Russia's defence ministry said its forces had repelled an attempt by about 1,000 Ukrainian troops to cross into the Kursk region. Ukraine's military did not comment on the operation. " +
    "Mykhailo Podolyak said Russia's aggression was the cause of any escalation, without confirming that Ukrainian troops had crossed the border.";
  assert.deepEqual(speakersAndCues(text, '2024-08-07'), ["Russia's defence ministry|said", 'Mykhailo Podolyak|said', 'Mykhailo Podolyak|without confirming']);
  assert.deepEqual(claims(text), ["unconfirmed: Russia's defence ministry=asserted, Mykhailo Podolyak=cannot_confirm, Ukraine's military=refused_comment", 'asserted_single_source: Mykhailo Podolyak=asserted']);
});

test('"could not independently verify the accounts" doubts what witnesses and residents said, however far back, not an official\'s later pledge', () => {
  const text =
    'Eritrean soldiers killed hundreds of civilians in the town of Axum, witnesses said.\n\n' +
    '"They were killing any young man they found in the street," a 29-year-old resident told Reuters by phone. He said he had helped bury 45 bodies.\n\n' +
    "Ethiopia's government has previously said it would investigate any abuses.\n\n" +
    'Reuters was unable to independently verify the accounts.';
  assert.deepEqual(claims(text), [
    'unconfirmed: witnesses=asserted, Reuters=not_independently_verified',
    'unconfirmed: a 29-year-old resident=asserted, Reuters=not_independently_verified',
    'unconfirmed: a 29-year-old resident=asserted, Reuters=not_independently_verified',
    "asserted_single_source: Ethiopia's government=asserted",
  ]);
});

test('"according to a report by … Amnesty International published on Friday": the speaker ends before "published on Friday"', () => {
  assert.deepEqual(statements('Soldiers killed hundreds of civilians in Axum, according to a report by rights group Amnesty International published on Friday.', '2021-02-26'), [
    'Amnesty International|according to|Soldiers killed hundreds of civilians in Axum',
  ]);
  const a = toJson(analyze({ text: 'Soldiers killed hundreds of civilians in Axum, according to a report by rights group Amnesty International published on Friday.', published: '2021-02-26', origin: 'test' }));
  assert.deepEqual(a.attributions.map((x) => span(x.speaker)), ['a report by rights group Amnesty International']);
});

test('"could not independently verify the Russian claim about a military meeting" doubts the claim that names the meeting, not a later one that shares "military"', () => {
  const text =
    "Russia's defence ministry said its forces had struck a meeting of Ukrainian commanders in Sumy with two Iskander-M missiles. " +
    'Kremlin spokesman Dmitry Peskov said the military strikes only military and near-military targets.\n\n' +
    'Reuters could not independently verify the Russian claim about a military meeting.';
  assert.deepEqual(claims(text), ["unconfirmed: Russia's defence ministry=asserted, Reuters=not_independently_verified", 'asserted_single_source: Dmitry Peskov=asserted']);
});

test('a headline\'s "X claims deadly attack" is the claim its story makes by the same verb ("claimed responsibility for the attack"); "could not confirm that any officials were among the dead" is on who the group said it targeted, the outlet\'s own check falling short', () => {
  const text =
    'Al-Shabab claims deadly attack on Mogadishu beach hotel\n\n' +
    "MOGADISHU, Somalia (AP) — Al-Shabab militants stormed a popular beach hotel in Somalia's capital late Friday, killing at least 32 people, police said Saturday.\n\n" +
    'The al-Qaida-linked group claimed responsibility for the attack in a statement, saying its fighters had targeted "government officials and foreigners." The AP could not confirm that any officials were among the dead.';
  assert.deepEqual(claims(text), ['asserted_single_source: Al-Shabab=asserted', 'asserted_single_source: police=asserted', 'unconfirmed: Al-Shabab=asserted, AP=not_independently_verified']);
});

test('"Rwanda, which Congo and U.N. experts accuse of backing M23, …": a state and people of a body named together are two accusers', () => {
  assert.deepEqual(claims('Rwanda, which Congo and U.N. experts accuse of backing M23, denies supporting the rebels.'), ['disputed: Congo=asserted, U.N. experts=asserted, Rwanda=denied']);
});

test('"could not independently verify the accounts" after witnesses takes in the person quoted in their paragraph, not a call for an investigation beside it', () => {
  const text =
    'Witnesses said the shooting began as thousands of people walked toward the site. "They shot at us from the tanks," said Ahmed Abu Hilal, 40.\n\n' +
    'U.N. Secretary-General Antonio Guterres called for an independent investigation. Reuters could not independently verify the accounts.';
  assert.deepEqual(claims(text), [
    'unconfirmed: Witnesses=asserted, Reuters=not_independently_verified',
    'unconfirmed: Ahmed Abu Hilal=asserted, Reuters=not_independently_verified',
    'asserted_single_source: Antonio Guterres=asserted',
  ]);
});

test('"Houthi-run Al-Masirah TV broadcast footage of what it said were bodies": "it" is the channel, not the Houthis that run it; "… and renewed his appeal for …" is no part of what was said', () => {
  assert.deepEqual(speakersAndCues('Houthi-run Al-Masirah TV broadcast footage of what it said were bodies scattered at the port.', '2025-04-18'), ['Al-Masirah TV|said']);
  assert.deepEqual(statements('Zelenskiy said in his nightly video address that Russia had used "madmen\'s tactics" and renewed his appeal for more air defence systems.', '2024-05-25'), [
    'Zelenskiy|said|Russia had used "madmen\'s tactics"|ch:in his nightly video address',
  ]);
});

test('"The junta in Ouagadougou did not comment" is the junta\'s silence, not the city\'s', () => {
  assert.deepEqual(claims('Militants killed 50 soldiers, two security sources said. The junta in Ouagadougou did not comment.'), [
    'asserted_single_source: two security sources=asserted, The junta in Ouagadougou=refused_comment',
  ]);
});

test('an outlet\'s or a body\'s doubt opening its sentence has its negation for words, not the verb alone: "[could not verify]", "[was unable to confirm]"', () => {
  const cues = (text: string): (string | null)[] =>
    toJson(analyze({ text, published: '2024-07-29', origin: 'test' })).claims.flatMap((c) => (c.stances as Rec[]).filter((x) => x.status !== 'asserted').map((x) => span(x.cue)));
  assert.deepEqual(cues('A channel said the commander had been killed. Reuters could not verify the reports.'), ['could not verify']);
  assert.deepEqual(cues('Officials said 12 people were killed. The police were unable to confirm the toll.'), ['were unable to confirm']);
  assert.deepEqual(cues('A channel said the commander had been killed. Reuters was not able to reach the area, which is remote, and could not verify the reports.'), ['could not verify']);
});

test('"A U.S.-led monitoring committee, which …, did not immediately comment" is the committee\'s silence, not the United States\'', () => {
  assert.deepEqual(claims('Lebanese Prime Minister Najib Mikati said Israel had violated the ceasefire more than 50 times. A U.S.-led monitoring committee, which is meant to oversee the truce, did not immediately comment.'), [
    'asserted_single_source: Najib Mikati=asserted, A U.S.-led monitoring committee=refused_comment',
  ]);
});

test('"Asked about it at a briefing, … said he had no information to share" is on the claim "it" stands for; "They did not identify the aircraft" withholds, not asserts', () => {
  const text =
    "Pakistan's military said it had shot down five Indian fighter jets.\n\n" +
    "India's defence ministry did not comment on the claim. Asked about it at a briefing, foreign secretary Vikram Misri said he had no information to share on losses.";
  assert.deepEqual(claims(text), ["unconfirmed: Pakistan's military=asserted, Vikram Misri=cannot_confirm, India's defence ministry=refused_comment"]);
  assert.deepEqual(claims('Three local government sources told Reuters that three fighter jets had crashed in the region. They did not identify the aircraft.'), [
    'asserted_single_source: Three local government sources=asserted',
    'refused_comment: Three local government sources=refused_comment',
  ]);
});

test('"He called the Israeli claim that armed groups had been inside the shelter “shocking”" is one statement, the noun no cue of its own', () => {
  assert.deepEqual(statements('UNRWA chief Philippe Lazzarini said the school had been hit. He called the Israeli claim that armed groups had been inside the shelter "shocking" but said the agency could not verify it.', '2024-06-06'), [
    'Philippe Lazzarini|said|the school had been hit',
    'Philippe Lazzarini|called|the Israeli claim that armed groups had been inside the shelter "shocking"',
    'Philippe Lazzarini|said|the agency could not verify it',
  ]);
});

test('"who negotiated the deal" is no statement; "confirmed that …, telling state media that …" is two, the first ending before the participle', () => {
  assert.deepEqual(statements("Lebanese parliament speaker Nabih Berri, who negotiated the deal on Hezbollah's behalf, said Israel had violated the agreement more than 54 times.", '2024-12-02'), [
    'Nabih Berri|said|Israel had violated the agreement more than 54 times',
  ]);
  assert.deepEqual(statements('A spokesman for the ruling military, Zaw Min Tun, confirmed that the army had carried out a strike in the area, telling state media that it had targeted an office of the militia.', '2023-04-11'), [
    'Zaw Min Tun|confirmed|the army had carried out a strike in the area',
    'Zaw Min Tun|telling|it had targeted an office of the militia|to:state media',
  ]);
  assert.deepEqual(attributions('The spokesman confirmed the army had carried out a strike in the area, telling reporters it had targeted an office.'), [
    'indirect|The spokesman|confirmed|the army had carried out a strike in the area',
    'indirect|The spokesman|telling|it had targeted an office|to:reporters',
  ]);
});

test('A headline\'s "Israel says it struck …" is the claim its lead restates as "The Israeli military said …", one voice', () => {
  const text =
    'Israel says it struck Hezbollah site in south Lebanon despite truce\n\n' +
    'BEIRUT, Dec 2 (AP) — The Israeli military said Monday it struck a Hezbollah launcher in southern Lebanon that posed a threat to its troops.';
  assert.deepEqual(
    toJson(analyze({ text, published: '2024-12-02', origin: 'test' })).claims.map((c) => `${c.overall}: ${span(c.proposition)} :: ${(c.stances as Rec[]).map((x) => `${span(x.evidence)}=${x.status}`).join(', ')}`),
    ['asserted_single_source: it struck a Hezbollah launcher in southern Lebanon that posed a threat to its troops :: it struck a Hezbollah launcher in southern Lebanon that posed a threat to its troops=asserted'],
  );
});

test('"The location of the videos could not be independently confirmed" doubts what the videos were posted to show, not the quote before it', () => {
  const text =
    'The group posted videos showing fighters celebrating in front of a building. An army spokesman dismissed the claim as lies. "Our forces inflicted heavy losses on the militia," he told Reuters by phone.\n\n' +
    'The location of the videos could not be independently confirmed.';
  assert.deepEqual(claims(text), ['disputed: The group=asserted, An army spokesman=denied, outlet=not_independently_verified', 'asserted_single_source: An army spokesman=asserted']);
});

test('A headline\'s "Israeli forces raid …, say …" is spoken by "Israeli forces"; "The military said it was checking the reports" is on the other side\'s account, not its own headline claim', () => {
  const text =
    'Israeli forces raid northern Gaza hospital, say Hamas used it as command center\n\n' +
    'JERUSALEM (Reuters) - Israeli forces raided the Kamal Adwan hospital in northern Gaza on Friday, Palestinian health officials said.\n\n' +
    'The military said in a statement that its troops had detained more than 240 terrorists in the area of the hospital.\n\n' +
    "The Gaza Health Ministry said the hospital's director was among dozens of medical staff taken away by Israeli troops. The military said it was checking the reports.";
  assert.deepEqual(speakersAndCues(text, '2024-12-27')[0], 'Israeli forces|say');
  assert.deepEqual(claims(text), [
    'asserted_single_source: Israeli forces=asserted',
    'asserted_single_source: Palestinian health officials=asserted',
    'asserted_single_source: The military=asserted',
    'unconfirmed: Gaza Health Ministry=asserted, The military=neither_confirmed_nor_denied',
  ]);
});

test('"Asked whether …, he told reporters: “I will not answer that question.”" refuses on what was asked; "It did not immediately respond" is not on its own denial', () => {
  assert.deepEqual(
    claims('Asked whether Rwandan troops were in Goma, Rwanda\'s foreign minister Olivier Nduhungirehe told reporters: "I will not answer that question."'),
    ['refused_comment: Olivier Nduhungirehe=refused_comment'],
  );
  const text =
    'Congo\'s government spokesman, Patrick Muyaya, accused Rwanda of a "declaration of war".\n\n' +
    "Rwanda's government has repeatedly denied backing the rebels. It did not immediately respond to a request for comment on Monday.";
  assert.deepEqual(claims(text), ["asserted_single_source: Patrick Muyaya=asserted, Rwanda's government=refused_comment", "denied: Rwanda's government=denied"]);
});

test('"There was no comment from North Korea, which has neither confirmed nor denied sending troops" is North Korea\'s, the whole its cue; "has not directly denied" denies nothing', () => {
  assert.deepEqual(statements('There was no comment from North Korea, which has neither confirmed nor denied sending troops to Russia. The Kremlin has not directly denied their presence.', '2025-01-11'), [
    'North Korea|has neither confirmed nor denied|sending troops to Russia',
    'Kremlin|has not directly denied|their presence',
  ]);
  assert.deepEqual(claims('There was no comment from North Korea, which has neither confirmed nor denied sending troops to Russia. The Kremlin has not directly denied their presence.'), [
    'unconfirmed: North Korea=neither_confirmed_nor_denied',
    'unconfirmed: Kremlin=neither_confirmed_nor_denied',
  ]);
});

test('"an earthquake that the Taliban administration said had killed …" says the toll, not the sentence\'s clause before it; "and warned the toll was likely to rise" is a second statement, and a quote continued after it keeps its speaker', () => {
  const text =
    'Aid began reaching remote villages on Thursday, three days after a powerful earthquake that the Taliban administration said had killed more than 2,200 people.\n\n' +
    'OCHA said its teams had confirmed at least 1,400 deaths in the villages they had reached and warned the toll was likely to rise.\n\n' +
    '"The scale of the destruction is enormous," said Indrika Ratwatte, the U.N. resident coordinator. "Entire villages have been flattened."\n\n' +
    'The World Food Programme said funding cuts had forced it to reduce food aid and that it could not reach some villages because of landslides.';
  assert.deepEqual(statements(text, '2025-09-04'), [
    'Taliban|said|had killed more than 2,200 people',
    'OCHA|said|its teams had confirmed at least 1,400 deaths in the villages they had reached',
    'OCHA|warned|the toll was likely to rise',
    'Indrika Ratwatte|said|The scale of the destruction is enormous,',
    'Indrika Ratwatte|null|Entire villages have been flattened.',
    'World Food Programme|said|funding cuts had forced it to reduce food aid and that it could not reach some villages because of landslides',
  ]);
  // (The programme's "could not reach some villages" is its own inability, no denial of the count in the villages reached.)
  assert.ok(!claims(text).some((c) => c.includes('denied')), claims(text).join('\n'));
});

test('"… dismissed reports … as “another lie” but has not directly denied their presence": the auxiliary after "but" is the cue\'s, and it denies nothing', () => {
  const text = 'The Kremlin has previously dismissed reports of North Korean troops in Kursk as "another lie" but has not directly denied their presence.';
  assert.deepEqual(statements(text, '2025-01-11')[1], 'Kremlin|has not directly denied|their presence');
  assert.deepEqual(claims(text)[1], 'unconfirmed: Kremlin=neither_confirmed_nor_denied');
});

test('", but that …" under one cue is a second statement, told to the same recipient; "which the U.S. has designated a terrorist organization" is no statement; "A video … claiming to show X was filmed in 2021" claims X', () => {
  assert.deepEqual(attributions('The deputy mayor told The Associated Press that at least 20 people had been killed, but that the toll could be higher.'), [
    'indirect|The deputy mayor|told|at least 20 people had been killed|to:The Associated Press',
    'indirect|The deputy mayor|told|the toll could be higher|to:The Associated Press',
  ]);
  assert.deepEqual(claims('The deputy mayor said at least 20 people had been killed, but that the toll could be higher.'), ['asserted_single_source: The deputy mayor=asserted', 'warning: The deputy mayor=warning']);
  assert.deepEqual(statements('The Viv Ansanm gang coalition, which the U.S. has designated a terrorist organization, has not commented on the attack.', '2025-03-31'), []);
  assert.deepEqual(
    statements('A video shared widely on social media this week claiming to show Iranian missiles striking Tel Aviv was filmed in May 2021, during an earlier conflict, a Reuters analysis found.', '2024-10-04'),
    ['social-media|claiming to show|Iranian missiles striking Tel Aviv'],
  );
});

test('"has called on both sides to refrain from any action that could …" keeps whom the call is on; "in a statement released through its propaganda arm" is the channel; "restricts reporting" is no statement', () => {
  assert.deepEqual(statements('Grossi has repeatedly called on both sides to refrain from any action that could endanger the plant.', '2024-04-07'), [
    'Grossi|has repeatedly called on|both sides to refrain from any action that could endanger the plant',
  ]);
  assert.deepEqual(attributions('JNIM claimed responsibility for the attack in Djibo in a statement released through its propaganda arm.'), [
    'indirect|JNIM|claimed|responsibility for the attack in Djibo|ch:in a statement released through its propaganda arm',
  ]);
  assert.deepEqual(statements('The junta has banned several foreign media outlets and restricts reporting on security incidents, making casualty figures difficult to verify.', '2025-05-12'), []);
});

test('"could not confirm a Russian Defense Ministry claim that …" doubts the ministry\'s claim, "and insisted that …" is the Pentagon\'s; "I\'m not going to speculate" refuses on what was asked; "Brig. Gen." ends no sentence', () => {
  const text =
    'The Pentagon said Wednesday it could not confirm a Russian Defense Ministry claim that a U.S. surveillance drone had crashed into the Black Sea on its own, and insisted that a Russian fighter jet had struck the drone\'s propeller.\n\n' +
    '"Our MQ-9 aircraft was intercepted and hit by a Russian aircraft," Air Force Brig. Gen. Pat Ryder told reporters. Asked whether the collision was deliberate, Ryder said: "I\'m not going to speculate."';
  assert.deepEqual(speakersAndCues(text, '2023-03-15'), ['Pentagon|said', 'Russian Defense Ministry|claim', 'Pentagon|insisted', 'Pat Ryder|told', 'Pat Ryder|said']);
  assert.deepEqual(claims(text), [
    'unconfirmed: Russian Defense Ministry=asserted, Pentagon=cannot_confirm',
    'asserted_single_source: Pentagon=asserted',
    'asserted_single_source: Pat Ryder=asserted',
    'refused_comment: Pat Ryder=refused_comment',
  ]);
  assert.deepEqual(claims('The Pentagon could not confirm a Russian Defense Ministry claim that the drone had crashed on its own.'), ['unconfirmed: Russian Defense Ministry=asserted, Pentagon=cannot_confirm']);
});

test('Two counts of the same figure meet over "killed" and "executed": a commission\'s "at least 45 civilians had been killed in Merawi" confirms "summarily executed at least 45 civilians in … Merawi", not a verdict on the killing', () => {
  const text =
    'Ethiopian soldiers summarily executed at least 45 civilians in the town of Merawi in January, Human Rights Watch said in a report on Thursday.\n\n' +
    '"The Ethiopian military\'s killing of civilians in Merawi is a war crime," said Laetitia Bader, deputy Africa director at Human Rights Watch.\n\n' +
    'The Ethiopian Human Rights Commission said in March that at least 45 civilians had been killed in Merawi.';
  assert.deepEqual(claims(text), ['corroborated: Human Rights Watch=asserted, Ethiopian Human Rights Commission=asserted', 'asserted_single_source: Laetitia Bader=asserted']);
});

test('"rejected the findings, saying …" is a rejection and what it says of it; "have denied obstructing aid and blamed the army for …" is a denial and a blame', () => {
  assert.deepEqual(statements("Sudan's army-aligned government rejected the findings, saying the IPC had relied on outdated data.", '2024-12-24'), [
    "Sudan's army-aligned government|rejected|the findings",
    "Sudan's army-aligned government|saying|the IPC had relied on outdated data",
  ]);
  assert.deepEqual(statements('The Rapid Support Forces have denied obstructing aid and blamed the army for bombing supply routes.', '2024-12-24'), [
    'Rapid Support Forces|denied|obstructing aid',
    'Rapid Support Forces|blamed|the army for bombing supply routes',
  ]);
});

test('"…, MRTV said, quoting a statement from the ruling council" names where the quote came from, no statement; "it was investigating the reports" takes no stance yet', () => {
  const text = '"All military operations are suspended except for defensive measures," state broadcaster MRTV said, quoting a statement from the ruling council.';
  assert.deepEqual(statements(text, '2025-04-07'), ['MRTV|said|All military operations are suspended except for defensive measures,']);
  assert.deepEqual(claims('Rebel groups said the military had bombed a village on Friday. The United Nations human rights office said it was investigating the reports.'), [
    'unconfirmed: Rebel groups=asserted, United Nations=neither_confirmed_nor_denied',
  ]);
});

test('"…, two weeks after an attack on tourists that New Delhi blames on …" is the outlet\'s setting after what was said, no part of it', () => {
  assert.deepEqual(
    // (The relative clause's blame is a statement of its own, whose object, the attack, it leaves out: a known fault.)
    statements('India said it struck nine "terrorist infrastructure" sites in Pakistan early on Wednesday, two weeks after an attack on tourists in Indian Kashmir that New Delhi blames on Pakistan-based militants.', '2025-05-07'),
    ['India|said|it struck nine "terrorist infrastructure" sites in Pakistan early on Wednesday', 'New Delhi|blames|on Pakistan-based militants'],
  );
});

test('"Delta Tankers declined to comment.", a paragraph of its own, is a silence on the claim before it, not a claim "to comment"', () => {
  assert.deepEqual(claims("Yemen's Houthi movement said it had attacked a Greek-owned oil tanker in the Red Sea.\n\nDelta Tankers declined to comment."), [
    'asserted_single_source: Houthi=asserted, Delta Tankers=refused_comment',
  ]);
});

test('"The ship\'s manager, Delta Tankers, declined to comment." is a refusal, not a participle describing the manager', () => {
  assert.deepEqual(statements("Yemen's Houthi movement said it had attacked a Greek-owned oil tanker.\n\nThe ship's manager, Delta Tankers, declined to comment.", '2024-08-21'), [
    'Houthi|said|it had attacked a Greek-owned oil tanker',
    'Delta Tankers|declined|to comment',
  ]);
});

test('"Moscow denies targeting civilians" is on the mayor\'s "The enemy is deliberately targeting civilians", its very words, not on the toll (hf1\'s golden pins that "denied it had attacked the hospital" stays off a quote merely sharing "attack" and "hospital")', () => {
  const kharkiv =
    'Russian bombs struck a residential building in Kharkiv on Saturday, killing at least seven people, governor Oleh Syniehubov said.\n\n' +
    '"The enemy is deliberately targeting civilians," Mayor Ihor Terekhov told local television.\n\n' +
    'Moscow denies targeting civilians.';
  assert.deepEqual(claims(kharkiv), ['asserted_single_source: Oleh Syniehubov=asserted', 'disputed: Ihor Terekhov=asserted, Moscow=denied']);
});

test('a bare "declined to comment" is on the attack the story leads with, not on the rescue reported just before; "which owns the refinery" is on the lead\'s strike on it', () => {
  const ship =
    "Yemen's Houthi movement said on Wednesday it had attacked a Greek-owned oil tanker in the Red Sea with drones and missiles, setting it ablaze.\n\n" +
    'A European Union naval mission in the area said the 25 crew members had been rescued by a French warship and taken to Djibouti.\n\n' +
    "The ship's manager, Delta Tankers, declined to comment.";
  assert.deepEqual(claims(ship), ['asserted_single_source: Houthi=asserted, Delta Tankers=refused_comment', 'asserted_single_source: European Union=asserted']);
  const refinery =
    "Ukrainian drones struck an oil refinery in Russia's Volgograd region overnight, setting off a large fire, Ukraine's General Staff said on Monday.\n\n" +
    'A source in the SBU security service said: "The refinery supplies fuel to the Russian army."\n\n' +
    'Lukoil, which owns the refinery, declined to comment.';
  assert.equal(claims(refinery)[0], "asserted_single_source: Ukraine's General Staff=asserted, Lukoil=refused_comment");
});

test('a headline\'s claim stays when all the body adds to it is a refusal: "Russia says it had no plans to strike Poland" … "Peskov declined to comment"', () => {
  const text =
    'Poland shoots down drones over its territory; Russia says it had no plans to strike Poland\n\n' +
    'WARSAW, Sept 10 (Reuters) - Poland shot down drones that violated its airspace overnight during a Russian attack on western Ukraine.\n\n' +
    'Kremlin spokesman Dmitry Peskov declined to comment.';
  assert.deepEqual(claims(text), ['asserted_single_source: Russia=asserted, Dmitry Peskov=refused_comment']);
});

test('"said the tanker was carrying … crude oil and warned of a possible environmental disaster if it sank" is a statement and a warning', () => {
  const text = 'A U.S. defence official said the tanker was carrying about 150,000 tonnes of crude oil and warned of a possible environmental disaster if it sank.';
  assert.deepEqual(claims(text), ['asserted_single_source: A U.S. defence official=asserted', 'warning: A U.S. defence official=warning']);
});

test('"said … but that …" without a comma is two statements; "it could not confirm it" is on what the speaker just said; a quote opening "These are lies" is on the claim its voice has denied; "Rwanda, which the United Nations says has …, denies …" is two statements', () => {
  assert.deepEqual(claims('The Houthis said they had sunk the ship.\n\nThe European Union\'s naval mission, Aspides, said the ship was "likely" to have sunk but that it could not confirm it.'), [
    'unconfirmed: Houthis=asserted, Aspides=hedged, Aspides=cannot_confirm',
  ]);
  const goma =
    'M23 rebels said Saturday they had captured the town of Kavumu and its airport, a claim the Congolese army denied.\n\n' +
    '"Kavumu is under our control," M23 spokesman Lawrence Kanyuka wrote on X.\n\n' +
    'Congolese army spokesman General Sylvain Ekenge said fighting was ongoing near the airport. "These are lies spread to demoralise the population," he told AFP by telephone.\n\n' +
    'Rwanda, which the United Nations says has deployed thousands of troops to back the M23, denies supporting the rebels. It did not respond to AFP\'s request for comment on Saturday.';
  assert.deepEqual(statements(goma, '2025-02-15').slice(-2), ['United Nations|says|has deployed thousands of troops to back the M23', 'Rwanda|denies|supporting the rebels']);
  assert.deepEqual(claims(goma), [
    'disputed: M23=asserted, the Congolese army=denied, Sylvain Ekenge=denied',
    'asserted_single_source: Lawrence Kanyuka=asserted',
    'asserted_single_source: Sylvain Ekenge=asserted',
    'disputed: United Nations=asserted, Rwanda=denied, Rwanda=refused_comment',
  ]);
});

test('"Kyiv rarely acknowledges attacks on Russian territory" is a habit, no statement', () => {
  assert.deepEqual(statements('Ukraine\'s military did not comment on the report. Kyiv rarely acknowledges attacks on Russian territory.', '2024-03-14'), []);
});

test('"its troops were still holding positions there" holds the place its sentence named, against the claim it was retaken', () => {
  const text =
    "Russia's top general said Russian forces had retaken the last village held by Ukrainian troops in the Kursk region.\n\n" +
    'Ukraine\'s General Staff said in a statement that the situation in the Kursk region was "difficult" but that its troops were still holding positions there.';
  assert.equal(claims(text)[0], "disputed: Russia's top general=asserted, Ukraine's General Staff=denied");
});

test('"could not independently verify the details of the attack", where no claim names it, doubts the lead\'s account, not the latest claim', () => {
  const text =
    'A Russian drone struck a city bus in the southern Ukrainian city of Kherson on Tuesday, killing two passengers, regional officials said.\n\n' +
    'Residents say drones hunt people on the streets.\n\n' +
    'The AP could not independently verify the details of the attack.';
  assert.deepEqual(claims(text), ['unconfirmed: regional officials=asserted, AP=not_independently_verified', 'asserted_single_source: Residents=asserted']);
});

test('"Hamas rejected Israeli claims that …" is Hamas rejecting, not Hamas claiming; "…, rejecting Russian claims that …" denies the headline\'s "Moscow claims"', () => {
  assert.deepEqual(claims('Hamas rejected Israeli claims that its fighters were hiding in the hospital.'), ['denied: Hamas=denied']);
  assert.deepEqual(statements('Iran rejected U.S. claims that it had supplied missiles to Russia.', '2025-03-13'), ['Iran|rejected|U.S. claims that it had supplied missiles to Russia']);
  const text =
    'Zelenskiy says Ukrainian troops still fighting in Kursk; Moscow claims region retaken\n\n' +
    "KYIV, March 13 (Reuters) - President Volodymyr Zelenskiy said on Thursday that Ukrainian forces were still fighting in Russia's Kursk region, rejecting Russian claims that Moscow had retaken almost all of the territory Kyiv seized last year.";
  assert.deepEqual(claims(text), ['asserted_single_source: Volodymyr Zelenskiy=asserted', 'disputed: Moscow=asserted, Volodymyr Zelenskiy=denied']);
});

test('"The junta has repeatedly denied …" is the junta, not the body before whose appositive names "opponents of the junta"; "a spokesperson, asked about the strike, said" asked nothing of its own', () => {
  const text =
    'The National Unity Government, a shadow administration set up by opponents of the junta, said the strike was a war crime.\n\n' +
    'The junta has repeatedly denied committing atrocities, saying it is fighting "terrorists".\n\n' +
    'A U.S. State Department spokesperson, asked about the strike, said Washington was in contact with both sides.';
  assert.deepEqual(statements(text, '2025-03-12'), [
    'National Unity Government|said|the strike was a war crime',
    'The junta|has repeatedly denied|committing atrocities',
    'The junta|saying|it is fighting "terrorists"',
    'U.S. State Department|said|Washington was in contact with both sides',
  ]);
});

test('"There is no threat of encirclement" and "were in danger of being encircled" are one proposition; so are "encircled" and "surrounded"', () => {
  const text = "Russia's defence ministry said Ukrainian units near Sudzha were surrounded. Its forces had also recaptured the village of Makhnovka, it said. Ukraine denied its units had been encircled.";
  assert.deepEqual(claims(text), ["disputed: Russia's defence ministry=asserted, Ukraine=denied", "asserted_single_source: Russia's defence ministry=asserted"]);
});

test('"A farmer, who asked not to be named, said: “…”" is a quote by the farmer; "One of them, a farmer who …, said:" is one of the residents', () => {
  assert.deepEqual(statements('A farmer, who asked not to be named, said: "They come at night. They take everything."', '2023-09-12'), ['A farmer|said|They come at night. They take everything.|anonymous']);
  assert.deepEqual(statements('Three residents said Eritrean soldiers had taken cattle. One of them, a farmer who asked not to be named, said: "They come at night."', '2023-09-12'), [
    'Three residents|said|Eritrean soldiers had taken cattle',
    'Three residents|said|They come at night.|anonymous',
  ]);
});

test('a navy spokesman speaks with "The Ukrainian navy" his paragraph names, so his "had not been carrying any military cargo" denies nothing Ukrainian officials said; Kinshasa\'s "Rwandan troops are firing" does not corroborate Kigali\'s "the Congolese army had fired first"', () => {
  const odesa =
    "A Russian ballistic missile struck Odesa's port on Monday, damaging a civilian cargo ship and killing one person, Ukrainian officials said.\n\n" +
    'The Ukrainian navy said the missile hit the vessel as it was loading grain. A crew member was killed, navy spokesman Dmytro Pletenchuk said. He said the ship had not been carrying any military cargo.';
  assert.equal(claims(odesa)[0], 'asserted_single_source: Ukrainian officials=asserted');
  const goma =
    '"Rwandan troops are firing on our population," government spokesman Patrick Muyaya told a news conference in Kinshasa.\n\n' +
    "Rwanda's army spokesman, Brigadier General Ronald Rwivanga, said the Congolese army had fired first, killing five people in Gisenyi.";
  assert.deepEqual(claims(goma), ['asserted_single_source: Patrick Muyaya=asserted', 'asserted_single_source: Ronald Rwivanga=asserted']);
});

test('"has rejected accusations of ethnic killings in Darfur, saying they are army propaganda" is one rejection, the verdict on it too', () => {
  assert.deepEqual(claims('The RSF has rejected accusations of ethnic killings in Darfur, saying they are army propaganda.'), ['denied: RSF=denied, RSF=denied']);
});

test('the Pakistani Taliban\'s claim to have killed "dozens" of soldiers does not corroborate the military\'s "eight soldiers had also been killed"; the military\'s dismissal is of the Taliban\'s claim', () => {
  const text =
    'The military\'s media wing said eight soldiers had also been killed.\n\n' +
    'The Pakistani Taliban said in a statement that it had killed "dozens" of soldiers. The military dismissed the claim as "baseless".';
  assert.deepEqual(claims(text), ["asserted_single_source: The military's media wing=asserted", 'disputed: The Pakistani Taliban=asserted, The military=denied']);
});

test('a headline\'s claim said again by its voice in most of its words joins however far on: "WHO says it has lost contact with staff" … "The World Health Organization said it had lost contact with staff at the hospital"', () => {
  const text =
    "Israeli forces raid Gaza's Kamal Adwan hospital; WHO says it has lost contact with staff\n\n" +
    'CAIRO, Dec 27 (Reuters) - Israeli forces stormed the Kamal Adwan hospital in northern Gaza on Friday and ordered hundreds of patients and staff to leave, the Gaza health ministry said.\n\n' +
    'The Israeli military said its troops were operating against "Hamas terrorist infrastructure" in the hospital area.\n\n' +
    'The military said it had detained "suspected terrorists" but did not give names.\n\n' +
    'The World Health Organization said it had lost contact with staff at the hospital.';
  assert.equal(claims(text).filter((c) => c.includes('World Health Organization')).join(' / '), 'asserted_single_source: World Health Organization=asserted');
});

test('"…, the group said, claiming to have killed 47 soldiers" is two statements of the group\'s', () => {
  assert.deepEqual(statements("Al Shabaab militants attacked a military base in Somalia's central Hiraan region on Tuesday, the group said, claiming to have killed 47 soldiers.", '2025-03-18'), [
    "Al Shabaab|said|Al Shabaab militants attacked a military base in Somalia's central Hiraan region on Tuesday",
    'Al Shabaab|claiming|to have killed 47 soldiers',
  ]);
});

test('a headline\'s "Israel strikes south Lebanon, says …" is Israel\'s, and "would hold … responsible for any fire from its territory" restates no firing', () => {
  const text =
    'Israel strikes south Lebanon, says it targeted Hezbollah rocket launchers\n\n' +
    'BEIRUT, March 22 (Reuters) - Israel carried out air strikes in southern Lebanon on Saturday after it said rockets had been fired from Lebanese territory.\n\n' +
    'Israeli Defence Minister Israel Katz said Israel would hold the Lebanese state responsible for any fire from its territory.';
  assert.equal(statements(text, '2025-03-22')[0], 'Israel|says|it targeted Hezbollah rocket launchers');
  assert.equal(claims(text).filter((c) => c.includes('Israel Katz')).join(' / '), 'asserted_single_source: Israel Katz=asserted');
});

test('"Nawaf Salam warned … and said …" and "Pakistan said … and vowed to respond" keep their speakers whole', () => {
  assert.deepEqual(statements('Lebanese Prime Minister Nawaf Salam warned that renewed military operations "could drag the country into a new war" and said he had asked the army to take "all necessary measures".', '2025-03-22'), [
    'Nawaf Salam|warned|renewed military operations "could drag the country into a new war"',
    'Nawaf Salam|said|he had asked the army to take "all necessary measures"',
  ]);
  const text = 'India said on Wednesday it had struck nine sites in Pakistan, while Pakistan said the strikes had killed 26 civilians, including women and children, and vowed to respond.';
  assert.equal(statements(text, '2025-05-07').find((s) => s.includes('vowed')), 'Pakistan|vowed|to respond');
});

test('"A Kenyan-led security mission that has been in Haiti since last year did not respond" is the mission\'s silence, not Haiti\'s', () => {
  const text =
    'Gang members stormed the town of Mirebalais in central Haiti overnight, freeing more than 500 inmates from the local prison, police said on Monday.\n\n' +
    'A Kenyan-led security mission that has been in Haiti since last year did not respond to a request for comment.';
  assert.deepEqual(claims(text), ['asserted_single_source: police=asserted, A Kenyan-led security mission=refused_comment']);
});

test('"army says it pulled back" is no backing that "Rwanda, which denies backing the M23" denies; "a claim contradicted by several residents and a local civil society leader" is their denial', () => {
  const bukavu =
    'M23 rebels enter Congo\'s Bukavu; army says it pulled back to spare civilians\n\n' +
    'Rwanda, which denies backing the M23, did not immediately respond to a request for comment.';
  assert.deepEqual(claims(bukavu), ['asserted_single_source: army=asserted, Rwanda=refused_comment', 'denied: Rwanda=denied']);
  const fallen =
    "Congo's government said the city had not fallen and that its troops were still present on the outskirts, a claim contradicted by several residents and a local civil society leader, who said there were no soldiers left in the city.";
  assert.equal(claims(fallen)[0], "disputed: Congo's government=asserted, several residents and a local civil society leader=denied");
});

test('"did not comment on the Houthi claim that missiles had been fired" is on what the Houthis said; "said last year" has the cue "said"; "denied that any such meeting had taken place" is on the meeting struck', () => {
  const redSea =
    "Yemen's Houthis said on Monday they had attacked the U.S. aircraft carrier Harry S. Truman with 18 ballistic and cruise missiles and a drone.\n\n" +
    'A U.S. defence official said 11 Houthi drones had been shot down and that a missile had fallen well short of the carrier.\n\n' +
    'The Pentagon did not comment on the Houthi claim that missiles had been fired.';
  assert.equal(claims(redSea)[0], 'asserted_single_source: Houthis=asserted, Pentagon=refused_comment');
  assert.deepEqual(statements('U.N. experts said last year that Rwanda had up to 4,000 troops in Congo.', '2025-02-15'), ['U.N.|said|Rwanda had up to 4,000 troops in Congo']);
  const sumy =
    "Russia's defence ministry said its forces had struck a meeting of Ukrainian commanders in Sumy with two Iskander missiles.\n\n" +
    "Ukraine's military denied that any such meeting had taken place.";
  assert.deepEqual(claims(sumy), ["disputed: Russia's defence ministry=asserted, Ukraine's military=denied"]);
});

test('", rejecting Moscow\'s assertion that they had been surrounded" after a quote is the speaker\'s rejection; "rejecting Russian claims that …" leaves the claims Russia\'s', () => {
  const quoted = 'Ukraine\'s top military commander said his troops had pulled back to "more favourable positions", rejecting Moscow\'s assertion that they had been surrounded.';
  assert.equal(statements(quoted, '2025-03-13')[1], "Ukraine's top military commander|rejecting|Moscow's assertion that they had been surrounded");
  const demonym = "Ukraine's top military commander said his troops were still fighting in Russia's Kursk region, rejecting Russian claims that they had been surrounded.";
  assert.deepEqual(statements(demonym, '2025-03-13').slice(1), ["Ukraine's top military commander|rejecting|Russian claims that they had been surrounded", 'Russian|claims|they had been surrounded']);
});

test('"…, where a war monitor said more than 1,000 people … had been killed" is the monitor\'s statement; "745 of the dead" gives the figure "The Associated Press could not independently verify"', () => {
  const text =
    "Syria's interim president Ahmed al-Sharaa said on Sunday that a committee would investigate the killing of civilians in the coastal region, where a war monitor said more than 1,000 people had been killed.\n\n" +
    'The monitor said 745 of the dead were civilians killed by fighters loyal to the government. The Associated Press could not independently verify the figure.';
  assert.deepEqual(statements(text, '2025-03-09').slice(0, 2), [
    'Ahmed al-Sharaa|said|a committee would investigate the killing of civilians in the coastal region',
    'a war monitor|said|more than 1,000 people had been killed',
  ]);
  assert.equal(claims(text).at(-1), 'unconfirmed: a war monitor=asserted, Associated Press=not_independently_verified');
});

test('"…, an ethnic armed group and a local resident said, despite …" speak together, and what they said ends before the frame; "it had recorded at least 60 air strikes" does not corroborate one bombing', () => {
  const text =
    'A Myanmar military air strike killed at least 20 people in a village in the Sagaing region on Tuesday, days after a devastating earthquake, an ethnic armed group and a local resident said, despite the junta\'s announcement of a ceasefire.\n\n' +
    'The Kachin Independence Army said two fighter jets had bombed the village of Lin Ta Lu shortly after noon, hitting a monastery where people displaced by the quake were sheltering.\n\n' +
    'The National Unity Government said it had recorded at least 60 air strikes since the quake.';
  assert.equal(statements(text, '2025-04-02')[0], 'an ethnic armed group and a local resident|said|A Myanmar military air strike killed at least 20 people in a village in the Sagaing region on Tuesday, days after a devastating earthquake');
  assert.ok(!claims(text).some((c) => c.startsWith('corroborated')), claims(text).join('\n'));
});

test('"Asked whether Rwandan troops were inside Goma, she said: “That is a lie.”" denies what was asked, not the bombing another claimed; "did not provide evidence for its claim that …" reaches the claim however far back', () => {
  const goma =
    '"The Rwandan army is bombing Goma airport and residential neighbourhoods," government spokesman Patrick Muyaya told reporters.\n\n' +
    'Asked whether Rwandan troops were inside Goma, Rwanda\'s government spokesperson Yolande Makolo said: "That is a lie."';
  assert.deepEqual(claims(goma), ['asserted_single_source: Patrick Muyaya=asserted', 'denied: Yolande Makolo=denied']);
  const school =
    'The Israeli military said it had struck "Hamas terrorists" operating from a command centre inside the school compound.\n\n' +
    'Hamas said those killed were civilians.\n\nMahmoud Basal, a civil defence spokesperson, said rescuers were still searching.\n\n' +
    'Reuters footage showed bodies laid out in the courtyard of a nearby hospital.\n\n' +
    'The military did not provide evidence for its claim that Hamas fighters were inside the school.';
  assert.equal(claims(school)[0], 'unconfirmed: The Israeli military=asserted, outlet=not_independently_verified');
});

test('"The statement could not be authenticated" after a group\'s statement is the outlet\'s doubt, not the group\'s', () => {
  const text = 'JNIM claimed responsibility for the attack in a statement, saying its fighters had seized weapons and vehicles. The statement could not be authenticated.';
  assert.equal(claims(text).at(-1), 'unconfirmed: JNIM=asserted, outlet=not_independently_verified');
});

test('"cutting power to tens of thousands of homes" is no harm to civilians that "Moscow denies deliberately targeting civilians" answers', () => {
  const text =
    'Russia attacked energy facilities in Ukraine\'s southern Odesa region overnight with dozens of drones, cutting power to tens of thousands of homes, regional officials said on Tuesday.\n\n' +
    'Russia\'s Defence Ministry said its forces had struck energy infrastructure. Moscow denies deliberately targeting civilians.';
  assert.deepEqual(claims(text), ['asserted_single_source: regional officials=asserted', 'asserted_single_source: Russia\'s Defence Ministry=asserted', 'denied: Moscow=denied']);
});

test('"…, and Kremlin spokesman Dmitry Peskov declined to comment on Sunday" ends what the Kremlin neither confirmed nor denied, and is his refusal on it', () => {
  const text =
    'Ukraine said two North Korean soldiers had been captured in the Kursk region. ' +
    'The Kremlin has neither confirmed nor denied their presence, and Kremlin spokesman Dmitry Peskov declined to comment on Sunday, referring questions to the defence ministry.';
  assert.deepEqual(statements(text, '2025-01-12').slice(1), ['Kremlin|has neither confirmed nor denied|their presence', 'Dmitry Peskov|declined|to comment on Sunday']);
  assert.equal(claims(text).at(-1), 'unconfirmed: Kremlin=neither_confirmed_nor_denied, Dmitry Peskov=refused_comment');
  // Alone, a refusal on a day is a refusal to comment.
  assert.deepEqual(statements('Kremlin spokesman Dmitry Peskov declined to comment on Sunday.', '2025-01-12'), ['Dmitry Peskov|declined|to comment on Sunday']);
});

test('"It gave no details on how it reached those figures" is on its own count, though that count joined another\'s claim', () => {
  const text =
    'Ukraine\'s military intelligence said on Sunday that North Korean troops fighting for Russia in the Kursk region had suffered heavy casualties and that two soldiers had been captured.\n\n' +
    'President Volodymyr Zelenskiy wrote on X that the two prisoners were being questioned. "This is not an easy process," Zelenskiy wrote.\n\n' +
    'South Korea\'s National Intelligence Service confirmed the capture, telling lawmakers that at least 300 North Korean soldiers had been killed and 2,700 wounded since they joined the fighting. It gave no details on how it reached those figures.';
  assert.equal(claims(text)[0], 'corroborated: Ukraine\'s military intelligence=asserted, National Intelligence Service=asserted, National Intelligence Service=asserted, National Intelligence Service=refused_comment');
  assert.ok(!claims(text).some((c) => c.includes('Zelenskiy=asserted, National')), claims(text).join('\n'));
});

test('"Hamas denied any involvement in the Rafah shooting" answers "Hamas had attacked Israeli troops in Rafah", not the strikes on Hamas commanders after it', () => {
  const text =
    'Israeli Prime Minister Benjamin Netanyahu ordered strikes on Gaza after his office said Hamas had attacked Israeli troops in Rafah.\n\n' +
    'The Israeli military said it had targeted "terror infrastructure" and Hamas commanders.\n\n' +
    'Hamas denied any involvement in the Rafah shooting.';
  assert.deepEqual(claims(text), ['disputed: his office=asserted, Hamas=denied', 'asserted_single_source: The Israeli military=asserted']);
});

test('"The official did not provide evidence" after an unnamed official spoke is on what that official said, not on the official named before', () => {
  const text =
    '"The occupation is looking for pretexts to return to war," senior Hamas official Izzat al-Risheq said in a statement.\n\n' +
    'An Israeli military official, briefing reporters on condition of anonymity, said soldiers had come under fire from gunmen who emerged from a tunnel. The official did not provide evidence.';
  assert.deepEqual(claims(text), ['asserted_single_source: Izzat al-Risheq=asserted', 'unconfirmed: An Israeli military official, briefing reporters on condition of anonymity=asserted, outlet=not_independently_verified']);
});

test('"it had not observed evidence to support the Russian claim" doubts the claim; the fall of a city "if confirmed" is no taking the defenders deny; "dismissed Kobzar from his post" is no statement', () => {
  const pokrovsk =
    'Russia\'s military claimed Monday that its troops had fully captured the eastern Ukrainian city of Pokrovsk.\n\n' +
    'Ukraine\'s General Staff dismissed the claim as "propaganda," saying that defenders were repelling assaults in the city\'s northern districts.\n\n' +
    'Military analysts said the fall of Pokrovsk, if confirmed, would be Russia\'s biggest gain since it captured Avdiivka in February 2024. ' +
    'The Institute for the Study of War said in its daily assessment that it had not observed evidence to support the Russian claim.';
  assert.deepEqual(claims(pokrovsk), [
    'disputed: Russia\'s military=asserted, Ukraine\'s General Staff=denied, Institute for the Study of War=cannot_confirm',
    'asserted_single_source: Ukraine\'s General Staff=asserted',
    'asserted_single_source: Military analysts=asserted',
  ]);
  const sumy = 'Sumy\'s acting mayor said an award ceremony had been held. Zelenskiy later dismissed Kobzar from his post.';
  assert.deepEqual(statements(sumy, '2025-04-13'), ['Sumy\'s acting mayor|said|an award ceremony had been held']);
});

test('"it had not seen evidence of an encirclement" doubts the encirclement another claimed, however far back', () => {
  const text =
    'Russia\'s defence ministry said on Wednesday its forces had encircled Ukrainian units in the eastern city of Pokrovsk.\n\n' +
    'Ukraine\'s military said its troops were holding their positions.\n\nThe 7th Corps said the situation remained "difficult."\n\n' +
    'A Ukrainian soldier said Russian troops controlled most of the city\'s centre.\n\n' +
    'The Institute for the Study of War said that geolocated footage indicated Russian forces had advanced but that it had not seen evidence of an encirclement.';
  assert.ok(claims(text)[0]!.endsWith('Institute for the Study of War=cannot_confirm'), claims(text).join('\n'));
});

test('"…, according to a security source, and that two crew members had lost a leg": the source ends at ", and that", and the model\'s cut inside "three crew members" does not stand', () => {
  const text = 'European Union naval mission Aspides said three crew members were killed and two wounded, according to a security source, and that two crew members had lost a leg.';
  assert.deepEqual(statements(text, '2025-07-08'), [
    'a security source|according to|European Union naval mission Aspides said three crew members were killed and two wounded|anonymous',
    'Aspides|said|three crew members were killed and two wounded',
  ]);
});

test('"These were villagers, not fighters," denies the army\'s fighters "neutralised", not agrees with it', () => {
  const text =
    'Mali\'s army said the strikes had "neutralised" fighters of the al Qaeda-linked group JNIM and destroyed motorbikes and weapons.\n\n' +
    'A local official told Reuters that at least 24 people had been killed. "These were villagers, not fighters," he said.';
  assert.deepEqual(claims(text), ['disputed: Mali\'s army=asserted, A local official=denied', 'asserted_single_source: A local official=asserted']);
});

test('"Netanyahu and Defence Minister Israel Katz said in a joint statement" speak together, and their "We will not allow the deployment of forces" agrees with "a message … not to deploy troops"', () => {
  const text =
    'Israel said it struck an area next to the presidential palace in Damascus, in what Prime Minister Benjamin Netanyahu called a "clear message" to Syria\'s new rulers not to deploy troops near Druze villages south of the capital.\n\n' +
    '"We will not allow the deployment of forces south of Damascus or any threat to the Druze community," Netanyahu and Defence Minister Israel Katz said in a joint statement.';
  assert.equal(statements(text, '2025-05-02').at(-1), 'Netanyahu and Defence Minister Israel Katz|said|We will not allow the deployment of forces south of Damascus or any threat to the Druze community,|ch:in a joint statement');
  assert.ok(!claims(text).some((c) => c.startsWith('disputed')), claims(text).join('\n'));
});

test('"Syria\'s presidency condemned …, according to a statement carried by SANA" is the presidency\'s, through the statement; "…, said …, according to a post on his Telegram channel" gives the found statement its channel, once', () => {
  const syria = 'Syria\'s presidency condemned the strike as a "dangerous escalation" against state institutions, according to a statement carried by the state news agency SANA.';
  assert.deepEqual(statements(syria, '2025-05-02'), ['Syria\'s presidency|condemned|the strike as a "dangerous escalation" against state institutions|ch:a statement carried by the state news agency SANA']);
  const sumy = 'Sumy\'s acting mayor, Artem Kobzar, said an award ceremony for soldiers had been held in the city that morning, according to a post on his Telegram channel.';
  assert.deepEqual(statements(sumy, '2025-04-13'), ['Artem Kobzar|said|an award ceremony for soldiers had been held in the city that morning|ch:a post on his Telegram channel']);
});

test('"UNICEF said … “…,” the agency said, adding that it could not immediately verify the toll": the agency is UNICEF, and its doubt is on the toll of the killed', () => {
  const text =
    'An air strike by Myanmar\'s military on two boarding schools killed at least 17 students, the Arakan Army said on Friday.\n\n' +
    'The aid worker said at least 22 others were wounded.\n\n' +
    'UNICEF said it was "deeply concerned" by reports of the attack. "Schools must be safe places," the agency said in a statement, adding that it could not immediately verify the toll.';
  assert.deepEqual(claims(text), [
    'unconfirmed: Arakan Army=asserted, UNICEF=cannot_confirm',
    'asserted_single_source: The aid worker=asserted',
    'asserted_single_source: UNICEF=asserted',
    'asserted_single_source: UNICEF=asserted',
  ]);
});

test('"declined to comment on the Pakistani claim" is on the claim Pakistan made in its paragraph, not on the lead\'s; "rejecting reports from aid workers and a hospital that …" is a denial of what they reported', () => {
  const pakistan =
    'Pakistan\'s military said 26 civilians had been killed and 46 wounded in the strikes.\n\n' +
    'Pakistan said its air force had shot down five Indian fighter jets. The Indian government declined to comment on the Pakistani claim.';
  assert.deepEqual(claims(pakistan), ['asserted_single_source: Pakistan\'s military=asserted', 'asserted_single_source: Pakistan=asserted, Indian government=refused_comment']);
  const tigray =
    'Ethiopia\'s government denied that a drone strike had killed civilians, rejecting reports from aid workers and a hospital that at least 56 people were killed.';
  assert.deepEqual(claims(tigray), ['denied: Ethiopia\'s government=denied', 'disputed: Ethiopia\'s government=denied, aid workers and a hospital=asserted']);
});

test('"Ukraine\'s military intelligence denied any involvement" answers "Ukrainian forces had attacked …", not a claim that names Ukraine only as where it happened', () => {
  const text =
    'A drone struck the training centre at the Russian-held Zaporizhzhia nuclear power plant in Ukraine on Sunday, the International Atomic Energy Agency said.\n\n' +
    'The Russian-installed management of the plant said Ukrainian forces had attacked a cargo area with drones. Ukraine\'s military intelligence denied any involvement.';
  assert.deepEqual(claims(text), ['asserted_single_source: International Atomic Energy Agency=asserted', 'disputed: The Russian-installed management of the plant=asserted, Ukraine\'s military intelligence=denied']);
});

test('"it was aware of reports that people had been killed and was looking into them" is on the toll of the killed, not on a witness\'s words after it', () => {
  const text =
    'At least 31 Palestinians were killed by Israeli fire on Sunday near an aid distribution site in southern Gaza, the Gaza health ministry said.\n\n' +
    '"They shot at us from tanks and drones. People fell around me," said Mohammed Abu Taha, 38.\n\n' +
    'The Gaza Humanitarian Foundation said it was aware of reports that people had been killed and was looking into them.';
  assert.deepEqual(claims(text), ['unconfirmed: the Gaza health ministry=asserted, Gaza Humanitarian Foundation=neither_confirmed_nor_denied', 'asserted_single_source: Mohammed Abu Taha=asserted']);
});

test('"its fighters were still present near the palace" disputes "it had taken full control of the presidential palace"; "Soldiers filmed themselves …, chanting" is the soldiers\' chant', () => {
  const text =
    'Sudan\'s army said on Friday it had taken full control of the presidential palace in Khartoum.\n\n' +
    'The RSF said its fighters were still present near the palace.';
  assert.deepEqual(claims(text), ['disputed: Sudan\'s army=asserted, RSF=denied', 'asserted_single_source: RSF=asserted']);
  assert.deepEqual(statements('Soldiers filmed themselves inside the palace, in videos verified by Reuters, chanting "God is greatest."', '2025-03-21'), ['Soldiers|chanting|God is greatest.']);
});

test('"said its analysis of video footage and an assessment at the scene indicated that …" is one statement: the model\'s cut before "and an assessment" does not stand', () => {
  const text = 'A U.N. human rights monitoring mission said its analysis of video footage and an assessment at the scene indicated that the hospital was likely hit directly rather than by debris from an intercepted missile.';
  assert.deepEqual(statements(text, '2024-07-08'), [
    'U.N.|said|its analysis of video footage and an assessment at the scene indicated that the hospital was likely hit directly rather than by debris from an intercepted missile',
  ]);
});

test('a sentence holds a second subject\'s statement after the first\'s: "Kosovo says …; Belgrade denies involvement", "WHO says …; RSF denies involvement"', () => {
  const text =
    'Kosovo says Serbia backed monastery attack; Belgrade denies involvement\n\n' +
    'PRISTINA, Sept 25 (Reuters) - Kosovo\'s prime minister, Albin Kurti, said on Monday that Serbia had organised and financed an armed group that attacked police in the northern village of Banjska.';
  assert.deepEqual(statements(text, '2023-09-25'), [
    'Kosovo|says|Serbia backed monastery attack',
    'Belgrade|denies|involvement',
    'Albin Kurti|said|Serbia had organised and financed an armed group that attacked police in the northern village of Banjska',
  ]);
  assert.deepEqual(claims(text), ['disputed: Albin Kurti=asserted, Belgrade=denied']);
  const hospital = 'WHO says attack on El Fasher hospital killed 70; RSF denies involvement';
  assert.deepEqual(statements(hospital, '2025-01-26'), ['WHO|says|attack on El Fasher hospital killed 70', 'RSF|denies|involvement']);
});

test('"…, the United States and Britain." closing what was said is no frame of "States"; "could not confirm the number of people inside" is on the hedged count of people inside, not the lead\'s toll', () => {
  const said = 'Houthi military spokesman Yahya Saree said in a televised speech that the group had struck the Star Nasia "directly" and would keep attacking ships linked to Israel, the United States and Britain.';
  assert.deepEqual(statements(said, '2024-02-06'), [
    'Yahya Saree|said|the group had struck the Star Nasia "directly" and would keep attacking ships linked to Israel, the United States and Britain|ch:in a televised speech',
  ]);
  const text =
    'Russian glide bombs struck a shopping centre in Kharkiv on Saturday, killing at least 12 people, regional governor Oleh Syniehubov said.\n\n' +
    'Around 200 people may have been inside the shopping centre when it was hit, Mayor Ihor Terekhov said.\n\n' +
    'Reuters could not confirm the number of people inside.';
  assert.deepEqual(claims(text), ['asserted_single_source: Oleh Syniehubov=asserted', 'unconfirmed: Ihor Terekhov=hedged, Reuters=not_independently_verified']);
});

test('"the missile had missed the ship" and "the drone had missed the vessel" deny another voice\'s "had struck the Star Nasia"; a missed deadline is no miss', () => {
  const text =
    'Houthi military spokesman Yahya Saree said in a televised speech that the group had struck the Star Nasia "directly" and would keep attacking ships.\n\n' +
    'The U.S. military\'s Central Command said the missile had missed the ship and caused no injuries.';
  assert.deepEqual(claims(text), ['disputed: Yahya Saree=asserted, Central Command=denied', 'asserted_single_source: Central Command=asserted']);
  const missed = 'The group said it had hit a cargo ship in the Gulf of Aden. A U.S. official said the drone had missed the vessel.';
  assert.deepEqual(claims(missed), ['disputed: The group=asserted, A U.S. official=denied', 'asserted_single_source: A U.S. official=asserted']);
  const deadline = 'The rebels said they had hit an army base near the town. The army said the rebels had missed a deadline to withdraw.';
  assert.deepEqual(claims(deadline), ['asserted_single_source: The rebels=asserted', 'asserted_single_source: The army=asserted']);
});

test('", whereas Russia\'s defence ministry said …" ends what was said before it; ", while a local aid worker put the number of dead at more than 200" is the aid worker\'s count; a silence is on the claim that names most of what it passes over', () => {
  const whereas =
    "Ukraine's air force said on Friday it had destroyed a strategic bridge over the Seym river, whereas Russia's defence ministry said its air defences had shot down Ukrainian missiles aimed at the area.";
  assert.deepEqual(statements(whereas, '2024-08-16'), [
    "Ukraine's air force|said|it had destroyed a strategic bridge over the Seym river",
    "Russia's defence ministry|said|its air defences had shot down Ukrainian missiles aimed at the area",
  ]);
  const put = 'A security source said at least 100 people had been killed, while a local aid worker put the number of dead at more than 200.';
  assert.deepEqual(statements(put, '2024-08-26'), ['A security source|said|at least 100 people had been killed|anonymous', 'a local aid worker|put|the number of dead at more than 200']);
  const text =
    'Residents said scores of civilians who had been digging trenches around the town were among the dead.\n\n' +
    '"I saw bodies everywhere along the trench," said one survivor.\n\n' +
    'The government spokesman, Jean Emmanuel Ouedraogo, said the attack was cowardly. He did not comment on the reports that civilians had been ordered to dig the trenches.';
  assert.deepEqual(claims(text), ['asserted_single_source: Residents=asserted, Jean Emmanuel Ouedraogo=refused_comment', 'asserted_single_source: one survivor=asserted', 'asserted_single_source: Jean Emmanuel Ouedraogo=asserted']);
});

test('"said it “categorically rejects” responsibility for the attack" and "said it had nothing to do with the attack" deny the accusation; "and who declined to give his name" is no part of the speaker', () => {
  const lead = "Shelling by Sudan's Rapid Support Forces killed at least 40 people at the Abu Shouk displacement camp outside El Fasher on Sunday, a local activist group said.\n\n";
  assert.deepEqual(claims(`${lead}In a statement on Telegram, the RSF said it "categorically rejects" responsibility for the attack.`), ['disputed: a local activist group=asserted, Rapid Support Forces=denied']);
  assert.deepEqual(claims(`${lead}The RSF said it had nothing to do with the attack.`), ['disputed: a local activist group=asserted, Rapid Support Forces=denied']);
  const quote = '"The jet dropped two bombs," said a villager who helped recover the bodies and who declined to give his name for fear of reprisals.';
  assert.deepEqual(statements(quote, '2025-07-11'), ['a villager who helped recover the bodies|said|The jet dropped two bombs,|anonymous']);
});

test('"its troops were still fighting in the area" denies the capture of the town its sentence names, and a denial copied from one capture of the place to another is not added twice; names listed speak together; "Asked whether …, the official declined to comment" is on the question', () => {
  const text =
    'M23 rebels said on Sunday they had captured the town of Kamanyola, while the Congolese army said its troops were still fighting in the area.\n\n' +
    'M23 spokesman Lawrence Kanyuka said on X that the rebels had "liberated" Kamanyola. Army spokesman Sylvain Ekenge said government forces had "repelled several assaults" near Kamanyola.';
  assert.deepEqual(claims(text), [
    'disputed: M23=asserted, the Congolese army=denied, Sylvain Ekenge=denied',
    'asserted_single_source: the Congolese army=asserted',
    'disputed: Lawrence Kanyuka=asserted, the Congolese army=denied, Sylvain Ekenge=denied',
    'asserted_single_source: Sylvain Ekenge=asserted',
  ]);
  assert.deepEqual(statements('Congo, the United Nations and Western governments accuse Rwanda of backing M23 with troops and weapons.', '2025-02-16'), [
    'Congo, the United Nations and Western governments|accuse|Rwanda of backing M23 with troops and weapons',
  ]);
  const asked = 'A U.S. official said the military was reviewing reports of civilian casualties. Asked whether the United States had warned port workers before the strikes, the official declined to comment.';
  assert.deepEqual(statements(asked, '2025-04-18').at(-1), 'A U.S. official|declined to comment|whether the United States had warned port workers before the strikes');
});

test('"could not independently verify the footage or the toll" is on what a source said its footage was of ("footage of what it said were bodies …") as well as on the toll', () => {
  const text =
    "U.S. air strikes on Yemen's Ras Isa fuel port killed at least 74 people and injured 171, the Houthi-run health ministry said on Friday.\n\n" +
    'Houthi-run Al Masirah TV broadcast footage of what it said were bodies strewn across the port. Reuters could not independently verify the footage or the toll.';
  assert.deepEqual(claims(text), ['unconfirmed: the Houthi-run health ministry=asserted, Reuters=not_independently_verified', 'unconfirmed: Al Masirah TV=asserted, Reuters=not_independently_verified']);
});

test('imagery that "appeared to show damage" is no hedge on "no damage had been caused"; an army commander-in-chief and a foreign minister of one state are one voice; "would not respond unless Israel launched a major attack" is no silence; "Police did not confirm the death toll" doubts the toll', () => {
  const text =
    'Two U.S. officials told Reuters that Israel had carried out a limited strike on Iran.\n\n' +
    'Iranian army commander-in-chief Abdolrahim Mousavi said air defence units had targeted "several flying objects", but that no damage had been caused. Satellite images analysed by Reuters appeared to show damage to an air defence radar at a military air base near Isfahan.\n\n' +
    "Iran's foreign minister, Hossein Amirabdollahian, told NBC News that the drones had not caused any damage. He said Iran would not respond unless Israel launched a major attack.";
  assert.deepEqual(claims(text), [
    'asserted_single_source: Two U.S. officials=asserted',
    'asserted_single_source: Abdolrahim Mousavi=asserted',
    'asserted_single_source: Abdolrahim Mousavi=asserted, Hossein Amirabdollahian=asserted',
    'reported_seen_by_outlet: imagery=hedged, Reuters=reported_seen_by_outlet',
    'asserted_single_source: Hossein Amirabdollahian=asserted',
  ]);
  const police = 'Members of the Gran Grif gang killed at least 70 people in an attack on the town of Pont-Sonde, the United Nations human rights office said on Friday. Police did not confirm the death toll.';
  assert.deepEqual(claims(police), ['unconfirmed: United Nations=asserted, Police=cannot_confirm']);
});

test('"In an interview with Reuters, a senior Ukrainian official, who declined to be named, said …" is the official\'s statement, not the outlet\'s', () => {
  const text = 'In an interview with Reuters, a senior Ukrainian official, who declined to be named, said Russian troops had allegedly moved military vehicles into the turbine halls.';
  assert.deepEqual(statements(text, '2024-04-07'), ['a senior Ukrainian official|said|Russian troops had allegedly moved military vehicles into the turbine halls|anonymous|ch:In an interview with Reuters']);
});

test('"acknowledged … that his forces had lost the city" corroborates its capture by the other side; "unable to confirm the reports of mass graves" is on the graves, not on the capture; "none of its fighters had been killed" is no toll of fighters the civilian dead dispute', () => {
  const text =
    "Sudan's army said on Saturday it had recaptured Wad Madani, the capital of Gezira state, from the paramilitary Rapid Support Forces.\n\n" +
    'RSF commander Mohamed Hamdan Dagalo acknowledged in an audio message that his forces had lost the city.\n\n' +
    "Sudan's Foreign Ministry said the army had found mass graves in areas abandoned by the RSF. The U.N. humanitarian office said it was unable to confirm the reports of mass graves.";
  assert.deepEqual(claims(text), [
    "corroborated: Sudan's army=asserted, Mohamed Hamdan Dagalo=asserted",
    'asserted_single_source: Mohamed Hamdan Dagalo=asserted',
    "unconfirmed: Sudan's Foreign Ministry=asserted, U.N.=cannot_confirm",
  ]);
  const spared =
    '"The victims were civilians, mostly refugees from Waziristan," Taliban spokesman Zabihullah Mujahid said on X.\n\n' +
    'The Pakistani Taliban said in a statement that none of its fighters had been killed and that the dead were civilians.';
  assert.deepEqual(claims(spared), ['asserted_single_source: Zabihullah Mujahid=asserted', 'asserted_single_source: The Pakistani Taliban=asserted']);
});

test('", a view some analysts disputed" and ", a version of events Ukraine rejected" deny what was said; "denied any involvement in the offensive" is on no toll that names the offensive; "could not independently confirm the claim, though footage … showed" doubts the claim before, not the footage', () => {
  const view =
    "The government said the attack showed the militants' desperation after months of losses, a view some analysts disputed. The army said it had retaken the village, a version of events Ukraine rejected.";
  assert.deepEqual(claims(view), ['disputed: The government=asserted, some analysts=denied', 'disputed: The army=asserted, Ukraine=denied']);
  const offensive =
    'The Syrian Observatory for Human Rights said more than 300 people had been killed since the offensive began on Wednesday.\n\n' +
    'Turkey, which backs some of the rebel factions, denied any involvement in the offensive.';
  assert.deepEqual(claims(offensive), ['asserted_single_source: Syrian Observatory for Human Rights=asserted', 'denied: Turkey=denied']);
  const though =
    'A rebel commander told Reuters that fighters had taken control of the citadel. Reuters could not independently confirm the claim, though footage verified by Reuters showed armed men outside the citadel\'s gates.';
  assert.deepEqual(claims(though), ['unconfirmed: A rebel commander=asserted, Reuters=not_independently_verified', 'reported_seen_by_outlet: imagery=asserted, Reuters=reported_seen_by_outlet']);
});

test('"claimed the attack in a televised speech" has its channel after the object; "…, saying … and warning airlines that …" is two statements; "the type of missile used" is on the claim whose missile was told last; "M23 attack" is no count, so a headline and its lead are one claim', () => {
  const text =
    "A ballistic missile fired by Yemen's Houthi rebels slammed into the grounds of Israel's main international airport on Sunday, Israeli officials said.\n\n" +
    'The military said it had tried and failed to intercept the missile.\n\n' +
    'Houthi military spokesman Yahya Saree claimed the attack in a televised speech, saying the group had fired a "hypersonic ballistic missile" and warning airlines that the airport was "no longer safe for air travel." The Associated Press could not confirm the type of missile used.';
  assert.deepEqual(statements(text, '2025-05-04').slice(2), [
    'Yahya Saree|claimed|the attack|ch:in a televised speech',
    'Yahya Saree|saying|the group had fired a "hypersonic ballistic missile"',
    'Yahya Saree|warning|the airport was "no longer safe for air travel."|to:airlines',
  ]);
  assert.deepEqual(claims(text), [
    'corroborated: Israeli officials=asserted, Yahya Saree=asserted, Associated Press=not_independently_verified',
    'asserted_single_source: The military=asserted',
    'asserted_single_source: Yahya Saree=asserted',
    'warning: Yahya Saree=warning',
  ]);
  const m23 =
    "Congo army says it repelled M23 attack near Goma\n\nKINSHASA, Jan 23 (Reuters) - Congo's army said on Thursday it had repelled an attack by M23 rebels near the town of Sake.";
  assert.deepEqual(claims(m23), ["asserted_single_source: Congo's army=asserted"]);
});

test('states listed speak together ("Egypt, Qatar and Saudi Arabia condemned"), not a possessive\'s owner; ", which Israel rejected" denies what was said; "told reporters to address questions to the defence ministry" refers them, and asked about civilian casualties is not on a count of servicemen', () => {
  const listed = 'Egypt, Qatar and Saudi Arabia condemned the move as a violation of international law. On Tuesday, Sudan\'s Security and Defense Council said it was cutting diplomatic ties with the UAE.';
  assert.deepEqual(statements(listed, '2024-12-08'), [
    'Egypt, Qatar and Saudi Arabia|condemned|the move as a violation of international law',
    'Security and Defense Council|said|it was cutting diplomatic ties with the UAE',
  ]);
  const rejected = 'The United Nations said the Israeli deployment breached the 1974 accord, which Israel rejected.';
  assert.deepEqual(claims(rejected), ['disputed: United Nations=asserted, Israel=denied']);
  const referred =
    "Russia's defence ministry said it had struck a meeting of Ukrainian commanders in Sumy, killing more than 60 servicemen.\n\n" +
    'Kremlin spokesman Dmitry Peskov told reporters to address questions to the defence ministry.';
  assert.deepEqual(claims(referred), ["asserted_single_source: Russia's defence ministry=asserted, Dmitry Peskov=refused_comment"]);
  const asked =
    'Two Russian ballistic missiles struck the centre of Sumy on Sunday, killing 34 people, Ukrainian officials said.\n\n' +
    "Russia's defence ministry said it had struck a meeting of Ukrainian commanders in Sumy, killing more than 60 servicemen.\n\n" +
    'Kremlin spokesman Dmitry Peskov said the military only strikes military targets. Asked about the civilian casualties, he told reporters to address questions to the defence ministry.';
  assert.deepEqual(claims(asked), [
    'asserted_single_source: Ukrainian officials=asserted, Dmitry Peskov=refused_comment',
    "asserted_single_source: Russia's defence ministry=asserted",
    'asserted_single_source: Dmitry Peskov=asserted',
  ]);
});

test('an auxiliary is no speaker ("An Israeli official, who requested anonymity, would not say …"), and not saying "whether Israel was behind the blasts" is on the blame; "declined to comment on the explosions" is on what "exploded"; "a new brand that the group had not used before" denies nothing; "were told by the plant that …" is the plant\'s statement', () => {
  const text =
    'Pagers used by members of Hezbollah exploded almost simultaneously across Lebanon on Tuesday, killing at least nine people, Lebanese Health Minister Firass Abiad said.\n\n' +
    'Hezbollah said in a statement that it held Israel "fully responsible for this criminal aggression".\n\n' +
    'The Israeli military declined to comment on the explosions. An Israeli official, who requested anonymity, would not say whether Israel was behind the blasts.\n\n' +
    'According to a Hezbollah official, the pagers were a new brand that the group had not used before.';
  assert.deepEqual(statements(text, '2024-09-17').slice(2, 4), ['The Israeli military|declined to comment on|the explosions', 'An Israeli official|would not say|whether Israel was behind the blasts|anonymous']);
  assert.deepEqual(claims(text), [
    'asserted_single_source: Firass Abiad=asserted, The Israeli military=refused_comment',
    'asserted_single_source: Hezbollah=asserted, An Israeli official=refused_comment',
    'asserted_single_source: Hezbollah=asserted',
  ]);
  const told = 'Its experts at the site were told by the plant that there had been three drone strikes on Sunday.';
  assert.deepEqual(statements(told, '2024-04-07'), ['the plant|told|there had been three drone strikes on Sunday|to:Its experts at the site']);
});

test('"Russia did not strike civilian targets" denies the strike that killed people, not a claim that only names Russian forces ("sending the video to Russian forces")', () => {
  const text =
    'A Russian missile struck a crowded pizza restaurant in Kramatorsk on Tuesday evening, killing at least eight people, Ukrainian officials said.\n\n' +
    'Russia\'s defence ministry said it had struck a "temporary command post" of a Ukrainian army brigade in Kramatorsk. It did not mention the restaurant.\n\n' +
    "Ukraine's SBU security service said it had detained a man suspected of filming the restaurant and sending the video to Russian forces.\n\n" +
    'Kremlin spokesman Dmitry Peskov told reporters on Wednesday that Russia did not strike civilian targets.';
  assert.deepEqual(claims(text), [
    "disputed: Ukrainian officials=asserted, Dmitry Peskov=denied, Russia's defence ministry=refused_comment",
    "asserted_single_source: Russia's defence ministry=asserted",
    'asserted_single_source: SBU=asserted',
  ]);
});

test('", Gaza health officials said, many of them women and children" frames only the clause before it; a quote that closed its sentence is not framed by the next sentence\'s statement; "Asked at a press conference … whether …" and "I think no." deny the question; ", which the military disputed, saying …" is the military\'s denial and statement', () => {
  const lead = 'GAZA, May 27 (Reuters) - An Israeli air strike on a camp in Rafah killed at least 45 people on Sunday night, Gaza health officials said, many of them women and children sheltering in tents.';
  assert.deepEqual(statements(lead, '2024-05-27'), ['Gaza health officials|said|An Israeli air strike on a camp in Rafah killed at least 45 people on Sunday night']);
  const asked =
    'Asked at a press conference in Japan whether Bakhmut was still in Ukrainian hands, President Volodymyr Zelenskiy said: "I think no." His office later said he had meant the city was destroyed, not that it had fallen.';
  assert.deepEqual(statements(asked, '2023-05-20'), ['Volodymyr Zelenskiy|said|I think no.', 'His office|later said|he had meant the city was destroyed, not that it had fallen']);
  assert.deepEqual(claims(asked), ['denied: Volodymyr Zelenskiy=denied', 'asserted_single_source: His office=asserted']);
  const disputed =
    'The Palestinian Red Crescent said its teams had transported casualties to field hospitals. It said the area had been designated by Israel as a humanitarian zone, which the military disputed, saying the strike was outside the zone.';
  assert.deepEqual(statements(disputed, '2024-05-27').slice(2), ['the military|saying|the strike was outside the zone']);
  assert.deepEqual(claims(disputed).slice(1, 2), ['disputed: Palestinian Red Crescent=asserted, the military=denied']);
});

test('"He did not name the warship" is a silence on the claim that names it; "It did not identify them" names nothing (and "the Israeli claims were “pretexts …”", with no Israeli claim told, is a denial on its own, as "lies" is)', () => {
  const text =
    'Yemen\'s Houthis said on Wednesday they had targeted a U.S. warship in the Red Sea with missiles and drones. Houthi military spokesman Yahya Saree said the operation was "in support of the oppressed Palestinian people". He did not name the warship.';
  assert.deepEqual(claims(text), ['asserted_single_source: Houthis=asserted, Yahya Saree=refused_comment', 'asserted_single_source: Yahya Saree=asserted']);
  const them =
    'Hezbollah said the Israeli claims were "pretexts for continuing its attacks on Lebanon." The Lebanese army said it had found three rocket launchers north of the Litani river and arrested several suspects. It did not identify them.';
  assert.deepEqual(claims(them), ['denied: Hezbollah=denied', 'asserted_single_source: The Lebanese army=asserted']);
});

test('"… had struck “military-industrial facilities” … but did not mention the apartment block" is a statement, and a silence on the strike that hit it, not an agreement with it; "did not mention Sudzha" is on the claim that names the town', () => {
  const text =
    "A Russian drone hit an apartment block in Kharkiv overnight, killing three people, regional governor Oleh Syniehubov said on Sunday.\n\n" +
    'Russia\'s defence ministry said its forces had struck "military-industrial facilities" in the Kharkiv region overnight but did not mention the apartment block.';
  assert.deepEqual(statements(text, '2024-11-17').slice(1), ['Russia\'s defence ministry|said|its forces had struck "military-industrial facilities" in the Kharkiv region overnight']);
  assert.deepEqual(claims(text), ["asserted_single_source: Oleh Syniehubov=asserted, Russia's defence ministry=refused_comment", "asserted_single_source: Russia's defence ministry=asserted"]);
  const sudzha =
    "Russia's defence ministry said its forces had recaptured the town of Sudzha.\n\n" +
    'Ukraine\'s General Staff said its troops had withdrawn from some positions "to more favourable lines" but did not mention Sudzha.';
  assert.deepEqual(claims(sudzha)[0], "asserted_single_source: Russia's defence ministry=asserted, Ukraine's General Staff=refused_comment");
});

test('"He did not say …" after "X told President Y …" is X, who told; "said A but could not confirm B" on something else is two statements, A asserted', () => {
  const told =
    '"We continue to conduct the offensive operation in the Kursk region," Oleksandr Syrskyi told President Volodymyr Zelenskiy in a video posted on the president\'s Telegram channel. He did not say how many troops were involved.';
  assert.deepEqual(statements(told, '2024-08-12').slice(1), ['Oleksandr Syrskyi|did not say|how many troops were involved']);
  const arrests = 'Gang members killed at least 70 people in the town of Pont-Sonde. A police spokesperson said officers were pursuing the attackers but could not confirm the number of arrests.';
  assert.deepEqual(statements(arrests, '2024-10-04'), ['A police spokesperson|said|officers were pursuing the attackers', 'A police spokesperson|could not confirm|the number of arrests']);
  assert.deepEqual(claims(arrests), ['asserted_single_source: A police spokesperson=asserted', 'unconfirmed: A police spokesperson=cannot_confirm']);
});

test('"The Israeli military said" after "the Israeli military and Lebanese officials said" is the military alone; ", speaking on condition of anonymity because …" at the end is not what was said', () => {
  const text =
    'An Israeli airstrike on Beirut\'s southern suburbs on Friday killed a top Hezbollah commander and at least 12 other people, the Israeli military and Lebanese officials said.\n\n' +
    "The Israeli military said it had killed Ibrahim Aqil, the head of Hezbollah's elite Radwan force. A security source in Lebanon said Aqil had been among those killed, speaking on condition of anonymity because they were not authorised to speak to media.";
  assert.deepEqual(statements(text, '2024-09-20').slice(1), ["The Israeli military|said|it had killed Ibrahim Aqil, the head of Hezbollah's elite Radwan force", 'A security source in Lebanon|said|Aqil had been among those killed|anonymous']);
});

test('"X condemned the strike, his spokesman said, and called for …" frames the whole clause and the call is X\'s; "put the number of dead at 165 and called the attack …" is one speaker\'s', () => {
  const un = 'U.N. Secretary-General Antonio Guterres strongly condemned the strike, his spokesman said, and called for those responsible to be held accountable.';
  assert.deepEqual(statements(un, '2023-04-12'), [
    'Antonio Guterres|said|U.N. Secretary-General Antonio Guterres strongly condemned the strike',
    'Antonio Guterres|strongly condemned|the strike',
    'Antonio Guterres|called for|those responsible to be held accountable',
  ]);
  const nug = 'The National Unity Government, a shadow administration set up by opponents of the junta, put the number of dead at 165 and called the attack a "heinous act".';
  assert.deepEqual(statements(nug, '2023-04-12'), ['National Unity Government|put|the number of dead at 165', 'National Unity Government|called|the attack a "heinous act"']);
  const phone = 'Junta spokesman Zaw Min Tun confirmed the strike in a phone call to state television.';
  assert.deepEqual(statements(phone, '2023-04-12'), ['Zaw Min Tun|confirmed|the strike|ch:in a phone call to state television']);
});

test('"and made no mention of the ship" is a silence, no statement; "vowed on Facebook to …" has its channel; "Witnesses told …" after "Gaza\'s Health Ministry and witnesses said" are the witnesses; a hospital\'s count does not confirm "his brother was among the wounded"', () => {
  const ship =
    'A Russian ballistic missile struck a civilian container ship in the port of Odesa on Wednesday, killing eight people, Ukrainian officials said.\n\n' +
    'Russia\'s defence ministry said its forces had carried out a strike on "port infrastructure used by the Ukrainian armed forces" in Odesa, and made no mention of the ship.';
  assert.deepEqual(statements(ship, '2024-10-09').slice(1), ['Russia\'s defence ministry|said|its forces had carried out a strike on "port infrastructure used by the Ukrainian armed forces" in Odesa']);
  const vowed = 'President Abdel Fattah al-Sisi vowed on Facebook to "eliminate terrorism" and offered condolences to the families of the dead.';
  assert.deepEqual(statements(vowed, '2022-05-07')[0], 'Abdel Fattah al-Sisi|vowed|to "eliminate terrorism"|ch:on Facebook');
  const rafah =
    "Israeli fire killed at least 31 people near an aid distribution site in Rafah on Sunday, Gaza's Health Ministry and witnesses said.\n\n" +
    'Witnesses told The Associated Press that troops opened fire on the crowd as it approached the site. Ibrahim Abu Saud said his brother was among the wounded.\n\n' +
    'The Red Cross said its field hospital in Rafah received 179 patients, including 21 who were declared dead on arrival, most with gunshot wounds.';
  assert.deepEqual(statements(rafah, '2025-06-01')[1], 'Witnesses|told|troops opened fire on the crowd as it approached the site|to:The Associated Press');
  assert.deepEqual(claims(rafah).slice(2), ['asserted_single_source: Ibrahim Abu Saud=asserted', 'asserted_single_source: Red Cross=asserted']);
});

test('"…," a man told Amnesty researchers, "according to the report" is one statement, and "He said" after it is the man; what soldiers "had told residents not to" do denies nothing; a hedge of a statement nested inside is not the outer one\'s', () => {
  const text =
    'Eritrean soldiers killed hundreds of civilians in the Ethiopian town of Axum in November, Amnesty International said on Friday.\n\n' +
    '"I saw more than 20 bodies on my street alone," a 22-year-old man told Amnesty researchers, according to the report. He said the soldiers had told residents not to bury the dead.';
  assert.deepEqual(statements(text, '2021-02-26').slice(1), ['a 22-year-old man|told|I saw more than 20 bodies on my street alone,|to:Amnesty', 'a 22-year-old man|said|the soldiers had told residents not to bury the dead']);
  assert.deepEqual(claims(text)[0], 'asserted_single_source: Amnesty International=asserted');
  const nested = 'The rights group said troops went house to house, shooting men and boys, in a massacre it said may amount to a crime against humanity.';
  assert.deepEqual(claims(nested), ['asserted_single_source: The rights group=asserted', 'warning: The rights group=warning']);
});

test('"…, Associated Press journalists saw." is what the outlet saw', () => {
  const text = 'Remnants of the missile found near the station bore the words "for the children" in Russian, Associated Press journalists saw.';
  assert.deepEqual(claims(text), ['reported_seen_by_outlet: Associated Press=reported_seen_by_outlet']);
});

test('"Moscow and Damascus deny targeting civilians and say …" is two statements of theirs; "and that officials did not expect …" in what an official said is no statement, so "The official" is that official; "whether any Houthi commanders had been targeted" is not on strikes on "Houthi military targets"', () => {
  const deny = "Russia's defence ministry did not comment. Moscow and Damascus deny targeting civilians and say they only strike militants.";
  assert.deepEqual(statements(deny, '2023-10-23'), ['Moscow and Damascus|deny|targeting civilians', 'Moscow and Damascus|say|they only strike militants']);
  const text =
    'The United States and Britain carried out strikes against Houthi military targets in Yemen overnight, officials said.\n\n' +
    'A senior U.S. military official said the strikes targeted radar systems and storage sites for drones and missiles, and that officials did not expect many casualties because the sites were in remote areas. The official would not say whether any Houthi commanders had been targeted.';
  assert.deepEqual(statements(text, '2024-01-12').slice(1), [
    'A senior U.S. military official|said|the strikes targeted radar systems and storage sites for drones and missiles, and that officials did not expect many casualties because the sites were in remote areas',
    'A senior U.S. military official|would not say|whether any Houthi commanders had been targeted',
  ]);
  assert.deepEqual(claims(text), ['asserted_single_source: officials=asserted', 'asserted_single_source: A senior U.S. military official=asserted', 'refused_comment: A senior U.S. military official=refused_comment']);
});

test('"did not immediately confirm Prigozhin\'s claim" is on what he says happened, not on what he says he will do; a proposal "which the Palestinian Authority rejected" is no disputed account', () => {
  const text =
    'Yevgeny Prigozhin said on Saturday his forces had taken full control of Bakhmut.\n\n' +
    '"Today at 12 noon, Bakhmut was completely taken," Prigozhin said in a video. He said Wagner would hand the city over to the regular army on May 25.\n\n' +
    "Russia's defence ministry did not immediately confirm Prigozhin's claim.";
  assert.deepEqual(claims(text).slice(1), ["unconfirmed: Yevgeny Prigozhin=asserted, Russia's defence ministry=cannot_confirm", 'asserted_single_source: Yevgeny Prigozhin=asserted']);
  const proposed = 'Israel later proposed a joint investigation, which the Palestinian Authority rejected.';
  assert.deepEqual(claims(proposed), ['asserted_single_source: Israel=asserted']);
});

test('"could not independently verify the RSF\'s claims or the army\'s account" doubts both sides\' claims', () => {
  const text =
    "Sudan's army said on Friday it had retaken the presidential palace in Khartoum from the paramilitary Rapid Support Forces.\n\n" +
    'The RSF said in a statement that it had killed 89 soldiers in a drone attack on the palace hours after it was retaken.\n\n' +
    "Reuters could not independently verify the RSF's claims or the army's account of the fighting.";
  assert.deepEqual(claims(text), ["unconfirmed: Sudan's army=asserted, Reuters=not_independently_verified", 'unconfirmed: Rapid Support Forces=asserted, Reuters=not_independently_verified']);
});

test('"…, Mohammad Khurasani, distanced the group from the bombing, saying …" is his statement; "he had no information about the incident and could not comment" is on the lead\'s event', () => {
  const text =
    "A Pakistani Taliban commander, Sarbakaf Mohmand, claimed responsibility for the attack on Twitter. Hours later, the group's main spokesman, Mohammad Khurasani, distanced the group from the bombing, saying it was not its policy to attack mosques.";
  assert.deepEqual(statements(text, '2023-01-30').slice(1), ['Mohammad Khurasani|saying|it was not its policy to attack mosques']);
  const incident =
    'Shelling of a market on the outskirts of the Russian-held city of Donetsk killed 27 people and wounded 25, the Moscow-installed head of the region said on Sunday.\n\n' +
    "The Ukrainian military's spokesman for the southeast, Oleksandr Shtupun, told Reuters he had no information about the incident and could not comment.";
  assert.deepEqual(claims(incident), ['asserted_single_source: the Moscow-installed head of the region=asserted, Oleksandr Shtupun=refused_comment']);
});

test('"could not verify the battlefield reports" is on the sides\' accounts of the fighting, not on what one says it will do; "…, and Pyongyang has not commented" is not what the Kremlin neither confirmed nor denied', () => {
  const text =
    'Yevgeny Prigozhin said on Saturday his forces had taken full control of Bakhmut. He said Wagner would hand the city over to the regular army on May 25.\n\n' +
    "Ukraine's deputy defence minister, Hanna Maliar, said heavy fighting was still going on in the city.\n\n" +
    'Reuters was unable to verify the battlefield reports.';
  assert.deepEqual(claims(text), [
    'unconfirmed: Yevgeny Prigozhin=asserted, Reuters=not_independently_verified',
    'asserted_single_source: Yevgeny Prigozhin=asserted',
    'unconfirmed: Hanna Maliar=asserted, Reuters=not_independently_verified',
  ]);
  const kremlin = 'The Kremlin has neither confirmed nor denied the presence of North Korean troops in Russia, and Pyongyang has not commented.';
  assert.deepEqual(statements(kremlin, '2024-12-23'), ['Kremlin|has neither confirmed nor denied|the presence of North Korean troops in Russia']);
  // (Pyongyang's silence is read by the claims stage, on the same presence.)
  assert.deepEqual(claims(kremlin), ['unconfirmed: Kremlin=neither_confirmed_nor_denied, Pyongyang=refused_comment']);
});

test('"The figure could not be independently confirmed, and a Georgian official dismissed it as \\"propaganda\\"" disputes the toll; "before we could do anything" warns of nothing', () => {
  const text =
    "South Ossetia's separatist leader, Eduard Kokoity, told the Interfax news agency that more than 1,400 people had been killed in the provincial capital, Tskhinvali. " +
    'The figure could not be independently confirmed, and a Georgian official dismissed it as "propaganda."';
  assert.deepEqual(statements(text, '2008-08-08')[1], 'a Georgian official|dismissed|it as "propaganda."');
  assert.deepEqual(claims(text), ['disputed: Eduard Kokoity=asserted, a Georgian official=denied, outlet=not_independently_verified']);
  const doctor = '"Most of them died before we could do anything," he said. "The ambulances could not come until the shelling stopped."';
  assert.deepEqual(claims(doctor).map((c) => c.split(':')[0]), ['asserted_single_source']);
});

test('"Videos posted online by activists showed …, and …" is imagery showing, not the posting; "We do not exclude that …" and "did not rule out" hedge', () => {
  const text =
    'Videos posted online by activists showed rows of bodies, many of them children, with no visible injuries, and medics treating people who appeared to be struggling to breathe. ' +
    'Reuters could not independently verify the footage.';
  assert.deepEqual(statements(text, '2013-08-21'), ['imagery|showed|rows of bodies, many of them children, with no visible injuries']);
  const hedges = '"We do not exclude that the plane was shot down," Poroshenko said. Kiev did not rule out sabotage, an adviser said.';
  assert.deepEqual(claims(hedges), ['hedged: Poroshenko=hedged', 'hedged: an adviser=hedged']);
});

test('"Alexander Borodai, the rebel leader, denied responsibility" disputes the latest accusation where none names him; a headline\'s bare "; government denies" denies its first clause', () => {
  const text = 'Kiev accused pro-Russian separatists of shooting down the plane with a missile. Alexander Borodai, the rebel leader, denied responsibility.';
  assert.deepEqual(statements(text, '2014-07-17')[1], 'Alexander Borodai|denied|responsibility');
  assert.deepEqual(claims(text), ['disputed: Kiev=asserted, Alexander Borodai=denied']);
  const headline =
    'Syrian opposition says hundreds killed in gas attack near Damascus; government denies\n\n' +
    'BEIRUT, Aug 21 (Reuters) - Syrian opposition activists said hundreds of people were killed on Wednesday in a poison gas attack by government forces.';
  assert.deepEqual(statements(headline, '2013-08-21').slice(0, 2), ['Syrian opposition|says|hundreds killed in gas attack near Damascus', 'government|denies|hundreds killed in gas attack near Damascus']);
  assert.deepEqual(claims(headline), ['disputed: Syrian opposition activists=asserted, government=denied']);
});

test('"said the reports were \\"completely untrue\\"" is on the story\'s report in its lead too, not only the latest toll', () => {
  const text =
    'Syrian opposition activists said hundreds of people were killed on Wednesday in a poison gas attack by government forces on rebel-held suburbs east of Damascus.\n\n' +
    'The Syrian Observatory for Human Rights said it had documented at least 136 deaths.\n\n' +
    'Syrian state television, citing an official source, said the reports were "completely untrue".';
  assert.deepEqual(claims(text), ['disputed: Syrian opposition activists=asserted, Syrian state television=denied', 'disputed: Syrian Observatory for Human Rights=asserted, Syrian state television=denied']);
});

test('"blamed a U.S. missile and called …" runs on past the initialism; "he said" after "A Pentagon spokesman said" is the spokesman\'s body, not the minister named before; "an army spokeswoman" is not the general named next paragraph', () => {
  const text =
    "Iraq's information minister, Mohammed Saeed al-Sahaf, blamed a U.S. missile and called the attack \"a crime.\" He said 55 people had been killed.\n\n" +
    'A Pentagon spokesman said U.S. forces had not targeted the area. "We are looking into it," he said.';
  assert.deepEqual(statements(text, '2003-03-28'), [
    'Mohammed Saeed al-Sahaf|blamed|a U.S. missile',
    'Mohammed Saeed al-Sahaf|called|the attack "a crime."',
    'Mohammed Saeed al-Sahaf|said|55 people had been killed',
    'Pentagon|said|U.S. forces had not targeted the area',
    'Pentagon|said|We are looking into it,',
  ]);
  const qana =
    'The Israeli army said it had warned residents to leave days earlier. "The residents were warned," an army spokeswoman said.\n\n' +
    "Israel's chief of staff, Lieutenant General Dan Halutz, later said the building had been struck at about 1 a.m.";
  assert.deepEqual(statements(qana, '2006-07-30')[1], 'an army spokeswoman|said|The residents were warned,');
});

test('the subject of a cue opens after the dateline: "RACAK, Yugoslavia, Jan 16 (AP) — The head of the … mission in Kosovo accused …"', () => {
  const text = 'RACAK, Yugoslavia, Jan 16 (AP) — The head of the international monitoring mission in Kosovo accused Serb security forces on Saturday of massacring 45 ethnic Albanians.';
  assert.deepEqual(statements(text, '1999-01-16'), ['The head of the international monitoring mission in Kosovo|accused|Serb security forces on Saturday of massacring 45 ethnic Albanians']);
});

test('told in the passive: the subject is whom it was told, and inside what another said it is part of that', () => {
  assert.deepEqual(
    statements(
      'Residents were warned that the dam could burst. The group said the shelling went on after U.S. and Afghan officials were told the hospital had been hit.',
      '2015-10-03',
    ),
    ['|were warned|the dam could burst|to:Residents', 'The group|said|the shelling went on after U.S. and Afghan officials were told the hospital had been hit'],
  );
});

test('a denial of many words is not on a claim of one word it shares', () => {
  assert.deepEqual(
    claims(
      'U.N. monitors count 92 bodies in Houla; Damascus blames "terrorists"\n\nActivists said government forces had shelled homes and militiamen had killed families. The Syrian government denied that its forces were behind the killings. "We categorically deny the responsibility of government forces for this terrorist massacre," Foreign Ministry spokesman Jihad Makdissi said.',
    ),
    ['asserted_single_source: Damascus=asserted', 'disputed: Activists=asserted, Syrian government=denied, Jihad Makdissi=denied'],
  );
});

test('imagery named after a word before it, "which could not be checked": unverified imagery', () => {
  assert.deepEqual(claims('Chechen officials said missiles had hit the market. Television pictures from Chechen television, which could not be checked, showed bodies lying among overturned stalls.'), [
    'asserted_single_source: Chechen officials=asserted',
    'unconfirmed: imagery=asserted, outlet=not_independently_verified',
  ]);
});

test('"…, said a doctor at the hospital": the person after the cue spoke', () => {
  assert.deepEqual(statements('The wards were overflowing, said a doctor at the hospital. Two people were killed, said a resident of the town.', '2023-03-10'), [
    'a doctor at the hospital|said|The wards were overflowing',
    'a resident of the town|said|Two people were killed',
  ]);
});

test('a promise confirms no statement of what is being done', () => {
  assert.deepEqual(claims('A spokesman for U.S. forces said the incident was under investigation. Defense Secretary Ashton Carter promised a full investigation.'), [
    'asserted_single_source: A spokesman for U.S. forces=asserted',
    'asserted_single_source: Ashton Carter=asserted',
  ]);
});

test('a denial of a deed told in its own clause meets it in other words of attacking; a denial of one\'s part does not', () => {
  assert.deepEqual(
    claims(
      'Chechen officials said several missiles slammed into a crowded market on Thursday, killing more than 100 people. Russian military officials denied that their forces had attacked the market. Pakistan denied any role in that attack.',
    ),
    ['disputed: Chechen officials=asserted, Russian military officials=denied', 'denied: Pakistan=denied'],
  );
});

test('"in suspected gas attack" frames no statement', () => {
  assert.deepEqual(
    statements('Dozens killed in suspected gas attack on Syrian town; Moscow says rebel depot hit\n\nBEIRUT (Reuters) - A chemical attack killed at least 58 people, a monitor said.', '2017-04-04'),
    ['Moscow|says|rebel depot hit', 'a monitor|said|A chemical attack killed at least 58 people'],
  );
});

test('a quoted adverb is no part of a participle\'s speaker; a negation denies with its own voice\'s denial; a deed done with a thing is not doing it', () => {
  assert.deepEqual(
    claims('The Syrian army "categorically" denied using chemical weapons, saying in a statement that it had never used them. Russia said the warehouse had been used to produce chemical munitions.'),
    ['denied: The Syrian army=denied, The Syrian army=denied', 'asserted_single_source: Russia=asserted'],
  );
});

test('a name set off after a person\'s role is that person', () => {
  assert.deepEqual(statements('A Chinese diplomat at the scene, Pan Zhanlin, told reporters that three missiles had hit the embassy. "This was no accident," he said.', '1999-05-08'), [
    'Pan Zhanlin|told|three missiles had hit the embassy|to:reporters',
    'Pan Zhanlin|said|This was no accident,',
  ]);
});

test('a headline\'s denial after its clauses denies the one right before it', () => {
  assert.deepEqual(
    statements('U.N. suspends Syria aid convoys after attack; U.S. blames Russia, Moscow denies\n\nGENEVA (Reuters) - The United Nations suspended all aid convoys in Syria on Tuesday, officials said.', '2016-09-20'),
    ['Moscow|denies|U.S. blames Russia', 'officials|said|The United Nations suspended all aid convoys in Syria on Tuesday'],
  );
});

test('a label ("described the incident as an airstrike") confirms no account of the deed', () => {
  assert.deepEqual(
    claims('Two U.S. officials said two Russian warplanes had carried out the strike on the aid convoy near Aleppo. A U.N. spokesman, Jens Laerke, initially described the incident as an airstrike.'),
    ['asserted_single_source: Two U.S. officials=asserted', 'asserted_single_source: Jens Laerke=asserted'],
  );
});

test('a statement whose subject is another does not restate, by its verb, a headline\'s claim of what one named did', () => {
  assert.deepEqual(
    claims(
      'Shells hit U.N. school in Gaza, killing 15; U.N. says Israel fired\n\nGAZA, July 30 (AP) — Tank shells slammed into a U.N. school, killing at least 15 people, Palestinian health officials said.\n\n' +
        'The Israeli military said militants had fired mortar shells from near the school and troops had responded. An army spokesman said it was not yet clear whether Israeli fire had hit the school.',
    ),
    ['unconfirmed: U.N.=asserted, An army spokesman=cannot_confirm', 'asserted_single_source: Palestinian health officials=asserted', 'asserted_single_source: The Israeli military=asserted'],
  );
});

test('a speaker cut short of the noun it opens is the whole one the statement before has', () => {
  assert.deepEqual(statements('The Bosnian Serb leadership in Pale denied responsibility and accused the Muslim-led government of shelling its own people.', '1995-08-28'), [
    'The Bosnian Serb leadership in Pale|denied|responsibility',
    'The Bosnian Serb leadership in Pale|accused|the Muslim-led government of shelling its own people',
  ]);
});

test('"none of its fighters had been killed" denies that the dead were its fighters', () => {
  assert.deepEqual(claims('The governor said most of the dead were Taliban fighters. The Taliban said in a statement that none of its fighters had been killed.'), [
    'disputed: The governor=asserted, Taliban=denied',
  ]);
});

test('one "asking not to be named" is anonymous and not the spokesman named next; "The coalition … denied carrying out the raid" is a statement', () => {
  assert.deepEqual(
    statements(
      '"We have counted 131 bodies so far," a medical official in Mokha told AFP by telephone, asking not to be named.\n\nThe Saudi-led coalition fighting Iran-backed Huthi rebels denied carrying out the raid. "There has been no air activity," its spokesman, Brigadier General Ahmed al-Assiri, told AFP.',
      '2015-09-29',
    ),
    [
      'a medical official in Mokha|told|We have counted 131 bodies so far,|anonymous|ch:by telephone|to:AFP',
      'The Saudi-led coalition|denied|carrying out the raid',
      'Ahmed al-Assiri|told|There has been no air activity,|to:AFP',
    ],
  );
});

test('"according to" after a quote\'s frame relays it; ", but freed captives said" is their own statement', () => {
  assert.deepEqual(
    statements(
      '"We are not in a position to resist," said Lt. Col. Ton Karremans, the battalion commander, in a radio message to U.N. headquarters, according to a U.N. official. Regional officials initially said 354 hostages were being held, but freed captives said there had been more than 1,000 people inside.',
      '1995-07-11',
    ),
    ['Ton Karremans|said|We are not in a position to resist,', 'Regional officials|initially said|354 hostages were being held', 'freed captives|said|there had been more than 1,000 people inside'],
  );
});

test('"disputed the claim" denies it and claims nothing; "It could not confirm reports that …" doubts them', () => {
  assert.deepEqual(claims('The army said it had regained full control of Aleppo. Rebel officials disputed the claim, saying some fighters remained in the western outskirts.'), [
    'disputed: The army=asserted, Rebel officials=denied',
    'asserted_single_source: Rebel officials=asserted',
  ]);
  assert.deepEqual(
    statements('Headline\n\nThe Observatory said the evacuation had been completed. It could not confirm reports that pro-government militiamen had detained dozens of men as they tried to leave.', '2016-12-22'),
    ['Observatory|said|the evacuation had been completed', 'Observatory|could not confirm|reports that pro-government militiamen had detained dozens of men as they tried to leave'],
  );
});

test('the outlet\'s ", remarks that caused an outcry" is no part of what was said', () => {
  assert.deepEqual(
    statements(
      "Oleksiy Arestovych, an adviser to President Volodymyr Zelenskiy's office, said in a video that the missile had fallen after being hit by Ukrainian air defences, remarks that caused an outcry.",
      '2023-01-15',
    ),
    ['Oleksiy Arestovych|said|the missile had fallen after being hit by Ukrainian air defences|ch:in a video'],
  );
});

test('a refusal after "Asked on Monday whether …" is on the question, and a verb inside the question frames nothing', () => {
  const text =
    'Urban said the vehicle was carrying explosives. Asked on Monday whether the military had confirmed that the vehicle was carrying explosives, Pentagon spokesman John Kirby declined to comment, saying an assessment was under way.';
  assert.deepEqual(statements(text, '2021-08-30'), [
    'Urban|said|the vehicle was carrying explosives',
    'John Kirby|declined to comment|whether the military had confirmed that the vehicle was carrying explosives',
    'John Kirby|saying|an assessment was under way',
  ]);
  assert.deepEqual(claims(text), ['asserted_single_source: Urban=asserted, John Kirby=refused_comment', 'asserted_single_source: John Kirby=asserted']);
});

test('a quote right after "said" that goes on as the subject of a clause is one mixed statement', () => {
  assert.deepEqual(statements('He said "significant secondary explosions" from the vehicle indicated the presence of a substantial amount of explosive material.', '2021-08-30'), [
    'He|said|"significant secondary explosions" from the vehicle indicated the presence of a substantial amount of explosive material',
  ]);
  assert.deepEqual(statements('He said "significant secondary explosions" showed there had been explosives.', '2021-08-30'), ['He|said|"significant secondary explosions" showed there had been explosives']);
});

test('"that attack" after the outlet names a bombing is not on another\'s claim of attacks', () => {
  assert.deepEqual(
    claims(
      'A Taliban spokesman, Zabihullah Mujahid, condemned the strike on Twitter, saying it was "unlawful" for the United States to carry out attacks on Afghan soil without informing the new authorities.\n\nThe strike came three days after a suicide bombing at the airport gate killed 13 U.S. service members and scores of Afghans. Islamic State claimed responsibility for that attack through its Amaq news agency.',
    ),
    ['asserted_single_source: Zabihullah Mujahid=asserted', 'asserted_single_source: Zabihullah Mujahid=asserted', 'asserted_single_source: Islamic State=asserted'],
  );
});

test('"told the group\'s Al Masirah television" is whom it was told; "A source familiar with Saudi Aramco\'s operations" is not Aramco', () => {
  assert.deepEqual(
    statements(
      "Houthi military spokesman Yahya Saree told the group's Al Masirah television that 10 drones had targeted the Abqaiq processing facility. A source familiar with Saudi Aramco's operations said output could take weeks to restore fully. The company declined to comment.",
      '2019-09-14',
    ),
    [
      "Yahya Saree|told|10 drones had targeted the Abqaiq processing facility|to:the group's Al Masirah television",
      "A source familiar with Saudi Aramco's operations|said|output could take weeks to restore fully",
      'Saudi Aramco|declined|to comment',
    ],
  );
});

test('reports of a launch from a state the claim does not name are not on it; imagery counting something else does not hedge a claim by its place', () => {
  assert.deepEqual(
    claims(
      "Yemen's Houthi movement said it launched drones at two plants at the heart of Saudi Arabia's oil industry on Saturday.\n\nAn Iraqi official said Baghdad was looking into reports that the drones had been launched from Iraqi territory.",
    ),
    ['asserted_single_source: Houthi=asserted', 'unconfirmed: An Iraqi official=neither_confirmed_nor_denied'],
  );
  assert.deepEqual(
    claims(
      "Houthi military spokesman Yahya Saree told the group's Al Masirah television that 10 drones had targeted the Abqaiq processing facility and the Khurais oilfield.\n\nSatellite images released by the U.S. government appeared to show about 19 points of impact at the Abqaiq facility. Reuters could not independently verify the images.",
    ),
    ['asserted_single_source: Yahya Saree=asserted', 'unconfirmed: U.S. government=hedged, Reuters=not_independently_verified'],
  );
});

test('"he said" after a migrant described right before, with a man named a paragraph earlier, is the migrant', () => {
  assert.deepEqual(
    statements(
      'An LNA spokesman, Ahmed al-Mismari, denied that its forces had targeted the centre.\n\n"This was a precise strike on a legitimate military target," he told reporters in Benghazi.\n\nA migrant who survived the attack said the hangar was hit directly. "We heard the planes and then everything was on fire," he said.',
      '2019-07-03',
    ),
    [
      'Ahmed al-Mismari|denied|its forces had targeted the centre',
      'Ahmed al-Mismari|told|This was a precise strike on a legitimate military target,|to:reporters',
      'A migrant who survived the attack|said|the hangar was hit directly',
      'A migrant who survived the attack|said|We heard the planes and then everything was on fire,',
    ],
  );
});

test('"Dozens reported killed" is a passive toll, not a statement by "Dozens"; patients showing signs say nothing', () => {
  assert.deepEqual(
    statements(
      "Dozens reported killed in suspected gas attack in Syria's Douma; Damascus denies\n\nBEIRUT, April 8 (Reuters) - At least 40 people were killed in a suspected poison gas attack, rescuers said. The statement said the patients showed signs of respiratory distress and burning eyes.",
      '2018-04-08',
    ),
    [
      "Damascus|denies|Dozens reported killed in suspected gas attack in Syria's Douma",
      'rescuers|said|At least 40 people were killed in a suspected poison gas attack',
      'The statement|said|the patients showed signs of respiratory distress and burning eyes',
    ],
  );
});

test('"said in a joint statement with X that …" names whom it was made with, and "which it said" after "state news agency SANA quoted" is SANA', () => {
  assert.deepEqual(
    statements(
      'The Syrian American Medical Society (SAMS), which supports hospitals in rebel areas, said in a joint statement with the White Helmets civil defence service that more than 500 people had been brought to medical centres. Syrian state news agency SANA quoted a source as saying reports of a chemical attack were "fabrications" by the Jaish al-Islam rebel group, which it said was trying to obstruct the army\'s advance.',
      '2018-04-08',
    ),
    [
      'Syrian American Medical Society|said|more than 500 people had been brought to medical centres|ch:in a joint statement',
      'a source|as saying|reports of a chemical attack were "fabrications" by the Jaish al-Islam rebel group|anonymous',
      "SANA|said|was trying to obstruct the army's advance",
    ],
  );
});

test('"the reports were bogus" denies the story, not a claim made in the sentence that already denied it; "had not yet determined whether" cannot confirm', () => {
  assert.deepEqual(
    claims(
      'At least 40 people were killed in a suspected poison gas attack on Douma, rescuers said.\n\nSyrian state news agency SANA quoted a source as saying reports of a chemical attack were "fabrications" by the Jaish al-Islam rebel group, which it said was trying to obstruct the army\'s advance.\n\nRussia\'s foreign ministry said the reports were "bogus". The OPCW said it was gathering information but had not yet determined whether chemical weapons had been used.',
    ),
    [
      "disputed: rescuers=asserted, a source=denied, Russia's foreign ministry=denied",
      'asserted_single_source: SANA=asserted',
      'unconfirmed: OPCW=cannot_confirm',
    ],
  );
});

test('a denial of a deed is on the claim of the deed, not on what the deed was called', () => {
  assert.deepEqual(
    claims(
      "Russia's defence ministry said Ukrainian forces had used U.S.-made HIMARS rocket launchers to hit the prison in the village of Olenivka. It called the strike a \"bloody provocation\" intended to frighten Ukrainian troops into not surrendering.\n\nUkraine's armed forces denied that they had shelled the facility.",
    ),
    ["disputed: Russia's defence ministry=asserted, Ukraine's armed forces=denied", "asserted_single_source: Russia's defence ministry=asserted"],
  );
});

test('\'urged “maximum restraint” on both sides and said …\' frames what follows "said"; ", medical officials said, where …" is the outlet\'s', () => {
  assert.deepEqual(
    statements(
      'GAZA, Jan 6 (Reuters) - Israeli tank shells killed at least 40 Palestinians at a United Nations school in the northern Gaza Strip on Tuesday, medical officials said, where hundreds of people had taken refuge from the fighting. A spokesperson for the U.N. Secretary-General urged "maximum restraint" on both sides and said it was "imperative" to avoid a wider conflagration.',
      '2009-01-06',
    ),
    [
      'medical officials|said|Israeli tank shells killed at least 40 Palestinians at a United Nations school in the northern Gaza Strip on Tuesday',
      'United Nations|urged|"maximum restraint" on both sides',
      'United Nations|said|it was "imperative" to avoid a wider conflagration',
    ],
  );
});

test('", a finding the U.N. said was consistent with its own account" ends what was found and is the U.N.\'s statement', () => {
  assert.deepEqual(
    statements(
      'Months later, an Israeli military investigation found that the army had fired at a mortar squad operating from a location near the school, not from inside it, a finding the U.N. said was consistent with its own account.',
      '2009-01-06',
    ),
    ['an Israeli military investigation|found|the army had fired at a mortar squad operating from a location near the school, not from inside it', 'U.N.|said|was consistent with its own account'],
  );
});

test('a denial of accusations is on no appeal made with them; a spokesman telling of his group\'s denial denies', () => {
  assert.deepEqual(
    claims(
      'Bodies line streets of Bucha after Russian retreat; Moscow calls images "staged"\n\nUkraine\'s Foreign Minister Dmytro Kuleba wrote on Twitter that the "Bucha massacre was deliberate" and called on the Group of Seven to impose new sanctions.\n\nRussia\'s Defense Ministry rejected the accusations. In a statement on Telegram, it said that "not a single local resident has suffered from any violent action" while the town was under Russian control, and described the images as "another provocation" by the Kyiv regime intended for Western media.',
    ),
    [
      "asserted_single_source: Russia's Defense Ministry=asserted",
      "disputed: Dmytro Kuleba=asserted, Russia's Defense Ministry=denied",
      'asserted_single_source: Dmytro Kuleba=asserted',
      "asserted_single_source: Russia's Defense Ministry=asserted",
    ],
  );
  const blamed = "A rocket strike killed 12 children on Saturday, Israeli officials said, blaming Lebanon's Hezbollah for the deadliest attack on Israeli territory since October 7.\n\n";
  assert.deepEqual(claims(`${blamed}Hezbollah "categorically denies" any involvement in the attack, the group's spokesman Mohammad Afif told AFP.`), [
    'asserted_single_source: Israeli officials=asserted',
    'disputed: Israeli officials=asserted, Mohammad Afif=denied',
  ]);
  assert.deepEqual(claims(`${blamed}The group's spokesman Mohammad Afif told AFP that Hezbollah denied any involvement in the attack.`), [
    'asserted_single_source: Israeli officials=asserted',
    'disputed: Israeli officials=asserted, Mohammad Afif=denied',
  ]);
});

test('"declared two days of mourning" is an act, and the president named after his title blamed and said', () => {
  assert.deepEqual(
    statements(
      'Ukraine\'s acting President Oleksandr Turchinov declared two days of mourning and blamed Russia for the violence, saying Moscow had organised the unrest "to distract attention" from its actions in the east. Palestinian President Mahmoud Abbas called the shelling a "massacre" and declared three days of mourning.',
      '2014-05-02',
    ),
    [
      'Oleksandr Turchinov|blamed|Russia for the violence',
      'Oleksandr Turchinov|saying|Moscow had organised the unrest "to distract attention" from its actions in the east',
      'Mahmoud Abbas|called|the shelling a "massacre"',
    ],
  );
});

test('"there was no military force more careful to avoid civilian casualties" denies no strike', () => {
  assert.deepEqual(
    claims(
      'The coalition said its aircraft had struck Islamic State fighters at the location corresponding to allegations of civilian casualties. U.S. Defense Secretary Jim Mattis said there was no military force in the world that was more careful to avoid civilian casualties.',
    ),
    ['asserted_single_source: The coalition=asserted', 'asserted_single_source: Jim Mattis=asserted'],
  );
});

test('"said intelligence from Canada and its allies indicated …" is one statement; "that no missile hit the plane" denies it was shot down', () => {
  assert.deepEqual(
    statements('Canadian Prime Minister Justin Trudeau said intelligence from Canada and its allies indicated the plane had been shot down by an Iranian surface-to-air missile.', '2020-01-10'),
    ['Justin Trudeau|said|intelligence from Canada and its allies indicated the plane had been shot down by an Iranian surface-to-air missile'],
  );
  assert.deepEqual(
    claims(
      'Canadian Prime Minister Justin Trudeau said Canada believed the plane had been shot down by an Iranian surface-to-air missile.\n\n"What is clear is that no missile hit the plane," Ali Abedzadeh, head of Iran\'s civil aviation organisation, told reporters in Tehran.',
    ),
    ['disputed: Justin Trudeau=asserted, Ali Abedzadeh=denied'],
  );
});

test('photographs "published by Ukraine\'s emergency services" are the services\', not Ukraine\'s', () => {
  assert.deepEqual(statements("Photographs published by Ukraine's emergency services showed firefighters battling a huge blaze in a building with its roof torn open.", '2022-06-27'), [
    "Ukraine's emergency services|showed|firefighters battling a huge blaze in a building with its roof torn open",
  ]);
});

test('"told a Pentagon briefing" is where it was said; "as officials had earlier reported" is no statement by "earlier"', () => {
  assert.deepEqual(
    statements(
      'General Kenneth McKenzie, head of U.S. Central Command, told a Pentagon briefing that the attack would not stop the evacuation. He said there had been only one suicide bomber at the Abbey Gate, not two as officials had earlier reported.',
      '2021-08-26',
    ),
    [
      'Kenneth McKenzie|told|the attack would not stop the evacuation|ch:a Pentagon briefing',
      'Kenneth McKenzie|said|there had been only one suicide bomber at the Abbey Gate, not two as officials had earlier reported',
    ],
  );
});

test('a nurse at a hospital in a city the tagger took for a body is the nurse; ", but the military denied …" after a frame is its own statement', () => {
  assert.deepEqual(
    statements(
      'An air strike on a busy market in Tigray killed dozens of people on Tuesday, health workers and a witness said, but the military denied targeting civilians. A nurse at a hospital in the regional capital Mekelle told Reuters that at least 43 bodies had been brought from the village of Togoga.',
      '2021-06-24',
    ),
    [
      'health workers and a witness|said|An air strike on a busy market in Tigray killed dozens of people on Tuesday',
      'the military|denied|targeting civilians',
      'A nurse at a hospital in the regional capital Mekelle|told|at least 43 bodies had been brought from the village of Togoga|to:Reuters',
    ],
  );
});

test('", a finding Pyongyang rejected as a “fabrication”" after the frame is no content, quoted or not: what was said is before the frame', () => {
  const text =
    'A North Korean submarine fired the torpedo that sank the warship Cheonan, killing 46 sailors, a team of international investigators said on Thursday, a finding Pyongyang immediately rejected as a "fabrication".';
  assert.deepEqual(statements(text, '2010-05-20'), ['a team of international investigators|said|A North Korean submarine fired the torpedo that sank the warship Cheonan, killing 46 sailors']);
  assert.deepEqual(claims(text), ['disputed: a team of international investigators=asserted, Pyongyang=denied']);
});

test('a quote inside what was said is not where it starts ("read “No. 1” in Korean script"); ", and Reuters could not independently verify …" is the outlet\'s doubt, not the analysts\'', () => {
  const text =
    "Investigators said fragments matched the design of a North Korean torpedo. A marking in blue ink on one fragment read \"No. 1\" in Korean script of the kind used in the North, they said. Some analysts have questioned whether the ink marking could have survived the blast, and Reuters could not independently verify the investigators' account of how the fragments were found.";
  assert.deepEqual(statements(text, '2010-05-20'), [
    'Investigators|said|fragments matched the design of a North Korean torpedo',
    'Investigators|said|A marking in blue ink on one fragment read "No. 1" in Korean script of the kind used in the North',
    'Some analysts|have questioned|whether the ink marking could have survived the blast',
  ]);
  assert.deepEqual(claims(text), ['unconfirmed: Investigators=asserted, Reuters=not_independently_verified', 'asserted_single_source: Investigators=asserted, Some analysts=hedged']);
});

test('"the report" where none was named is the investigators\' findings the story opens with: called a fabrication, studied, its conclusions not accepted', () => {
  assert.deepEqual(
    claims(
      'A North Korean submarine fired the torpedo that sank the warship Cheonan, a team of international investigators said on Thursday.\n\nInvestigators said fragments recovered from the sea floor matched a North Korean design. A marking on one fragment read "No. 1", they said.\n\nNorth Korea\'s National Defence Commission said the report was "a sheer fabrication". China said it was studying the report. Foreign Ministry spokesman Ma Zhaoxu would not say whether Beijing accepted its conclusions.',
    ),
    [
      'disputed: a team of international investigators=asserted, National Defence Commission=denied, China=neither_confirmed_nor_denied, Ma Zhaoxu=refused_comment',
      'asserted_single_source: Investigators=asserted',
      'asserted_single_source: Investigators=asserted',
    ],
  );
});

test('"did not mention the village in its daily briefing, which said …": the briefing speaks, for the ministry, not "the village in its daily briefing"', () => {
  assert.deepEqual(
    statements(
      "A Russian missile struck a cafe in the village of Hroza on Thursday, killing 51 people, Ukrainian officials said. Russia's defence ministry did not mention the village in its daily briefing, which said its forces had struck \"places where foreign mercenaries were deployed\" in the Kharkiv region.",
      '2023-10-05',
    ),
    [
      'Ukrainian officials|said|A Russian missile struck a cafe in the village of Hroza on Thursday, killing 51 people',
      "Russia's defence ministry|said|its forces had struck \"places where foreign mercenaries were deployed\" in the Kharkiv region",
    ],
  );
});

test('"nothing to say about Hroza" is on the claim naming Hroza, not the latest naming Russia; the referral after it in its sentence goes with it', () => {
  assert.deepEqual(
    claims(
      'Missile strike on village cafe kills 51, Ukraine says\n\nA Russian missile struck a cafe in the village of Hroza on Thursday, killing 51 people, Ukrainian officials said.\n\nPresident Volodymyr Zelenskiy called the strike "a demonstratively brutal Russian crime".\n\nRussia\'s defence ministry did not mention the village in its daily briefing, which said its forces had struck "places where foreign mercenaries were deployed" in the Kharkiv region. Kremlin spokesman Dmitry Peskov said he had nothing to say about Hroza and referred questions to the military.',
    ),
    [
      "asserted_single_source: Ukrainian officials=asserted, Dmitry Peskov=refused_comment, Dmitry Peskov=refused_comment, Russia's defence ministry=refused_comment",
      'asserted_single_source: Volodymyr Zelenskiy=asserted',
      "asserted_single_source: Russia's defence ministry=asserted",
    ],
  );
});

test('"Russia has not commented on the footage" is a silence on what the footage was said to show', () => {
  assert.deepEqual(claims('Video posted on social media appeared to show a Russian vessel ramming the Ukrainian tug. Russia has not commented on the footage.'), [
    'hedged: social-media=hedged, Russia=refused_comment',
  ]);
});

test('"the U.N. mission and aid groups said" is not the U.N. alone; ", while a community leader put the figure at more than 25" is a statement', () => {
  assert.deepEqual(
    statements(
      'Gunmen attacked a United Nations camp in Malakal, killing at least 18 people, the U.N. mission and aid groups said Friday. The state governor said seven people had died, while a community leader in the camp put the figure at more than 25.',
      '2016-02-19',
    ),
    [
      'the U.N. mission and aid groups|said|Gunmen attacked a United Nations camp in Malakal, killing at least 18 people',
      'The state governor|said|seven people had died',
      'a community leader in the camp|put|the figure at more than 25',
    ],
  );
});

test('"…, the Pentagon said, in an attack that Iran\'s supreme leader said would bring …": the relative clause\'s subject speaks, not the setting', () => {
  assert.deepEqual(
    statements(
      'BAGHDAD, Jan 3 (Reuters) - A U.S. air strike killed Iranian Major-General Qassem Soleimani at Baghdad airport on Friday, the Pentagon said, in an attack that Iran\'s supreme leader said would bring "severe revenge".',
      '2020-01-03',
    ),
    ['Pentagon|said|A U.S. air strike killed Iranian Major-General Qassem Soleimani at Baghdad airport on Friday', "Iran's supreme leader|said|would bring \"severe revenge\""],
  );
});

test('"in an attack Ankara said targeted …", ", an incident Turkey said had been carried out by …": the name speaks, and says the verb phrase after its cue', () => {
  assert.deepEqual(
    statements(
      'Turkish drones struck a clinic in Sinjar on Tuesday, killing at least four people, Iraqi officials said, in an attack Ankara said targeted Kurdish militants. The attack came after a Turkish soldier was killed last week, an incident Turkey said had been carried out by the PKK.',
      '2021-08-17',
    ),
    [
      'Iraqi officials|said|Turkish drones struck a clinic in Sinjar on Tuesday, killing at least four people',
      'Ankara|said|targeted Kurdish militants',
      'Turkey|said|had been carried out by the PKK',
    ],
  );
});

test('"rebel forces" denied are the "separatists" blamed; "if the Afghan claims were true" is no statement by "Afghan"', () => {
  const text =
    'President Petro Poroshenko said the rockets had been fired by pro-Russian separatists from a town some 50 km away. A spokesman for the separatists, Eduard Basurin, denied that rebel forces had fired on Kramatorsk. Christopher Stokes said that if the Afghan claims were true, they amounted to "an admission of a war crime".';
  assert.deepEqual(statements(text, '2015-02-10'), [
    'Petro Poroshenko|said|the rockets had been fired by pro-Russian separatists from a town some 50 km away',
    'Eduard Basurin|denied|rebel forces had fired on Kramatorsk',
    'Christopher Stokes|said|if the Afghan claims were true, they amounted to "an admission of a war crime"',
  ]);
  assert.deepEqual(claims(text), ['disputed: Petro Poroshenko=asserted, Eduard Basurin=denied', 'asserted_single_source: Christopher Stokes=asserted']);
});

test('a blame naming only whom ("blamed Ukrainian forces") disputes the deed the story opens with, told by one of no known side', () => {
  assert.deepEqual(
    claims(
      'Missile strike on civilian convoy kills 30 in Zaporizhzhia\n\nZAPORIZHZHIA, Ukraine, Sept 30 (Reuters) - A Russian missile strike on a convoy of civilian cars in the southern Ukrainian city of Zaporizhzhia killed at least 30 people on Friday, the regional governor said.\n\nGovernor Oleksandr Starukh said 88 people had been wounded.\n\nRussian-installed officials in the occupied part of the region blamed Ukrainian forces.',
    ),
    [
      'disputed: Oleksandr Starukh=asserted, Russian-installed officials in the occupied part of the region=denied',
      'asserted_single_source: Oleksandr Starukh=asserted',
      'disputed: Russian-installed officials in the occupied part of the region=asserted, Oleksandr Starukh=denied',
    ],
  );
});

test('"Al Shabaab, which often claims attacks quickly, has not commented" claims nothing; its silence is on the blast', () => {
  const text = 'No group has claimed responsibility for the blast, which killed 276 people, officials said. Al Shabaab, which often claims attacks quickly, has not commented.';
  assert.deepEqual(statements(text, '2017-10-16'), ['officials|said|No group has claimed responsibility for the blast, which killed 276 people']);
  assert.deepEqual(claims(text), ['asserted_single_source: officials=asserted, Al Shabaab=refused_comment']);
});

test('"The Libyan National Army (LNA), Haftar\'s force, did not respond" is the army\'s silence, not Haftar\'s; "so that evidence could be preserved" warns of nothing', () => {
  assert.deepEqual(
    claims(
      "Libya's government said it had found eight mass graves in the town of Tarhuna, held until last week by forces loyal to Khalifa Haftar. The Libyan National Army (LNA), Haftar's force, did not respond to a request for comment. The United Nations mission in Libya urged the government to secure the sites so that evidence could be preserved.",
    ),
    ["asserted_single_source: Libya's government=asserted, Libyan National Army=refused_comment", 'asserted_single_source: United Nations=asserted'],
  );
});

test('care taken "not to harm civilians" is not corroborated by shelling that killed civilians; "his claims, as phone connections have been cut" doubts his; "did not have information" cannot confirm', () => {
  assert.deepEqual(
    claims(
      'Prime Minister Abiy Ahmed said federal forces had taken care not to harm civilians.\n\nTPLF leader Debretsion Gebremichael said federal forces had shelled Mekelle with heavy artillery, killing civilians. Reuters could not verify his claims, as phone and internet connections to the region have been cut.',
    ),
    ['asserted_single_source: Abiy Ahmed=asserted', 'unconfirmed: Debretsion Gebremichael=asserted, Reuters=not_independently_verified'],
  );
  assert.deepEqual(claims('Kremlin spokesman Dmitry Peskov told reporters he did not have information about the strike.'), ['unconfirmed: Dmitry Peskov=cannot_confirm']);
});

test('"too early to speak of a victory" is on the claim of a capture; warning shots "into the air" do not confirm firing "directly at the crowd"', () => {
  assert.deepEqual(
    claims('The head of the Wagner group, Yevgeny Prigozhin, said his forces had taken control of the town of Soledar.\n\nThe Kremlin said it was too early to speak of a victory.'),
    ['unconfirmed: Yevgeny Prigozhin=asserted, Kremlin=cannot_confirm'],
  );
  assert.deepEqual(claims('A military spokesman said troops had first fired warning shots into the air. Witnesses told Reuters that troops had fired directly at the crowd.'), [
    'asserted_single_source: A military spokesman=asserted',
    'asserted_single_source: Witnesses=asserted',
  ]);
});

test('"posted photos on Telegram that he said showed …": "he" speaks, not the verb phrase before the relative pronoun', () => {
  assert.deepEqual(statements('Andriy Yermak, the head of the presidential office, posted photos on Telegram that he said showed rescuers working at the site.', '2023-10-05'), [
    'Andriy Yermak|said|showed rescuers working at the site',
  ]);
});

test('"X said in a video posted on social media that …, according to local media" is X\'s statement, which the video\'s doubt is on', () => {
  const text =
    'Gran Grif leader Luckson Elan said in a video posted on social media that the attack was revenge for residents helping a vigilante group, according to local media. The video could not be independently verified.';
  assert.deepEqual(statements(text, '2024-10-04'), ['Luckson Elan|said|the attack was revenge for residents helping a vigilante group|ch:in a video posted on social media']);
  assert.deepEqual(claims(text), ['unconfirmed: Luckson Elan=asserted, outlet=not_independently_verified']);
});

test('what was said is not cut inside a word ("U.S.-made"); a day with no comma before the speaker ("On Wednesday the ministry raised …"); the outlet\'s ", a rare public admission of …" is no statement', () => {
  assert.deepEqual(statements('The ministry said in a statement on Telegram that four rockets from U.S.-made HIMARS launchers had hit the building shortly after midnight.', '2023-01-02'), [
    'The ministry|said|four rockets from U.S.-made HIMARS launchers had hit the building shortly after midnight|ch:in a statement on Telegram',
  ]);
  assert.deepEqual(statements('The Russian defence ministry said 63 soldiers had been killed. On Wednesday the ministry raised the toll to 89.', '2023-01-02'), [
    'Russian defence ministry|said|63 soldiers had been killed',
    'Russian defence ministry|raised|the toll to 89',
  ]);
  assert.deepEqual(statements('Russia said 63 of its soldiers had been killed, a rare public admission of heavy losses by Moscow.', '2023-01-02'), ['Russia|said|63 of its soldiers had been killed']);
});

test('"killed dozens of people at what a war monitor said was a mosque": the monitor speaks', () => {
  assert.deepEqual(statements('A U.S. air strike in northern Syria on Thursday killed dozens of people at what a war monitor said was a mosque crowded with worshippers.', '2017-03-17'), [
    'a war monitor|said|was a mosque crowded with worshippers',
  ]);
});

test('"mocked the mobile phone account on Twitter" disputes the claim its words name; "had not known the building was part of a mosque" is no denial that it was', () => {
  assert.deepEqual(
    claims(
      "Russia's defence ministry said the main reason for the strike was that soldiers had switched on their mobile phones. Sergei Mironov said officials should face criminal charges. Ukraine's defence ministry mocked the mobile phone account on Twitter.",
    ),
    ["disputed: Russia's defence ministry=asserted, Ukraine's defence ministry=denied", 'asserted_single_source: Sergei Mironov=asserted'],
  );
  assert.deepEqual(
    claims('Residents said the building that was destroyed was part of the mosque complex. A U.S. investigation later acknowledged that the military had not known the building was part of a mosque.'),
    ['corroborated: Residents=asserted, A U.S. investigation=asserted'],
  );
});

test('"The coalition denied carrying out an air strike on a funeral hall" meets "warplanes had struck the funeral hall" after it; not "launching any such attacks", nor "carrying out the attack"', () => {
  assert.deepEqual(claims('The coalition denied carrying out an air strike on a funeral hall in Sanaa. Officials in Sanaa said warplanes had struck the funeral hall twice.'), [
    'disputed: The coalition=denied, Officials in Sanaa=asserted',
  ]);
  assert.deepEqual(claims("Pakistan's military said India had tried to strike its bases. Pakistan denied launching any such attacks."), [
    "asserted_single_source: Pakistan's military=asserted",
    'denied: Pakistan=denied',
  ]);
  assert.deepEqual(
    claims('A Myanmar military air strike hit a school on Monday, killing at least 20 people, residents said. A teacher told Reuters that a fighter jet dropped two bombs on the building. The junta denied carrying out the attack.'),
    ['disputed: residents=asserted, The junta=denied', 'asserted_single_source: A teacher=asserted'],
  );
});

test('no comment "on the higher figures" is on the latest count of another, however far back', () => {
  assert.deepEqual(
    claims(
      "Russia's defence ministry said 63 soldiers had been killed.\n\nUkraine's military said the strike had killed about 400 soldiers.\n\nDaniil Bezsonov said the death toll was massive.\n\nIgor Girkin said ammunition had been stored in the building.\n\nThe defence ministry did not respond to a request for comment on the higher figures.",
    ),
    [
      "asserted_single_source: Russia's defence ministry=asserted",
      "asserted_single_source: Ukraine's military=asserted, Russia's defence ministry=refused_comment",
      'asserted_single_source: Daniil Bezsonov=asserted',
      'asserted_single_source: Igor Girkin=asserted',
    ],
  );
});

test('"Residents told AFP …" after "residents and officials say …" are the residents alone; "urged an independent investigation" names no one urged; "the high toll suggested that …" inside what Amnesty said is Amnesty\'s', () => {
  assert.deepEqual(statements('Residents and officials say dozens of people were killed when buildings collapsed. Residents told AFP that the jihadists had herded families into basements.', '2017-03-25'), [
    'Residents and officials|say|dozens of people were killed when buildings collapsed',
    'Residents|told|the jihadists had herded families into basements|to:AFP',
  ]);
  assert.deepEqual(
    statements('Amnesty International said the high toll suggested that coalition forces had failed to take adequate precautions, and urged an independent investigation. Zelenskiy urged the United States to respond.', '2017-03-25'),
    [
      'Amnesty International|said|the high toll suggested that coalition forces had failed to take adequate precautions',
      'Amnesty International|urged|an independent investigation',
      'Zelenskiy|urged|to respond|to:the United States',
    ],
  );
});

test('", quoted by the Interfax news agency," leaves no comma on the speaker; "declared Sunday a national day of mourning and said …" is an act, then a statement', () => {
  assert.deepEqual(
    statements(
      "A spokesman for the self-proclaimed Luhansk People's Republic, quoted by the Interfax news agency, said rebels had brought the plane down. President Petro Poroshenko declared Sunday a national day of mourning and said those responsible would be punished.",
      '2014-06-14',
    ),
    ["A spokesman for the self-proclaimed Luhansk People's Republic|said|rebels had brought the plane down", 'Petro Poroshenko|said|those responsible would be punished'],
  );
});

test('"too soon to say" cannot confirm; "denied arming the rebels" does not deny that separatists shot down a plane; no comment "on the death toll" is on the story\'s toll', () => {
  assert.deepEqual(
    claims('Iraq\'s military said militants had rigged a house with explosives. A Pentagon spokesman, Captain Jeff Davis, said it was too soon to say what had caused the building to collapse.'),
    ["asserted_single_source: Iraq's military=asserted", 'unconfirmed: Jeff Davis=cannot_confirm'],
  );
  assert.deepEqual(
    claims("Pro-Russian separatists shot down a Ukrainian military transport plane, killing all 49 servicemen on board, Ukraine's defence ministry said. Moscow has repeatedly denied arming the rebels."),
    ["asserted_single_source: Ukraine's defence ministry=asserted", 'denied: Moscow=denied'],
  );
  assert.deepEqual(
    claims(
      'Shelling hit a crowded market in Omdurman on Sunday, killing at least 40 people, a group of local medics said.\n\n"The shells fell one after another," said Omar Adam, a vegetable seller. He said he had counted at least 20 bodies.\n\nNeither side has commented on the death toll.',
    ),
    ['asserted_single_source: a group of local medics=asserted, Neither side=refused_comment', 'asserted_single_source: Omar Adam=asserted', 'asserted_single_source: Omar Adam=asserted'],
  );
});

test('"Refugees who fled to Sudan gave a different account, telling …": the subject past its relative clause; "verified photographs and videos of bodies" runs on past "and videos"; "later raised its toll to 274"', () => {
  assert.deepEqual(
    statements('Refugees who fled to Sudan gave a different account, telling the AP that federal troops had attacked Tigrayans in the town. Amnesty said it had verified photographs and videos of bodies strewn across the town of Mai-Kadra.', '2020-11-12'),
    ['Refugees who fled to Sudan|telling|federal troops had attacked Tigrayans in the town', 'Amnesty|said|it had verified photographs and videos of bodies strewn across the town of Mai-Kadra'],
  );
  assert.deepEqual(statements('The Gaza health ministry, which does not distinguish between civilians and combatants, later raised its toll to 274.', '2024-06-08'), ['The Gaza health ministry|raised|its toll to 274']);
});

test('\'said "under 100" Palestinians had been killed, adding that he did not know how many …\': the quote opens a mixed statement, and not knowing how many cannot confirm', () => {
  const text = 'Military spokesman Daniel Hagari said "under 100" Palestinians had been killed, adding that he did not know how many of them were militants.';
  assert.deepEqual(statements(text, '2024-06-08'), ['Daniel Hagari|said|"under 100" Palestinians had been killed', 'Daniel Hagari|adding|he did not know how many of them were militants']);
  assert.deepEqual(claims(text), ['asserted_single_source: Daniel Hagari=asserted', 'unconfirmed: Daniel Hagari=cannot_confirm']);
});

test('"Israel rejected the accusation" is on a hedged accusation: "both sides may have committed war crimes"', () => {
  assert.deepEqual(claims('The U.N. human rights office said both sides may have committed war crimes, citing the holding of hostages in densely populated areas. Israel rejected the accusation.'), [
    'disputed: U.N.=hedged, Israel=denied',
  ]);
});

test('"Video from the scene, posted by activists, showed …" shows what it showed; "a YouTube video posted … by a channel that publishes gameplay clips" says nothing', () => {
  assert.deepEqual(
    statements(
      'Video from the scene, posted by activists, showed rescuers carrying bodies from a collapsed building. A reverse image search found the same footage in a YouTube video posted in March 2022 by a channel that publishes gameplay clips.',
      '2019-07-22',
    ),
    ['activists|showed|rescuers carrying bodies from a collapsed building'],
  );
});

test('"Reuters Fact Check found no evidence that the video shows …" doubts the posts, asserts nothing; "Pro-Wagner Telegram channels" are channels, not a body of that name', () => {
  assert.deepEqual(claims('Posts say the video shows fighting in Kursk. Reuters Fact Check found no evidence that the video shows fighting in Kursk.'), [
    'unconfirmed: social-media=asserted, Reuters Fact Check=not_independently_verified',
  ]);
  assert.deepEqual(claims('Pro-Wagner Telegram channels claimed without evidence that the plane had been shot down by Russian air defences.'), [
    'unconfirmed: Pro-Wagner Telegram channels=asserted, outlet=not_independently_verified',
  ]);
});

test('"denied direct involvement" answers the accusation; "Not that I\'m aware of." to a question denies what was asked; "blamed the army" asserts what the army denied in the lead', () => {
  assert.deepEqual(claims("Russia's defence ministry said Ukrainian forces had attacked Moscow with eight drones. Ukraine denied direct involvement."), [
    "disputed: Russia's defence ministry=asserted, Ukraine=denied",
  ]);
  assert.deepEqual(claims('Asked if the U.N. had been notified in advance, he replied: "Not that I\'m aware of."'), ['denied: he=denied']);
  assert.deepEqual(
    claims(
      "Cameroon's army on Tuesday denied that its soldiers had killed 22 civilians in the village of Ngarbuh.\n\nLocal residents and opposition politicians blamed the army, saying soldiers had shot villagers and burned homes.",
    ),
    ["disputed: Cameroon's army=denied, Local residents and opposition politicians=asserted", 'asserted_single_source: Local residents and opposition politicians=asserted'],
  );
});

test('an entity is named as the text writes it, an initialism before a dateline\'s capitals ("U.N.", not "UNITED NATIONS")', () => {
  assert.deepEqual(statements('U.N. says school sheltering displaced in Gaza hit\n\nUNITED NATIONS, June 6 (AP) — A school run by the U.N. agency was struck overnight, killing dozens.', '2024-06-06'), [
    'U.N.|says|school sheltering displaced in Gaza hit',
  ]);
});

test('"when asked whether Bakhmut was still in Ukrainian hands" is a question put to him, no statement', () => {
  assert.deepEqual(statements('At the summit, Zelenskiy spoke briefly when asked whether Bakhmut was still in Ukrainian hands. "I think no," he said.', '2023-05-20'), ['Zelenskiy|said|I think no,']);
});

test('no comment "on the memo" is on what the memo said; "the agency did not know who the gunmen were" cannot confirm', () => {
  assert.deepEqual(
    claims('An internal U.N. memo seen by the AP said gangs "may be benefiting from the passive if not active benevolence" of the Israeli military. COGAT, the Israeli body that oversees aid to Gaza, declined to comment on the memo.'),
    ['reported_seen_by_outlet: document=warning, AP=reported_seen_by_outlet, COGAT=refused_comment'],
  );
  assert.deepEqual(claims('"Our staff were threatened at gunpoint," WFP spokeswoman Abeer Etefa told reporters in Geneva. She said the agency did not know who the gunmen were.'), [
    'asserted_single_source: Abeer Etefa=asserted',
    'unconfirmed: Abeer Etefa=cannot_confirm',
  ]);
});

test('what was said stops before an office-holder\'s deed told after it (", and Prime Minister Naftali Bennett circulated …"); a "high possibility" hedges', () => {
  assert.deepEqual(
    statements('The Israeli military initially said that Abu Akleh may have been hit by Palestinian gunfire, and Prime Minister Naftali Bennett circulated a video of Palestinian militants firing in the area.', '2022-05-11'),
    ['The Israeli military|initially said|Abu Akleh may have been hit by Palestinian gunfire'],
  );
  assert.deepEqual(claims('Months later, the army said there was a "high possibility" that she had been shot by an Israeli soldier.'), ['hedged: the army=hedged']);
});

test('a relative clause\'s denial stops before its subject\'s own statement ("…, which regularly denies targeting civilians, said …"); a place "besieged by" forces is no statement', () => {
  assert.deepEqual(
    statements('Russia\'s Defence Ministry, which regularly denies targeting civilians, said separately that its forces had hit "a temporary deployment point" of Ukrainian units in the region.', '2023-08-19'),
    ['Russia\'s Defence Ministry|regularly denies|targeting civilians', 'Russia\'s Defence Ministry|said|its forces had hit "a temporary deployment point" of Ukrainian units in the region'],
  );
  assert.deepEqual(statements('Chernihiv, about 145 km north of Kyiv, was besieged by Russian forces in the first weeks of the invasion before they withdrew in early April 2022.', '2023-08-19'), []);
});

test('"although witnesses, diplomats and even some officials have said they are" is the whole list\'s, and disputes the denial before it; "in a Twitter post" is a channel', () => {
  const text = 'Eritrea has denied its troops are in Tigray at all, although witnesses, diplomats and even some Ethiopian officials have said they are.';
  assert.deepEqual(statements(text, '2021-02-26'), ['Eritrea|has denied|its troops are in Tigray at all', 'witnesses, diplomats and even some Ethiopian officials|have said|they are']);
  assert.deepEqual(claims(text), ['disputed: Eritrea=denied, witnesses, diplomats and even some Ethiopian officials=asserted']);
  assert.deepEqual(statements('Johannes Bruwer said in a Twitter post that civilians must be protected.', '2018-08-09'), ['Johannes Bruwer|said|civilians must be protected|ch:in a Twitter post']);
});

test('a duty stated ("civilians must be protected") confirms no deed; rejecting a report "on Twitter as preposterous" disputes it', () => {
  assert.deepEqual(
    claims('Coalition spokesman Turki al-Maliki said the operation was carried out "in accordance with international humanitarian law." Johannes Bruwer, head of the ICRC delegation in Yemen, said in a Twitter post that "under international humanitarian law, civilians must be protected during conflict."'),
    ['asserted_single_source: Turki al-Maliki=asserted', 'asserted_single_source: Johannes Bruwer=asserted'],
  );
  assert.deepEqual(
    claims('Eritrean soldiers killed hundreds of unarmed civilians in the city of Axum in late November, Amnesty International said in a report released Friday. Eritrea\'s information minister, Yemane Gebremeskel, rejected the report on Twitter as "preposterous".'),
    ['disputed: Amnesty International=asserted, Yemane Gebremeskel=denied'],
  );
});

test('a frame inside the sentence before the outlet\'s ", and took …" said what comes before it, for all it lists; "Israeli officials" after are only they', () => {
  assert.deepEqual(
    statements('DUBAI, Nov 19 (AP) — Yemen\'s Houthi rebels seized a cargo ship in the southern Red Sea on Sunday, the rebels and Israeli officials said, and took its 25 crew members hostage.\n\nIsraeli officials said no Israelis were on board.', '2023-11-19'),
    ['the rebels and Israeli officials|said|Yemen\'s Houthi rebels seized a cargo ship in the southern Red Sea on Sunday', 'Israeli officials|said|no Israelis were on board'],
  );
});

test('"the statement said" after an office spoke is the office\'s; "but could not say how many" cannot confirm', () => {
  assert.deepEqual(
    statements('Prime Minister Benjamin Netanyahu\'s office called the seizure "another act of Iranian terrorism" and said the ship was owned by a British company. "It is not an Israeli ship," the statement said.', '2023-11-19'),
    [
      'Benjamin Netanyahu\'s office|called|the seizure "another act of Iranian terrorism"',
      'Benjamin Netanyahu\'s office|said|the ship was owned by a British company',
      'Benjamin Netanyahu\'s office|said|It is not an Israeli ship,',
    ],
  );
  assert.deepEqual(claims('Another resident said she had seen bodies on a main road but could not say how many.'), ['asserted_single_source: Another resident=asserted', 'unconfirmed: Another resident=cannot_confirm']);
});

test('"the fall of the city has not been independently confirmed" doubts the capture; "confirmed the hijacking" the seizure; "did not address whether …" is a question of its own', () => {
  assert.deepEqual(
    claims('Sudan\'s army said on Tuesday it had opened an investigation, a day after the Rapid Support Forces said they had taken full control of the city.\n\nA U.N. spokesperson said aid workers had been forced to suspend operations in Wad Madani.\n\nThe fall of the city has not been independently confirmed.'),
    ['asserted_single_source: Sudan\'s army=asserted', 'unconfirmed: Rapid Support Forces=asserted, outlet=not_independently_verified', 'asserted_single_source: U.N.=asserted'],
  );
  assert.deepEqual(
    claims('DUBAI, Nov 19 (AP) — Yemen\'s Houthi rebels seized a cargo ship in the southern Red Sea on Sunday, Israeli officials said.\n\nThe ship\'s Japanese operator, Nippon Yusen, confirmed the hijacking.'),
    ['corroborated: Israeli officials=asserted, Nippon Yusen=asserted'],
  );
  assert.deepEqual(
    claims('Houthi spokesman Yahya Saree warned that the group would target all ships "owned or operated by Israeli companies."\n\nIran\'s foreign ministry spokesman, Nasser Kanaani, denied that Tehran was involved. He did not address whether Iran had given the group intelligence on the ship.'),
    ['warning: Yahya Saree=warning', 'denied: Nasser Kanaani=denied', 'refused_comment: Nasser Kanaani=refused_comment'],
  );
});

test('"criticised the commander … and said" is the critic saying; "due to the threat of encirclement" warns of nothing; "He declined to say whether …" is a refusal', () => {
  assert.deepEqual(
    statements('Chechen leader Ramzan Kadyrov criticised the commander of the Russian forces in the area and said on Telegram that Russia should consider using "low-yield nuclear weapons" in Ukraine.', '2022-10-01'),
    ['Ramzan Kadyrov|criticised|the commander of the Russian forces in the area', 'Ramzan Kadyrov|said|Russia should consider using "low-yield nuclear weapons" in Ukraine|ch:on Telegram'],
  );
  assert.deepEqual(claims('"Due to the threat of encirclement, allied troops were withdrawn to more advantageous lines," the Russian defence ministry said.'), ['asserted_single_source: Russian defence ministry=asserted']);
  assert.deepEqual(statements('Peskov spoke to reporters. He declined to say whether Russia still claimed Lyman as its territory.', '2022-10-03'), ['Peskov|declined to say|whether Russia still claimed Lyman as its territory']);
});

test('a fact check\'s "THE CLAIM:" and "THE FACTS:" are headings, no speakers; "a reporter …, who said …" is her statement', () => {
  assert.deepEqual(
    claims('Fact check: What is known about reports of beheaded babies\n\nJERUSALEM (AP) — Reports spread rapidly online this week.\n\nTHE CLAIM: Social media posts claimed that "40 babies were beheaded" by Hamas fighters during the attack on Kfar Aza.\n\nTHE FACTS: The Associated Press has found no evidence to support the figure.'),
    ['unconfirmed: social-media=asserted, The Associated Press=not_independently_verified'],
  );
  assert.deepEqual(
    statements('The number appears to have originated with a reporter for Israel\'s i24 News channel, who said soldiers at the kibbutz had told her about it. She later said on X that she had not seen the bodies herself.', '2023-10-12'),
    ['a reporter for Israel\'s i24 News channel|said|soldiers at the kibbutz had told her about it', 'a reporter for Israel\'s i24 News channel|later said|she had not seen the bodies herself|ch:on X'],
  );
});

test('"the military\'s chief spokesman" is no spokesman named before; "Asked on Wednesday whether the reports were accurate … “We don\'t have any confirmation of that”" cannot confirm them; nor "the number"', () => {
  const claim = 'Social media posts claimed that "40 babies were beheaded" by Hamas fighters during the attack on Kfar Aza.';
  const dinar = ' An Israeli military spokesman, Maj. Nir Dinar, told reporters that soldiers had found babies "with their heads cut off."';
  const asked = ' Asked on Wednesday whether the reports were accurate, the military\'s chief spokesman said: "We don\'t have any confirmation of that."';
  assert.deepEqual(speakersAndCues(claim + dinar + asked, '2023-10-12'), ['social-media|claimed', 'Nir Dinar|told', 'the military\'s chief spokesman|said']);
  assert.deepEqual(claims(claim + asked), ['unconfirmed: social-media=asserted, the military\'s chief spokesman=cannot_confirm']);
  assert.deepEqual(claims('Social media posts claimed that 40 babies were killed in the attack. A military spokesman said he could not confirm the number.'), ['unconfirmed: social-media=asserted, A military spokesman=cannot_confirm']);
});

test('blame traded is no statement ("Syria trades blame with rebels")', () => {
  assert.deepEqual(statements('Explosions at Aleppo University kill at least 82, Syria trades blame with rebels\n\nBEIRUT, Jan 15 (Reuters) - Two explosions ripped through Aleppo University on Tuesday.', '2013-01-15'), []);
});

test('a briefing transcript: the journalist\'s "QUESTION:" turns are asked, not said; each answer is on what was asked, or on the statement the question reports', () => {
  const text =
    'State Department briefing\n\n' +
    'QUESTION: Iran says Israel struck its consulate in Damascus today. Can you confirm that Israel carried out the strike?\n\n' +
    "MR. MILLER: I'm not in a position to confirm that.\n\n" +
    'QUESTION: Did Israel notify the United States before the strike?\n\n' +
    "MR. MILLER: I'm not going to get into private diplomatic conversations. What I will say is that we do not want to see the conflict expand.\n\n" +
    "QUESTION: Iran's foreign minister said the United States bears responsibility. Your response?\n\n" +
    'MR. MILLER: We had no involvement in the strike.';
  assert.deepEqual(speakersAndCues(text, '2024-04-01'), ['Iran|says', 'MILLER|:', 'MILLER|:', "Iran's foreign minister|said", 'MILLER|:']);
  assert.deepEqual(claims(text), [
    'unconfirmed: Iran=asserted, MILLER=cannot_confirm',
    'refused_comment: MILLER=refused_comment',
    "disputed: Iran's foreign minister=asserted, MILLER=denied",
  ]);
});

test('what imagery showed stops before the outlet\'s gloss (", undermining Moscow\'s assertion …"), so the denial disputes it; no statement opens its speaker with another\'s cue, nor takes a channel for its cue', () => {
  const text =
    "Satellite images released on Thursday showed at least eight Russian warplanes destroyed at the Saky air base in Crimea, undermining Moscow's assertion that no aircraft had been damaged.\n\n" +
    "Russia's defence ministry said on Tuesday that several stores of aviation ammunition had detonated. It said no aircraft had been damaged.";
  assert.deepEqual(claims(text), ["disputed: imagery=asserted, Russia's defence ministry=denied", "asserted_single_source: Russia's defence ministry=asserted"]);
  assert.deepEqual(
    speakersAndCues('Presidential adviser Mykhailo Podolyak said in a television interview that Kyiv had nothing to do with the blasts. Rob Lee, a senior fellow at the Foreign Policy Research Institute, wrote on Twitter that the pattern of craters suggested "multiple, simultaneous impacts."', '2022-08-11'),
    ['Mykhailo Podolyak|said', 'Rob Lee|wrote'],
  );
});

test('"The rights group said" is the rights body named before, not the militia it named since; "which AFP has not been able to verify independently" doubts what the videos show', () => {
  assert.deepEqual(
    speakersAndCues('Human Rights Watch said that it had spoken to witnesses who said members of the Volunteers for the Defence of the Homeland (VDP), a civilian militia, had killed at least 58 people. The rights group said the real toll was likely higher.', '2025-03-14'),
    ['Human Rights Watch|said', 'Human Rights Watch|said'],
  );
  assert.deepEqual(claims('The videos, which AFP has not been able to verify independently, show men in military fatigues standing among bodies.'), ['unconfirmed: imagery=asserted, AFP=not_independently_verified']);
});

test('"X, speaking in a video posted on Facebook …, said …" is X\'s statement; "in an assault that it initially blamed on …" is the frame\'s speaker\'s; a silence on "the accusation" is on the accusation however far back', () => {
  assert.deepEqual(
    speakersAndCues('Government spokesman Abderaman Koulamallah, speaking in a video posted on Facebook wearing a bulletproof vest, said the situation was "under control."', '2025-01-09'),
    ['Abderaman Koulamallah|said'],
  );
  assert.deepEqual(
    speakersAndCues('N\'DJAMENA, Jan 9 (Reuters) - Chadian security forces repelled an attack on the presidential palace late on Wednesday, killing 18 assailants, the government said, in an assault that it initially blamed on "drunk" and poorly armed men.', '2025-01-09'),
    ['the government|said', 'the government|initially blamed'],
  );
  assert.deepEqual(
    claims('Russia accused Ukraine on Thursday of trying to attack the Kursk nuclear power plant with a drone.\n\nRosatom chief Alexei Likhachev called on the IAEA to condemn the attack.\n\nThe IAEA said there were no reports of any radiation release.\n\nUkraine did not comment on the accusation.'),
    ['asserted_single_source: Russia=asserted, Ukraine=refused_comment', 'asserted_single_source: Alexei Likhachev=asserted', 'asserted_single_source: IAEA=asserted'],
  );
});

test('"said it could not confirm the village had fallen" doubts the capture; a verification headline "Video of … was filmed in Syria in 2018" denies what the posts said it showed; "a community note saying" is the note\'s', () => {
  assert.deepEqual(
    claims("Russia's defence ministry said on Monday its forces had captured the village of Novoselydivka.\n\nThe Institute for the Study of War said it could not confirm the village had fallen."),
    ["unconfirmed: Russia's defence ministry=asserted, Institute for the Study of War=cannot_confirm"],
  );
  const text =
    'BBC Verify: Video of "Israeli jets over Tehran" was filmed in Syria in 2018\n\n' +
    'The clip shows several aircraft passing over a city at dusk while people cheer. Posts sharing it said it had been filmed in northern Tehran on Friday evening.\n\n' +
    'The account that first posted the clip has since been labelled with a community note saying the footage is "old and unrelated."';
  assert.ok(claims(text).includes('disputed: social-media=asserted, outlet=denied'), claims(text).join('\n'));
  assert.ok(speakersAndCues(text, '2025-06-14').includes('a community note|saying'), speakersAndCues(text, '2025-06-14').join('\n'));
});

test('"…, said a member of the local People\'s Defense Force who asked not to be named" is the member\'s statement of what comes before; "denied that the military had carried out the attack" disputes the air strike', () => {
  assert.deepEqual(
    statements("The strike hit the monastery in Lin Ta Lu village around 1 a.m. on Friday, when about 150 people were sleeping inside, said a member of the local People's Defense Force who asked not to be named for his safety.", '2025-07-12').map((s) => s.split('|').slice(1, 3).join('|')),
    ['said|The strike hit the monastery in Lin Ta Lu village around 1 a.m. on Friday, when about 150 people were sleeping inside'],
  );
  assert.deepEqual(
    claims("An air strike by Myanmar's military on a Buddhist monastery in the Sagaing region killed at least 23 people, a local resistance group said Saturday.\n\nThe military government's spokesman, Maj. Gen. Zaw Min Tun, denied that the military had carried out the attack."),
    ['disputed: a local resistance group=asserted, Zaw Min Tun=denied'],
  );
});

test('"Opposition leaders rejected that characterisation" is a statement disputing the label; "has been hit repeatedly since …" is none; "A doctor at Kenyatta National Hospital" is the doctor', () => {
  const text = 'Interior Minister Kipchumba Murkomen described the protests as "an attempted coup." Opposition leaders rejected that characterisation.';
  assert.deepEqual(speakersAndCues(text, '2025-06-26'), ['Kipchumba Murkomen|described', 'Opposition leaders|rejected']);
  assert.deepEqual(claims(text), ['disputed: Kipchumba Murkomen=asserted, Opposition leaders=denied']);
  assert.deepEqual(statements('Kharkiv, about 30 km (19 miles) from the Russian border, has been hit repeatedly since the start of the war.', '2025-06-02'), []);
  assert.deepEqual(
    speakersAndCues('A doctor at Kenyatta National Hospital, who asked not to be named because he was not authorised to speak to the media, said the hospital had received 107 injured people.', '2025-06-26'),
    ['A doctor at Kenyatta National Hospital|said'],
  );
});

test('"the Qatar-based network said" is the network its sentence names; "a message his colleagues said he had prepared" is the colleagues\'; "Spokesperson Thameen Al-Kheetan" is named without the title', () => {
  const text =
    "An Israeli air strike on a tent outside Gaza City's al-Shifa hospital killed five Al Jazeera journalists late on Sunday, including correspondent Anas al-Sharif, the Qatar-based network said.\n\n" +
    'The Israeli military confirmed it had targeted al-Sharif, saying he had headed a Hamas cell and was responsible for rocket attacks on Israel.\n\n' +
    'Al Jazeera rejected the accusation.';
  assert.deepEqual(claims(text), ['asserted_single_source: Al Jazeera=asserted', 'disputed: The Israeli military=asserted, Al Jazeera=denied']);
  assert.deepEqual(
    speakersAndCues('Anas al-Sharif was a reporter. "If these words reach you, know that Israel has succeeded in killing me," he wrote in a message his colleagues said he had prepared in advance.', '2025-08-11'),
    ['Anas al-Sharif|wrote', 'his colleagues|said'],
  );
  assert.deepEqual(speakersAndCues('The U.N. human rights office condemned the attack. Spokesperson Thameen Al-Kheetan said at a briefing in Geneva that gang members had used automatic rifles.', '2024-10-04'), [
    'U.N.|condemned',
    'Thameen Al-Kheetan|said',
  ]);
});

test('", which Moscow has not commented on" is Moscow\'s silence on what was said before it, no part of it; a report that does not name someone keeps no silence of its own', () => {
  assert.deepEqual(statements('The U.S. State Department said Russia had laid sea mines in the approaches to Ukrainian ports, which Moscow has not commented on.', '2023-07-20'), [
    'U.S. State Department|said|Russia had laid sea mines in the approaches to Ukrainian ports',
  ]);
  assert.deepEqual(claims('The U.S. State Department said Russia had laid sea mines in the approaches to Ukrainian ports, which Moscow has not commented on.'), [
    'asserted_single_source: U.S. State Department=asserted, Moscow=refused_comment',
  ]);
  assert.deepEqual(
    claims('Malian troops and "foreign military personnel" killed at least 500 people in Moura, the U.N. human rights office said in a report. The report did not name the foreign personnel.'),
    ['asserted_single_source: U.N.=asserted'],
  );
});

test('a closing frame whose clause opens with another\'s statement said the clause set against it ("Officials did not say …, although some were likely brought down …, the air force said")', () => {
  assert.deepEqual(claims('Officials did not say what had happened to the rest, although some were likely brought down by electronic jamming, the air force said.'), [
    'refused_comment: Officials=refused_comment',
    'hedged: the air force=hedged',
  ]);
});

test('an energy minister in a story datelined Kyiv speaks for Ukraine: with "Ukrainian officials" one voice, no corroboration', () => {
  assert.deepEqual(
    claims("KYIV, Feb 11 (Reuters) - Russia launched a massive missile and drone attack on Ukraine's energy infrastructure overnight, hitting gas production facilities, Ukrainian officials said on Tuesday.\n\nEnergy Minister Herman Halushchenko said on Facebook that the attack had knocked out about 60% of the country's gas production."),
    ['asserted_single_source: Ukrainian officials=asserted, Herman Halushchenko=asserted'],
  );
});

test("a dateline of two places is no statement's content (\"KINSHASA/GOMA, Jan 27 (Reuters) - … rebels said …\"), and a pronoun after a day with no comma is the speaker", () => {
  assert.deepEqual(
    statements('KINSHASA/GOMA, Jan 27 (Reuters) - Rwanda-backed M23 rebels said on Monday they had taken control of Goma, the largest city in eastern Congo.', '2025-01-27'),
    ['M23|said|they had taken control of Goma'],
  );
  assert.deepEqual(
    speakersAndCues('Rwandan government spokeswoman Yolande Makolo did not respond to a request for comment. On Sunday she had said the fighting near the border was "a serious threat" to its security.', '2025-01-27'),
    ['Yolande Makolo|had said'],
  );
});

test('another\'s denial after a semicolon is its own statement, on no noun a reaction named; a doubt on "the extent of" something is on no claim that does not name it', () => {
  const text =
    "Britain's foreign ministry condemned the attack. Washington says the campaign has disrupted global trade; the Houthis deny their attacks have targeted ships with no links to Israel, though several such ships have been hit.";
  assert.deepEqual(statements(text, '2024-01-27').slice(1), [
    'Washington|says|the campaign has disrupted global trade',
    'Houthis|deny|their attacks have targeted ships with no links to Israel',
  ]);
  assert.deepEqual(claims(text), ['asserted_single_source: Britain\'s foreign ministry=asserted', 'asserted_single_source: Washington=asserted', 'denied: Houthis=denied']);
  assert.deepEqual(
    claims('British maritime security firm Ambrey said the tanker had reported being hit about 60 nautical miles southeast of Aden. It could not confirm the extent of the damage.'),
    ['asserted_single_source: Ambrey=asserted'],
  );
});

test('what was said stops before the outlet\'s "in the latest of its attacks" and "hours after …"', () => {
  assert.deepEqual(
    statements("Yemen's Houthi militia said on Saturday it had struck a British oil tanker in the Gulf of Aden, setting it ablaze, in the latest of its attacks on shipping.", '2024-01-27'),
    ['Houthi|said|it had struck a British oil tanker in the Gulf of Aden, setting it ablaze'],
  );
  assert.deepEqual(
    statements('Russia said on Saturday its forces had taken full control of the town of Avdiivka, hours after Kyiv said it was withdrawing its troops.', '2024-02-17'),
    ['Russia|said|its forces had taken full control of the town of Avdiivka', 'Kyiv|said|it was withdrawing its troops'],
  );
});

test('a frame set inside the sentence before the outlet\'s ", and Putin congratulated …" said only what comes before it, a report of speech too', () => {
  assert.deepEqual(statements('Shoigu visited the troops near the town, the defence ministry said, and Putin congratulated them on "an important victory".', '2024-02-17'), [
    'the defence ministry|said|Shoigu visited the troops near the town',
  ]);
  assert.deepEqual(
    speakersAndCues('Defence Minister Sergei Shoigu reported the capture to President Vladimir Putin, the defence ministry said, and Putin congratulated the troops on "an important victory".', '2024-02-17'),
    ['the defence ministry|said', 'Sergei Shoigu|reported'],
  );
});

test('a government that did not confirm "the city had fallen" doubts the rebels\' taking of the city their sentence names', () => {
  assert.deepEqual(
    claims("Rwanda-backed M23 rebels said on Monday they had taken control of Goma, the largest city in eastern Congo. Congo's government did not confirm that the city had fallen."),
    ['unconfirmed: M23=asserted, Congo\'s government=cannot_confirm', 'unconfirmed: Congo\'s government=cannot_confirm'],
  );
});

test('"a figure that was not confirmed by the civil defence" is its doubt, not its confirmation; "the tolls" the outlet could not verify are every toll given before', () => {
  assert.deepEqual(
    claims("The group's government media office put the death toll at more than 90, a figure that was not confirmed by the civil defence or by hospital officials."),
    ['unconfirmed: The group\'s government media office=asserted, the civil defence or by hospital officials=cannot_confirm'],
  );
  assert.deepEqual(
    claims(
      "An Israeli air strike on a school in Gaza City killed at least 30 people early on Saturday, Gaza's civil defence agency said.\n\nBasal said rescuers were still searching.\n\nThe group's media office put the death toll at more than 90.\n\nReuters was unable to verify the tolls.",
    ),
    [
      "unconfirmed: Gaza's civil defence agency=asserted, Reuters=not_independently_verified",
      'asserted_single_source: Basal=asserted',
      "unconfirmed: The group's media office=asserted, Reuters=not_independently_verified",
    ],
  );
});

test('militants a source says were killed do not confirm a toll of people that names none', () => {
  assert.deepEqual(
    claims(
      "An Israeli air strike on a school in Gaza City killed at least 30 people early on Saturday, Gaza's civil defence agency said, while the Israeli military said it had targeted a Hamas command centre inside the compound.\n\nIt gave the names of three men it said were militants killed in the strike.",
    ),
    ["asserted_single_source: Gaza's civil defence agency=asserted", 'asserted_single_source: the Israeli military=asserted', 'asserted_single_source: the Israeli military=asserted'],
  );
});

test('officials counted at a place are the speaker, not the place; "It" after "The army, which …, has been accused of" is the army, answering that accusation', () => {
  assert.deepEqual(
    speakersAndCues(
      'Three local government officials in Indian-administered Kashmir, who asked not to be identified because they were not authorised to speak to the media, told Reuters that three fighter jets had crashed in the region.',
      '2025-05-07',
    ),
    ['Three local government officials in Indian-administered Kashmir|told'],
  );
  assert.deepEqual(
    claims(
      'An attack on the only functioning hospital in El Fasher killed 70 patients on Friday, the head of the World Health Organization said.\n\nThe army, which has fought the RSF since April 2023, has also been accused of bombing civilian sites. It denies targeting civilians.',
    ),
    ['asserted_single_source: World Health Organization=asserted', 'disputed: =asserted, The army=denied'],
  );
});

test('a closing frame before "although" said the clause before it', () => {
  assert.deepEqual(
    statements('Satellite images reviewed by the Humanitarian Research Lab at Yale University showed damage to at least two buildings, the lab said, although it could not determine the cause.', '2024-01-26'),
    [
      'Humanitarian Research Lab|said|Satellite images reviewed by the Humanitarian Research Lab at Yale University showed damage to at least two buildings',
      'imagery|showed|damage to at least two buildings',
    ],
  );
});

test('questions referred elsewhere after "Asked about the deaths in Kyiv" are the speaker\'s silence on the toll, not a place\'s', () => {
  assert.deepEqual(
    claims(
      'KYIV, Ukraine (AP) — Russia fired hundreds of drones and missiles at Ukraine overnight, killing at least nine people in Kyiv, officials said Tuesday.\n\nKremlin spokesman Dmitry Peskov told reporters that Russia only strikes military targets. Asked about the deaths in Kyiv, he referred questions to the Defense Ministry.',
    ),
    ['asserted_single_source: officials=asserted, Dmitry Peskov=refused_comment', 'asserted_single_source: Dmitry Peskov=asserted'],
  );
});

test('a video "that claims to show" what a fact check finds "is in fact footage from" a game: the post\'s claim, which the outlet denies; "The clip" is imagery', () => {
  const text =
    'A video shared widely on social media that claims to show Iranian air defences shooting down Israeli fighter jets is in fact footage from a military simulation game, BBC Verify has found.\n\nThe clip shows two aircraft being hit by missiles.';
  assert.deepEqual(statements(text, '2025-06-16'), [
    'social-media|claims|to show Iranian air defences shooting down Israeli fighter jets',
    'imagery|shows|two aircraft being hit by missiles',
  ]);
  assert.deepEqual(claims(text), ['disputed: social-media=hedged, outlet=denied', 'asserted_single_source: imagery=asserted']);
});

test('"no evidence has been presented to support the Iranian claims" is the outlet\'s note on Iran\'s claims, set apart from the denial before it', () => {
  assert.deepEqual(
    claims(
      "Iran's state media have claimed that Iranian forces shot down several Israeli jets. The Israeli military has denied that any of its aircraft were lost, and no evidence has been presented to support the Iranian claims.",
    ),
    ["disputed: Iran's state media=asserted, The Israeli military=denied, outlet=not_independently_verified"],
  );
});

test('"the reports were still being verified" is the speaker\'s doubt on the reports it just told of', () => {
  assert.deepEqual(
    claims(
      'Fighting around Bara has forced more than 60,000 people to flee, the United Nations said, amid reports of killings.\n\nLaerke said the U.N. had received "credible reports" that RSF fighters had killed at least 47 civilians in Bara. He said the reports were still being verified.',
    ),
    ['asserted_single_source: United Nations=asserted', 'unconfirmed: Laerke=asserted, Laerke=cannot_confirm'],
  );
});

test('"He" after "X, a governor, told President Putin …" is the one who told, not the one told', () => {
  assert.deepEqual(
    speakersAndCues(
      "Russia's acting Kursk governor, Alexei Smirnov, told President Vladimir Putin at a televised meeting that Ukrainian troops held 28 settlements. He said 12 civilians had been killed.",
      '2024-08-12',
    ),
    ['Alexei Smirnov|told', 'Alexei Smirnov|said'],
  );
});

test('"battlefield accounts from either side" are no account of what a side means to do', () => {
  assert.deepEqual(
    claims(
      'Syrskyi said Ukrainian forces controlled about 1,000 square km of the Kursk region. Zelenskiy said the incursion was intended to "restore justice". Putin said Russia\'s armed forces would "expel the enemy". Reuters could not independently verify battlefield accounts from either side.',
    ),
    ['unconfirmed: Syrskyi=asserted, Reuters=not_independently_verified', 'asserted_single_source: Zelenskiy=asserted', 'asserted_single_source: Putin=asserted'],
  );
});

test('"no armed fighters were present" denies no "fighter jet"; "unable to verify the toll" is on the latest count of the killed nearby', () => {
  assert.deepEqual(
    claims(
      'A fighter jet dropped bombs on the crowd in Pazigyi village early on Tuesday, according to a resident.\n\nRadio Free Asia, citing residents, reported that the village had been holding a ceremony and that no armed fighters were present.',
    ),
    ['asserted_single_source: a resident=asserted', 'asserted_single_source: Radio Free Asia=asserted'],
  );
  assert.deepEqual(
    claims(
      'Myanmar junta air strike hits village festival, killing dozens, residents say\n\nBANGKOK, April 12 (Reuters) - A Myanmar military air strike on a village killed dozens of people, including children, residents said.\n\nThe National Unity Government said 100 people had been killed. Reuters was unable to verify the toll.',
    ),
    ['asserted_single_source: residents=asserted', 'unconfirmed: National Unity Government=asserted, Reuters=not_independently_verified'],
  );
});

test('a quote closed by "one survivor, who asked to be identified only as Mohamed, told the Guardian by phone …" is the survivor\'s, and so is the quote after it', () => {
  assert.deepEqual(
    statements(
      '"They came in the morning in pickup trucks and started shooting at anyone who moved," one survivor, who asked to be identified only as Mohamed, told the Guardian by phone from a nearby town. "My brother and my uncle were killed in front of me."',
      '2024-06-07',
    ),
    [
      'one survivor|told|They came in the morning in pickup trucks and started shooting at anyone who moved,|anonymous|ch:by phone|to:the Guardian',
      'one survivor|null|My brother and my uncle were killed in front of me.|anonymous',
    ],
  );
});

test('"The figure could not be verified, and the group said …" doubts the figure before, not what the group goes on to say', () => {
  assert.deepEqual(
    claims(
      'The Wad al-Noura resistance committee said on Facebook that at least 104 people had been killed, including 35 children. The figure could not be verified, and the group said it feared the toll would rise as more bodies were found.',
    ),
    ['unconfirmed: Wad al-Noura=asserted, outlet=not_independently_verified', 'asserted_single_source: Wad al-Noura=asserted'],
  );
});

test('"it" in "… as Israel pressed on with air strikes that it said had hit …" is Israel', () => {
  assert.deepEqual(
    speakersAndCues(
      "Iranian missiles struck Tel Aviv overnight, killing at least eight people, Israel's emergency services said on Monday, as Israel pressed on with air strikes that it said had hit the headquarters of Iran's state broadcaster.",
      '2025-06-16',
    ),
    ["Israel's emergency services|said", 'Israel|said'],
  );
});

test('"saying" after a main clause is its subject\'s, not the place the clause names; "…, though local officials said …" said what follows the cue', () => {
  assert.deepEqual(
    speakersAndCues('The Israeli military withdrew its ground troops from Khan Younis on Sunday, saying the forces had completed their mission there.', '2024-04-08'),
    ['The Israeli military|saying'],
  );
  assert.deepEqual(statements('A house in the village of Wyryki was reportedly damaged, though local officials said no one had been hurt.', '2025-09-10'), [
    'local officials|said|no one had been hurt',
  ]);
});

test('"she said" closing a quote run over two paragraphs is the woman named before the quote opened', () => {
  assert.deepEqual(
    speakersAndCues(
      'KHAN YOUNIS, Gaza Strip, April 8 (Reuters) - Umm Ahmed walked for two hours with her five children to reach the street where her house once stood.\n\n"We waited four months to come back. We told ourselves that whatever happened, we would rebuild.\n\n"Now there is nothing. Not a wall, not a door. Where do we go?" she said, standing on a pile of concrete.',
      '2024-04-08',
    ),
    ['Umm Ahmed|said', 'Umm Ahmed|said'],
  );
});

test('"dismissed reports of the deployment as groundless rumours" denies the hedged claim of the deployment', () => {
  assert.deepEqual(
    claims(
      "South Korea's spy agency told lawmakers that more than 10,000 North Korean troops were believed to have been sent to Russia, and that some had likely been deployed to the front lines. A Ukrainian official said Russia was allegedly issuing the soldiers false documents.\n\nNorth Korea's foreign ministry has dismissed reports of the deployment as \"groundless rumours\".",
    ),
    ["disputed: South Korea's spy agency=hedged, North Korea's foreign ministry=denied", 'hedged: A Ukrainian official=hedged'],
  );
});

test('"He said he would not go into the details" refuses comment; a source "according to data from ACLED, as …" ends before the outlet\'s clause', () => {
  assert.deepEqual(claims('Majed al-Ansari told reporters that the response was "very positive". He said he would not go into the details of the proposal.'), [
    'asserted_single_source: Majed al-Ansari=asserted',
    'refused_comment: Majed al-Ansari=refused_comment',
  ]);
  assert.deepEqual(
    speakersAndCues(
      'Attacks on civilians rose to a record in the first six months of the year, according to data from the Armed Conflict Location & Event Data Project (ACLED), as jihadist groups expanded their reach.',
      '2025-07-30',
    ),
    ['Armed Conflict Location & Event Data Project|according to'],
  );
});

test('a passive accusation with its accusers named is theirs, and ", charges it denies" is the subject\'s denial; so is "Moscow has denied the accusations"', () => {
  assert.deepEqual(claims('The RSF has been accused by the United States and rights groups of ethnic cleansing in Darfur, charges it denies.'), [
    'disputed: the United States and rights groups=asserted, RSF=denied',
  ]);
  assert.deepEqual(
    claims(
      "Mali's army has previously said its operations target only terrorists. Africa Corps, which is controlled by Russia's defence ministry, has been accused by rights groups of taking part in massacres. Moscow has denied the accusations.",
    ),
    ["asserted_single_source: Mali's army=asserted", 'disputed: rights groups=asserted, Moscow=denied'],
  );
});

test('"Neither side\'s claims" in a war with an armed group are the group\'s and the headline state\'s, not other states\' diplomats\'', () => {
  assert.deepEqual(
    claims(
      "U.N. Security Council deadlocked over Sudan as famine spreads\n\nNEW YORK, Nov 18 (Reuters) - Russia vetoed a resolution on Sudan on Monday.\n\nRussia's deputy U.N. ambassador, Dmitry Polyanskiy, said the draft interfered in Sudan's internal affairs. Sudan's U.N. ambassador, Al-Harith Idriss, said the government was committed to protecting civilians.\n\nThe RSF said in a statement that it welcomed any initiative to end the war. Neither side's claims could be independently verified.",
    ),
    [
      'asserted_single_source: Dmitry Polyanskiy=asserted',
      'unconfirmed: Al-Harith Idriss=asserted, outlet=not_independently_verified',
      'unconfirmed: RSF=asserted, outlet=not_independently_verified',
    ],
  );
});

test('a headline "X say A; B, Y says": Y said only B, and X only A', () => {
  assert.deepEqual(statements('Houthis say they sank cargo ship; crew missing, EU mission says\n\nDUBAI, July 9 (Reuters) - Yemen\'s Houthis said on Wednesday they had sunk the bulk carrier Eternity C.', '2025-07-09').slice(0, 2), [
    'Houthis|say|they sank cargo ship',
    'EU|says|crew missing',
  ]);
});

test('"It did not provide evidence or say where …" is the subject\'s refusal and the outlet\'s note on its claim; "the Russian claim" is no statement', () => {
  const text =
    'Russia\'s defence ministry said in a daily report that its forces had destroyed "a warehouse with weapons supplied by Western countries" in Kharkiv. It did not provide evidence or say where in the city the warehouse had been.\n\nUkrainian lawmaker Oleksandr Merezhko called the Russian claim "a lie".';
  assert.deepEqual(speakersAndCues(text, '2024-05-25'), ["Russia's defence ministry|said", "Russia's defence ministry|say", 'Oleksandr Merezhko|called']);
  assert.deepEqual(claims(text), [
    "disputed: Russia's defence ministry=asserted, Oleksandr Merezhko=denied, outlet=not_independently_verified",
    "refused_comment: Russia's defence ministry=refused_comment",
  ]);
});

test('a spokesman who "did not confirm the number of civilians among the dead" doubts the toll others gave, not his own count of attackers', () => {
  assert.deepEqual(
    claims(
      'Al Shabaab fighters stormed a hotel in Mogadishu on Thursday, killing at least nine people, police said.\n\nPolice spokesman Abdifatah Aden Hassan said four attackers had been killed. He did not confirm the number of civilians among the dead.',
    ),
    ['unconfirmed: police=asserted, Abdifatah Aden Hassan=cannot_confirm', 'asserted_single_source: Abdifatah Aden Hassan=asserted'],
  );
});

test('"He said about 170 people had been killed, according to initial findings": the findings he went by are no second source', () => {
  assert.deepEqual(
    speakersAndCues('A prosecutor in Ouahigouya said an investigation had been opened into the killings. He said about 170 people had been killed, according to initial findings.', '2024-04-25'),
    ['A prosecutor in Ouahigouya|said', 'A prosecutor in Ouahigouya|said'],
  );
});

test('"called the Russian statement a cynical lie" is on Russia\'s account, not the accusation it made since', () => {
  const claimed = claims(
    "Russia's defence ministry said on Monday that it had struck a meeting of Ukrainian commanders in Sumy with two Iskander-M missiles. It accused Kyiv of using civilians as human shields.\n\nZelenskiy's chief of staff, Andriy Yermak, called the Russian statement \"a cynical lie\".",
  );
  assert.deepEqual(claimed[0], "disputed: Russia's defence ministry=asserted, Andriy Yermak=denied");
  assert.ok(!claimed[1]!.includes('Andriy Yermak'), claimed[1]);
});

test('"could not confirm who was behind them" doubts a bare blame another made, where no state is blamed', () => {
  assert.deepEqual(
    claims(
      'Drones struck fuel depots in Port Sudan on Monday, witnesses said.\n\nArmy spokesman Nabil Abdallah blamed the paramilitary Rapid Support Forces.\n\nThe United Nations said the attacks threatened the delivery of aid. It said it could not confirm who was behind them.',
    ),
    ['asserted_single_source: witnesses=asserted', 'unconfirmed: Nabil Abdallah=asserted, United Nations=cannot_confirm', 'asserted_single_source: United Nations=asserted'],
  );
});

test('"JNIM, the group\'s Sahel affiliate," is JNIM; sources "in line with the militants\' figure" corroborate the figure, the gloss no part of what they said', () => {
  assert.deepEqual(speakersAndCues("JNIM, the group's Sahel affiliate, said in a statement that its fighters had seized weapons.", '2025-06-02'), ['JNIM|said']);
  assert.deepEqual(
    claims(
      "Al Qaeda-linked militants said they had killed more than 30 soldiers in an attack on a military base in central Mali on Sunday. Two security sources told Reuters that at least 30 soldiers had been killed, in line with the militants' figure.",
    ),
    ['corroborated: Al Qaeda-linked=asserted, Two security sources=asserted'],
  );
});

test('"…, officials said on Wednesday as rescuers searched the rubble" said the clause before the frame, not the outlet\'s clause of time', () => {
  assert.deepEqual(
    statements(
      'KRAMATORSK, Ukraine, June 28 (Reuters) - A Russian missile strike on a crowded pizza restaurant in Kramatorsk killed at least eight people, including three children, and wounded 56, officials said on Wednesday as rescuers searched the rubble.',
      '2023-06-28',
    ),
    ['officials|said|A Russian missile strike on a crowded pizza restaurant in Kramatorsk killed at least eight people, including three children, and wounded 56'],
  );
});

test('"no city is safe" from the accused denies no strike; "has denied supporting M23, despite a U.N. experts\' report that said …" disputes the report', () => {
  assert.deepEqual(
    claims(
      'Army spokesman Nabil Abdallah said in a statement that the Rapid Support Forces had launched drones at the city\'s southern fuel depot.\n\nA senior RSF adviser wrote on X on Sunday that "no city is safe while the army bombs our people."',
    ),
    ['asserted_single_source: Nabil Abdallah=asserted', 'asserted_single_source: Rapid Support Forces=asserted'],
  );
  assert.deepEqual(
    claims(
      "Rwanda's government has denied supporting M23, despite a U.N. experts' report that said some 4,000 Rwandan troops were operating alongside the rebels.",
    ),
    ["denied: Rwanda's government=denied", "disputed: U.N.=asserted, Rwanda's government=denied"],
  );
});

test('"Another 27 were “lost,” it said, a term commonly used to mean …" is the pronoun\'s, the gloss the outlet\'s; "as Moscow pressed its attacks" is no statement; "Russia and Ukraine both deny targeting civilians, though …" is theirs, the U.N. given only the concession', () => {
  assert.deepEqual(
    statements(
      'KYIV (AP) — Russian glide bombs struck an apartment block in Kharkiv on Sunday, killing at least six people, Ukrainian officials said, as Moscow pressed its attacks on the city.\n\n' +
        'Ukraine\'s air force said 52 drones had been shot down. Another 27 were "lost," it said, a term commonly used to mean they were jammed by electronic warfare.\n\n' +
        'Russia and Ukraine both deny targeting civilians, though thousands have been killed since the full-scale invasion began in February 2022, according to the United Nations.',
      '2025-06-08',
    ),
    [
      'Ukrainian officials|said|Russian glide bombs struck an apartment block in Kharkiv on Sunday, killing at least six people',
      "Ukraine's air force|said|52 drones had been shot down",
      'Ukraine\'s air force|said|Another 27 were "lost,"',
      'Russia and Ukraine|deny|targeting civilians',
      'United Nations|according to|thousands have been killed since the full-scale invasion began in February 2022',
    ],
  );
});

test('a missile "splashing into the water near" the ship disputes the hit; a doubt before ", and that …" is on the killing, not what the source goes on to assert; "the reports of deaths were “being examined”" neither confirms nor denies', () => {
  assert.deepEqual(
    claims(
      'Houthis say they hit container ship in Red Sea\n\nDUBAI, Aug 3 (Reuters) - The UKMTO agency said a vessel had reported a missile splashing into the water near it, and that the crew were safe.',
    ),
    ['disputed: Houthis=asserted, UKMTO=denied', 'asserted_single_source: UKMTO=asserted'],
  );
  assert.deepEqual(
    claims(
      'Israeli fire kills 21 near Gaza aid site, health officials say; military says it fired warning shots\n\n' +
        'CAIRO, June 1 (Reuters) - Israeli forces opened fire on Palestinians heading to an aid distribution site in southern Gaza on Sunday, killing at least 21 people, local health authorities said.\n\n' +
        'The Israeli military said it was not aware of any injuries caused by its fire near the site, and that initial checks showed troops had fired warning shots at suspects. The military said the reports of deaths were "being examined."',
    ),
    [
      'unconfirmed: local health authorities=asserted, The Israeli military=cannot_confirm, The Israeli military=neither_confirmed_nor_denied',
      'asserted_single_source: military=asserted',
    ],
  );
});

test('police who "had killed two gang members" confirm no killing by "Gang members armed with automatic weapons"', () => {
  assert.deepEqual(
    claims(
      'PORT-AU-PRINCE, Oct 4 (Reuters) - Gang members armed with automatic weapons killed at least 70 people in an attack on the town of Pont-Sonde, a local human rights group said on Friday.\n\nA police spokesman said officers had killed two gang members.',
    ),
    ['asserted_single_source: a local human rights group=asserted', 'asserted_single_source: A police spokesman=asserted'],
  );
});

test('"called the RSF statement “a lie,” saying …" is two statements, the participle\'s after the quote\'s comma; "did not officially claim responsibility" and "were not commenting" are silences', () => {
  assert.deepEqual(
    claims(
      'In a statement, the RSF said it had "liberated" the camp from army-aligned fighters who had been using it as a military base.\n\nThe Sudanese army called the RSF statement "a lie," saying the camp had never housed fighters.',
    ),
    ['disputed: RSF=asserted, The Sudanese army=denied, The Sudanese army=denied'],
  );
  assert.deepEqual(
    statements(
      'Blast damages Crimea bridge\n\nUkraine did not officially claim responsibility.\n\nNataliya Humenyuk, a spokeswoman for the southern military command, said Ukraine\'s forces were not commenting on the incident.',
      '2023-07-17',
    ),
    ['Ukraine|did not officially claim|responsibility', "Nataliya Humenyuk|said|Ukraine's forces were not commenting on the incident"],
  );
  assert.deepEqual(
    claims(
      'Blast damages Crimea bridge\n\nUkraine did not officially claim responsibility.\n\nNataliya Humenyuk, a spokeswoman for the southern military command, said Ukraine\'s forces were not commenting on the incident.',
    ),
    ['refused_comment: Ukraine=refused_comment', 'refused_comment: Nataliya Humenyuk=refused_comment'],
  );
});

test('"Zelenskiy\'s comments came hours after DTEK, …, said" is DTEK\'s; "put the losses at “around 50%.”" is a statement; "the death toll" doubted is the lead\'s where a later toll is lower', () => {
  assert.deepEqual(
    speakersAndCues(
      "Zelenskiy's comments came hours after DTEK, the country's largest private power company, said five of its six thermal plants had been badly damaged. The energy ministry put the losses at \"around 50%.\"",
      '2024-03-28',
    ),
    ['DTEK|said', 'The energy ministry|put'],
  );
  assert.deepEqual(
    claims(
      'Kenyan police fire on protesters\n\nNAIROBI, June 26 (AP) — At least 16 people were killed on Wednesday when police opened fire on crowds, Amnesty International Kenya said.\n\n' +
        'Interior Minister Kipchumba Murkomen told a news conference that eight people had died.\n\nThe AP could not independently confirm the death toll.',
    ),
    ['unconfirmed: Amnesty International Kenya=asserted, AP=not_independently_verified', 'asserted_single_source: Kipchumba Murkomen=asserted'],
  );
});

test('", AFRICOM said in a statement, without saying how many militants had been killed" is a silence of its own; "gave a lower toll of more than 30." is a statement, the interior ministry\'s, no "war monitor" before it', () => {
  const text =
    'U.S. Africa Command said a strike killed militants in the Golis mountains.\n\nThe strike was carried out in coordination with the federal government, AFRICOM said in a statement, without saying how many militants had been killed.';
  assert.deepEqual(statements(text, '2025-02-01').slice(1), [
    'AFRICOM|said|The strike was carried out in coordination with the federal government|ch:in a statement',
    'AFRICOM|without saying|how many militants had been killed',
  ]);
  assert.deepEqual(claims(text).at(-1), 'refused_comment: AFRICOM=refused_comment');
  assert.deepEqual(speakersAndCues('Clashes have killed at least 89 people, a war monitor said.\n\nThe interior ministry gave a lower toll of more than 30.', '2025-07-14'), [
    'a war monitor|said',
    'interior ministry|gave a lower toll of',
  ]);
});

test('"The enemy\'s statements about the capture of Kupiansk are not true" is on the claim that names Kupiansk, not on the speaker\'s side\'s since', () => {
  assert.deepEqual(
    claims(
      "Russia's defence ministry said on Thursday its forces had taken full control of the city of Kupiansk.\n\nUkraine's General Staff said its troops were still holding positions in the city. " +
        '"The enemy\'s statements about the capture of Kupiansk are not true," a spokesman for the Joint Forces, Viktor Trehubov, told Ukrainian television.',
    ),
    ["disputed: Russia's defence ministry=asserted, Viktor Trehubov=denied, Ukraine's General Staff=denied", "asserted_single_source: Ukraine's General Staff=asserted"],
  );
});

test('"…, an interior ministry official in the east said on Thursday, while the mayor warned …" is two statements; "Derna Mayor Abdulmenam al-Ghaithi" is the mayor; a figure its source "had not issued" is disputed by it; "was “still being verified.”" doubts', () => {
  const text =
    'Libya flood toll soars\n\nBENGHAZI, Libya, Sept 14 (Reuters) - The death toll from floods that swept away parts of the eastern Libyan city of Derna rose to at least 5,300, an interior ministry official in the east said on Thursday, while the mayor warned it could reach 20,000.\n\n' +
    '"We are facing a catastrophe," Derna Mayor Abdulmenam al-Ghaithi told Al Arabiya television.\n\n' +
    'The Red Crescent put the number of dead at 11,300, but later said it had not issued that figure. A spokesman for the eastern-based government said the official count was "still being verified."';
  assert.deepEqual(speakersAndCues(text, '2023-09-14'), [
    'interior ministry|said',
    'Abdulmenam al-Ghaithi|warned',
    'Abdulmenam al-Ghaithi|told',
    'Red Crescent|put',
    'Red Crescent|later said',
    'A spokesman for the eastern-based government|said',
  ]);
  assert.deepEqual(claims(text).slice(3), ['disputed: Red Crescent=asserted, Red Crescent=denied', 'unconfirmed: A spokesman for the eastern-based government=cannot_confirm']);
});

test('"he was not aware of the incident and referred questions to …" doubts the story\'s account, and the referral goes with the doubt', () => {
  assert.deepEqual(
    claims(
      "A drone strike hit a busy market in Ethiopia's Tigray region on Monday, killing at least 30 people, according to two aid workers.\n\n" +
        '"There were bodies everywhere," one of the aid workers said.\n\n' +
        "Military spokesman Colonel Getnet Adane said he was not aware of the incident and referred questions to the government's communications service.",
    ),
    ['unconfirmed: two aid workers=asserted, Getnet Adane=cannot_confirm, Getnet Adane=refused_comment', 'asserted_single_source: two aid workers=asserted'],
  );
});

test('a fact check\'s "The footage is in fact from a 2020 explosion at the port of Beirut" denies what the video was said to show', () => {
  assert.deepEqual(
    claims(
      "A video shared thousands of times on social media claims to show an Israeli air strike on Beirut's international airport on Saturday. The footage is in fact from a 2020 explosion at the port of Beirut, a Reuters analysis found.",
    ),
    ['disputed: social-media=asserted, outlet=denied', 'asserted_single_source: Reuters=asserted'],
  );
});

test('"A resident of one of the villages" after "residents said", "One witness" after "witnesses said", speak with the group: no corroboration', () => {
  assert.deepEqual(
    claims("Myanmar's military carried out air strikes on three villages on Wednesday, killing seven people, residents said.\n\nA resident of one of the villages said the strikes had killed seven people."),
    ['asserted_single_source: residents=asserted, A resident of one of the villages=asserted'],
  );
  assert.deepEqual(claims('Two people were killed on Wednesday, witnesses said.\n\nOne witness said the strikes had killed two people.'), ['asserted_single_source: witnesses=asserted, One witness=asserted']);
});

test('"according to Gaza\'s Health Ministry, which does not distinguish … but says …" is the ministry\'s; a share of its toll joins no strike before it, and half the dead being women and children denies no count of militants; an AP reporter who "counted the bodies" saw the toll just told', () => {
  const text =
    "The strike on the family's home in the Nuseirat refugee camp killed a father, his four children and seven other relatives, according to Al-Awda Hospital. An Associated Press reporter at the hospital counted the bodies.\n\n" +
    "The war has killed more than 43,000 Palestinians, according to Gaza's Health Ministry, which does not distinguish between civilians and combatants in its count but says more than half of the dead were women and children. Israel says it has killed over 17,000 militants, without providing evidence.";
  assert.deepEqual(speakersAndCues(text, '2024-11-05'), ['Al-Awda Hospital|according to', "Gaza's Health Ministry|according to", "Gaza's Health Ministry|says", 'Israel|says']);
  assert.deepEqual(claims(text), [
    'reported_seen_by_outlet: Al-Awda Hospital=asserted, Associated Press=reported_seen_by_outlet',
    "asserted_single_source: Gaza's Health Ministry=asserted",
    "asserted_single_source: Gaza's Health Ministry=asserted",
    'unconfirmed: Israel=asserted, outlet=not_independently_verified',
  ]);
});

test('what was said runs on past the comma between two adjectives ("the Liberia-flagged, Greek-owned bulk carrier Magic Seas")', () => {
  assert.deepEqual(
    statements(
      "Houthis claim attack on ship\n\nDUBAI, July 7 (Reuters) - Yemen's Houthis claimed responsibility on Monday for an attack on the Liberia-flagged, Greek-owned bulk carrier Magic Seas in the Red Sea, saying the vessel had sunk after being hit by drones.",
      '2025-07-07',
    ).slice(1),
    ["Houthis|claimed|responsibility on Monday for an attack on the Liberia-flagged, Greek-owned bulk carrier Magic Seas in the Red Sea", 'Houthis|saying|the vessel had sunk after being hit by drones'],
  );
});

test('"The accusations against us are pretexts for continued attacks" is a verdict on the accusations, which it denies', () => {
  assert.deepEqual(
    claims(
      'The Israeli military said it had struck Hezbollah rocket launchers after six rockets were fired from Lebanon toward the town of Metula.\n\nHezbollah said it remained committed to the ceasefire. "The accusations against us are pretexts for continued attacks," the group said in a statement.',
    ),
    ['disputed: The Israeli military=asserted, Hezbollah=denied', 'asserted_single_source: Hezbollah=asserted'],
  );
});

test('a quote framed by "the commander, who goes by the call sign “Kupol,” told Reuters" is the commander\'s; "Russian claims of the town\'s capture were “not true,” but published a map …" denies the capture, the map no part of what was said', () => {
  const text =
    'Ukrainian commander says troops still hold ground in Kursk\n\n' +
    "KYIV, March 12 (Reuters) - Russia's defence ministry said on Wednesday its forces had \"liberated\" Sudzha and several nearby villages.\n\n" +
    '"We are in Sudzha. The Russians say they have cleared it, but they are lying," the commander, who goes by the call sign "Kupol," told Reuters by phone.\n\n' +
    'Ukraine\'s General Staff said in its evening report that Russian claims of the town\'s capture were "not true," but published a map showing its forces had withdrawn from several villages north of Sudzha.';
  assert.deepEqual(statements(text, '2025-03-12').slice(2), [
    'the commander|told|We are in Sudzha. The Russians say they have cleared it, but they are lying,|ch:by phone|to:Reuters',
    'Ukraine\'s General Staff|said|Russian claims of the town\'s capture were "not true,"|ch:in its evening report',
  ]);
  assert.ok(claims(text).includes("disputed: Russia's defence ministry=asserted, Ukraine's General Staff=denied"), claims(text).join('\n'));
});

test('"A U.N. experts\' report last year said …" has the report for speaker and "said" for cue, the time neither', () => {
  assert.deepEqual(speakersAndCues("Congo's government accused Rwanda of sending troops. A U.N. experts' report last year said about 4,000 Rwandan troops were operating in eastern Congo.", '2025-02-18'), [
    "Congo's government|accused",
    'U.N.|said',
  ]);
  assert.deepEqual(statements("A U.N. experts' report last year said about 4,000 Rwandan troops were operating in eastern Congo.", '2025-02-18'), [
    'U.N.|said|about 4,000 Rwandan troops were operating in eastern Congo',
  ]);
});

test('"said 16 people, including civilians, were killed … and called them …" said the whole clause; "We\'re doing the battle damage assessment now" in reply to whether there were casualties neither confirms nor denies them', () => {
  assert.deepEqual(
    statements("Iraq's government said 16 people, including civilians, were killed in the strikes on its territory and called them \"a violation of Iraqi sovereignty.\"", '2024-02-03'),
    ["Iraq's government|said|16 people, including civilians, were killed in the strikes on its territory", 'Iraq\'s government|called|them "a violation of Iraqi sovereignty."'],
  );
  assert.deepEqual(
    claims('Lieutenant General Douglas Sims told reporters the strikes had hit command centres. Asked whether there had been casualties, he said: "We\'re doing the battle damage assessment now."'),
    ['asserted_single_source: Douglas Sims=asserted', 'unconfirmed: Douglas Sims=neither_confirmed_nor_denied'],
  );
});

test('"did not respond to questions from The Associated Press" is a silence on the claim before it; a measure taken "and suspended several foreign media outlets" is no part of what was said', () => {
  const text =
    'Soldiers in Burkina Faso executed at least 223 civilians, Human Rights Watch said in a report released Thursday.\n\n' +
    "Burkina Faso's government did not respond to questions from The Associated Press. The junta has previously dismissed accusations of abuses by its forces as \"unfounded\" and suspended several foreign media outlets over their reporting.";
  assert.deepEqual(statements(text, '2024-04-25').at(-1), 'The junta|previously dismissed|accusations of abuses by its forces as "unfounded"');
  assert.deepEqual(claims(text), ["disputed: Human Rights Watch=asserted, The junta=denied, Burkina Faso's government=refused_comment"]);
});

test('"Photographs he posted showed …" is imagery that shows, once, not "he" posting it', () => {
  assert.deepEqual(
    statements('Odesa Governor Oleh Kiper said on Telegram that five other people had been wounded. Photographs he posted showed a ship\'s bridge with its windows blown out.', '2024-10-09'),
    ['Oleh Kiper|said|five other people had been wounded|ch:on Telegram', "imagery|showed|a ship's bridge with its windows blown out"],
  );
});

test('"The TTP, which Islamabad says operates from Afghan soil, said in a statement that …" has the statement for channel, what was said after "that"', () => {
  assert.deepEqual(
    statements("The TTP, which Islamabad says operates from Afghan soil, said in a statement that those killed were refugees from Pakistan's tribal areas.", '2024-12-25'),
    ['Islamabad|says|operates from Afghan soil', "TTP|said|those killed were refugees from Pakistan's tribal areas|ch:in a statement"],
  );
});

test('"He said no police officers had been killed" denies no taking back of a neighbourhood; a denial by "Jimmy “Barbecue” Cherizier" is his, ending before "and said"', () => {
  const text =
    'Haiti police retake Port-au-Prince neighbourhood\n\n' +
    'PORT-AU-PRINCE, March 4 (AP) — Haitian police and Kenyan officers took back control of a key neighbourhood in the capital on Tuesday after days of fighting with gangs, officials said.\n\n' +
    'Police spokesman Michel-Ange Louis-Jeune told reporters that at least 12 gang members had been killed. He said no police officers had been killed.\n\n' +
    'Jimmy "Barbecue" Cherizier, the leader of the Viv Ansanm gang coalition, denied in a video posted on social media that his fighters had lost the area and said the police had killed civilians.';
  assert.deepEqual(statements(text, '2025-03-04').slice(-2), [
    'Jimmy "Barbecue" Cherizier|denied|his fighters had lost the area|ch:in a video posted on social media',
    'Jimmy "Barbecue" Cherizier|said|the police had killed civilians',
  ]);
  assert.ok(!claims(text).some((c) => c.includes('Michel-Ange Louis-Jeune=denied')), claims(text).join('\n'));
});

test('"According to X, a rights group that tracks killings, …" has the group and what it does for source; "… “a war crime” and urging …" is a statement too', () => {
  assert.deepEqual(
    statements('According to the Assistance Association for Political Prisoners, a rights group that tracks killings and arrests, more than 5,000 civilians have been killed by security forces since then.', '2023-09-08'),
    ['Assistance Association for Political Prisoners|According to|more than 5,000 civilians have been killed by security forces since then'],
  );
  assert.deepEqual(
    statements('The National Unity Government condemned the strike in a statement on Friday, calling it "a war crime" and urging the international community to halt the supply of aviation fuel to the military.', '2023-09-08'),
    [
      'National Unity Government|condemned|the strike|ch:in a statement on Friday',
      'National Unity Government|calling|it "a war crime"',
      'National Unity Government|urging|the international community to halt the supply of aviation fuel to the military',
    ],
  );
});

test('"said the South Hospital, one of the few still operating, had received …" runs past the appositive; "the army said it had repelled the assault" and "had “crushed” the attack" dispute the base seized', () => {
  const text =
    "Sudan's RSF says it has taken army base in El Fasher; army says attack repelled\n\n" +
    'CAIRO, June 14 (Reuters) - The Rapid Support Forces said on Friday they had seized the headquarters of an army infantry division in El Fasher, but the army said it had repelled the assault.\n\n' +
    'Army spokesman Nabil Abdallah said in a statement that the armed forces had "crushed" the attack.\n\n' +
    'Medecins Sans Frontieres said the South Hospital, one of the few still operating in El Fasher, had received 40 wounded people.';
  assert.deepEqual(statements(text, '2024-06-14').at(-1), 'Medecins Sans Frontieres|said|the South Hospital, one of the few still operating in El Fasher, had received 40 wounded people');
  assert.deepEqual(claims(text).slice(0, 3), [
    'disputed: Rapid Support Forces=asserted, the army=denied, Nabil Abdallah=denied',
    'asserted_single_source: the army=asserted',
    'disputed: Rapid Support Forces=asserted, the army=denied, Nabil Abdallah=denied',
  ]);
});

test('what one "declined to comment on" ends before "when asked by reporters, referring questions to …", and the refusal is on the attack the story opens with', () => {
  const text =
    "Russia launched a massive air attack on Ukraine's energy system overnight, killing at least seven people, Ukrainian officials said on Sunday.\n\n" +
    'Kremlin spokesman Dmitry Peskov declined to comment on the attack when asked by reporters, referring questions to the defence ministry.';
  assert.deepEqual(statements(text, '2024-11-17').at(-1), 'Dmitry Peskov|declined to comment on|the attack');
  assert.deepEqual(claims(text), ['asserted_single_source: Ukrainian officials=asserted, Dmitry Peskov=refused_comment']);
});

test('what was said ends before the outlet\'s gloss on a phrase of it (", a phrase it typically uses to describe …")', () => {
  assert.deepEqual(
    statements('It said the fate of the remaining drones was unclear, a phrase it typically uses to describe drones that are brought down by electronic jamming.', '2024-11-17'),
    ['It|said|the fate of the remaining drones was unclear'],
  );
});

test('"the U.S.- and Israel-backed group" lists no two speakers; "has refused to work with the foundation, saying …" is a deed, the reason the statement', () => {
  assert.deepEqual(
    statements('The Gaza Humanitarian Foundation, the U.S.- and Israel-backed group that runs the site, said aid had been distributed. The United Nations has refused to work with the foundation, saying its model is not neutral.', '2025-06-03'),
    ['Gaza Humanitarian Foundation|said|aid had been distributed', 'United Nations|saying|its model is not neutral'],
  );
});

test('"could not independently verify the accounts of the witnesses or the number of casualties" is on the toll and on every witness\'s account', () => {
  const text =
    'Israeli forces opened fire near an aid site in southern Gaza on Tuesday, killing at least 21 Palestinians, local health officials said.\n\n' +
    'Witnesses told Reuters that troops fired from tanks and a drone as thousands of people walked towards the site. "They were shooting directly at us," said Mohammed Abu Taha, 30.\n\n' +
    'The Gaza Humanitarian Foundation said aid had been distributed "without incident" at its sites.\n\n' +
    'Reuters could not independently verify the accounts of the witnesses or the number of casualties.';
  assert.deepEqual(claims(text), [
    'corroborated: local health officials=asserted, Mohammed Abu Taha=asserted, Reuters=not_independently_verified',
    'unconfirmed: Witnesses=asserted, Reuters=not_independently_verified',
    'asserted_single_source: Gaza Humanitarian Foundation=asserted',
  ]);
});

test('a headline\'s "army denies town has fallen" and "troops were still in the town" dispute the town taken; "a day after X and Y met … and called for" is theirs together', () => {
  const text =
    "M23 rebels say they have seized Congo's Walikale; army denies town has fallen\n\n" +
    'KINSHASA, March 20 (Reuters) - M23 rebels said on Wednesday they had captured the mining town of Walikale in eastern Congo.\n\n' +
    'Army spokesman General Sylvain Ekenge told Reuters that Congolese troops were still in the town.\n\n' +
    'The advance came a day after Congolese President Felix Tshisekedi and Rwandan President Paul Kagame met in Qatar and called for an immediate ceasefire.';
  assert.deepEqual(claims(text)[0], 'disputed: M23=asserted, army=denied, Sylvain Ekenge=denied');
  assert.deepEqual(speakersAndCues(text, '2025-03-20').at(-1), 'Congolese President Felix Tshisekedi and Rwandan President Paul Kagame|called for');
});

test('"scoring a “direct hit”" is a hit that "the missiles had missed" and "no ships reported damage" dispute; "have had no clear link to Israel" denies attacks "aimed at vessels linked to Israel"', () => {
  const text =
    'Houthis claim missile attack on tanker in Red Sea\n\n' +
    'DUBAI, Feb 6 (AP) — Yemen\'s Houthi rebels said Tuesday they had targeted a Greek-owned oil tanker in the Red Sea with "a number of naval missiles," scoring a "direct hit," while the U.S. military said the missiles had missed.\n\n' +
    'The U.S. military\'s Central Command said that no ships reported damage.\n\n' +
    'The Houthis have launched dozens of attacks on shipping since November, which they say are aimed at vessels linked to Israel. Many of the ships targeted, however, have had no clear link to Israel, according to an AP analysis.';
  assert.deepEqual(claims(text), [
    'disputed: Houthis=asserted, the U.S. military=denied, Central Command=denied',
    'asserted_single_source: the U.S. military=asserted',
    'asserted_single_source: Central Command=asserted',
    'disputed: Houthis=asserted, AP=denied',
  ]);
});

test('"blamed the attack on Pakistan, which denied any role" has Pakistan\'s denial, which disputes the blame; a region both name ties no two blames of different deeds', () => {
  assert.deepEqual(statements('India blamed the attack on Pakistan, which denied any role and called for a neutral investigation.', '2025-05-07'), ['India|blamed|the attack on Pakistan', 'Pakistan|denied|any role']);
  assert.deepEqual(claims('India blamed the attack on Pakistan, which denied any role and called for a neutral investigation.'), ['disputed: India=asserted, Pakistan=denied']);
  const text =
    'Pakistan says it shot down five Indian jets\n\n' +
    "ISLAMABAD, May 7 (Reuters) - Pakistan's military said on Wednesday it had shot down five Indian fighter jets after India struck what it called \"terrorist infrastructure\" at nine sites in Pakistan and Pakistani Kashmir.\n\n" +
    'India\'s defence ministry said its strikes were "focused, measured and non-escalatory in nature".\n\n' +
    'Indian officials said at least 10 civilians were killed by Pakistani shelling along the Line of Control, the de facto border in Kashmir.';
  assert.ok(!claims(text)[0]!.includes('Indian officials=denied'), claims(text).join('\n'));
});

test('"at least 30 soldiers had been killed and that dozens were missing" is no killing of civilians the army is accused of, which the junta denies', () => {
  const text =
    'A security source told AFP that at least 30 soldiers had been killed and that dozens were missing.\n\n' +
    'Rights groups have accused the army and its Russian allies of killing civilians, which the junta denies.';
  assert.deepEqual(claims(text), ['asserted_single_source: A security source=asserted', 'disputed: Rights groups=asserted, the junta=denied']);
});

test('"Shukr had survived the strike" disputes the killing its target\'s strikers claim, "his fate was unknown" neither confirms nor denies it; "they had no reason to doubt that account" vouches for the account before it', () => {
  const text =
    'BEIRUT, July 30 (Reuters) - Israel said on Tuesday it had killed a senior Hezbollah commander in an air strike on Beirut\'s southern suburbs.\n\n' +
    'The Israeli military said in a statement that the strike had targeted Fuad Shukr. Lebanon\'s health ministry said five people had been killed.\n\n' +
    'A Lebanese security source said Shukr had survived the strike, but a second source close to the group said his fate was unknown.\n\n' +
    'Israeli officials said the rocket was an Iranian-made Falaq-1, and U.S. officials said they had no reason to doubt that account.';
  assert.deepEqual(claims(text), [
    'disputed: Israel=asserted, A Lebanese security source=denied, a second source close to the group=neither_confirmed_nor_denied',
    'asserted_single_source: The Israeli military=asserted',
    "asserted_single_source: Lebanon's health ministry=asserted",
    'asserted_single_source: A Lebanese security source=asserted',
    'asserted_single_source: a second source close to the group=asserted',
    'corroborated: Israeli officials=asserted, U.S. officials=asserted',
  ]);
});

test('troops "holding the line" in the area a paragraph after a village is said captured dispute the capture', () => {
  const text =
    "KYIV, Aug 22 (Reuters) - Russia's defence ministry said on Thursday its forces had captured the village of Mykolaivka in eastern Ukraine's Donetsk region.\n\n" +
    'A spokesperson for the Khortytsia group of forces, Nazar Voloshyn, told national television that Ukrainian troops were "holding the line" in the area.';
  assert.deepEqual(claims(text), ["disputed: Russia's defence ministry=asserted, Nazar Voloshyn=denied", 'asserted_single_source: Nazar Voloshyn=asserted']);
});

test('a headline\'s "…, killing at least 8, rights group says" ends before its speaker; bodies "a Reuters witness" counted are its sight of the killing the lead tells', () => {
  assert.deepEqual(statements('Kenyan police fire on protesters, killing at least 8, rights group says', '2024-06-25'), ['rights group|says|Kenyan police fire on protesters, killing at least 8']);
  const text =
    'NAIROBI, June 25 (Reuters) - Kenyan police shot dead at least eight people on Tuesday as protesters stormed parliament, the Kenya National Commission on Human Rights said.\n\n' +
    'The commission said in a statement that it had documented the deaths and that 31 people had been wounded.\n\n' +
    'A Reuters witness saw police fire tear gas and live rounds at crowds outside the building, and counted at least three bodies on the street.';
  assert.deepEqual(claims(text), [
    'reported_seen_by_outlet: Kenya National Commission on Human Rights=asserted, Reuters=reported_seen_by_outlet',
    'asserted_single_source: Kenya National Commission on Human Rights=asserted',
  ]);
});

test('"his fighters were not present in the market at the time of the strike" denies no strike on the market', () => {
  const text =
    'A drone strike hit a busy market in the town of Finote Selam on Sunday, killing at least 26 people, a health worker told The Associated Press.\n\n' +
    'A Fano commander, Yohannes Niguse, said his fighters were not present in the market at the time of the strike.';
  assert.deepEqual(claims(text), ['asserted_single_source: a health worker=asserted', 'asserted_single_source: Yohannes Niguse=asserted']);
});

test('"could not confirm they controlled it fully", a paragraph after a village is said captured, doubts the capture', () => {
  const text =
    "KYIV, Aug 22 (Reuters) - Russia's defence ministry said on Thursday its forces had captured the village of Mykolaivka in eastern Ukraine's Donetsk region.\n\n" +
    'The Institute for the Study of War said geolocated footage indicated Russian forces had advanced in the village but that it could not confirm they controlled it fully.';
  assert.ok(claims(text)[0]!.includes('Institute for the Study of War=cannot_confirm'), claims(text).join('\n'));
});

test('questions "about the shooting" referred elsewhere are on the lead\'s account of it, not on a witness\'s words that share the noun; "The Houthis have not claimed the attack" stays on its paragraph\'s attack', () => {
  const text =
    'Israeli forces opened fire near an aid site in southern Gaza on Tuesday, killing at least 21 Palestinians, health officials said.\n\n' +
    'Witnesses told Reuters that troops fired from tanks. "They were shooting directly at us," said Mohammed Abu Taha, 30.\n\n' +
    'The Gaza Humanitarian Foundation said aid had been distributed "without incident". It referred questions about the shooting to the Israeli military.';
  assert.deepEqual(claims(text)[0], 'corroborated: health officials=asserted, Witnesses=asserted, Gaza Humanitarian Foundation=refused_comment');
  const ship =
    'Israel said it struck the Houthi-controlled port of Hodeidah early on Monday.\n\n' +
    "The Magic Seas, a bulk carrier, was attacked by small boats and drones off Yemen's coast on Sunday, maritime security sources said. The Houthis have not claimed the attack.";
  assert.deepEqual(claims(ship), ['asserted_single_source: Israel=asserted', 'asserted_single_source: maritime security sources=asserted, Houthis=refused_comment']);
});

test('"it was “horrified” by the attack" tells how a body felt, no account that agrees with another\'s', () => {
  const text =
    'Its leader, Luckson Elan, said the attack was revenge for residents helping police.\n\n' +
    'The United Nations human rights office said it was "horrified" by the attack.';
  assert.deepEqual(claims(text), ['asserted_single_source: Luckson Elan=asserted', 'asserted_single_source: United Nations=asserted']);
});

test('"12 villagers had been killed and the attackers fled" names the villagers killed, not "and": it confirms "killing 12 villagers"; "one member of the security forces had been killed" names others than "killing 18 assailants"', () => {
  const text =
    'Gunmen attacked a village in Zamfara state on Sunday, killing 12 villagers, police said.\n\n' +
    'A local official, Musa Bello, said 12 villagers had been killed and the attackers fled.';
  assert.deepEqual(claims(text), ['corroborated: police=asserted, Musa Bello=asserted']);
  const palace =
    'Security forces repelled an attack on the presidential palace late on Wednesday, killing 18 assailants, the government said.\n\n' +
    'Spokesman Abderaman Koulamallah said one member of the security forces had been killed and three wounded.';
  assert.equal(claims(palace).length, 2, claims(palace).join('\n'));
});

test('"The RSF did not respond to a request for comment, but has in the past denied targeting civilian sites": the denial is the RSF\'s, and disputes the accusation', () => {
  const text =
    'Army spokesman Nabil Abdallah said the paramilitary Rapid Support Forces had launched the drones and accused the group of targeting "vital civilian infrastructure". ' +
    'The RSF did not respond to a request for comment, but has in the past denied targeting civilian sites.';
  assert.deepEqual(statements(text, '2025-05-06').at(-1), 'Rapid Support Forces|has in the past denied|targeting civilian sites');
  assert.deepEqual(claims(text).at(-1), 'disputed: Nabil Abdallah=asserted, Rapid Support Forces=denied, Rapid Support Forces=refused_comment');
});

test('"could not independently verify the extent of the damage" is on the lead\'s account of the strike; "either side\'s account" is on no side\'s intention', () => {
  const text =
    'Drones struck the main port and a fuel depot in Port Sudan on Tuesday, witnesses said.\n\n' +
    "Sudan's energy minister, Mohieldin Naeem, told state television that fires at the fuel depot had been contained.\n\n" +
    'Reuters could not independently verify the extent of the damage.';
  assert.deepEqual(claims(text), ['unconfirmed: witnesses=asserted, Reuters=not_independently_verified', 'asserted_single_source: Mohieldin Naeem=asserted']);
  const sides =
    'Israel said on Saturday it had struck dozens of missile launchers in western Iran overnight, while Iranian officials said damage was limited.\n\n' +
    'Military spokesman Effie Defrin said the operation would continue "for as long as necessary".\n\n' +
    "Reuters was unable to verify either side's account.";
  assert.deepEqual(claims(sides).at(-1), 'asserted_single_source: Effie Defrin=asserted');
});

test('an army\'s "it had repelled the attack" is no account of the attackers\' toll, and disputes their "overrun the base", which "the base had been abandoned" bears out; "has not commented on that attack" is on the one just told of', () => {
  const text =
    "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said on Monday it had killed more than 100 soldiers in an attack on a military base in central Mali.\n\n" +
    'JNIM said in a statement on its Telegram channel that its fighters had overrun the base in Boulkessi on Sunday.\n\n' +
    'Mali\'s army said in a statement that it had repelled the attack and that its troops were "still in control" of the base.\n\n' +
    'Two security sources told Reuters that the base had been abandoned by nightfall.\n\n' +
    "The attack came days after JNIM fighters raided the town of Dioura, killing at least 40 soldiers, according to a local official. Mali's ruling junta has not commented on that attack.";
  assert.deepEqual(claims(text), [
    "asserted_single_source: Jama'at Nusrat al-Islam wal-Muslimin=asserted",
    "disputed: Jama'at Nusrat al-Islam wal-Muslimin=asserted, Mali's army=denied, Two security sources=asserted",
    "asserted_single_source: Mali's army=asserted",
    'asserted_single_source: Two security sources=asserted',
    "asserted_single_source: a local official=asserted, Mali's ruling junta=refused_comment",
  ]);
});

test('"could not independently verify the number of aircraft hit" is on the claim that counts them struck, not a nearer "several aircraft had caught fire"; a bare silence is on no one\'s "would be remembered"; "Al Qaeda affiliate says" is not Al Qaeda', () => {
  const text =
    "Ukraine's SBU security service said on Sunday it had struck 41 Russian military aircraft at four air bases deep inside Russia.\n\n" +
    "Russia's defence ministry said several aircraft had caught fire in Murmansk and Irkutsk.\n\n" +
    'Reuters could not independently verify the number of aircraft hit.\n\n' +
    'Ukrainian President Volodymyr Zelenskiy said the operation would be remembered "in history textbooks". The Kremlin did not immediately comment.';
  assert.deepEqual(claims(text), [
    'unconfirmed: SBU=asserted, Reuters=not_independently_verified, Kremlin=refused_comment',
    "asserted_single_source: Russia's defence ministry=asserted",
    'asserted_single_source: Volodymyr Zelenskiy=asserted',
  ]);
  assert.deepEqual(speakersAndCues('Al Qaeda affiliate says it killed more than 100 soldiers in Mali base attack', '2025-06-02'), ['Al Qaeda affiliate|says']);
});

test('"denied that soldiers had abandoned their positions, calling the claim “false and misleading”" is on "troops based nearby had withdrawn", both the denial and its verdict; a headline\'s ", residents report dozens dead" is the residents\'; "Kenyan police deny shooting protesters as …" is a denial', () => {
  const text =
    'Nigeria says troops repel Boko Haram attack, residents report dozens dead\n\n' +
    'Borno state governor Babagana Zulum said the militants had "slaughtered" villagers while troops based nearby had withdrawn.\n\n' +
    'Army spokesman Sani Uba denied that soldiers had abandoned their positions, calling the claim "false and misleading".';
  assert.deepEqual(speakersAndCues(text, '2025-09-06').slice(0, 2), ['Nigeria|says', 'residents|report']);
  assert.deepEqual(claims(text).at(-1), 'disputed: Babagana Zulum=asserted, Sani Uba=denied, Sani Uba=denied');
  assert.deepEqual(statements('Kenyan police deny shooting protesters as death toll rises\n\nAt least 16 people were killed, Amnesty said.', '2025-06-26')[0], 'Kenyan police|deny|shooting protesters');
});

test('a watchdog that "put the toll at eight" does not confirm "At least 16 people were killed"; "rejected the claim" is on the label put on the protests, not on what the government "would not tolerate"; "rejected that characterisation" likewise', () => {
  const text =
    'At least 16 people were killed during nationwide protests in Kenya on Wednesday, Amnesty International Kenya said.\n\n' +
    'The Kenya National Commission on Human Rights, a state-funded watchdog, put the toll at eight.\n\n' +
    'Interior Minister Kipchumba Murkomen called the protests "an attempted coup" and said the government would not tolerate "anarchy". Opposition leaders rejected the claim and accused the government of using police to silence critics.';
  assert.deepEqual(claims(text).slice(0, 4), [
    'asserted_single_source: Amnesty International Kenya=asserted',
    'asserted_single_source: Kenya National Commission on Human Rights=asserted',
    'disputed: Kipchumba Murkomen=asserted, Opposition leaders=denied',
    'asserted_single_source: Kipchumba Murkomen=asserted',
  ]);
  const characterisation =
    'Interior Minister Kipchumba Murkomen described the protests as "an attempted coup" and said the government would "not tolerate anarchy." Opposition leaders rejected that characterisation.';
  assert.deepEqual(claims(characterisation), ['disputed: Kipchumba Murkomen=asserted, Opposition leaders=denied', 'asserted_single_source: Kipchumba Murkomen=asserted']);
});

test('"It said the chief of staff had ordered an initial inquiry and did not say what the strike had targeted": both are its statements', () => {
  const text = 'The Israeli military said it had carried out a strike. It said the chief of staff had ordered an initial inquiry and did not say what the strike had targeted.';
  assert.deepEqual(statements(text, '2025-08-25').slice(1), ['The Israeli military|said|the chief of staff had ordered an initial inquiry', 'The Israeli military|did not say|what the strike had targeted']);
});

test('"killing at least three people" and Russia\'s "killing “up to 30” of them" are two accounts, not one corroborated; a toll whose part the other names ("nine aid workers") still joins', () => {
  const text =
    'Russian glide bombs struck the centre of the eastern Ukrainian city of Kramatorsk on Saturday, killing at least three people and wounding 12, the regional governor said.\n\n' +
    "Russia's defence ministry said its forces had struck a building in Kramatorsk where Ukrainian army officers were meeting, killing \"up to 30\" of them.";
  assert.deepEqual(claims(text), ['asserted_single_source: the regional governor=asserted', "asserted_single_source: Russia's defence ministry=asserted"]);
  const part =
    'An attack on the Zamzam camp killed more than 100 people, including 20 children and nine aid workers, the United Nations said.\n\n' +
    'Relief International said nine of its staff had been killed.';
  assert.deepEqual(claims(part), ['corroborated: United Nations=asserted, Relief International=asserted']);
});

test('"He accused Rwanda of sending troops to support the rebels, which Kigali has long denied" disputes his accusation, not the lead\'s "Rwanda-backed M23 rebels took control"', () => {
  const text =
    'Rwanda-backed M23 rebels took control of the town of Nyangezi on Thursday, three residents told Reuters.\n\n' +
    "Congo's army spokesman, General Sylvain Ekenge, said government forces were still fighting in the area. He accused Rwanda of sending troops to support the rebels, which Kigali has long denied.";
  assert.deepEqual(statements(text, '2025-08-14').slice(-2), ['Kigali|has long denied|Rwanda of sending troops to support the rebels', 'Sylvain Ekenge|accused|Rwanda of sending troops to support the rebels']);
  assert.deepEqual(claims(text).at(-1), 'disputed: Sylvain Ekenge=asserted, Kigali=denied');
  assert.ok(!claims(text)[0]!.includes('Kigali'), claims(text).join('\n'));
});

test('"… and suggested, without giving evidence, that …" is a second statement, unverified; "X denied …, according to Russian news agencies" reports the denial; "no need to declare national mourning" is no statement of Putin\'s, so "He declined to say" is Peskov\'s', () => {
  const suggested = 'Dagestan\'s governor, Sergei Melikov, said the attackers had been neutralised. He said the attack was an attempt to "destabilise" the region and suggested, without giving evidence, that it had been organised from abroad.';
  assert.deepEqual(statements(suggested, '2024-06-24').slice(1), ['Sergei Melikov|said|the attack was an attempt to "destabilise" the region', 'Sergei Melikov|suggested|it had been organised from abroad']);
  assert.deepEqual(claims(suggested).at(-1), 'unconfirmed: Sergei Melikov=asserted, outlet=not_independently_verified');
  assert.deepEqual(claims('The official, who was detained, denied any knowledge of the plot, according to Russian news agencies.'), [
    'asserted_single_source: Russian news agencies=asserted',
    'denied: The official=denied',
  ]);
  const mourning =
    'Kremlin spokesman Dmitry Peskov said on Monday that President Vladimir Putin had been informed of the attack and that there was no need to declare national mourning. He declined to say whether security services had received any warning.';
  assert.deepEqual(speakersAndCues(mourning, '2024-06-24'), ['Dmitry Peskov|said', 'Dmitry Peskov|declined to say']);
});

test('"A local official told AFP" is not the U.N. Secretary-General named next; "The group\'s spokesman" speaks for the group', () => {
  const text =
    'A local official told AFP by telephone that fighters from the Popular Front for the Renaissance of Central Africa (FPRC) had carried out the ambush. The group\'s spokesman, reached by AFP, rejected the accusation.\n\n' +
    'U.N. Secretary-General Antonio Guterres condemned the attack.';
  assert.deepEqual(speakersAndCues(text, '2025-02-12'), ['A local official|told', 'Popular Front for the Renaissance of Central Africa|rejected', 'Antonio Guterres|condemned']);
});

test('"would not allow … killing fields" denies no toll; a statement that only names whom another blamed does not confirm the blame, and "denied that its members were involved" disputes it, not an accusation of the federal government; "reviewing reports" neither confirms nor denies', () => {
  const text =
    'Police spokesman Alfred Alabo put the number of dead at 32.\n\n' +
    'Plateau state governor Caleb Mutfwang blamed "armed herders" for the attack and said the state would not allow "these criminals to turn our communities into killing fields."\n\n' +
    'The Miyetti Allah Cattle Breeders Association, which represents Fulani herders, denied that its members were involved and said herders had also lost cattle and relatives in recent attacks by local militias.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: Alfred Alabo=asserted',
    'disputed: Caleb Mutfwang=asserted, Miyetti Allah Cattle Breeders Association=denied',
    'asserted_single_source: Caleb Mutfwang=asserted',
    'asserted_single_source: Miyetti Allah Cattle Breeders Association=asserted',
  ]);
  const governmentAccused =
    'The state governor, Hyacinth Alia, accused the federal government of failing to protect them.\n\n' +
    'A herders\' association, Miyetti Allah Cattle Breeders Association of Nigeria, denied that its members were involved.';
  assert.deepEqual(claims(governmentAccused), ['asserted_single_source: Hyacinth Alia=asserted', 'denied: Miyetti Allah Cattle Breeders Association of Nigeria=denied']);
  const reviewing = "U.S. air strikes on Yemen's Ras Isa fuel port killed at least 74 people, the Houthi-run health ministry said.\n\nA U.S. official said the military was reviewing reports of civilian casualties.";
  assert.deepEqual(claims(reviewing), ['unconfirmed: the Houthi-run health ministry=asserted, A U.S. official=neither_confirmed_nor_denied']);
});

test('the three dead called civilians dispute "neutralised three members of the PKK" and "the three were PKK fighters"; "the rebels" of a lead speak with the one armed group that spoke; "the group" is not the movement it is the armed wing of; an armed group named with its country answers no claim for naming it; "it had no involvement" is its own part denied', () => {
  const text =
    "Sidakan's mayor, Ihsan Chalabi, said the three dead were civilians from a nearby village.\n\n" +
    'Turkey\'s defence ministry said its forces had "neutralised" three members of the outlawed Kurdistan Workers Party (PKK) in the area. The Kurdistan Regional Government\'s counter-terrorism service said the three were PKK fighters.';
  assert.deepEqual(claims(text), ['asserted_single_source: Ihsan Chalabi=asserted', "disputed: Turkey's defence ministry=asserted, Ihsan Chalabi=denied", 'disputed: Kurdistan Regional Government=asserted, Ihsan Chalabi=denied']);
  const rebels =
    'JAKARTA, May 9 (Reuters) - Separatist rebels shot dead four gold miners in Papua, police said on Friday, while the rebels said the men were spies for the military.\n\n' +
    'The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Movement, said in a statement that its fighters had killed the men because they were spies. The group did not provide evidence for the claim.';
  assert.deepEqual(claims(rebels).at(-1), 'unconfirmed: the rebels=asserted, West Papua National Liberation Army=asserted, outlet=not_independently_verified');
  const taliban =
    'PESHAWAR, Pakistan (AP) - Gunmen opened fire on a convoy in northwest Pakistan, killing at least 42 people, police said.\n\n' +
    'Some accused the police of withdrawing the escort shortly before the attack, which Saif denied. The Pakistani Taliban said it had no involvement in the attack.';
  assert.deepEqual(claims(taliban).at(-1), 'denied: Pakistani Taliban=denied');
});

test('"Relatives of the victims blocked a main road in protest, saying …": the clause\'s subject speaks', () => {
  assert.deepEqual(speakersAndCues('Relatives of the victims blocked a main road in protest, saying the authorities had failed to protect them.', '2024-11-21'), ['Relatives of the victims|saying']);
});

test('"…, which rejected the 2016 peace deal" is no statement nor a denial of the blame it ends; "the Jaime Martinez front" is no person for "He" to be; "a commander who identified himself as a member of the front" is not the governor named next, and "could not confirm the message\'s authenticity" is on what he said in it', () => {
  const text =
    'Explosive-laden drones struck a police station in the town of Morales on Tuesday, killing two police officers, the national police said.\n\n' +
    'Army commander General Luis Emilio Cardozo blamed the attack on the Jaime Martinez front, a faction of the FARC dissident group known as the Estado Mayor Central, which rejected the 2016 peace deal. He said the group had used "at least four drones".\n\n' +
    'In a message shared on social media, a commander who identified himself as a member of the front said the group had attacked "military objectives". Reuters could not confirm the message\'s authenticity.\n\n' +
    'Cauca governor Octavio Guzman said the attack was part of a wave of violence against security forces.';
  assert.deepEqual(speakersAndCues(text, '2025-06-10'), [
    'the national police|said',
    'Luis Emilio Cardozo|blamed',
    'Luis Emilio Cardozo|said',
    'a commander who identified himself as a member of the front|said',
    'Octavio Guzman|said',
  ]);
  assert.deepEqual(claims(text).slice(1, 4), [
    'asserted_single_source: Luis Emilio Cardozo=asserted',
    'asserted_single_source: Luis Emilio Cardozo=asserted',
    'unconfirmed: a commander who identified himself as a member of the front=asserted, Reuters=not_independently_verified',
  ]);
});

test('"declaring three days of national mourning" is no statement; "Islamic State in the Greater Sahara" and "Syrian Democratic Forces" are whole names', () => {
  const text =
    'Gunmen killed 44 civilians at a mosque in western Niger, the government said on Saturday, declaring three days of national mourning.\n\n' +
    'The interior ministry said fighters from the Islamic State in the Greater Sahara had surrounded the mosque. The group has not commented.\n\n' +
    'The Syrian Democratic Forces (SDF) denied any role.';
  assert.deepEqual(speakersAndCues(text, '2025-03-22'), ['the government|said', 'interior ministry|said', 'Syrian Democratic Forces|denied']);
  assert.deepEqual(claims(text)[1], 'asserted_single_source: interior ministry=asserted, Islamic State in the Greater Sahara=refused_comment');
});

test('"there was no independent confirmation" is the outlet\'s doubt on the claim just told; "which Kigali denies" after "said in a report last year that" denies what the report said; "denied that any troops had been stationed in the school" disputes a strike on a troop "deployment point"', () => {
  const confirmation =
    'Houthi military spokesman Yahya Saree said the group\'s air defences had "confronted" the Israeli aircraft. Israel\'s military did not comment on the claim, and there was no independent confirmation.';
  assert.deepEqual(claims(confirmation), ['unconfirmed: Yahya Saree=asserted, outlet=not_independently_verified, Israel\'s military=refused_comment']);
  const report = 'The United Nations said in a report last year that Rwanda had deployed thousands of troops in eastern Congo to support M23, which Kigali denies.';
  assert.deepEqual(statements(report, '2025-02-28'), [
    'Kigali|denies|Rwanda had deployed thousands of troops in eastern Congo to support M23',
    'United Nations|said|Rwanda had deployed thousands of troops in eastern Congo to support M23|ch:in a report',
  ]);
  const stationed =
    'Russia\'s Defense Ministry said its forces had struck a "temporary deployment point" of Ukrainian troops in Kharkiv.\n\n' +
    "Ukraine's military denied that any troops had been stationed in the school.";
  assert.deepEqual(claims(stationed), ["disputed: Russia's Defense Ministry=asserted, Ukraine's military=denied"]);
});

test('blocking in any words is one deed: "There is no blockade" and a denial of "obstructing aid deliveries" dispute "a convoy … has been blocked from entering Tigray"', () => {
  const text =
    "A convoy of 30 trucks carrying food aid has been blocked from entering Ethiopia's Tigray region for more than a week, the U.N. World Food Programme said.\n\n" +
    'Ethiopia\'s government denied obstructing aid deliveries. "There is no blockade," government spokesman Legesse Tulu told The Associated Press.';
  assert.deepEqual(claims(text), ["disputed: U.N. World Food Programme=asserted, Ethiopia's government=denied, Legesse Tulu=denied"]);
});

test('what a source says it will do confirms nothing done: JNIM\'s "it would block fuel imports" is no second source for schools shut by a blockade', () => {
  const text =
    "BAMAKO, Oct 28 (Reuters) - Mali's military government has shut schools and universities across the country for two weeks because of fuel shortages caused by a blockade imposed by an al Qaeda affiliate, the education minister said on Sunday.\n\n" +
    'The militant group JNIM announced in September that it would block fuel imports into the landlocked country and has since attacked dozens of tanker convoys.';
  assert.deepEqual(claims(text), ['asserted_single_source: the education minister=asserted', 'asserted_single_source: JNIM=asserted']);
});

test('"said it had confirmed the capture" confirms the capture another claimed', () => {
  const text =
    "KYIV, Jan 13 (Reuters) - Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region, President Volodymyr Zelenskiy said on Saturday.\n\n" +
    "South Korea's National Intelligence Service said it had confirmed the capture in cooperation with Ukrainian intelligence.";
  assert.deepEqual(claims(text), ['corroborated: Volodymyr Zelenskiy=asserted, National Intelligence Service=asserted']);
});

test('"initially claimed responsibility … but later denied any role, saying its account had been hacked" takes back its own claim; "its account" there is no account of events', () => {
  const text =
    'Defence Minister Khawaja Asif said India had provided no evidence.\n\n' +
    'The Resistance Front initially claimed responsibility in a social media post but later denied any role, saying its account had been hacked.';
  assert.deepEqual(claims(text), [
    'asserted_single_source: Khawaja Asif=asserted',
    'disputed: The Resistance Front=asserted, The Resistance Front=denied',
    'asserted_single_source: The Resistance Front=asserted',
  ]);
});

test('a list the model cut before its frame goes on to the frame\'s comma; residents who "said soldiers had sealed off the town and imposed a curfew" said it all; a clause cut before its verb, its second verb taken for a cue, is one statement; "considers X, which …, to be Y" goes on over the relative clause', () => {
  const text =
    'Suspected female suicide bombers killed at least 18 people in a series of attacks on a wedding, a funeral and a hospital in the northeastern Nigerian town of Gwoza on Saturday, emergency officials said.\n\n' +
    'Residents said soldiers had sealed off the town and imposed a curfew.\n\n' +
    'Thai officials said about 600 Myanmar soldiers and their families had crossed the Moei River into Thailand earlier in the week and asked for shelter.\n\n' +
    'Ankara considers the YPG militia, which leads the SDF, to be an offshoot of the PKK, which has waged an insurgency against the Turkish state since 1984.';
  assert.deepEqual(statements(text, '2024-06-30'), [
    'emergency officials|said|Suspected female suicide bombers killed at least 18 people in a series of attacks on a wedding, a funeral and a hospital in the northeastern Nigerian town of Gwoza on Saturday',
    'Residents|said|soldiers had sealed off the town and imposed a curfew',
    'Thai officials|said|about 600 Myanmar soldiers and their families had crossed the Moei River into Thailand earlier in the week and asked for shelter',
    'Ankara|considers|the YPG militia, which leads the SDF, to be an offshoot of the PKK',
  ]);
});

test('"A spokesman for the U.S.-led coalition against Islamic State" does not speak for Islamic State; "Saw Taw Nee" keeps his honorific; "Ethnic Karen insurgents" are no body named "Ethnic Karen"', () => {
  const text =
    'Ethnic Karen insurgents said on Thursday they had captured the last army base outside Myawaddy.\n\n' +
    'Saw Taw Nee, a spokesman for the Karen National Union (KNU), said about 200 soldiers had surrendered.\n\n' +
    'A spokesman for the U.S.-led coalition against Islamic State, which backs the SDF, said the coalition was aware of the reports.';
  assert.deepEqual(speakersAndCues(text, '2024-04-11'), ['Ethnic Karen insurgents|said', 'Saw Taw Nee|said', 'A spokesman for the U.S.-led coalition against Islamic State|said']);
});

test('a denial of targeting civilians answers the charge that they were targeted, not the toll; armed men by any name meet a denial of them; a link denied answers the view that names it; the story\'s topic alone joins no two accounts', () => {
  const targeting =
    'A Russian missile and drone attack on Lviv killed seven people, including three children, local officials said.\n\n' +
    'Mayor Andriy Sadovyi said on Telegram that a father had lost his wife and daughters. "This is a deliberate terror against civilians," he wrote.\n\n' +
    "Russia's defence ministry said its forces had struck military-industrial facilities. Moscow denies targeting civilians.";
  assert.deepEqual(claims(targeting), [
    'asserted_single_source: local officials=asserted',
    'asserted_single_source: Andriy Sadovyi=asserted',
    'disputed: Andriy Sadovyi=asserted, Moscow=denied',
    "asserted_single_source: Russia's defence ministry=asserted",
  ]);
  const fighters =
    'The Israeli military said it had struck Hamas militants operating from a command and control centre inside the compound. Hamas denied that its fighters used the school.';
  assert.deepEqual(claims(fighters), ['disputed: The Israeli military=asserted, Hamas=denied']);
  const negotiate =
    'A local official blamed separatist fighters for the kidnapping. Communication Minister Rene Emmanuel Sadi said the authorities would not negotiate with "terrorists".';
  assert.deepEqual(claims(negotiate), ['asserted_single_source: A local official=asserted', 'asserted_single_source: Rene Emmanuel Sadi=asserted']);
  const link =
    'Ankara considers the YPG militia, which leads the SDF, to be an offshoot of the PKK. The SDF denies any organisational link to the PKK.';
  assert.deepEqual(claims(link), ['disputed: Ankara=asserted, SDF=denied']);
  const topic =
    'The ministry said in a statement that the fighting had begun after a series of kidnappings by both sides and that security forces would restore order. The Syrian Observatory for Human Rights said government forces had been drawn into the fighting.';
  assert.deepEqual(claims(topic), ['asserted_single_source: The ministry=asserted', 'asserted_single_source: Syrian Observatory for Human Rights=asserted']);
});

test('a second verb of what an "according to" reports is no cue; "Reuters was not able to independently verify" is no statement; one soldier from a brigade does not speak for it; a statement on a group\'s own radio station has it for channel', () => {
  const text =
    "Russian forces had advanced around the town's flanks in recent weeks and threatened to cut off its last supply road, according to Ukrainian military bloggers.\n\n" +
    'A soldier from the 72nd Mechanised Brigade, which had defended the town, told Reuters by phone that his unit had lost many men.\n\n' +
    'Satellite images showed scorch marks on the airfield, according to an analysis by the Open Source Intelligence Centre. Reuters was not able to independently verify that the marks were caused by the strike.\n\n' +
    'Al Shabaab said in a statement on its Andalus radio station that its fighters had killed 12 Kenyan soldiers.';
  assert.deepEqual(statements(text, '2024-10-02'), [
    "Ukrainian military bloggers|according to|Russian forces had advanced around the town's flanks in recent weeks and threatened to cut off its last supply road",
    'A soldier from the 72nd Mechanised Brigade|told|his unit had lost many men|ch:by phone|to:Reuters',
    'Open Source Intelligence Centre|according to|Satellite images showed scorch marks on the airfield',
    'Al Shabaab|said|its fighters had killed 12 Kenyan soldiers|ch:in a statement on its Andalus radio station',
  ]);
});

test('"posted video on Tuesday that appeared to show" hedges what the video shows; "the state governor" is named two paragraphs on, titled right before the name', () => {
  assert.deepEqual(claims('Pro-Russian war bloggers posted video on Tuesday that appeared to show Russian soldiers raising a flag over a building in Vuhledar.'), [
    'hedged: Pro-Russian war bloggers=hedged',
  ]);
  const governor =
    'Boko Haram leader Abubakar Shekau said his group was behind the abduction, but the state governor said bandits had carried out the attack.\n\n' +
    '"I am Abubakar Shekau and our brothers are behind the kidnapping," said a voice on the recording. Reuters could not verify the recording.\n\n' +
    'Katsina Governor Aminu Bello Masari told reporters the kidnappers were local bandits.';
  assert.deepEqual(speakersAndCues(governor, '2020-12-15'), ['Abubakar Shekau|said', 'Aminu Bello Masari|said', 'a voice on the recording|said', 'Aminu Bello Masari|told']);
});

test('a participle set off after a statement is its speaker\'s, not said by one named in what was said; "urged an end to the fighting" names no one urged; "remarks he later said had been a slip of the tongue" is on the remarks; a speaker the model took only the appositive of is the name before it', () => {
  const text =
    'Azerbaijan\'s defence ministry said 50 of its servicemen had died and accused Armenia of "large-scale subversive acts" near the border, saying its troops had taken "adequate retaliatory measures".\n\n' +
    'Blinken called Azerbaijani President Ilham Aliyev and urged an end to the fighting, the State Department said.\n\n' +
    'Finance Minister Bezalel Smotrich said on Wednesday that Huwara should be "wiped out" by the state, remarks he later said had been a "slip of the tongue".\n\n' +
    'The Movement for the Salvation of Azawad (MSA), a Tuareg armed group that has fought alongside the Malian army, said in a statement that fighters had attacked the villages.';
  assert.deepEqual(statements(text, '2022-09-13'), [
    "Azerbaijan's defence ministry|said|50 of its servicemen had died",
    'Azerbaijan\'s defence ministry|accused|Armenia of "large-scale subversive acts" near the border',
    'Azerbaijan\'s defence ministry|saying|its troops had taken "adequate retaliatory measures"',
    'State Department|said|Blinken called Azerbaijani President Ilham Aliyev',
    'Blinken|urged|an end to the fighting',
    'Bezalel Smotrich|said|Huwara should be "wiped out" by the state',
    'Bezalel Smotrich|later said|had been a "slip of the tongue"',
    'Movement for the Salvation of Azawad|said|fighters had attacked the villages|ch:in a statement',
  ]);
});

test('a refusal to say who did a deed is on the source\'s own account of it just before; "denied that soldiers had failed to act" disputes "soldiers stood by"', () => {
  const shots =
    'Hundreds of settlers rampaged through the town overnight, hours after a Palestinian gunman shot dead two Israeli brothers nearby, officials and witnesses said.\n\n' +
    'The Palestinian health ministry said one man had been shot dead in the nearby village of Zaatara. It did not say who had fired the shots.';
  assert.deepEqual(claims(shots), ['asserted_single_source: officials and witnesses=asserted', 'asserted_single_source: The Palestinian health ministry=asserted, The Palestinian health ministry=refused_comment']);
  const idle = 'Residents said settlers had hurled stones at houses while soldiers stood by. The military denied that soldiers had failed to act.';
  assert.deepEqual(claims(idle), ['disputed: Residents=asserted, The military=denied']);
});

test('soldiers killed are no harm to civilians: "It denied targeting civilian areas" does not answer "49 Armenian soldiers had been killed"', () => {
  const text =
    'Armenian Prime Minister Nikol Pashinyan told parliament that 49 Armenian soldiers had been killed after Azerbaijani forces attacked positions near the towns of Jermuk and Goris.\n\n' +
    "Azerbaijan's defence ministry said 50 of its servicemen had died. It denied targeting civilian areas.";
  assert.deepEqual(claims(text), ['asserted_single_source: Nikol Pashinyan=asserted', "asserted_single_source: Azerbaijan's defence ministry=asserted", "denied: Azerbaijan's defence ministry=denied"]);
});

test('imagery opening a clause joined to another speaks for itself; a silence is not on what the same body, named more fully, said; "had also been killed" adds to an account, no second source for it', () => {
  assert.deepEqual(
    statements('Witnesses said the older man had been shot while walking near a market, and video circulating on social media appeared to show a man lying in the street as gunfire echoed around him.', '2023-02-22'),
    ['Witnesses|said|the older man had been shot while walking near a market', 'social-media|appeared to show|a man lying in the street as gunfire echoed around him'],
  );
  const silent =
    'The Israeli military said troops had surrounded a house where three wanted militants were hiding, and that the men had been killed in an exchange of fire.\n\n' +
    'The health ministry said the dead included a 72-year-old man. The military did not comment on the deaths.';
  assert.deepEqual(claims(silent), ['asserted_single_source: The Israeli military=asserted', 'asserted_single_source: The health ministry=asserted, The military=refused_comment']);
  const also =
    'U.S. forces killed a senior Islamic State official in a helicopter raid in northeastern Syria on Friday, the U.S. military said.\n\n' +
    'A local activist group said a woman and a child had also been killed in the raid. Reuters could not verify that account.';
  assert.deepEqual(claims(also), ['asserted_single_source: the U.S. military=asserted', 'unconfirmed: A local activist group=asserted, Reuters=not_independently_verified']);
});

test('what was said goes on over a name set off after its noun; posting imagery after it is the speaker\'s act; "in a move Armenia said violated" has Armenia for speaker; ", a claim … called “nonsense”" disputes the claim; a figure "appeared to be exaggerated" disputes the count', () => {
  const text =
    "Ukraine's air force said on Tuesday it had destroyed a large Russian landing ship, the Novocherkassk, in an attack on the Crimean port of Feodosia, while Russia's defence ministry said the vessel had only been damaged.\n\n" +
    'Air force commander Mykola Oleshchuk wrote on Telegram that Ukrainian pilots had fired guided missiles at the ship, and posted a video showing a huge explosion in the port.\n\n' +
    'Azerbaijan said on Sunday it had set up a checkpoint on the Lachin corridor, in a move Armenia said violated a ceasefire agreement.';
  assert.deepEqual(statements(text, '2023-12-26'), [
    "Ukraine's air force|said|it had destroyed a large Russian landing ship, the Novocherkassk, in an attack on the Crimean port of Feodosia",
    "Russia's defence ministry|said|the vessel had only been damaged",
    'Mykola Oleshchuk|wrote|Ukrainian pilots had fired guided missiles at the ship|ch:on Telegram',
    'Azerbaijan|said|it had set up a checkpoint on the Lachin corridor',
    'Armenia|said|violated a ceasefire agreement',
  ]);
  assert.deepEqual(
    claims('The defence ministry in Moscow said two Ukrainian Su-24 bombers had been shot down during the attack, a claim Ukraine\'s air force spokesman Yuriy Ihnat called "nonsense".'),
    ["disputed: The defence ministry in Moscow=asserted, Ukraine's air force=denied"],
  );
  assert.deepEqual(claims("The army said troops had killed 79 of the attackers. A security source said the army's figure for dead attackers appeared to be exaggerated."), [
    'disputed: The army=asserted, A security source=denied',
  ]);
});

test('a force\'s own losses denied deny no toll of others; "did not identify those killed" is a refusal; imagery\'s showing ends before ", according to"', () => {
  const losses =
    'Israeli shelling killed at least nine people in the village, after local gunmen opened fire on Israeli troops advancing near it, local officials said.\n\n' +
    'The Israeli military said it had identified hits on the gunmen and that no soldiers had been hurt.';
  assert.deepEqual(claims(losses), ['asserted_single_source: local officials=asserted', 'asserted_single_source: The Israeli military=asserted']);
  assert.deepEqual(claims('The Israeli military said its aircraft had struck a terrorist cell. It did not identify those killed.'), [
    'asserted_single_source: The Israeli military=asserted',
    'refused_comment: The Israeli military=refused_comment',
  ]);
  assert.deepEqual(statements("Satellite images taken on Sunday showed what appeared to be fresh burn marks near one of the airfield's hangars, according to an analysis by Reuters.", '2023-08-12')[0], "imagery|showed|what appeared to be fresh burn marks near one of the airfield's hangars");
});

test('"the death toll among soldiers was higher than the government\'s figure" disputes the count unless it is a floor of the dead; "no civilians had been harmed" answers the account that names civilians among the dead too', () => {
  const higher =
    'Twenty-nine soldiers were killed on Monday when "more than 100 terrorists" attacked an army unit, the defence ministry said.\n\n' +
    "A local official said the death toll among soldiers was higher than the government's figure and that several soldiers were missing.";
  assert.deepEqual(claims(higher), ['disputed: the defence ministry=asserted, A local official=denied', 'asserted_single_source: A local official=asserted']);
  const floor = 'Soldiers executed at least 45 civilians in the town, Human Rights Watch said. Residents said the death toll was higher than 80.';
  assert.deepEqual(claims(floor), ['asserted_single_source: Human Rights Watch=asserted', 'asserted_single_source: Residents=asserted']);
  const harmed =
    'A Turkish drone strike on a car near Hasakah killed four people, including a commander of the Syrian Democratic Forces, the SDF said.\n\n' +
    'The SDF said the strike had also killed a woman and her son who were passing by. A Turkish security source said no civilians had been harmed in the operation.';
  assert.deepEqual(claims(harmed), ['disputed: Syrian Democratic Forces=asserted, A Turkish security source=denied', 'disputed: Syrian Democratic Forces=asserted, A Turkish security source=denied']);
});

test('a blame in a relative clause on an attack is a statement, which a denial of involvement in that attack disputes', () => {
  assert.deepEqual(
    statements("A roadside bomb killed eight police officers on Tuesday, a police commander said, in an attack the government blamed on Somalia's al Shabaab militants.", '2023-05-16'),
    ['a police commander|said|A roadside bomb killed eight police officers on Tuesday', "the government|blamed|on Somalia's al Shabaab militants"],
  );
  const text = 'Turkish air strikes hit villages around Kobani, the SDF said, a week after a bomb attack in Istanbul that Turkey blamed on Kurdish militants. The PKK and the SDF have denied any involvement in the Istanbul bombing.';
  assert.deepEqual(claims(text), ['asserted_single_source: SDF=asserted', 'disputed: Turkey=asserted, PKK=denied, SDF=denied']);
});

test('speakers: a described source before a long "who asked not to be named" clause, kin of one named, a participle of writing set off, an indefinite appositive, a body named for its members', () => {
  assert.deepEqual(
    speakersAndCues('A military commander in Baidoa, who asked not to be named because he was not authorised to speak to the media, said there had been no attempt on the base.', '2023-03-18'),
    ['A military commander in Baidoa|said'],
  );
  assert.deepEqual(
    speakersAndCues('The family of Ahmad Shtaiwi said he was a student. Relatives of one of them, Omar Khalil, said he was unarmed. The mother of one victim, Fatima Odeh, said she was devastated.', '2023-10-03'),
    ['The family of Ahmad Shtaiwi|said', 'Relatives of one of them, Omar Khalil|said', 'Fatima Odeh|said'],
  );
  assert.deepEqual(
    statements('A Russian military blogger, writing on Telegram, said Russian units had reached the mine, though he said the situation there "remains fluid". Rybar, a pro-Russian blogger, writing on his Telegram channel, said the town had fallen.', '2024-06-20'),
    [
      'A Russian military blogger|said|Russian units had reached the mine|ch:on Telegram',
      'A Russian military blogger|said|the situation there "remains fluid"',
      'Rybar|said|the town had fallen|ch:on his Telegram channel',
    ],
  );
  assert.deepEqual(
    speakersAndCues('"I counted 15 bodies myself," said Hassan Ibrahim, a shop owner who said he had run to the scene after the blast.', '2023-03-18'),
    ['Hassan Ibrahim|said', 'Hassan Ibrahim|said'],
  );
  assert.deepEqual(
    speakersAndCues("The Al-Aqsa Martyrs' Brigades, an armed group loosely affiliated with President Mahmoud Abbas's Fatah movement, said in a statement that two of the dead were its members.", '2023-10-03'),
    ["Al-Aqsa Martyrs' Brigades|said"],
  );
  assert.deepEqual(
    statements('The South West State government said in a statement that 12 people had been killed, including four soldiers, and condemned what it called "a cowardly act against innocent people".', '2023-03-18'),
    ['South West State government|said|12 people had been killed, including four soldiers|ch:in a statement', 'South West State government|condemned|what it called "a cowardly act against innocent people"'],
  );
});

test('"there had been no attempt on the base" disputes "had tried to enter a nearby military base"; a denial of blocking answers "prevented"; "no damage to the sites" is no denial of what the sites are near; a linking verb alone ties nothing', () => {
  assert.deepEqual(
    claims('State information minister Ahmed Mohamed Ali said the bomber had tried to enter a nearby military base before heading for the cafe. A military commander said there had been no attempt on the base.'),
    ['disputed: Ahmed Mohamed Ali=asserted, A military commander=denied'],
  );
  assert.deepEqual(
    claims('The governor said ambulances had been prevented from reaching the wounded for more than an hour. The military denied that it had blocked ambulances.'),
    ['disputed: The governor=asserted, The military=denied'],
  );
  assert.deepEqual(
    claims('Two sources said the target had been an air defence radar protecting the Natanz nuclear site. The International Atomic Energy Agency said there had been no damage to Iran\'s nuclear sites.'),
    ['asserted_single_source: Two sources=asserted', 'asserted_single_source: International Atomic Energy Agency=asserted'],
  );
  assert.deepEqual(
    claims('Vasyl Chynchyk said about 1,000 civilians remained in Toretsk. A Russian military blogger said the situation there "remains fluid".'),
    ['asserted_single_source: Vasyl Chynchyk=asserted', 'asserted_single_source: A Russian military blogger=asserted'],
  );
});

test('a headline list runs to the frame; "That is not accurate" answers the question asked, its time aside; a pronoun after "sanctions on several settlers" is the subject; a silence on "the detentions" is on who was detained', () => {
  assert.deepEqual(
    statements('Settlers torch cars, homes in village near Hebron, Palestinian officials say\n\nHEBRON, West Bank, Aug 15 (AP) — Dozens of Israeli settlers stormed a Palestinian village.', '2024-08-15'),
    ['Palestinian officials|say|Settlers torch cars, homes in village near Hebron'],
  );
  assert.deepEqual(
    claims('"The soldiers were standing there and did nothing," said Nasser Al-Adra. Asked by the AP whether soldiers had stood by during the attack, a military spokesman said: "That is not accurate. Forces acted to separate the sides as soon as they arrived."'),
    ['disputed: Nasser Al-Adra=asserted, a military spokesman=denied'],
  );
  assert.deepEqual(
    speakersAndCues('The Palestinian foreign ministry condemned the attack. The United States has imposed sanctions on several settlers it accuses of violence against Palestinians.', '2024-08-15'),
    ['The Palestinian foreign ministry|condemned', 'United States|accuses of'],
  );
  assert.deepEqual(claims('Israeli forces detained three men, local sources said. The Israeli military said it had located weapons. It did not comment on the detentions.'), [
    'asserted_single_source: local sources=asserted, The Israeli military=refused_comment',
    'asserted_single_source: The Israeli military=asserted',
  ]);
});

test('a statement with whom its speaker cites set off before the cue; a plural owner in the possessive; a call "has repeatedly called for" corroborates nothing; a deed of the one blaming is no part of the blame', () => {
  assert.deepEqual(
    statements("The Houthis' Al-Masirah television, citing a security source, accused government forces of shelling a Houthi-controlled area north of the city on the same day, wounding two women.", '2024-04-21'),
    ['Al-Masirah|accused|government forces of shelling a Houthi-controlled area north of the city on the same day, wounding two women'],
  );
  assert.deepEqual(claims('The U.N. envoy, Hans Grundberg, has repeatedly called for the siege roads to be reopened. A road linking Taiz to Aden was partly reopened last year, but the main routes into the city remain closed, residents say.'), [
    'asserted_single_source: Hans Grundberg=asserted',
    'asserted_single_source: residents=asserted',
  ]);
  assert.deepEqual(statements('Washington has blamed Iran-backed militias for more than 170 such attacks and has carried out retaliatory strikes in both countries.', '2024-01-05'), ['Washington|blamed|Iran-backed militias for more than 170 such attacks']);
});

test('a document\'s finding inside what a source said of it is that source\'s reading, not the document\'s statement', () => {
  assert.deepEqual(
    statements('The Sudanese army, which has been at war with the RSF since April 2023, said the report confirmed what it called "the genocidal nature" of the paramilitary force.', '2023-10-10'),
    ['The Sudanese army|said|the report confirmed what it called "the genocidal nature" of the paramilitary force'],
  );
  assert.deepEqual(speakersAndCues("The report also accused Congo's army of working with the FDLR and other militias, which Kinshasa has denied.", '2024-07-09'), ['Kinshasa|denied', 'The report|also accused']);
});

test('"The Taliban deny the charge." denies the accusation before it; a body named first, then whose it is, speaks as the body', () => {
  assert.deepEqual(claims('Islamabad accuses Kabul of sheltering TTP fighters who have carried out a wave of attacks in Pakistan. The Taliban deny the charge.'), ['disputed: Islamabad=asserted, Taliban=denied']);
  assert.deepEqual(speakersAndCues('The Libyan National Army (LNA) of eastern commander Khalifa Haftar said in a statement that its units had repelled an attack.', '2024-05-04'), ['Libyan National Army|said']);
});

test('the outlet saying a group\'s figures run high doubts the group\'s count, in its own voice', () => {
  assert.deepEqual(
    claims('Police said a suicide bomber killed at least 12 people at a cafe in Baidoa. Al Shabaab said it carried out the attack and that it had killed "dozens of apostate soldiers". The group\'s figures are often inflated.'),
    ['asserted_single_source: Police=asserted', 'unconfirmed: Al Shabaab=asserted, outlet=not_independently_verified'],
  );
  assert.deepEqual(
    claims('Al Shabaab claimed the attack, saying its fighters had killed "more than 30 apostates". The group often gives higher casualty figures than officials.'),
    ['asserted_single_source: Al Shabaab=asserted', 'unconfirmed: Al Shabaab=asserted, outlet=not_independently_verified'],
  );
});

test('"denied that the city had fallen" disputes the capture; "not that it had fallen", a contrast of its own, agrees with no capture', () => {
  assert.deepEqual(
    claims("Sudan's army said on Saturday it had recaptured Wad Medani, the capital of Gezira state, from the Rapid Support Forces. The RSF said in a statement that its forces had withdrawn from some positions but denied that the city had fallen."),
    ['disputed: Sudan\'s army=asserted, Rapid Support Forces=denied', 'asserted_single_source: Rapid Support Forces=asserted'],
  );
  assert.deepEqual(
    claims('Wagner chief Yevgeny Prigozhin said his forces had captured the eastern Ukrainian city of Bakhmut. His office later said he had meant the city was destroyed, not that it had fallen.'),
    ['asserted_single_source: Yevgeny Prigozhin=asserted', 'asserted_single_source: His office=asserted'],
  );
});

test('"each accusing the other" after the frame is no part of what was said; a verdict on "the army\'s figure of 11 dead" is on the claim giving that figure', () => {
  assert.deepEqual(
    statements('JUBA, March 8 (AFP) - Fighting near the northern town of Bentiu has killed at least 18 people, officials from both sides said on Saturday, each accusing the other of starting it.', '2025-03-08'),
    ['officials from both sides|said|Fighting near the northern town of Bentiu has killed at least 18 people'],
  );
  assert.deepEqual(
    claims('Army spokesman Lul Ruai Koang said the opposition had attacked a barracks and that troops had repulsed the aggressors, killing 11 of them. SPLA-IO spokesman Lam Paul Gabriel said the army\'s figure of 11 dead was "a fabrication".'),
    ['disputed: Lul Ruai Koang=asserted, Lam Paul Gabriel=denied'],
  );
  const given =
    'The United Nations said at least 22 women and five girls were raped. The M23 has denied killing civilians. Its spokesman, Lawrence Kanyuka, said last week that eight ' +
    "civilians had died in Kishishe, and called the government's toll of 272 dead a fabrication.";
  assert.deepEqual(claims(given)[0], 'asserted_single_source: United Nations=asserted');
});

test('"gave a lower toll … and said" is the spokesman\'s, not "a lower"; "He said" after an unnamed source is that source, not a man named in what it said; a last noun joined with no verb stays in what was said', () => {
  assert.deepEqual(
    statements('A spokesman for the Congolese army in Ituri, Lieutenant Jules Ngongo, gave a lower toll of 41 dead and said soldiers had pursued the attackers into the forest.', '2024-06-12'),
    ['Jules Ngongo|gave a lower toll of|41 dead', 'Jules Ngongo|said|soldiers had pursued the attackers into the forest'],
  );
  assert.deepEqual(
    statements('Officials named the dead man as Ali Hassan. A security source said the bodies had been taken to Mosul and that Ali Hassan had been killed. He said samples were still being tested.', '2024-02-21').slice(1),
    ['A security source|said|the bodies had been taken to Mosul and that Ali Hassan had been killed|anonymous', 'A security source|said|samples were still being tested'],
  );
  assert.deepEqual(statements('The U.S.-led coalition said it had provided intelligence and air support for the operation but declined to give further details.', '2024-02-21'), [
    'The U.S.-led coalition|said|it had provided intelligence and air support for the operation',
    'The U.S.-led coalition|declined|to give further details',
  ]);
});

test('", an account a security source said could not yet be confirmed" is that source\'s doubt; "It did not confirm …" after a body named by its common noun is that body\'s', () => {
  assert.deepEqual(
    claims('Iraqi forces killed a senior Islamic State commander near Tal Afar, the Iraqi military said on Tuesday, an account a security source said could not yet be confirmed by DNA tests.'),
    ['unconfirmed: the Iraqi military=asserted, a security source=cannot_confirm'],
  );
  assert.deepEqual(
    claims('A security source said the commander had most likely been killed in the raid. The U.S.-led coalition said it had provided air support for the operation. It did not confirm the identity of those killed.'),
    ['unconfirmed: A security source=hedged, The U.S.-led coalition=cannot_confirm', 'asserted_single_source: The U.S.-led coalition=asserted'],
  );
});

test('"neither confirmed nor denied" with no auxiliary is the whole cue; "saying only in a statement that" has its channel; "opened fire on the post" is no channel; "The jihadist group ISWAP" is ISWAP', () => {
  const text =
    'YAOUNDE, Sept 3 (AFP) - Suspected Boko Haram fighters killed eight Cameroonian soldiers near the town of Kousseri, security sources told AFP on Tuesday. ' +
    'Dozens of fighters arrived on motorbikes and opened fire on the post, a military officer said. ' +
    'Cameroon\'s defence ministry neither confirmed nor denied the toll, saying only in a statement that "terrorists" had attacked a position. ' +
    'The jihadist group Islamic State West Africa Province (ISWAP), a Boko Haram splinter faction, claimed the attack.';
  assert.deepEqual(
    statements(text, '2024-09-03'),
    [
      'security sources|told|Suspected Boko Haram fighters killed eight Cameroonian soldiers near the town of Kousseri|anonymous|to:AFP',
      'a military officer|said|Dozens of fighters arrived on motorbikes and opened fire on the post',
      "Cameroon's defence ministry|neither confirmed nor denied|the toll",
      'Cameroon\'s defence ministry|saying only|"terrorists" had attacked a position|ch:in a statement',
      'Islamic State West Africa Province|claimed|the attack',
    ],
  );
  assert.equal(claims(text)[0], "unconfirmed: security sources=asserted, Cameroon's defence ministry=neither_confirmed_nor_denied");
});

test('"Both groups have used women … as bombers" is no statement; ", police and a local emergency official said" are both the speaker', () => {
  assert.deepEqual(statements('No group immediately claimed responsibility. Both groups have used women and girls as bombers.', '2024-02-06').slice(1), []);
  assert.deepEqual(speakersAndCues('MAIDUGURI, Nigeria, Feb 6 (Reuters) - A suicide bomber killed at least 12 people at a busy market in the town of Mubi on Tuesday, police and a local emergency official said.', '2024-02-06'), [
    'police and a local emergency official|said',
  ]);
});

test('a side that confirms it "had left" a town confirms the other side\'s "pulled out of" it, though the story is on withdrawals; one word the other says is its own ("its base") agrees with nothing', () => {
  assert.deepEqual(
    claims(
      'Mali army withdraws from Tessalit base, rebels say\n\n' +
        'BAMAKO, Aug 13 (Reuters) - Malian soldiers have pulled out of a military camp in the northern town of Tessalit, Tuareg-led rebels said on Sunday. ' +
        "Mali's army confirmed it had left Tessalit but said the move was part of a planned reorganisation.",
    ).slice(1, 2),
    ["corroborated: Tuareg-led rebels=asserted, Mali's army=asserted"],
  );
  assert.deepEqual(
    claims(
      "JUBA, March 4 (AFP) - South Sudan's army said on Tuesday it had repelled an attack on a barracks outside the western town of Wau, while the rebels said they had captured the base. " +
        'The U.N. Mission in South Sudan (UNMISS) said civilians had fled to its base in the town.',
    ).slice(1),
    ['asserted_single_source: the rebels=asserted', 'asserted_single_source: U.N. Mission in South Sudan=asserted'],
  );
});

test('", and officials say only a few thousand residents remain" says what follows the cue', () => {
  assert.deepEqual(statements('The town has been under near-constant shelling since, and officials say only a few thousand residents remain.', '2024-09-02'), ['officials|say|only a few thousand residents remain']);
});

test('a headline\'s second clause "junta denies losses" is a statement, and "Chad denies role" denies what the first clause said; "Israel, which has said …" is Israel\'s; "a war monitor and the interior ministry" speak together; a promise ends before "but attacks have continued"', () => {
  assert.deepEqual(speakersAndCues('Myanmar rebels say they are closing in on Kyaukphyu; junta denies losses\n\nBANGKOK, Jan 17 (Reuters) - Fighting went on.', '2025-01-17').slice(0, 2), [
    'Myanmar rebels|say',
    'junta|denies losses',
  ]);
  assert.equal(
    claims("U.N. experts say weapons reached Sudan's RSF through Chad; Chad denies role\n\nNEW YORK, Jan 29 (Reuters) - The experts said cargo flights had landed in Amdjarass.")[0],
    'disputed: U.N.=asserted, Chad=denied',
  );
  assert.deepEqual(speakersAndCues('Israel, which has said it will not allow government forces to deploy in southern Syria, said its aircraft had struck several tanks.', '2025-07-14'), ['Israel|said', 'Israel|said']);
  assert.deepEqual(
    speakersAndCues('DAMASCUS, July 14 (Reuters) - Clashes in the southern Syrian province of Suwayda have killed at least 30 people since Sunday, a war monitor and the interior ministry said.', '2025-07-14'),
    ['a war monitor and the interior ministry|said'],
  );
  assert.deepEqual(statements("Burkina Faso's military rulers have promised to restore security but attacks have continued across much of the country.", '2024-10-07'), [
    "Burkina Faso's military|have promised|to restore security",
  ]);
});

test('"the reports were completely false" is not on a report that there was no fighting; a silent body named in six words ("The Kenyan-led multinational security mission, which …,") is silent on the lead', () => {
  assert.deepEqual(
    claims(
      "ADDIS ABABA, Aug 9 (Reuters) - Fighters from Ethiopia's Fano militia entered the town of Lalibela on Wednesday, two residents said. One of them said there had been no fighting inside the town itself. " +
        'Army spokesman Colonel Getnet Adane said the reports were "completely false" and that the army was in full control of Lalibela.',
    ),
    ['disputed: two residents=asserted, Getnet Adane=denied', 'asserted_single_source: two residents=asserted'],
  );
  assert.deepEqual(
    claims(
      'PORT-AU-PRINCE, Oct 3 (AP) - Gang members attacked the town of Cabaret on Thursday, killing at least 20 people, a local human rights group said. ' +
        'The Kenyan-led multinational security mission, which has been in Haiti since last year, did not respond to a request for comment.',
    ),
    ['asserted_single_source: a local human rights group=asserted, The Kenyan-led multinational security mission=refused_comment'],
  );
});

test('"he had received no warning" disputes "it had warned residents"; "Rwanda, which denies …" after "told AFP." is Rwanda\'s; the army\'s "repelled an attack" and the group\'s "had attacked the convoy" corroborate nothing', () => {
  assert.deepEqual(
    claims(
      "BEIRUT, Nov 18 (Reuters) - An Israeli air strike on a building in Tyre killed five people, Lebanon's health ministry said. The Israeli military said it had struck Hezbollah infrastructure in the Tyre area and that it had warned residents to leave before the strike. " +
        'A resident of the building, Ali Nasrallah, said he had received no warning.',
    )[1],
    'disputed: The Israeli military=asserted, Ali Nasrallah=denied',
  );
  assert.deepEqual(speakersAndCues('M23 spokesman Lawrence Kanyuka told AFP. Rwanda, which denies backing the M23, did not comment.', '2025-02-19'), ['Rwanda|denies']);
  assert.deepEqual(
    claims(
      "Burkina Faso's army said in a statement that troops had repelled an attack on a convoy in the Sahel region and \"neutralised\" dozens of terrorists. " +
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), an al Qaeda affiliate, said in a statement that it had attacked the convoy and destroyed 30 vehicles.",
    ),
    ["asserted_single_source: Burkina Faso's army=asserted", "asserted_single_source: Jama'at Nusrat al-Islam wal-Muslimin=asserted"],
  );
});

test('"A survivor, who gave his name only as Joseph," is Joseph', () => {
  assert.deepEqual(speakersAndCues('A survivor, who gave his name only as Joseph, said the gunmen wore military uniforms.', '2024-09-22'), ['Joseph|said']);
});

test('"…, said one of the military sources, who spoke on condition of anonymity" is that source\'s, cut before its frame; "has been attacked repeatedly" is no cue; "it was too early to say whether …" is all that was said', () => {
  assert.deepEqual(
    statements(
      'The fighters arrived in trucks mounted with machine guns shortly after dusk and fought troops for about three hours before the soldiers withdrew, said one of the military sources, who spoke on condition of anonymity.',
      '2024-03-03',
    ),
    ['one of the military sources|said|The fighters arrived in trucks mounted with machine guns shortly after dusk and fought troops for about three hours before the soldiers withdrew|anonymous'],
  );
  assert.deepEqual(
    speakersAndCues(
      'Damasak, near the border with Niger, has been attacked repeatedly since 2020. Aid agencies pulled staff out of the town after a raid in April that year, and a United Nations official in Maiduguri said on Sunday it was too early to say whether they would return.',
      '2024-03-03',
    ),
    ['United Nations|said'],
  );
  assert.deepEqual(
    statements('A United Nations official in Maiduguri said on Sunday it was too early to say whether they would return.', '2024-03-03').map((s) => s.split('|')[2]),
    ['it was too early to say whether they would return'],
  );
});

test('"declined to comment on the civilian toll" is on the count of civilians killed; "called the claim “propaganda”" after "claimed responsibility …, saying …" is on what was said done', () => {
  const found = claims(
    'A local official told Reuters that at least 40 civilians had been killed. ' +
      'JNIM claimed responsibility for the attack in a message posted on Telegram on Monday, saying its fighters had killed "dozens of soldiers". The army denied that it had suffered heavy losses and called the claim "propaganda". ' +
      'The government spokesman, Jean Emmanuel Ouedraogo, declined to comment on the civilian toll when reached by phone.',
  );
  assert.deepEqual(found.slice(0, 3), [
    'asserted_single_source: A local official=asserted, Jean Emmanuel Ouedraogo=refused_comment',
    'asserted_single_source: JNIM=asserted',
    'disputed: JNIM=asserted, The army=denied',
  ]);
});

test('"…, after a war monitor said more than 700 civilians had been killed" is the monitor\'s statement too; "told local radio station Magik 9 that …" is told to the station; an unnamed defence ministry official speaks with the government', () => {
  assert.deepEqual(
    statements('The president said on Sunday that the guilty would be punished, after a war monitor said more than 700 civilians had been killed in two days.', '2025-03-09'),
    ['The president|said|the guilty would be punished', 'a war monitor|said|more than 700 civilians had been killed in two days'],
  );
  assert.deepEqual(statements('Residents told local radio station Magik 9 that dozens of people had fled on foot.', '2025-05-10'), ['Residents|told|dozens of people had fled on foot|to:local radio station Magik 9']);
  assert.deepEqual(
    claims(
      'A defence ministry official said the security operation in the region had been launched after gunmen loyal to Assad ambushed security forces near Jableh. ' +
        'The government has denied that its forces targeted Alawites, saying the operation was aimed at "remnants" of Assad\'s forces.',
    )[0],
    'asserted_single_source: A defence ministry official=asserted, The government=asserted',
  );
});

test('"The group\'s claims could not be independently verified" is the outlet\'s doubt on them, no statement; "the death toll was higher" is on a count of the dead, and disputes no floor', () => {
  assert.deepEqual(claims("JNIM claimed the attack in a statement, saying its fighters had seized weapons. The group's claims could not be independently verified."), [
    'asserted_single_source: JNIM=asserted',
    'unconfirmed: JNIM=asserted, outlet=not_independently_verified',
  ]);
  assert.deepEqual(
    claims(
      'Two suicide bombers blew themselves up at a camp in Monguno, killing at least 12 people, police said. Police spokesman Nahum Daso said 27 people were wounded. Two camp residents told Reuters the death toll was higher.',
    ),
    ['asserted_single_source: police=asserted', 'asserted_single_source: Nahum Daso=asserted', 'asserted_single_source: Two camp residents=asserted'],
  );
});
