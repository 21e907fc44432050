/**
 * Every string from a case reaches the SVG and HTML through here. Besides the
 * five markup characters, characters that XML forbids (C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD: a stray control character in a
 * case must not make the whole picture unreadable to an SVG parser.
 */
const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// eslint-disable-next-line no-control-regex -- the characters escapeXml changes; most texts have none
const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeXml(value: string): string {
    if (!NEEDS_ESCAPING.test(value)) return value;
    return value
        // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
        .replace(/[&<>"']/g, c => MARKUP[c]);
}
