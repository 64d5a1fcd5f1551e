/**
 * A chart drawn as SVG and shown through a blob: URL (the app's CSP allows no inline styles,
 * and the SVG carries its own). The URL is revoked when the chart changes or leaves the page,
 * so redrawing on every period change keeps no old images in memory.
 */
import { useEffect, useState } from 'react';
import type { ChartSpec } from '../../charts/chart-spec';
import { renderChartSvg, svgSize, type SvgSize } from '../../charts/render-svg';

export type ChartImage = { status: 'drawing' } | { status: 'ready'; url: string; width: number; height: number } | { status: 'failed' };

/** `size`: the picture's width and base height (keep it a stable object: it is an effect dependency). */
export function useChartImage(spec: ChartSpec, size?: SvgSize): ChartImage {
  const [image, setImage] = useState<{ spec: ChartSpec; image: ChartImage } | null>(null);
  useEffect(() => {
    let url: string | undefined;
    // Drawn in a task of its own, so a page of charts opens before they are drawn.
    const timer = setTimeout(() => {
      try {
        const svg = renderChartSvg(spec, size);
        url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        setImage({ spec, image: { status: 'ready', url, ...svgSize(svg) } });
      } catch {
        // The table view still has every value.
        setImage({ spec, image: { status: 'failed' } });
      }
    }, 0);
    return () => {
      clearTimeout(timer);
      if (url) URL.revokeObjectURL(url);
    };
  }, [spec, size]);
  return image && image.spec === spec ? image.image : { status: 'drawing' };
}
