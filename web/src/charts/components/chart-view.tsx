import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { echarts, type ChartOption } from '../utils/echarts';
import { downloadPng, downloadSvg } from '../utils/download-chart';

interface ChartViewProps {
  /** The ECharts option; labels in it must already be translated. */
  option: ChartOption;
  /** Accessible name of the figure and base of the download file names. */
  title: string;
  height?: number;
  /** A short text alternative (what the chart shows), read by screen readers. */
  description?: string;
}

/**
 * One chart (Apache ECharts, SVG renderer) with PNG and SVG download buttons. Resizes with its
 * container; the data behind every chart is also shown as a table by the views themselves.
 */
export function ChartView({ option, title, height = 320, description }: ChartViewProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a new option (other filter, other language) replaces the old one entirely.
    chart.current?.setOption({ animation: false, ...option }, { notMerge: true });
  }, [option]);

  function svgOfChart(): string | null {
    return chart.current ? chart.current.renderToSVGString() : null;
  }

  return (
    <figure className="chart" aria-label={title}>
      <div ref={container} className="chart-canvas" style={{ height }} role="img" aria-label={description ?? title} />
      <figcaption className="chart-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            const svg = svgOfChart();
            if (svg) downloadSvg(svg, title);
          }}
        >
          {t('charts.downloadSvg')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            const svg = svgOfChart();
            const element = container.current;
            if (svg && element) void downloadPng(svg, element.clientWidth, element.clientHeight, title);
          }}
        >
          {t('charts.downloadPng')}
        </button>
      </figcaption>
    </figure>
  );
}
