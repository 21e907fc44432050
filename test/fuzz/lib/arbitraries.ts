/**
 * Grammar-aware fuzz inputs: valid cases (both keyword languages, Unicode
 * names, texts with escapes, comments, every section), then mutated the way
 * real files get damaged: cut off anywhere, bytes inserted, deleted or
 * duplicated, git merge-conflict markers, unbalanced braces and quotes, very
 * long names and texts, deep nesting, control characters, lone surrogates,
 * right-to-left and combining characters, NUL bytes, 1 MB single lines.
 */
import fc from 'fast-check';

export interface FuzzInput {
    text: string;
    /** Where hover and completion are asked (clamped to the text). */
    offsets: number[];
}

const KEYWORDS = {
    nl: { casus: 'casus', ik: 'ik', belang: 'belang', doel: 'doel', visie: 'visie', organisatie: 'organisatie', omvang: 'omvang', expertise: 'expertise', actor: 'actor', waarde: 'waarde', regels: 'regels', wet: 'wet', bepaling: 'bepaling', regel: 'regel', politiek: 'politiek', stakeholder: 'stakeholder', wil: 'wil', verbinding: 'verbinding', helpt: 'helpt', waarom: 'waarom', spanning: 'spanning', sizes: ['groot', 'middel', 'klein'] },
    en: { casus: 'case', ik: 'me', belang: 'interest', doel: 'goal', visie: 'vision', organisatie: 'organisation', omvang: 'size', expertise: 'expertise', actor: 'actor', waarde: 'value', regels: 'rules', wet: 'law', bepaling: 'provision', regel: 'rule', politiek: 'politics', stakeholder: 'stakeholder', wil: 'wants', verbinding: 'link', helpt: 'helps', waarom: 'why', spanning: 'tension', sizes: ['large', 'medium', 'small'] },
};
type Keywords = typeof KEYWORDS.nl;

/** Strange but legal name material: Dutch, RTL (Arabic, Hebrew), combining marks, CJK, astral letters. */
const NAME_HEADS = ['Wijkteam', 'Gemeenteraad', 'Één', '_x', 'Ωmega', 'שלום', 'مرحبا', 'e\u0301', 'Jeugdwet', '𝒜stral', '日本', 'We', 'Wij', 'Iedereen', 'Us'];
const nameArb: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...NAME_HEADS) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...NAME_HEADS), fc.nat(999)).map(([h, n]) => `${h}${n}`) },
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 20_000 }).map(n => 'N'.repeat(n)) },
);

const TEXT_PIECES = [
    'Minder schulden', 'wij willen allemaal', 'ons gezamenlijk belang', 'voor iedereen', 'we all want', 'TODO', '...', '…', '?', '',
    '\\"', '\\\\', '<script>alert(1)</script>', '&amp; &lt;', ']]>', '\u202eRTL override', 'עברית', 'العربية', 'a\u0301\u0302\u0303',
    '\u0000', '\u0007', '\u001b[31m', '\ud800', '\udfff', '\ufffe', '\uffff', '\u2028', '\r\n', '\n', '\t', '😀', '{', '}', '//', '/*', '*/',
    '${x}', '{{x}}', '<img src=x onerror=alert(1)>', '" onload="alert(1)', 'javascript:alert(1)', '%s%n', '\u00a0', '\u200b',
];
/** A text literal's content: never an unescaped quote or a lone backslash, so the case stays valid. */
const textArb: fc.Arbitrary<string> = fc.oneof(
    { weight: 8, arbitrary: fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 6 }).map(parts => escapeForText(parts.join(' '))) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map(escapeForText) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 50_000 }).map(n => 'lang '.repeat(n / 5)) },
);

function escapeForText(value: string): string {
    return value.replace(/[\\"]/g, c => `\\${c}`);
}

const commentArb = fc.constantFrom('', '', '', '// opmerking\n', '/* blok */ ', '// casus-ignore assumed-we\n', '/* meer\nregels */\n', '// <script>\n');

function textMember(kw: string): fc.Arbitrary<string> {
    return fc.tuple(commentArb, textArb).map(([c, t]) => `${c}${kw} "${t}"`);
}

function caseArb(k: Keywords): fc.Arbitrary<string> {
    const description = fc.option(textArb.map(t => ` "${t}"`), { nil: '' });
    const body = (members: fc.Arbitrary<string>[]) => fc.option(fc.array(fc.oneof(...members), { maxLength: 4 }).map(ms => ` {\n${ms.map(m => `      ${m}`).join('\n')}\n    }`), { nil: '' });
    const size = fc.constantFrom(...k.sizes).map(s => `${k.omvang} ${s}`);
    const ik = fc.tuple(nameArb, description, body([textMember(k.belang), textMember(k.doel), textMember(k.visie)]))
        .map(([n, d, b]) => `  ${k.ik} ${n}${d}${b}`);
    const actor = fc.tuple(nameArb, description, body([textMember(k.belang), textMember(k.expertise), textMember(k.waarde)]))
        .map(([n, d, b]) => `${k.actor} ${n}${d}${b}`);
    const wet = fc.tuple(nameArb, description, body([textMember(k.bepaling)])).map(([n, d, b]) => `${k.wet} ${n}${d}${b}`);
    const regel = fc.tuple(nameArb, description).map(([n, d]) => `${k.regel} ${n}${d}`);
    const stakeholder = fc.tuple(nameArb, description, body([textMember(k.wil), textMember(k.belang)])).map(([n, d, b]) => `${k.stakeholder} ${n}${d}${b}`);
    const section = (keyword: string, members: fc.Arbitrary<string>[]) =>
        fc.array(fc.oneof(...members), { maxLength: 5 }).map(ms => `  ${keyword} {\n${ms.map(m => `    ${m}`).join('\n')}\n  }`);
    const organisatie = section(k.organisatie, [size, textMember(k.expertise), actor]);
    const regels = section(k.regels, [size, wet, regel]);
    const politiek = section(k.politiek, [size, stakeholder]);
    const verbinding = fc.tuple(nameArb, fc.option(fc.array(fc.oneof(textMember(k.helpt), textMember(k.waarom)), { maxLength: 3 }), { nil: undefined }))
        .map(([n, ms]) => `  ${k.verbinding} ${n}${ms ? ` {\n${ms.map(m => `    ${m}`).join('\n')}\n  }` : ''}`);
    const spanning = fc.tuple(nameArb, nameArb, fc.option(textArb, { nil: undefined }))
        .map(([a, b, t]) => `  ${k.spanning} ${a} ${b}${t === undefined ? '' : ` "${t}"`}`);
    const sections = fc.tuple(
        fc.option(ik, { nil: undefined }), fc.option(organisatie, { nil: undefined }), fc.option(regels, { nil: undefined }),
        fc.option(politiek, { nil: undefined }), fc.array(verbinding, { maxLength: 3 }), fc.array(spanning, { maxLength: 2 }),
    ).chain(([i, o, r, p, vs, ss]) => fc.shuffledSubarray([i, o, r, p, ...vs, ...ss].filter((s): s is string => s !== undefined), { minLength: 0 }));
    return fc.tuple(textArb, sections, fc.constantFrom('\n', '\r\n'), fc.boolean(), commentArb)
        .map(([title, ss, eol, bom, comment]) => `${bom ? '\ufeff' : ''}${comment}${k.casus} "${title}" {\n${ss.join('\n')}\n}\n`.replace(/\n/g, eol));
}

/** A valid case, in Dutch or English keywords. */
export const validCaseArb: fc.Arbitrary<string> = fc.oneof(caseArb(KEYWORDS.nl), caseArb(KEYWORDS.en));

const INSERTS = [
    '<<<<<<< HEAD\n', '=======\n', '>>>>>>> feature/nieuw\n', '|||||||| merged common ancestors\n', '{', '}', '"', '\\', '/*', '*/', '//',
    '\u0000', '\ud800', '\udc00', '\u202e', '\u200f', '\u0301', '\r', '\u2028', '\ufeff', 'casus "x" {', 'actor', 'verbinding', 'spanning',
    'ik', '"\\', '\u0085', '\t\t', '💥',
];

type Mutation = (text: string) => string;
const position = (text: string, fraction: number) => Math.floor(fraction * (text.length + 1));
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
    fraction.map(f => (t: string) => t.slice(0, position(t, f))),
    fc.tuple(fraction, fc.constantFrom(...INSERTS)).map(([f, s]) => (t: string) => t.slice(0, position(t, f)) + s + t.slice(position(t, f))),
    fc.tuple(fraction, fc.string({ unit: 'binary', minLength: 1, maxLength: 8 })).map(([f, s]) => (t: string) => t.slice(0, position(t, f)) + s + t.slice(position(t, f))),
    fc.tuple(fraction, fc.integer({ min: 1, max: 40 })).map(([f, n]) => (t: string) => t.slice(0, position(t, f)) + t.slice(position(t, f) + n)),
    fc.tuple(fraction, fc.integer({ min: 1, max: 200 })).map(([f, n]) => (t: string) => {
        const at = position(t, f);
        return t.slice(0, at + n) + t.slice(at, at + n) + t.slice(at + n);
    }),
    // A merge conflict: both sides of a region, marked the way git does.
    fc.tuple(fraction, fraction).map(([f, g]) => (t: string) => {
        const [a, b] = [position(t, f), position(t, g)].sort((x, y) => x - y);
        const region = t.slice(a, b);
        return `${t.slice(0, a)}<<<<<<< HEAD\n${region}\n=======\n${region.replace(/"/g, "'")}\n>>>>>>> origin/main\n${t.slice(b)}`;
    }),
    fc.tuple(fraction, fc.integer({ min: 10, max: 3_000 }), fc.constantFrom('{', '}', '"', '{ actor A {', '/*', '(')).map(([f, n, s]) => (t: string) => t.slice(0, position(t, f)) + s.repeat(n) + t.slice(position(t, f))),
    fc.tuple(fraction, fc.integer({ min: 1, max: 20 })).map(([f, n]) => (t: string) => {
        const at = position(t, f);
        return t.slice(0, at) + '\u0000'.repeat(n) + t.slice(at);
    }),
);

/** A 1 MB single line: inside a text, as a name, as a comment, or as plain garbage. */
export const hugeLineArb: fc.Arbitrary<string> = fc.constantFrom(
    `casus "${'x'.repeat(1 << 20)}" {\n  ik A { belang "b" visie "v" }\n}\n`,
    `casus "T" { ik ${'A'.repeat(1 << 20)} }`,
    `casus "T" { // ${'c'.repeat(1 << 20)}\n}`,
    `casus "T" { organisatie { ${'actor A '.repeat(1 << 17)} } }`,
    `casus "T" { ${'"'.repeat(1 << 20)} }`,
    `casus "T" { ${'{'.repeat(1 << 18)} }`,
    'wij '.repeat(1 << 18),
    `casus "T" { ik A { belang "${'wij '.repeat(1 << 18)}" } }`,
);

export const fuzzTextArb: fc.Arbitrary<string> = fc.oneof(
    { weight: 3, arbitrary: validCaseArb },
    { weight: 12, arbitrary: fc.tuple(validCaseArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 })).map(([t, ms]) => ms.reduce((acc, m) => m(acc), t)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

export function fuzzInputArb(options: { huge?: boolean } = {}): fc.Arbitrary<FuzzInput> {
    // One in 200 is a 1 MB line: they take seconds each, the rest milliseconds.
    const text = options.huge ? fc.oneof({ weight: 199, arbitrary: fuzzTextArb }, { weight: 1, arbitrary: hugeLineArb }) : fuzzTextArb;
    return fc.tuple(text, fc.array(fraction, { minLength: 1, maxLength: 4 }))
        .map(([t, fs]) => ({ text: t, offsets: fs.map(f => Math.floor(f * (t.length + 1))) }));
}
