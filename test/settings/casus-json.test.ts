import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DiagnosticCodes, SeverityOverrides } from '../../src/language/validation/diagnostic-codes.js';
import { describeCasusJsonProblem, parseCasusJson, ruleOverridesFrom } from '../../src/language/workspace/casus-json.js';

const ROOT = join(import.meta.dirname, '../..');

describe('parseCasusJson', () => {
    test('rules map codes to severities', () => {
        expect(parseCasusJson('{ "rules": { "assumed-we": "error", "empty-quadrant": "off" } }'))
            .toEqual({ rules: { 'assumed-we': 'error', 'empty-quadrant': 'off' }, problems: [] });
        expect(parseCasusJson('{}')).toEqual({ rules: {}, problems: [] });
        expect(parseCasusJson('\ufeff{ "$schema": "x", "rules": {} }')).toEqual({ rules: {}, problems: [] });
    });

    test('every problem is named, the good entries still count', () => {
        const parsed = parseCasusJson('{ "rules": { "assumed-we": "error", "missing-ik": "fatal", "nope": "off", "link-without-why": 2 }, "extends": "x" }');
        expect(parsed.rules).toEqual({ 'assumed-we': 'error' });
        expect(parsed.problems).toEqual([
            { kind: 'unknown-key', key: 'extends' },
            { kind: 'bad-severity', code: 'missing-ik', value: '"fatal"' },
            { kind: 'unknown-code', code: 'nope' },
            { kind: 'bad-severity', code: 'link-without-why', value: '2' },
        ]);
    });

    test('not JSON, not an object, rules not an object', () => {
        expect(parseCasusJson('{ rules: ').problems[0].kind).toBe('not-json');
        expect(parseCasusJson('').problems[0].kind).toBe('not-json');
        expect(parseCasusJson('[1]').problems).toEqual([{ kind: 'not-an-object' }]);
        expect(parseCasusJson('null').problems).toEqual([{ kind: 'not-an-object' }]);
        expect(parseCasusJson('{ "rules": ["assumed-we"] }').problems).toEqual([{ kind: 'rules-not-an-object' }]);
    });

    test('messages in Dutch and English say what to do', () => {
        const problem = { kind: 'bad-severity', code: 'assumed-we', value: '"eror"' } as const;
        expect(describeCasusJsonProblem(problem, 'en')).toBe(`code 'assumed-we' cannot be set to "eror"; choose ${SeverityOverrides.join(', ')}`);
        expect(describeCasusJsonProblem(problem, 'nl')).toBe(`code 'assumed-we' kan niet op "eror" staan; kies ${SeverityOverrides.join(', ')}`);
        expect(describeCasusJsonProblem({ kind: 'unknown-code', code: 'x' }, 'en')).toContain(DiagnosticCodes.join(', '));
        for (const locale of ['nl', 'en'] as const) {
            for (const p of [{ kind: 'not-json', detail: 'd' }, { kind: 'unreadable', detail: 'd' }, { kind: 'not-an-object' }, { kind: 'unknown-key', key: 'k' }, { kind: 'rules-not-an-object' }] as const) {
                expect(describeCasusJsonProblem(p, locale).length).toBeGreaterThan(10);
            }
        }
    });
});

test('editor settings: unknown codes and values are ignored', () => {
    expect(ruleOverridesFrom({ 'assumed-we': 'hint', nope: 'off', 'missing-ik': 'loud' })).toEqual({ 'assumed-we': 'hint' });
    expect(ruleOverridesFrom(undefined)).toEqual({});
    expect(ruleOverridesFrom('error')).toEqual({});
});

describe('contributes.configuration in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        contributes: { configuration: Array<{ properties: Record<string, { properties?: Record<string, { enum: string[] }>; enum?: string[] }> }> };
    };
    const properties = Object.assign({}, ...manifest.contributes.configuration.map(c => c.properties)) as Record<string, { properties?: Record<string, { enum: string[] }>; enum?: string[] }>;

    test('casus.diagnostics.severity lists exactly the twelve codes, each off|error|warning|info|hint', () => {
        const severity = properties['casus.diagnostics.severity'];
        expect(Object.keys(severity.properties ?? {})).toEqual([...DiagnosticCodes]);
        for (const code of DiagnosticCodes) expect(severity.properties![code].enum).toEqual([...SeverityOverrides]);
    });

    test('casus.language is auto|nl|en', () => {
        expect(properties['casus.language'].enum).toEqual(['auto', 'nl', 'en']);
    });

    test('every %key% of package.json has a Dutch and an English text', () => {
        const raw = readFileSync(join(ROOT, 'package.json'), 'utf8');
        const keys = [...raw.matchAll(/"%([^%"]+)%"/g)].map(m => m[1]);
        expect(keys.length).toBeGreaterThan(15);
        for (const file of ['package.nls.json', 'package.nls.nl.json']) {
            const texts = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, string>;
            for (const key of keys) expect(texts[key], `${file}: ${key}`).toBeTruthy();
        }
    });
});

test('schemas/casus.schema.json (completion and checks while editing casus.json) lists the same codes and severities', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/casus.schema.json'), 'utf8')) as {
        properties: { rules: { properties: Record<string, { enum: string[] }>; additionalProperties: boolean } };
    };
    expect(Object.keys(schema.properties.rules.properties)).toEqual([...DiagnosticCodes]);
    for (const code of DiagnosticCodes) expect(schema.properties.rules.properties[code].enum).toEqual([...SeverityOverrides]);
    expect(schema.properties.rules.additionalProperties).toBe(false);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: Array<{ fileMatch: string; url: string }> } };
    expect(manifest.contributes.jsonValidation).toContainEqual({ fileMatch: 'casus.json', url: './schemas/casus.schema.json' });
});
