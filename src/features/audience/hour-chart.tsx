import { formatNumber } from '../../ui/i18n';
import { TEXT } from './strings';

const W = 480;
const H = 160;
const PAD = { top: 8, right: 8, bottom: 24, left: 8 };

const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** Bar chart (SVG) of how many subscribers the event starts for at each local hour of the day. */
export function HourChart(props: { hours: readonly number[]; unknown: number }) {
  const max = Math.max(1, ...props.hours);
  const peak = props.hours.indexOf(Math.max(...props.hours));
  const band = (W - PAD.left - PAD.right) / 24;
  const plot = H - PAD.top - PAD.bottom;
  const n = (v: number) => formatNumber(v);
  return (
    <figure className="audience-chart">
      <figcaption>{TEXT.hourChart}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={TEXT.hourChart}
        aria-describedby="audience-hour-desc"
        data-chart="local-start-hour"
      >
        <desc id="audience-hour-desc">{TEXT.hourChartDesc(hourLabel(Math.max(0, peak)))}</desc>
        {props.hours.map((count, h) => {
          const height = (count / max) * plot;
          return (
            <g key={h}>
              <rect
                className="audience-bar"
                x={PAD.left + h * band + 1}
                y={PAD.top + plot - height}
                width={band - 2}
                height={height}
              >
                <title>{`${hourLabel(h)}: ${n(count)}`}</title>
              </rect>
              {h % 3 === 0 && (
                <text
                  className="audience-axis"
                  x={PAD.left + h * band + band / 2}
                  y={H - 8}
                  textAnchor="middle"
                >
                  {String(h).padStart(2, '0')}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {props.unknown > 0 && <p className="audience-muted">{TEXT.hourUnknown(n(props.unknown))}</p>}
    </figure>
  );
}
