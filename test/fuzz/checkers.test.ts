import { describe, expect, test } from 'vitest';
import { checkRanges, PropertyViolation } from './lib/properties.js';
import { checkWellFormedXml, XmlError } from './lib/xml-well-formed.js';

/** The fuzzer's own checks must be able to fail: each is shown a broken input here. */
describe('the strict XML checker', () => {
    test('accepts what the renderer writes', () => {
        const summary = checkWellFormedXml('<svg xmlns="http://www.w3.org/2000/svg" a=\'1\'><title>a &amp; b &#x1F600; &#39;</title><g class="x"><text>&lt;script&gt;</text><rect/></g></svg>');
        expect([...summary.elements]).toEqual(['svg', 'title', 'g', 'text', 'rect']);
        expect(summary.texts).toContain('<script>');
    });

    test.each([
        ['a bare ampersand', '<svg>a & b</svg>'],
        ['an unknown entity', '<svg>&nbsp;</svg>'],
        ['a reference to NUL', '<svg>&#0;</svg>'],
        ['a raw control character', '<svg>\u0007</svg>'],
        ['a lone surrogate', '<svg>\ud800</svg>'],
        ['an unclosed element', '<svg><g></svg>'],
        ['crossed elements', '<svg><g><text></g></text></svg>'],
        ['two roots', '<svg/><svg/>'],
        ['text outside the root', '<svg/>x'],
        ['an unquoted attribute', '<svg a=1/>'],
        ['a duplicate attribute', '<svg a="1" a="2"/>'],
        ['< in an attribute', '<svg a="<"/>'],
        ['a CDATA section', '<svg><![CDATA[x]]></svg>'],
        ['a processing instruction', '<?xml version="1.0"?><svg/>'],
    ])('rejects %s', (_, xml) => {
        expect(() => checkWellFormedXml(xml)).toThrow(XmlError);
    });
});

describe('the diagnostic range check', () => {
    const at = (sl: number, sc: number, el: number, ec: number) => [{ range: { start: { line: sl, character: sc }, end: { line: el, character: ec } }, message: 'm', code: 'x' }];
    test('accepts ranges inside the text, up to the end of a line', () => {
        expect(() => checkRanges('ab\r\ncd\re', at(0, 0, 2, 1))).not.toThrow();
    });
    test.each([[at(0, 0, 0, 3)], [at(3, 0, 3, 0)], [at(1, 1, 0, 0)], [at(0, -1, 0, 0)]])('rejects %j', diagnostics => {
        expect(() => checkRanges('ab\ncd', diagnostics)).toThrow(PropertyViolation);
    });
});
