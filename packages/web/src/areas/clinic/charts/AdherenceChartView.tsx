import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AdherenceWeek } from './chart-data';
import { INK } from './chart-types';

/** Sessions logged per week as bars, the prescribed days as a dashed line (loaded lazily). */
export default function AdherenceChartView(props: {
  weeks: readonly AdherenceWeek[];
  weekLabel: (week: number) => string;
  sessionsLabel: string;
  prescribedLabel: string;
}) {
  const data = props.weeks.map((w) => ({ ...w, name: props.weekLabel(w.week) }));
  const top = Math.max(7, ...props.weeks.map((w) => w.sessions));
  return (
    <ResponsiveContainer width="100%" height={240}>
      <ComposedChart
        data={data}
        margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={INK.grid} strokeDasharray="3 3" />
        <XAxis dataKey="name" stroke={INK.soft} fontSize={12} interval="preserveStartEnd" />
        <YAxis
          domain={[0, top]}
          ticks={Array.from({ length: top + 1 }, (_, i) => i)}
          allowDecimals={false}
          stroke={INK.soft}
          fontSize={12}
          width={32}
        />
        <Tooltip isAnimationActive={false} />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        <Bar
          dataKey="sessions"
          name={props.sessionsLabel}
          fill={INK.brand}
          isAnimationActive={false}
        />
        {props.weeks.some((w) => w.prescribed !== null) ? (
          <Line
            dataKey="prescribed"
            name={props.prescribedLabel}
            type="stepAfter"
            stroke={INK.warn}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            legendType="plainline"
            isAnimationActive={false}
          />
        ) : null}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
