// A figure's history as a PNG picture (Chart.js drawn on @napi-rs/canvas) for Discord: the figure over time, each
// point at its article's date, labelled with the date and the figure. Both libraries load on the first chart.
import type { FigureSeries } from '../core/answer/figure-series.js';
import { germanNumber, isoDay, shortDate } from '../reply-parts.js';

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 320;

export async function pngChart(series: FigureSeries): Promise<Buffer> {
  const [{ createCanvas }, chartjs] = await Promise.all([import('@napi-rs/canvas'), import('chart.js')]);
  const { Chart, LineController, LineElement, PointElement, LinearScale, Title } = chartjs;
  Chart.register(LineController, LineElement, PointElement, LinearScale, Title);
  const canvas = createCanvas(CHART_WIDTH, CHART_HEIGHT);
  const ctx = canvas.getContext('2d');
  // A white page: Discord's dark theme would swallow a transparent one.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, CHART_WIDTH, CHART_HEIGHT);
  const points = series.points.map(p => ({ x: isoDay(p.date).getTime(), y: p.value }));
  const label = new Map(series.points.map(p => [isoDay(p.date).getTime(), [shortDate(p.date), `${p.text.length > 28 ? germanNumber(p.value) : p.text}${p.unsure ? ' (unsicher)' : ''}`]]));
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, {
    type: 'line',
    data: { datasets: [{ data: points, borderColor: '#1f6feb', backgroundColor: '#1f6feb', pointRadius: 5, borderWidth: 3 }] },
    options: {
      responsive: false, animation: false, devicePixelRatio: 1, locale: 'de-DE',
      layout: { padding: { left: 8, right: 40, top: 4, bottom: 4 } },
      plugins: { title: { display: true, text: `${series.unit}${series.place ? ` in ${series.place}` : ''}`, font: { size: 16 } } },
      scales: {
        x: {
          type: 'linear',
          offset: true,
          afterBuildTicks: axis => { axis.ticks = points.map(p => ({ value: p.x })); },
          ticks: { callback: value => label.get(Number(value)) ?? '', maxRotation: 0, autoSkip: false },
        },
        y: { beginAtZero: true, ticks: { callback: value => germanNumber(Number(value)) } },
      },
    },
  });
  const png = canvas.toBuffer('image/png');
  chart.destroy();
  return png;
}
