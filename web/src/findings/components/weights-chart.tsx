import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartView } from '../../charts/components/chart-view';
import type { JointDisplay } from '../api/joint-display';
import { intervalBarsOption } from '../utils/findings-chart-options';

/** Criterion weights per group with their bootstrap intervals (numbers in the joint table above). */
export function WeightsChart({ display }: { display: JointDisplay }) {
  const { t } = useTranslation(['findings', 'participants']);
  const option = useMemo(
    () =>
      intervalBarsOption(
        display.criteria.map((c) => t(`findings:criteria.${c}` as 'findings:criteria.accuracy')),
        display.weights.map((w) => ({ name: t(`participants:groups.${w.group}` as 'participants:groups.patient'), values: w.weights.map((x) => x.estimate) })),
        { axis: t('findings:charts.weightAxis') },
      ),
    [display, t],
  );
  return <ChartView option={option} title={t('findings:charts.weightsTitle')} description={t('findings:charts.weightsDescription')} height={340} />;
}
