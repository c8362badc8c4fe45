import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { dayMs, formatShortDay } from '../dates';
import type { PainPoint } from './progress-data';

/**
 * Pain before sessions (solid line, round dots) and next morning (dashed line, square dots). Drawn
 * for the eyes only: the screen beside it gives the same numbers as a sentence and a table.
 */
export default function PainChart({ points }: { points: readonly PainPoint[] }) {
  const { t, i18n } = useTranslation('patient');
  // A time axis, so a week without sessions looks as long as it was.
  const day = (ms: unknown) =>
    formatShortDay(new Date(Number(ms)).toISOString().slice(0, 10), i18n.language);
  const data = points.map((p) => ({ ...p, t: dayMs(p.date) }));
  return (
    <div aria-hidden="true" className="chart">
      <LineChart
        data={data}
        responsive
        style={{ width: '100%', height: 260 }}
        accessibilityLayer={false}
        margin={{ top: 8, right: 12, bottom: 4, left: -16 }}
      >
        <CartesianGrid stroke="#d3dce3" strokeDasharray="3 3" />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={day}
          tick={{ fontSize: 12 }}
          minTickGap={16}
        />
        <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={{ fontSize: 12 }} />
        <Tooltip labelFormatter={day} />
        <Line
          type="linear"
          dataKey="session"
          name={t('progress.painSession')}
          stroke="#1f5f8b"
          strokeWidth={3}
          dot={{ r: 3 }}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          type="linear"
          dataKey="morning"
          name={t('progress.painMorning')}
          stroke="#8a5300"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={{ r: 3, strokeDasharray: '' }}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
