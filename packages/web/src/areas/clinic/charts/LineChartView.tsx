import type { ReactNode } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Symbols,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useFormats } from '../format';
import type { Row } from './chart-data';
import { INK, type LineSpec } from './chart-types';

/**
 * Lines over calendar days (loaded lazily: recharts stays out of the first screens). Drawn for
 * sighted users; the same numbers are in the figure's text summary and data table.
 */
export default function LineChartView(props: {
  rows: readonly Row[];
  lines: readonly LineSpec[];
  yDomain?: readonly [number, number];
  yTicks?: readonly number[];
  /** Extends the time axis to this moment (ms), so a gap up to today shows. */
  until?: number;
  unit?: string;
  height?: number;
}) {
  const f = useFormats();
  const marker = (spec: LineSpec) => {
    const Marker = (p: { cx?: number; cy?: number; index: number }): ReactNode =>
      p.cx === undefined || p.cy === undefined ? null : (
        <Symbols
          key={`${spec.key}-${String(p.index)}`}
          cx={p.cx}
          cy={p.cy}
          type={spec.shape}
          size={48}
          fill={spec.color}
        />
      );
    return Marker;
  };
  return (
    <ResponsiveContainer width="100%" height={props.height ?? 240}>
      <LineChart
        data={[...props.rows]}
        margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={INK.grid} strokeDasharray="3 3" />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={[
            'dataMin',
            props.until === undefined
              ? 'dataMax'
              : Math.max(props.until, ...props.rows.map((r) => r.t)),
          ]}
          tickFormatter={(v: number) => f.dayShort(v)}
          stroke={INK.soft}
          fontSize={12}
          minTickGap={24}
        />
        <YAxis
          domain={props.yDomain === undefined ? ['auto', 'auto'] : [...props.yDomain]}
          stroke={INK.soft}
          fontSize={12}
          width={44}
          unit={props.unit}
          ticks={props.yTicks === undefined ? undefined : [...props.yTicks]}
          allowDecimals={false}
        />
        <Tooltip
          labelFormatter={(v: unknown) => (typeof v === 'number' ? f.dayShort(v) : '')}
          isAnimationActive={false}
        />
        {props.lines.length > 1 ? <Legend wrapperStyle={{ fontSize: 13 }} /> : null}
        {props.lines.map((l) => (
          <Line
            key={l.key}
            dataKey={l.key}
            name={l.label}
            type="linear"
            stroke={l.color}
            strokeWidth={2}
            strokeDasharray={l.dash}
            dot={marker(l)}
            legendType={l.shape}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
