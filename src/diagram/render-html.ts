import type { CaseModel } from '../language/model/case-model.js';
import { escapeXml } from './escape.js';
import { previewStyle } from './preview-style.js';
import { renderCaseSvg, type RenderOptions } from './render-svg.js';

/**
 * A standalone HTML page of the picture (`casus render --format html`): the
 * same SVG, restyled by the preview's stylesheet, light or dark after the
 * reader's system setting. No script and no remote content.
 */
export function renderCaseHtml(model: CaseModel, options: RenderOptions = {}): string {
    const language = options.language ?? model.keywordLanguage;
    return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(model.title)}</title>
<style>
${previewStyle({ standalone: true })}
</style>
</head>
<body class="casus-standalone">
<main class="diagram">
${renderCaseSvg(model, options)}
</main>
</body>
</html>
`;
}
