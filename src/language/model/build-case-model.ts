import type { AstNode } from 'langium';
import { firstToken } from '../cst-tokens.js';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Case } from '../generated/ast.js';
import { isActor, isStakeholder, isWet } from '../generated/ast.js';
import { keywordId } from '../keywords.js';
import { sectionsOf } from '../validation/case-elements.js';
import { isDiagnosticCode, type Severity } from '../validation/diagnostic-codes.js';
import type { CaseModel, IkModel, MemberModel, ModelFinding, QuadrantModel, Size, SourceRange, TextEntry } from './case-model.js';
import { CASE_MODEL_VERSION } from './case-model.js';

const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const EMPTY_RANGE: SourceRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function toModelFindings(diagnostics: readonly Diagnostic[]): ModelFinding[] {
    return diagnostics.flatMap(d => isDiagnosticCode(d.code)
        ? [{ code: d.code, severity: SEVERITY_NAMES[d.severity ?? 1] ?? 'error', message: typeof d.message === 'string' ? d.message : d.message.value, range: d.range }]
        : []);
}

/**
 * Builds the case model from a parsed case and its findings. Pure: the same
 * AST and diagnostics give the same model. Each finding is attached to the
 * innermost element or text whose source contains its start.
 */
export function buildCaseModel(root: Case, diagnostics: readonly Diagnostic[]): CaseModel {
    const findings = toModelFindings(diagnostics);
    const attach = findingAttacher(findings);
    const sections = sectionsOf(root);
    const texts = (nodes: ReadonlyArray<AstNode & { keyword: string; text: string }>): TextEntry[] =>
        nodes.map(node => ({ kind: keywordId(node.keyword) as TextEntry['kind'], text: node.text ?? '', range: rangeOf(node), findings: attach(rangeOf(node)) }));

    let ik: IkModel | undefined;
    if (sections.ik) {
        const node = sections.ik;
        ik = {
            ...element(node, node.name, node.description),
            interests: texts(node.interests), goals: texts(node.goals), visions: texts(node.visions),
            findings: attach(nameRange(node)),
        };
    }

    const member = (node: AstNode & { name: string; description?: string }, entries: TextEntry[]): MemberModel => ({
        ...element(node, node.name, node.description),
        kind: isActor(node) ? 'actor' : isStakeholder(node) ? 'stakeholder' : isWet(node) ? 'wet' : 'regel',
        texts: entries,
        findings: attach(nameRange(node)),
    });

    const org = sections.organisatie, rules = sections.regels, politics = sections.politiek;
    const quadrants: CaseModel['quadrants'] = {
        organisatie: quadrant('organisatie', org, org ? texts(org.expertise) : [],
            org?.actors.map(a => member(a, texts(sortByOffset([...a.interests, ...a.expertise, ...a.values])))) ?? [], attach),
        regels: quadrant('regels', rules, [],
            rules ? sortByOffset([...rules.laws, ...rules.rules]).map(m => member(m, isWet(m) ? texts(m.provisions) : [])) : [], attach),
        politiek: quadrant('politiek', politics, [],
            politics?.stakeholders.map(s => member(s, texts(sortByOffset([...s.wants, ...s.interests])))) ?? [], attach),
    };

    const links = sections.verbindingen.map(link => ({
        partner: link.partner?.$refText ?? '',
        resolved: link.partner?.ref !== undefined,
        helps: texts(link.helps),
        whys: texts(link.whys),
        range: rangeOf(link),
        nameRange: nameRange(link),
        findings: attach(nameRange(link)),
    }));
    const tensions = sections.spanningen.map(tension => ({
        first: tension.first?.$refText ?? '',
        second: tension.second?.$refText ?? '',
        text: tension.text,
        range: rangeOf(tension),
        findings: attach(rangeOf(tension)),
    }));

    return {
        version: CASE_MODEL_VERSION,
        title: root.title ?? '',
        keywordLanguage: root.keyword === 'case' ? 'en' : 'nl',
        ik,
        quadrants,
        links,
        tensions,
        findings,
    };
}

function element(node: AstNode, name: string, description: string | undefined) {
    return { name: name ?? '', description, range: rangeOf(node), nameRange: nameRange(node) };
}

function quadrant(kind: QuadrantModel['kind'], section: (AstNode & { sizes: Array<{ value: string }> }) | undefined,
    expertise: TextEntry[], members: MemberModel[], attach: (range: SourceRange) => ModelFinding[]): QuadrantModel {
    const range = section ? keywordRange(section) : undefined;
    return {
        kind,
        present: section !== undefined,
        size: section?.sizes[0] ? normaliseSize(section.sizes[0].value) : undefined,
        expertise,
        members,
        range,
        findings: range ? attach(range) : [],
    };
}

function normaliseSize(value: string): Size {
    const id = keywordId(value);
    return id === 'groot' || id === 'middel' || id === 'klein' ? id : 'middel';
}

function sortByOffset<T extends AstNode>(nodes: T[]): T[] {
    return nodes.sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
}

function rangeOf(node: AstNode): SourceRange {
    return node.$cstNode?.range ?? EMPTY_RANGE;
}

/** The element's name, or a link's partner: the first name token (see cst-tokens.ts). */
function nameRange(node: AstNode): SourceRange {
    return firstToken(node.$cstNode, 'ID')?.range ?? rangeOf(node);
}

/** A section's keyword: its first token. */
function keywordRange(node: AstNode): SourceRange {
    return firstToken(node.$cstNode)?.range ?? rangeOf(node);
}

/**
 * Findings are attached to the element whose range is asked for with exactly
 * the finding's start inside it. Element findings sit on names and texts, which
 * do not nest, so asking with name and text ranges attaches each finding once.
 * Sorted once, each question is a binary search: a large case with many
 * findings stays linear.
 */
function findingAttacher(findings: readonly ModelFinding[]): (range: SourceRange) => ModelFinding[] {
    const sorted = [...findings].sort((a, b) => compare(a.range.start, b.range.start));
    return range => {
        let low = 0, high = sorted.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (compare(sorted[mid].range.start, range.start) < 0) low = mid + 1; else high = mid;
        }
        const attached: ModelFinding[] = [];
        for (let i = low; i < sorted.length && compare(sorted[i].range.start, range.end) < 0; i++) attached.push(sorted[i]);
        return attached;
    };
}

function compare(a: SourceRange['start'], b: SourceRange['start']): number {
    return a.line - b.line || a.character - b.character;
}
