import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createCasusServices } from '../../src/language/casus-module.js';
import { buildCaseModel } from '../../src/language/model/build-case-model.js';
import type { CaseModel } from '../../src/language/model/case-model.js';
import { buildCaseDocuments } from '../../src/language/workspace/case-documents.js';

async function modelOf(text: string): Promise<CaseModel> {
    const { shared } = createCasusServices(EmptyFileSystem);
    const [document] = await buildCaseDocuments(shared, [{ uri: URI.file('/model.casus'), text }]);
    return buildCaseModel(document.parseResult.value, document.diagnostics ?? []);
}

const examples = join(import.meta.dirname, '../fixtures/shared/examples');

describe('the case model', () => {
    test('attaches each finding once, to the element or text it concerns', async () => {
        const model = await modelOf(readFileSync(join(examples, 'proeftuin-populatiemanagement.casus'), 'utf8'));
        const codes = (findings: Array<{ code: string }>) => findings.map(f => f.code);
        expect(codes(model.ik!.findings)).toEqual(['missing-vision']);
        expect(codes(model.ik!.interests[0].findings)).toEqual(['assumed-we']);
        const [huisartsen, zorgverzekeraar, iedereen] = model.quadrants.organisatie.members;
        expect(codes(huisartsen.findings)).toEqual(['unstated-interest']);
        expect(codes(zorgverzekeraar.findings)).toEqual([]);
        expect(codes(iedereen.findings)).toEqual(['we-as-actor']);
        expect(codes(iedereen.texts[0].findings)).toEqual(['assumed-we']);
        expect(codes(model.quadrants.politiek.members[0].findings)).toEqual(['unstated-interest']);
        expect(codes(model.links[0].whys[0].findings)).toEqual(['vertical-argument']);
        expect(codes(model.links[1].findings)).toEqual(['link-without-why']);
        const attached = [model.ik!, ...model.ik!.interests, ...Object.values(model.quadrants).flatMap(q => [...q.members, ...q.members.flatMap(m => m.texts)]),
            ...model.links, ...model.links.flatMap(l => [...l.helps, ...l.whys])].flatMap(e => e.findings);
        expect(attached).toHaveLength(model.findings.length);
    });

    test('normalises sizes, keeps written order and the keyword language', async () => {
        const model = await modelOf(`case "T" { me A { interest "i" vision "v" }
  rules { size large rule R "r" law L "l" { provision "p" } }
  organisation { size small actor B { value "w" interest "b" } }
  link B { helps "h" why "y" }
  tension A B "t" }`);
        expect(model.keywordLanguage).toBe('en');
        expect(model.quadrants.regels.size).toBe('groot');
        expect(model.quadrants.organisatie.size).toBe('klein');
        expect(model.quadrants.regels.members.map(m => `${m.kind} ${m.name}`)).toEqual(['regel R', 'wet L']);
        expect(model.quadrants.organisatie.members[0].texts.map(t => t.kind)).toEqual(['waarde', 'belang']);
        expect(model.quadrants.politiek.present).toBe(false);
        expect(model.links[0]).toMatchObject({ partner: 'B', resolved: true });
        expect(model.tensions[0]).toMatchObject({ first: 'A', second: 'B', text: 't' });
        expect(JSON.parse(JSON.stringify(model))).toEqual(model); // plain data: it crosses process borders as JSON
    });
});
