import type { ChartSpec } from '../../charts/chart-spec';
import type { SvgSize } from '../../charts/render-svg';
import { useChartImage } from './useChartImage';
import './chart-figure.css';

/**
 * A chart on its own (no table switch): the picture useChartImage draws, at its drawn size,
 * or a quiet placeholder while it is drawn. For a chart beside tables that already hold its
 * numbers, such as the case figures.
 */
export function ChartImage({ spec, alt, size }: { spec: ChartSpec; alt: string; size?: SvgSize }) {
  const image = useChartImage(spec, size);
  return image.status === 'ready' ? (
    <img className="chart-image" src={image.url} alt={alt} width={image.width} height={image.height} />
  ) : (
    <div className="chart-image chart-drawing" aria-busy={image.status === 'drawing'} />
  );
}
