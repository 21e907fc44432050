import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/diagram/escape.js';
import { layoutCase } from '../../src/diagram/layout.js';
import { renderCaseSvg } from '../../src/diagram/render-svg.js';
import type { Rect } from '../../src/diagram/scene.js';
import { textWidth, wrapText } from '../../src/diagram/text-measure.js';
import { EXAMPLES, exampleText, HOSTILE, hostileCase, modelOf, stressCase } from './fixtures.js';

const area = (r: Rect) => r.width * r.height;
const inside = (inner: Rect, outer: Rect) => inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01
    && inner.x + inner.width <= outer.x + outer.width + 0.01 && inner.y + inner.height <= outer.y + outer.height + 0.01;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** resvg parses the SVG as XML and throws on anything malformed: a real parser, no DOM needed. */
function parsesAsSvg(svg: string): boolean {
    new Resvg(svg, { font: { loadSystemFonts: false } });
    return true;
}

describe('the SVG of a case', () => {
    it('draws the four quadrants with their titles and axis words, and the ik in the centre', async () => {
        const model = await modelOf(exampleText('schulden-en-school'));
        const svg = renderCaseSvg(model);
        expect(parsesAsSvg(svg)).toBe(true);
        for (const title of ['Interne organisatie', 'Visie', 'Wet- en regelgeving', 'Politieke omgeving']) expect(svg).toContain(`>${title}</tspan>`);
        for (const axis of ['EXPERTISE', 'DOEL', 'REGELS', 'POSITIE']) expect(svg).toContain(`>${axis}</tspan>`);
        expect(svg).toMatch(/<g class="el ik" data-range="4:2-9:3" data-name="Beleidsadviseur">/);

        const scene = layoutCase(model);
        const { organisatie, visie, regels, politiek } = scene.quadrants;
        expect(organisatie.x).toBeLessThan(visie.x); // top-left, top-right
        expect(regels.y).toBeGreaterThan(organisatie.y); // bottom row
        expect(politiek.x).toBeGreaterThan(regels.x);
        // The badge covers the point where the four quadrants meet.
        const middleY = regels.y;
        expect(scene.badge.y).toBeLessThan(middleY);
        expect(scene.badge.y + scene.badge.height).toBeGreaterThan(middleY);
        for (const x of [visie.x, politiek.x]) {
            expect(scene.badge.x).toBeLessThan(x);
            expect(scene.badge.x + scene.badge.width).toBeGreaterThan(x);
        }
    });

    it('lists each member with its texts in its own quadrant, and the ik\'s interests, goals and vision under Visie', async () => {
        const model = await modelOf(exampleText('schulden-en-school'));
        const scene = layoutCase(model);
        const names = (panel: string) => scene.cards.filter(c => c.panel === panel).map(c => c.name);
        expect(names('organisatie')).toEqual(['Expertise van mijn organisatie', 'Schuldhulp', 'Wijkteam']);
        expect(names('regels')).toEqual(['Wgs', 'AVG', 'Leerplicht']);
        expect(names('politiek')).toEqual(['Wethouder', 'School']);
        expect(names('visie')).toEqual(['Mijn belangen', 'Mijn doelen', 'Mijn visie']);
        const svg = renderCaseSvg(model);
        expect(svg).toContain('>Zichtbaar resultaat in het armoedebeleid');
        expect(svg).toContain('>bepaling</tspan>');
    });

    it('draws connections from the ik to the partner, with helpt and waarom readable, and tensions between two parties', async () => {
        const svg = renderCaseSvg(await modelOf(exampleText('schulden-en-school')));
        const connections = svg.match(/<g class="el connection"[^>]*>\n<title>[^<]*<\/title>/g) ?? [];
        expect(connections).toHaveLength(2);
        expect(connections[0]).toContain('helpt: De intern begeleider meldt signalen');
        expect(connections[0]).toContain('waarom: School ziet minder verzuim');
        expect(svg.match(/<g class="el tension"/g)).toHaveLength(1);
        expect(svg.match(/<g class="tension-marker"/g)).toHaveLength(3); // on both parties and in the list
        expect(svg).toContain('Wijkteam ↔ Schuldhulp');
    });

    it('uses English words for a case written with English keywords', async () => {
        const svg = renderCaseSvg(await modelOf(exampleText('en-example')));
        for (const word of ['Internal organisation', 'Vision', 'Laws and rules', 'Political environment', 'EXPERTISE', 'GOAL', 'RULES', 'POSITION', 'My interests', '>why</tspan>']) {
            expect(svg).toContain(word);
        }
        expect(svg).not.toContain('Interne organisatie');
    });

    it('marks findings on the element they concern, coloured by severity, with the message on hover', async () => {
        const model = await modelOf(exampleText('proeftuin-populatiemanagement'));
        const svg = renderCaseSvg(model);
        // we-as-actor (error) on the actor Iedereen; unstated-interest (warning) on Huisartsen; vertical-argument (info) on a waarom.
        const member = (name: string) => svg.slice(svg.indexOf(`data-name="${name}"`), svg.indexOf('</g>\n</g>', svg.indexOf(`data-name="${name}"`)));
        expect(member('Iedereen')).toMatch(/<g class="finding severity-error" data-severity="error" data-codes="[^"]*we-as-actor/);
        expect(member('Huisartsen')).toMatch(/class="finding severity-warning"[^>]*data-codes="unstated-interest"/);
        expect(member('Huisartsen')).toMatch(/class="finding severity-info"[^>]*data-codes="vertical-argument"/);
        expect(svg).toMatch(/<title>warning: [^<]+\(unstated-interest\)/);
        // Every finding of the model is drawn somewhere.
        const drawn = (svg.match(/data-codes="([^"]*)"/g) ?? []).join(' ');
        for (const finding of model.findings) expect(drawn).toContain(finding.code);
    });

    it('marks a finding that has no element, such as missing-ik, at the title', async () => {
        const svg = renderCaseSvg(await modelOf('casus "Zonder ik" {\n  organisatie {\n    actor A { belang "x" }\n  }\n}\n'));
        const title = svg.slice(svg.indexOf('<g class="title">'), svg.indexOf('<g class="quadrants">'));
        expect(title).toMatch(/data-codes="missing-ik empty-quadrant"/);
        expect(svg).toContain('Nog geen ik-persoon');
    });

    it('shows the worksheet question in a quadrant that is still empty', async () => {
        const svg = renderCaseSvg(await modelOf('casus "Leeg" {\n  ik Ik { belang "b" visie "v" }\n}\n'));
        expect(svg).toContain('Wie is je politieke omgeving en wat');
    });
});

describe('quadrant areas', () => {
    const sized = (org: string, rules: string, politics: string) => `casus "Maten" {
  ik Ik { belang "Mijn belang" visie "Mijn visie" }
  organisatie { omvang ${org} actor A { belang "a" } }
  regels { omvang ${rules} wet W { bepaling "w" } }
  politiek { omvang ${politics} stakeholder S { wil "s" } }
}
`;
    it('follow omvang: groot > middel > klein', async () => {
        const { quadrants } = layoutCase(await modelOf(sized('groot', 'klein', 'middel')));
        expect(area(quadrants.organisatie)).toBeGreaterThan(area(quadrants.politiek));
        expect(area(quadrants.politiek)).toBeGreaterThan(area(quadrants.regels));
        const swapped = layoutCase(await modelOf(sized('klein', 'groot', 'middel'))).quadrants;
        expect(area(swapped.regels)).toBeGreaterThan(area(swapped.politiek));
        expect(area(swapped.politiek)).toBeGreaterThan(area(swapped.organisatie));
    });

    it('follow the content where omvang is not given', async () => {
        const many = Array.from({ length: 8 }, (_, i) => `actor A${i} { belang "belang ${i}" }`).join('\n');
        const { quadrants } = layoutCase(await modelOf(`casus "Inhoud" {\n  ik Ik { belang "b" visie "v" }\n  organisatie {\n${many}\n  }\n  regels { wet W }\n  politiek { stakeholder S { wil "s" } }\n}\n`));
        expect(area(quadrants.organisatie)).toBeGreaterThan(area(quadrants.visie));
        expect(area(quadrants.organisatie)).toBeGreaterThan(area(quadrants.regels));
    });
});

describe('a case of 40 members per quadrant with texts of 300 characters', () => {
    it('keeps every card inside its quadrant and clear of the others and of the ik', async () => {
        const scene = layoutCase(await modelOf(stressCase(40, 300)));
        expect(scene.cards.filter(c => c.panel === 'organisatie')).toHaveLength(40);
        for (const card of scene.cards) {
            expect(inside(card.box, scene.quadrants[card.panel]), `${card.name} inside ${card.panel}`).toBe(true);
            expect(overlap(card.box, scene.badge), `${card.name} clear of the ik`).toBe(false);
        }
        for (let i = 0; i < scene.cards.length; i++) {
            for (let j = i + 1; j < scene.cards.length; j++) {
                expect(overlap(scene.cards[i].box, scene.cards[j].box), `${scene.cards[i].name} / ${scene.cards[j].name}`).toBe(false);
            }
        }
        const quadrants = Object.values(scene.quadrants);
        for (let i = 0; i < quadrants.length; i++) for (let j = i + 1; j < quadrants.length; j++) expect(overlap(quadrants[i], quadrants[j])).toBe(false);
    });

    it('renders a well-formed SVG', async () => {
        expect(parsesAsSvg(renderCaseSvg(await modelOf(stressCase(40, 300))))).toBe(true);
    });
});

describe('text wrapping', () => {
    it('never makes a line wider than asked, also for one unbroken 300-letter word', () => {
        const text = `${'a'.repeat(300)} ${'Schuldhulpverlening '.repeat(15)} WWWWWWWWWWWWWWWWWWWWWWWWWWW 漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字`;
        for (const width of [60, 150, 333]) {
            const lines = wrapText(text, width, 12.5);
            expect(lines.length).toBeGreaterThan(1);
            for (const line of lines) expect(textWidth(line, 12.5)).toBeLessThanOrEqual(width);
            expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        }
    });

    it('reads line breaks and runs of spaces in a text as single spaces', () => {
        expect(wrapText('een\n   twee\r\n\tdrie', 1000, 12)).toEqual(['een twee drie']);
        expect(wrapText('   ', 100, 12)).toEqual([]);
    });
});

describe('escaping', () => {
    it('shows hostile strings as text: no element, attribute or URL comes from a case', async () => {
        const svg = renderCaseSvg(await modelOf(hostileCase()));
        expect(parsesAsSvg(svg)).toBe(true);
        // Only the renderer's own elements and attributes: whatever a case says stays inside text and attribute values.
        const tags = new Set([...svg.matchAll(/<\/?([A-Za-z][\w:-]*)/g)].map(m => m[1]));
        expect([...tags].sort()).toEqual(['circle', 'g', 'line', 'rect', 'svg', 'text', 'title', 'tspan']);
        const attributes = new Set([...svg.matchAll(/\s([A-Za-z][\w:-]*)="[^"]*"/g)].map(m => m[1]));
        for (const name of attributes) expect(name).toMatch(/^(xmlns|class|width|height|viewBox|font-family|role|aria-label|data-[a-z]+|x|y|x1|y1|x2|y2|cx|cy|r|rx|fill|stroke|stroke-width|stroke-opacity|stroke-dasharray|font-size|font-weight|font-style|text-anchor|letter-spacing|dy|stroke-linejoin|paint-order)$/);
        expect(svg.match(/<\/svg>/g)).toHaveLength(1);
        expect(svg).toContain('&lt;script&gt;window.__casusPwned = 1&lt;/script&gt;');
        expect(svg).toContain('&quot;&gt;&lt;img src=x onerror=&quot;window.__casusPwned = 2&quot;&gt;');
        expect(svg).toContain('javascript:window.__casusPwned = 3');
        expect(svg).toContain('&amp;amp; &amp;lt;');
        expect(HOSTILE.length).toBeGreaterThan(3);
    });

    it('replaces characters XML forbids, so a stray control character cannot break the picture', async () => {
        expect(escapeXml('a\u0001b\u0008c\u000Bd\uFFFEe\uD800f')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf');
        expect(escapeXml('tab\tnl\n😀')).toBe('tab\tnl\n😀');
        const svg = renderCaseSvg(await modelOf('casus "Stuur\u0001teken" {\n  ik Ik "\u0007" { belang "b\u0002" visie "v" }\n}\n'));
        expect(parsesAsSvg(svg)).toBe(true);
    });
});

describe('the examples', () => {
    it.each(EXAMPLES)('%s renders to a well-formed SVG with every member drawn', async name => {
        const model = await modelOf(exampleText(name));
        const svg = renderCaseSvg(model, { theme: 'dark' });
        expect(parsesAsSvg(svg)).toBe(true);
        for (const q of Object.values(model.quadrants)) for (const m of q.members) expect(svg).toContain(`data-name="${escapeXml(m.name)}"`);
    });
});

describe('raster scale', () => {
    it('is 2 for ordinary pictures and shrinks for huge ones so that no side passes 32,000 px and the area stays under 40 megapixels', async () => {
        const { rasterScale, svgSize } = await import('../../src/diagram/raster-scale.js');
        expect(rasterScale(1240, 900)).toBe(2);
        const huge = rasterScale(1240, 27_607);
        expect(1240 * 27_607 * huge * huge).toBeLessThanOrEqual(40_000_001);
        expect(rasterScale(1240, 100_000) * 100_000).toBeLessThanOrEqual(32_000);
        expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" class="casus-diagram" width="1240" height="866" viewBox="0 0 1240 866">')).toEqual({ width: 1240, height: 866 });
    });
});
