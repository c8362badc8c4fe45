import { describe, expect, it } from 'vitest';
import type { EvidenceId } from '../../evidence.js';
import { isEvidenceId } from '../../evidence.js';
import { GO_TO_EMERGENCY } from '../../red-flags/flag-common.js';
import { JOURNAL_RED_FLAG_SYMPTOMS } from '../../red-flags/questions.js';
import type { Lesson, LessonTopic } from '../types.js';
import { LESSONS } from './index.js';

const ALL: readonly Lesson[] = LESSONS;

// Keyed by the union, so a topic added to types.ts but not here fails to compile.
const TOPICS = Object.keys({
  'pain-science': 1,
  'natural-history': 1,
  'stay-active': 1,
  'bed-rest': 1,
  pacing: 1,
  'graded-activity': 1,
  'posture-variety': 1,
  workstation: 1,
  lifting: 1,
  sleep: 1,
  'stress-mood': 1,
  relaxation: 1,
  'flare-up-plan': 1,
  'return-to-work': 1,
  'when-to-seek-help': 1,
  imaging: 1,
  'back-supports': 1,
  'passive-treatments': 1,
  stenosis: 1,
} satisfies Record<LessonTopic, 1>) as LessonTopic[];

// The one lesson whose id is not `lesson-<topic>`: the plan rules name it by this fuller id.
const ID_OVERRIDES: Partial<Record<LessonTopic, string>> = { stenosis: 'lesson-spinal-stenosis' };

function countWords(paragraphs: readonly string[]): number {
  return paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
}

function lessonFor(topic: LessonTopic): Lesson {
  const lesson = ALL.find((l) => l.topic === topic);
  if (lesson === undefined) throw new Error(`no lesson for ${topic}`);
  return lesson;
}

/** What a patient reads as advice: distractor options in check questions are excluded. */
function adviceText(lesson: Lesson): string {
  return [
    lesson.title,
    lesson.summary,
    ...lesson.body,
    ...lesson.keyPoints,
    ...lesson.checkQuestions.map((q) => q.explanation),
  ].join('\n');
}

// In bed, or lying down for days or all day; a short lie-down in a bad spell is fine.
const LONG_LYING =
  '(in bed|down (for )?(a |a few |several |some |\\d+ )?(days?|weeks?)|down all day)';

// Positive advice only: the bed-rest lesson must be free to explain why lying down for days is
// not advised (claims.md; dahm-2010, nice-ng59).
const BED_OR_BRACE_ADVICE: readonly RegExp[] = [
  new RegExp(`(^|[.!?:]\\s+)(stay|rest|lie|remain) ${LONG_LYING}`, 'im'),
  new RegExp(
    `\\b(should|must|need to|try to|best to|advised to) (stay|rest|lie|remain) ${LONG_LYING}`,
    'i',
  ),
  /\brest in bed for\b/i,
  /\bbed rest (helps|is best|is good|speeds|will help|is recommended)/i,
  /\b(wear|use|try|buy|get|put on) (a |an )?(back |lumbar )?(brace|corset|support belt|back belt)\b/i,
  /\b(brace|corset|back belt)s? (will|can|may) (help|protect|support)/i,
];

// claims.md: popular errors that must never appear in content.
const FALSE_CLAIMS: readonly RegExp[] = [
  /cervical/i,
  /chiropractic care/i,
  /\bweak (core|muscles|back muscles) (cause|are the cause|is the cause)/i,
  /\b(up to )?four days in bed\b/i,
  /\bcold (therapy |packs? )?(is|are) (recommended|best|proven)/i,
];

describe('lessons', () => {
  it('has at least 14 lessons with unique ids, one per topic', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(14);
    const ids = ALL.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const topics = ALL.map((l) => l.topic);
    expect(new Set(topics).size).toBe(topics.length);
    expect(topics.toSorted()).toEqual(TOPICS.toSorted());
  });

  it.each(ALL)('$id: id, title and summary', (lesson) => {
    expect(lesson.id).toBe(ID_OVERRIDES[lesson.topic] ?? `lesson-${lesson.topic}`);
    expect(lesson.title.trim()).not.toBe('');
    expect(lesson.summary.trim()).not.toBe('');
    expect(lesson.summary).not.toMatch(/\n/);
    expect(lesson.summary.length).toBeLessThanOrEqual(140);
    expect(lesson.status).toBe('recommended');
  });

  it.each(ALL)('$id: body is 4-7 paragraphs and 250-450 words', (lesson) => {
    expect(lesson.body.length).toBeGreaterThanOrEqual(4);
    expect(lesson.body.length).toBeLessThanOrEqual(7);
    for (const paragraph of lesson.body) expect(paragraph.trim()).not.toBe('');
    const words = countWords(lesson.body);
    expect(words).toBeGreaterThanOrEqual(250);
    expect(words).toBeLessThanOrEqual(450);
  });

  it.each(ALL)('$id: reading time is words / 200 rounded up', (lesson) => {
    expect(lesson.minutes).toBe(Math.ceil(countWords(lesson.body) / 200));
  });

  it.each(ALL)('$id: 3-5 key points', (lesson) => {
    expect(lesson.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(lesson.keyPoints.length).toBeLessThanOrEqual(5);
    for (const point of lesson.keyPoints) expect(point.trim()).not.toBe('');
  });

  it.each(ALL)('$id: 1-2 well-formed check questions', (lesson) => {
    expect(lesson.checkQuestions.length).toBeGreaterThanOrEqual(1);
    expect(lesson.checkQuestions.length).toBeLessThanOrEqual(2);
    for (const q of lesson.checkQuestions) {
      expect(q.question.trim()).not.toBe('');
      expect(q.options.length).toBeGreaterThanOrEqual(3);
      expect(q.options.length).toBeLessThanOrEqual(4);
      expect(new Set(q.options).size).toBe(q.options.length);
      expect(Number.isInteger(q.answer)).toBe(true);
      expect(q.answer).toBeGreaterThanOrEqual(0);
      expect(q.answer).toBeLessThan(q.options.length);
      // One sentence: a single terminator, at the end.
      expect(q.explanation).toMatch(/^[^.!?]+[.!?]$/);
    }
  });

  it.each(ALL)('$id: cites known evidence', (lesson) => {
    expect(lesson.evidence.length).toBeGreaterThan(0);
    for (const id of lesson.evidence) expect(isEvidenceId(id), id).toBe(true);
    expect(new Set(lesson.evidence).size).toBe(lesson.evidence.length);
  });

  it.each(ALL)('$id: never advises bed rest or a brace', (lesson) => {
    const text = adviceText(lesson);
    for (const pattern of BED_OR_BRACE_ADVICE) expect(text, String(pattern)).not.toMatch(pattern);
  });

  it.each(ALL)('$id: repeats none of the claims in claims.md', (lesson) => {
    const text = [adviceText(lesson), ...lesson.checkQuestions.map((q) => q.question)].join('\n');
    for (const pattern of FALSE_CLAIMS) expect(text, String(pattern)).not.toMatch(pattern);
  });

  it('catches positive bed-rest and brace advice', () => {
    const advice = [
      'Stay in bed for two days.',
      'You should rest in bed until it settles.',
      'Rest in bed for a few days.',
      'You should lie down for a few days.',
      'Lie down all day until it eases.',
      'Wear a back brace when lifting.',
      'A lumbar corset can help.',
    ];
    for (const sentence of advice) {
      expect(
        BED_OR_BRACE_ADVICE.some((p) => p.test(sentence)),
        sentence,
      ).toBe(true);
    }
  });

  it.each<[LessonTopic, EvidenceId]>([
    ['bed-rest', 'dahm-2010'],
    ['graded-activity', 'macedo-2012'],
    ['imaging', 'nice-ng59'],
    ['when-to-seek-help', 'finucane-2020'],
    ['pain-science', 'apta-cpg-2021'],
    ['back-supports', 'nice-ng59'],
    ['back-supports', 'who-2023'],
    ['passive-treatments', 'nice-ng59'],
    ['passive-treatments', 'who-2023'],
    ['stenosis', 'apta-cpg-2012'],
  ])('%s cites %s', (topic, evidence) => {
    expect(lessonFor(topic).evidence).toContain(evidence);
  });
});

describe('lesson content', () => {
  it('explains that bed rest does not help', () => {
    const text = adviceText(lessonFor('bed-rest'));
    expect(text).toMatch(/stay(ing)? active/i);
    expect(text).toMatch(/does not (help|speed)/i);
  });

  it('raises graded-activity quotas on a timetable, not by pain (macedo-2012)', () => {
    const text = adviceText(lessonFor('graded-activity'));
    expect(text).toMatch(/fixed timetable/i);
    expect(text).toMatch(/not (when the pain has gone|by how pain feels)/i);
  });

  it('says routine scans are not recommended and findings are common without pain', () => {
    const text = adviceText(lessonFor('imaging'));
    expect(text).toMatch(/do not recommend routine scans/i);
    expect(text).toMatch(/no pain at all/i);
  });

  it('tells the patient to go to emergency with the screen’s own wording', () => {
    expect(lessonFor('when-to-seek-help').body.join(' ')).toContain(GO_TO_EMERGENCY);
  });

  // Keyed by the journal symptom ids, so a symptom added to the screen must be taught here too.
  const SYMPTOM_WORDING = {
    'saddle-numbness': /numbness or an odd feeling in the skin between your legs/i,
    'bladder-change': /change in your bladder/i,
    'bowel-change': /change in your bowels/i,
    'weakness-both-legs': /weakness in both legs/i,
    fever: /fever/i,
    'unexplained-weight-loss': /losing weight without trying/i,
    'night-pain': /pain at night stops you getting to sleep/i,
  } satisfies Record<(typeof JOURNAL_RED_FLAG_SYMPTOMS)[number]['id'], RegExp>;

  it.each(JOURNAL_RED_FLAG_SYMPTOMS.map((s) => s.id))(
    'when-to-seek-help names the journal symptom %s',
    (id) => {
      expect(lessonFor('when-to-seek-help').body.join(' ')).toMatch(SYMPTOM_WORDING[id]);
    },
  );

  it('sends cauda equina and infection signs to emergency and the rest to a doctor soon', () => {
    const [, emergency, alsoEmergency, soon] = lessonFor('when-to-seek-help').body;
    expect(emergency).toMatch(/emergency/i);
    expect(emergency).toMatch(/bladder/i);
    expect(emergency).toMatch(/bowels/i);
    expect(emergency).toMatch(/both legs/i);
    expect(alsoEmergency).toMatch(/fever/i);
    expect(alsoEmergency).toContain(GO_TO_EMERGENCY);
    expect(soon).toMatch(/see a doctor soon/i);
    expect(soon).toMatch(/losing weight/i);
    expect(soon).toMatch(/pain at night/i);
  });

  it('answers a request for a brace: not offered, and what helps instead', () => {
    const text = adviceText(lessonFor('back-supports'));
    expect(text).toMatch(/not offer/i);
    expect(text).toMatch(/what helps instead/i);
    expect(text).toMatch(/staying active/i);
  });

  it('names each passive treatment the guidelines advise against, and what helps instead', () => {
    const text = adviceText(lessonFor('passive-treatments'));
    for (const name of [/ultrasound/i, /TENS/, /interferential/i, /traction/i, /insoles/i]) {
      expect(text).toMatch(name);
    }
    expect(text).toMatch(/what helps instead/i);
  });

  it('teaches walking in bouts with a forward lean, cycling, sitting breaks and when to get help', () => {
    const lesson = lessonFor('stenosis');
    const text = adviceText(lesson);
    expect(lesson.id).toBe('lesson-spinal-stenosis');
    expect(text).toMatch(/walk in bouts/i);
    expect(text).toMatch(/lean(ing)? (slightly )?forward/i);
    expect(text).toMatch(/cycling/i);
    expect(text).toMatch(/short sits/i);
    expect(lesson.body.join(' ')).toContain(GO_TO_EMERGENCY);
  });
});
