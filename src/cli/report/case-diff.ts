import type { CaseModel, ModelFinding, TextEntry } from '../../language/model/case-model.js';

/** What changed in the analysis between two versions of one case: elements, their texts, and findings. */
export interface CaseDiff {
    addedElements: string[];
    removedElements: string[];
    addedTexts: string[];
    removedTexts: string[];
    addedFindings: ModelFinding[];
    resolvedFindings: ModelFinding[];
}

/** `kind name` for every element of a case. */
function elements(model: CaseModel): Map<string, string> {
    const result = new Map<string, string>();
    if (model.ik) result.set(`ik ${model.ik.name}`, model.ik.name);
    for (const quadrant of Object.values(model.quadrants)) {
        for (const member of quadrant.members) result.set(`${member.kind} ${member.name}`, member.name);
    }
    for (const link of model.links) result.set(`verbinding ${link.partner}`, link.partner);
    for (const tension of model.tensions) result.set(`spanning ${tension.first} ${tension.second}`, tension.first);
    return result;
}

/** `owner · kind: text` for every text of a case, so a changed interest reads as one removed and one added. */
function texts(model: CaseModel): Set<string> {
    const result = new Set<string>();
    const add = (owner: string, entries: readonly TextEntry[]) => {
        for (const entry of entries) result.add(`${owner} · ${entry.kind}: ${entry.text}`);
    };
    if (model.ik) add(model.ik.name, [...model.ik.interests, ...model.ik.goals, ...model.ik.visions]);
    add('organisatie', model.quadrants.organisatie.expertise);
    for (const quadrant of Object.values(model.quadrants)) {
        for (const member of quadrant.members) add(member.name, member.texts);
    }
    for (const link of model.links) add(`verbinding ${link.partner}`, [...link.helps, ...link.whys]);
    for (const tension of model.tensions) if (tension.text) result.add(`spanning ${tension.first} ${tension.second}: ${tension.text}`);
    return result;
}

/** Findings compared without their position: moving a line does not make a finding new. */
function findingKey(finding: ModelFinding): string {
    return `${finding.code} ${finding.message}`;
}

export function diffCases(base: CaseModel | undefined, head: CaseModel): CaseDiff {
    const before = base ? elements(base) : new Map<string, string>();
    const after = elements(head);
    const textsBefore = base ? texts(base) : new Set<string>();
    const textsAfter = texts(head);
    const findingsBefore = new Map((base?.findings ?? []).map(f => [findingKey(f), f]));
    const findingsAfter = new Map(head.findings.map(f => [findingKey(f), f]));
    return {
        addedElements: [...after.keys()].filter(k => !before.has(k)),
        removedElements: [...before.keys()].filter(k => !after.has(k)),
        addedTexts: [...textsAfter].filter(t => !textsBefore.has(t)),
        removedTexts: [...textsBefore].filter(t => !textsAfter.has(t)),
        addedFindings: [...findingsAfter].filter(([k]) => !findingsBefore.has(k)).map(([, f]) => f),
        resolvedFindings: [...findingsBefore].filter(([k]) => !findingsAfter.has(k)).map(([, f]) => f),
    };
}

export function isEmptyDiff(diff: CaseDiff): boolean {
    return Object.values(diff).every(list => list.length === 0);
}
