import { INSTRUMENTS, scoreInstrument } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { ScoreValue } from '../ScoreValue';
import { RadioGroup } from './controls';
import { patchSection, QUESTIONNAIRE_IDS, type Draft, type SectionProps } from './draft';
import { FearHierarchyFields } from './FearHierarchyFields';
import { InstrumentCard } from './InstrumentCard';
import { PsfsCard } from './PsfsCard';

const NPRS_OPTIONS = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));

function PainScale(props: {
  legend: string;
  path: 'pain.now' | 'pain.worst24h';
  value: string;
  optional: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('intake');
  const outcome =
    props.value === '' ? null : scoreInstrument(INSTRUMENTS.nprs, [Number(props.value)]);
  return (
    <div className="stack">
      <RadioGroup
        legend={props.legend}
        hint={t('questionnaires.nprsHint')}
        path={props.path}
        value={props.value}
        options={
          props.optional
            ? [...NPRS_OPTIONS, { value: '', label: t('form.notRecorded') }]
            : NPRS_OPTIONS
        }
        onChange={props.onChange}
      />
      {outcome?.ok === true ? (
        <p className="score-line" role="status" aria-live="polite">
          <ScoreValue def={INSTRUMENTS.nprs} result={outcome.value} />
        </p>
      ) : null}
    </div>
  );
}

function include(d: Draft, id: Draft['included'][number], on: boolean): Draft {
  const others = d.included.filter((x) => x !== id);
  return { ...d, included: on ? [...others, id] : others };
}

/** Section (c): pain (NPRS) and the questionnaires the Assessment takes, scored as they fill. */
export function QuestionnairesSection({ draft, update }: SectionProps) {
  const { t } = useTranslation('intake');
  return (
    <>
      <section className="card stack" aria-labelledby="intake-q-nprs">
        <h3 id="intake-q-nprs">
          {INSTRUMENTS.nprs.abbreviation} <span className="muted">· {INSTRUMENTS.nprs.name}</span>
        </h3>
        <PainScale
          legend={t('questionnaires.painNow')}
          path="pain.now"
          value={draft.pain.now}
          optional={false}
          onChange={(now) => {
            patchSection(update, 'pain', { now });
          }}
        />
        <PainScale
          legend={t('questionnaires.painWorst')}
          path="pain.worst24h"
          value={draft.pain.worst24h}
          optional
          onChange={(worst24h) => {
            patchSection(update, 'pain', { worst24h });
          }}
        />
      </section>
      {QUESTIONNAIRE_IDS.map((id) => (
        <InstrumentCard
          key={id}
          id={id}
          included={draft.included.includes(id)}
          answers={draft.answers[id]}
          onInclude={(on) => {
            update((d) => include(d, id, on));
          }}
          onAnswer={(index, answer) => {
            update((d) => ({
              ...d,
              answers: {
                ...d.answers,
                [id]: d.answers[id].map((a, i) => (i === index ? answer : a)),
              },
            }));
          }}
        />
      ))}
      <PsfsCard
        included={draft.included.includes('psfs')}
        rows={draft.psfs}
        onInclude={(on) => {
          update((d) => include(d, 'psfs', on));
        }}
        onRows={(psfs) => {
          update((d) => ({ ...d, psfs }));
        }}
      />
      <FearHierarchyFields draft={draft} update={update} />
    </>
  );
}
