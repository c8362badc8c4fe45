import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatShortDay } from '../dates';
import type { WeekCount } from './progress-data';

/** Sessions logged each week; for the eyes only (the table beside it says the same). */
export default function SessionsChart({ weeks }: { weeks: readonly WeekCount[] }) {
  const { t, i18n } = useTranslation('patient');
  const day = (date: unknown) => formatShortDay(String(date), i18n.language);
  return (
    <div aria-hidden="true" className="chart">
      <BarChart
        data={[...weeks]}
        responsive
        style={{ width: '100%', height: 220 }}
        accessibilityLayer={false}
        margin={{ top: 8, right: 12, bottom: 4, left: -16 }}
      >
        <CartesianGrid stroke="#d3dce3" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="weekStart" tickFormatter={day} tick={{ fontSize: 12 }} minTickGap={8} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
        <Tooltip labelFormatter={day} />
        <Bar
          dataKey="sessions"
          name={t('progress.sessionsName')}
          fill="#1f5f8b"
          isAnimationActive={false}
        />
      </BarChart>
    </div>
  );
}
