import type { Assessment } from '../assessment/schema.js';
import type { Lesson, LessonTopic } from '../catalog/types.js';
import type { EvidenceId } from '../evidence.js';
import { REQUEST_NAMES } from './requests.js';
import type { PlanContext, PlanLesson, PlanRequestAnswer } from './types.js';

/** What the lesson rules read beyond the context and assessment. */
export interface LessonFacts {
  readonly stenosis: boolean;
  /** Psychologically informed care with high distress: relaxation from week 1. */
  readonly relaxationEarly: boolean;
  /** The plan's answers to the patient's requests; their lessons come in week 1. */
  readonly requests: readonly PlanRequestAnswer[];
}

const NO_FACTS: LessonFacts = { stenosis: false, relaxationEarly: false, requests: [] };

interface LessonRule {
  readonly topic: LessonTopic;
  readonly week: number;
  readonly when: (ctx: PlanContext, a: Assessment, f: LessonFacts) => boolean;
  readonly reason: string;
  readonly evidence: readonly EvidenceId[];
}

const goal = (a: Assessment, ...areas: string[]) => a.goals.some((g) => areas.includes(g.area));
const everyone = () => true;

/**
 * Which lessons, for whom, in which week. Everyone learns how pain works and to stay active in week
 * one (nice-ng59, lancet-2018); psychologically informed topics come with high risk or
 * fear-avoidance (startback-2011, macedo-2012); ergonomics and lifting follow goals and work.
 */
export const LESSON_RULES: readonly LessonRule[] = [
  {
    topic: 'stay-active',
    week: 1,
    when: everyone,
    reason: 'Everyone: advice to stay active and keep up normal activities.',
    evidence: ['nice-ng59', 'lancet-2018', 'dahm-2010'],
  },
  {
    topic: 'pain-science',
    week: 1,
    when: everyone,
    reason: 'Everyone: how back pain works, and why hurt does not mean harm.',
    evidence: ['nice-ng59', 'apta-cpg-2021'],
  },
  {
    topic: 'when-to-seek-help',
    week: 1,
    when: everyone,
    reason: 'Safety: the symptoms that need care at once.',
    evidence: ['finucane-2020', 'nice-ng59'],
  },
  {
    topic: 'natural-history',
    week: 1,
    when: everyone,
    reason: 'Reassurance: most episodes settle well.',
    evidence: ['lancet-2018', 'nice-ng59'],
  },
  {
    topic: 'bed-rest',
    week: 1,
    when: (c) => c.stage !== 'chronic',
    reason: 'Recent onset: why resting in bed does not help.',
    evidence: ['dahm-2010', 'lancet-2018'],
  },
  {
    topic: 'pacing',
    week: 2,
    when: (c) => c.psychologicallyInformed,
    reason: 'High risk or fear-avoidance: pacing activity.',
    evidence: ['startback-2011', 'nice-ng59'],
  },
  {
    topic: 'graded-activity',
    week: 2,
    when: (c) => c.psychologicallyInformed,
    reason: 'High risk or fear-avoidance: raising activity on a fixed schedule, not by pain.',
    evidence: ['macedo-2012', 'startback-2011'],
  },
  {
    topic: 'posture-variety',
    week: 2,
    when: everyone,
    reason: 'Everyone: no single correct posture; vary and move.',
    evidence: ['nice-ng59', 'lancet-2018'],
  },
  {
    topic: 'workstation',
    week: 2,
    when: (_c, a) => goal(a, 'sitting', 'work') || a.patient.workDemand === 'sedentary',
    reason: 'Sitting or desk work among the goals or the job.',
    evidence: ['nice-ng59'],
  },
  {
    topic: 'sleep',
    week: 2,
    when: (_c, a) => goal(a, 'sleep'),
    reason: 'Sleep is among the goals.',
    evidence: ['lancet-2018'],
  },
  {
    topic: 'imaging',
    week: 2,
    when: everyone,
    reason: 'Everyone: what scans can and cannot tell; routine imaging is not recommended.',
    evidence: ['nice-ng59'],
  },
  {
    topic: 'stress-mood',
    week: 3,
    when: (c) => c.psychologicallyInformed,
    reason: 'High risk or fear-avoidance: stress, mood and pain.',
    evidence: ['startback-2011', 'lancet-2018'],
  },
  {
    topic: 'relaxation',
    week: 1,
    when: (_c, _a, f) => f.relaxationEarly,
    reason:
      'High risk or fear-avoidance with high distress (STarT high, anxiety or depression, or much worry): relaxation skills from the first week.',
    evidence: ['startback-2011', 'acp-2017'],
  },
  {
    topic: 'relaxation',
    week: 3,
    when: (c, _a, f) => c.psychologicallyInformed && !f.relaxationEarly,
    reason: 'High risk or fear-avoidance: relaxation skills.',
    evidence: ['startback-2011', 'acp-2017'],
  },
  {
    topic: 'stenosis',
    week: 1,
    when: (_c, _a, f) => f.stenosis,
    reason:
      'Suspected spinal stenosis: walking when the legs tire, leaning forward, interval walking, and when to seek help.',
    evidence: ['apta-cpg-2012', 'tbc-2016'],
  },
  {
    topic: 'lifting',
    week: 3,
    when: (_c, a) =>
      goal(a, 'lifting', 'work') ||
      a.patient.workDemand === 'medium' ||
      a.patient.workDemand === 'heavy',
    reason: 'Lifting or physical work among the goals or the job.',
    evidence: ['nice-ng59', 'apta-cpg-2021'],
  },
  {
    topic: 'return-to-work',
    week: 3,
    when: (_c, a) =>
      a.patient.workStatus === 'off-work' || a.patient.workStatus === 'modified-duties',
    reason: 'Off work or on modified duties: planning the return.',
    evidence: ['nice-ng59', 'lancet-2018'],
  },
  {
    topic: 'flare-up-plan',
    week: 3,
    when: everyone,
    reason: 'Everyone: a plan for the flare-ups that are common and manageable.',
    evidence: ['lancet-2018', 'nice-ng59'],
  },
];

/** Each rule's lesson and sources, resolved once per catalogue (plans are made many a second). */
const resolved = new WeakMap<
  readonly Lesson[],
  readonly {
    readonly rule: LessonRule;
    readonly lesson: Lesson;
    readonly evidence: readonly EvidenceId[];
  }[]
>();

function resolveRules(lessons: readonly Lesson[]) {
  const hit = resolved.get(lessons);
  if (hit !== undefined) return hit;
  const byTopic = new Map(
    lessons.filter((l) => l.status === 'recommended').map((l) => [l.topic, l]),
  );
  const rules = LESSON_RULES.flatMap((rule) => {
    const lesson = byTopic.get(rule.topic);
    return lesson === undefined
      ? []
      : [{ rule, lesson, evidence: [...new Set([...rule.evidence, ...lesson.evidence])] }];
  });
  resolved.set(lessons, rules);
  return rules;
}

/** The lessons of the plan with their weeks, taken from the catalogue by topic. */
export function scheduleLessons(
  lessons: readonly Lesson[],
  ctx: PlanContext,
  a: Assessment,
  facts: LessonFacts = NO_FACTS,
): PlanLesson[] {
  const planned: PlanLesson[] = [];
  for (const { rule, lesson, evidence } of resolveRules(lessons)) {
    if (!rule.when(ctx, a, facts)) continue;
    planned.push({
      lessonId: lesson.id,
      title: lesson.title,
      week: rule.week,
      reasons: [rule.reason],
      evidence,
    });
  }
  // A request for a discouraged treatment is answered in week 1, naming the request.
  for (const answer of facts.requests) {
    if (answer.lessonId === null) continue;
    const reason = `The patient asked for ${REQUEST_NAMES[answer.request]}: this lesson explains why it is not offered and what helps instead.`;
    const at = planned.findIndex((l) => l.lessonId === answer.lessonId);
    const current = planned[at];
    if (current !== undefined) {
      planned[at] = {
        ...current,
        week: 1,
        reasons: [...current.reasons, reason],
        evidence: [...new Set([...current.evidence, ...answer.evidence])],
      };
      continue;
    }
    const lesson = lessons.find((l) => l.id === answer.lessonId);
    if (lesson === undefined) continue;
    planned.push({
      lessonId: lesson.id,
      title: lesson.title,
      week: 1,
      reasons: [reason],
      evidence: [...new Set([...answer.evidence, ...lesson.evidence])],
    });
  }
  // Week by week; within a week in the order of the rules (a stable sort).
  return planned.sort((x, y) => x.week - y.week);
}
