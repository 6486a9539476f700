import { formatNumber } from '../../ui/i18n';
import type { CauseSummary } from '../../core/audience';
import { causeName } from './cause-names';
import { TEXT } from './strings';

const W = 480;
const ROW = 26;
const LABEL = 210;

/** Horizontal bar chart (SVG) of users who would fail, by cause, each named in words (its code in the tooltip). */
export function CausesChart(props: { causes: readonly CauseSummary[] }) {
  const causes = props.causes.slice(0, 8).map((c) => ({ ...c, name: causeName(c.code) }));
  const max = Math.max(1, ...causes.map((c) => c.count));
  const height = causes.length * ROW + 4;
  const list = causes.map((c) => `${c.name} ${formatNumber(c.count)}`).join(', ');
  return (
    <figure className="audience-chart">
      <figcaption>{TEXT.causesChart}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-label={TEXT.causesChart}
        aria-describedby="audience-causes-desc"
        data-chart="failures-by-cause"
      >
        <desc id="audience-causes-desc">{TEXT.causesChartDesc(list)}</desc>
        {causes.map((c, i) => {
          const width = Math.max(2, (c.count / max) * (W - LABEL - 60));
          const y = i * ROW + 2;
          return (
            <g key={c.code}>
              <text className="audience-axis" x={LABEL - 6} y={y + 16} textAnchor="end">
                {c.name.length > 30 ? `${c.name.slice(0, 29)}…` : c.name}
              </text>
              <rect
                className="audience-bar audience-bar--fail"
                x={LABEL}
                y={y + 3}
                width={width}
                height={ROW - 8}
              >
                <title>{`${c.name} (${c.code}): ${formatNumber(c.count)}`}</title>
              </rect>
              <text className="audience-axis" x={LABEL + width + 6} y={y + 16}>
                {formatNumber(c.count)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
