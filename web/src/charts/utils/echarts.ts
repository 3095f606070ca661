import { BarChart, BoxplotChart, CustomChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the analysis views draw is registered, so the staff app stays small; the SVG renderer
// keeps text selectable and crisp when printed, and exports as SVG without conversion.
echarts.use([
  BarChart,
  BoxplotChart,
  // Error bars (confidence-interval whiskers) are drawn by a custom series.
  CustomChart,
  HeatmapChart,
  LineChart,
  ScatterChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

export { echarts };
export type ChartOption = echarts.EChartsCoreOption;
