import { useEffect, useMemo, useRef } from 'react';
import type { ChartSpec } from '../../charts/chart-spec';
import { renderChartSvg, type SvgSize } from '../../charts/render-svg';

/**
 * A chart on screen: the SVG ECharts draws, shown as an image from a blob: URL, because the
 * SVG carries its own <style> and the app's CSP allows no inline styles (an image's styles are
 * its own). The URL is made for the image element and revoked when the chart changes or
 * leaves the page.
 */
export function ChartImage({ spec, alt, size, className }: { spec: ChartSpec; alt: string; size?: SvgSize; className?: string }) {
  const svg = useMemo(() => renderChartSvg(spec, size), [spec, size]);
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [svg]);
  return <img ref={image} className={className} alt={alt} width={size?.width} height={size?.height} />;
}
