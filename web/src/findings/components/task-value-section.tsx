import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartView } from '../../charts/components/chart-view';
import type { JointDisplay } from '../api/joint-display';
import { intervalBarsOption } from '../utils/findings-chart-options';
import { formatEstimate } from '../utils/format-findings';
import { SourceDetails } from './source-details';

/** How much each group values each imaging task, next to the packages' results on that task. */
export function TaskValueSection({ display }: { display: JointDisplay }) {
  const { t, i18n } = useTranslation(['findings', 'participants']);
  const id = useId();
  const locale = i18n.resolvedLanguage ?? 'en';
  const groups = display.groups.filter((g) => display.taskValues.some((v) => v.group === g && v.value !== null));
  const taskLabel = (task: string) => t(`findings:tasks.${task}` as 'findings:tasks.molecular');
  const groupLabel = (group: string) => t(`participants:groups.${group}` as 'participants:groups.patient');
  const option = useMemo(
    () =>
      intervalBarsOption(
        display.tasks.map(taskLabel),
        groups.map((g) => ({ name: groupLabel(g), values: display.tasks.map((task) => display.taskValues.find((v) => v.group === g && v.task === task)?.value ?? null) })),
        { axis: t('findings:charts.valueAxis'), max: 1 },
      ),
    [display, t],
  );
  return (
    <section className="findings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('findings:taskValue.title')}</h2>
      <ChartView option={option} title={t('findings:charts.taskValueTitle')} description={t('findings:charts.taskValueDescription')} height={320} />
      <div className="table-scroll">
        <table className="table table-dense" data-testid="findings-task-table">
          <caption>{t('findings:taskValue.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('findings:taskValue.task')}</th>
              {groups.map((g) => (
                <th scope="col" key={g}>
                  {groupLabel(g)}
                </th>
              ))}
              {display.packages.map((p) => (
                <th scope="col" key={p.key}>
                  {t('findings:taskValue.performance', { package: p.name })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {display.tasks.map((task) => (
              <tr key={task}>
                <th scope="row">{taskLabel(task)}</th>
                {groups.map((g) => {
                  const cell = display.taskValues.find((v) => v.group === g && v.task === task);
                  return (
                    <td key={g} className="numeric">
                      {formatEstimate(cell?.value ?? null, locale)} <span className="small muted">(n = {cell?.n ?? 0})</span>
                      <SourceDetails sources={display.sources} responseIds={cell?.responseIds ?? []} />
                    </td>
                  );
                })}
                {display.packages.map((p) => {
                  const cell = display.taskPerformance.find((x) => x.packageId === p.key && x.task === task);
                  return (
                    <td key={p.key} className="numeric">
                      {formatEstimate(cell?.estimate ?? null, locale)}
                      <SourceDetails sources={display.sources} rowIds={cell?.rowIds ?? []} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
