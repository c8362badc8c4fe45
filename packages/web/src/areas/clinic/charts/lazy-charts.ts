import { lazy } from 'react';

// recharts is large: it loads with the first chart, never with the list or the forms.
export const LineChartView = lazy(() => import('./LineChartView'));
export const AdherenceChartView = lazy(() => import('./AdherenceChartView'));
