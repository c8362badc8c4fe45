import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { Loading } from '../../ui/states';
import { TodayScreen } from './today/TodayScreen';
import './patient.css';

// Today comes with the area (it is the first screen); every other screen loads when opened.
const LogScreen = lazy(() => import('./log/LogScreen').then((m) => ({ default: m.LogScreen })));
const ReportScreen = lazy(() =>
  import('./report/ReportScreen').then((m) => ({ default: m.ReportScreen })),
);
const MorningScreen = lazy(() =>
  import('./morning/MorningScreen').then((m) => ({ default: m.MorningScreen })),
);
const LessonsScreen = lazy(() =>
  import('./lessons/LessonsScreen').then((m) => ({ default: m.LessonsScreen })),
);
const LessonScreen = lazy(() =>
  import('./lessons/LessonScreen').then((m) => ({ default: m.LessonScreen })),
);
const ProgressScreen = lazy(() =>
  import('./progress/ProgressScreen').then((m) => ({ default: m.ProgressScreen })),
);
const JournalScreen = lazy(() =>
  import('./journal/JournalScreen').then((m) => ({ default: m.JournalScreen })),
);
const QuestionnairesScreen = lazy(() =>
  import('./questionnaires/QuestionnairesScreen').then((m) => ({
    default: m.QuestionnairesScreen,
  })),
);
const QuestionnaireScreen = lazy(() =>
  import('./questionnaires/QuestionnaireScreen').then((m) => ({
    default: m.QuestionnaireScreen,
  })),
);

/** The patient's area, mounted at /patient/*. */
export default function PatientArea() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<TodayScreen />} />
        <Route path="log" element={<LogScreen />} />
        <Route path="report" element={<ReportScreen />} />
        <Route path="morning" element={<MorningScreen />} />
        <Route path="lessons" element={<LessonsScreen />} />
        <Route path="lessons/:lessonId" element={<LessonScreen />} />
        <Route path="progress" element={<ProgressScreen />} />
        <Route path="journal" element={<JournalScreen />} />
        <Route path="questionnaires" element={<QuestionnairesScreen />} />
        <Route path="questionnaires/:instrument" element={<QuestionnaireScreen />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}
