/**
 * How much to enlarge the picture when drawing it as pixels: twice, for sharp
 * text, unless that would make an image too large to draw or to open
 * (browsers refuse canvases over 32,767 pixels a side; 40 megapixels keeps
 * memory in hand for a case with hundreds of members).
 */
export const MAX_RASTER_SIDE = 32_000;
export const MAX_RASTER_PIXELS = 40_000_000;

export function rasterScale(width: number, height: number, wanted = 2): number {
    const limits = [wanted, MAX_RASTER_SIDE / width, MAX_RASTER_SIDE / height, Math.sqrt(MAX_RASTER_PIXELS / (width * height))];
    return Math.max(0.05, Math.min(...limits.filter(Number.isFinite)));
}

/** The width and height an SVG of the renderer declares. */
export function svgSize(svg: string): { width: number; height: number } {
    const match = /<svg[^>]*\swidth="([\d.]+)" height="([\d.]+)"/.exec(svg);
    return { width: Number(match?.[1] ?? 1), height: Number(match?.[2] ?? 1) };
}
