/**
 * A small, strict XML 1.0 well-formedness checker for the renderer's output.
 * Stricter than a lenient parser on purpose: every character must be an XML
 * Char, every `&` a predefined or numeric reference to a legal character,
 * attributes quoted and unique, tags balanced, one root. It also lists the
 * elements and attributes it saw, so a test can assert that no text from a
 * case became markup. No DTDs, CDATA or processing instructions: the renderer
 * writes none, so any of them is an error here.
 */
export interface XmlSummary {
    elements: Set<string>;
    attributes: Set<string>;
    /** Every text node and attribute value, with references resolved. */
    texts: string[];
}

export class XmlError extends Error { }

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function checkWellFormedXml(xml: string): XmlSummary {
    const summary: XmlSummary = { elements: new Set(), attributes: new Set(), texts: [] };
    checkCharacters(xml);
    const stack: string[] = [];
    let roots = 0;
    let i = 0;
    const fail = (what: string): never => {
        throw new XmlError(`${what} at offset ${i}: …${JSON.stringify(xml.slice(Math.max(0, i - 40), i + 40))}…`);
    };
    const name = (): string => {
        NAME.lastIndex = i;
        const match = NAME.exec(xml);
        if (!match) fail('expected a name');
        i += match![0].length;
        return match![0];
    };
    const space = (): boolean => {
        const start = i;
        while (i < xml.length && ' \t\r\n'.includes(xml[i])) i++;
        return i > start;
    };
    while (i < xml.length) {
        const lt = xml.indexOf('<', i);
        const text = xml.slice(i, lt < 0 ? xml.length : lt);
        if (text.length > 0) {
            if (stack.length === 0 && text.trim() !== '') fail('text outside the root element');
            summary.texts.push(resolveReferences(text, fail));
            if (text.includes('>') && text.includes(']]>')) fail("']]>' in text");
        }
        if (lt < 0) break;
        i = lt;
        if (xml.startsWith('<!--', i)) {
            const end = xml.indexOf('-->', i + 4);
            if (end < 0 || xml.slice(i + 4, end).includes('--')) fail('bad comment');
            i = end + 3;
            continue;
        }
        if (xml.startsWith('</', i)) {
            i += 2;
            const closing = name();
            space();
            if (xml[i] !== '>') fail('expected > after closing tag');
            i++;
            if (stack.pop() !== closing) fail(`unbalanced closing tag </${closing}>`);
            continue;
        }
        if (xml[i + 1] === '!' || xml[i + 1] === '?') fail('declarations, CDATA and processing instructions are not expected');
        i++;
        const element = name();
        if (stack.length === 0 && ++roots > 1) fail('a second root element');
        summary.elements.add(element);
        const seen = new Set<string>();
        for (;;) {
            const spaced = space();
            if (xml.startsWith('/>', i)) { i += 2; break; }
            if (xml[i] === '>') { i++; stack.push(element); break; }
            if (!spaced) fail('expected white space before an attribute');
            const attribute = name();
            if (seen.has(attribute)) fail(`duplicate attribute ${attribute}`);
            seen.add(attribute);
            summary.attributes.add(attribute);
            space();
            if (xml[i] !== '=') fail('expected =');
            i++;
            space();
            const quote = xml[i];
            if (quote !== '"' && quote !== "'") fail('attribute value not quoted');
            const end = xml.indexOf(quote, i + 1);
            if (end < 0) fail('unterminated attribute value');
            const value = xml.slice(i + 1, end);
            if (value.includes('<')) fail("'<' in an attribute value");
            summary.texts.push(resolveReferences(value, fail));
            i = end + 1;
        }
    }
    if (stack.length > 0) fail(`unclosed <${stack[stack.length - 1]}>`);
    if (roots !== 1) fail('no root element');
    return summary;
}

function resolveReferences(text: string, fail: (what: string) => never): string {
    return text.replace(/&([^;]*);?/g, (whole, body: string) => {
        if (!whole.endsWith(';')) fail(`a bare '&' (${JSON.stringify(whole.slice(0, 20))})`);
        if (body in PREDEFINED) return PREDEFINED[body];
        const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
        if (!numeric) fail(`unknown entity &${body};`);
        const code = numeric![1] !== undefined ? parseInt(numeric![1], 16) : parseInt(numeric![2], 10);
        if (!isXmlChar(code)) fail(`reference to an illegal character &${body};`);
        return String.fromCodePoint(code);
    });
}

function checkCharacters(xml: string): void {
    for (let i = 0; i < xml.length; i++) {
        const unit = xml.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff) {
            const next = xml.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) { i++; continue; }
            throw new XmlError(`lone high surrogate at offset ${i}`);
        }
        if (!isXmlChar(unit)) throw new XmlError(`character U+${unit.toString(16).padStart(4, '0')} is not allowed in XML (offset ${i})`);
    }
}

/** XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
function isXmlChar(code: number): boolean {
    return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
