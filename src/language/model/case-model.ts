/**
 * The case as the preview, the report and the CLI see it: plain, serialisable
 * data built once from the AST and the findings. It crosses process borders
 * (server → extension → webview) as JSON, so it holds no AST nodes, only
 * names, texts and source ranges (0-based LSP positions).
 */
import type { DiagnosticCode, Severity } from '../validation/diagnostic-codes.js';

export const CASE_MODEL_VERSION = 1;

export interface SourcePosition { line: number; character: number }
export interface SourceRange { start: SourcePosition; end: SourcePosition }

export interface ModelFinding {
    code: DiagnosticCode;
    severity: Severity;
    message: string;
    range: SourceRange;
}

/** One written text (belang, wil, bepaling, …) with the keyword it was written with, in its Dutch form. */
export interface TextEntry {
    kind: 'belang' | 'doel' | 'visie' | 'expertise' | 'waarde' | 'bepaling' | 'wil' | 'helpt' | 'waarom';
    text: string;
    range: SourceRange;
    findings: ModelFinding[];
}

export type Size = 'groot' | 'middel' | 'klein';
export type QuadrantKind = 'organisatie' | 'regels' | 'politiek';
export type MemberKind = 'actor' | 'wet' | 'regel' | 'stakeholder';

export interface ElementModel {
    name: string;
    description?: string;
    /** The whole element in the source. */
    range: SourceRange;
    /** Its name: what a click in the diagram selects. */
    nameRange: SourceRange;
    /** Findings on the element itself (its name), not on its texts. */
    findings: ModelFinding[];
}

export interface IkModel extends ElementModel {
    interests: TextEntry[];
    goals: TextEntry[];
    visions: TextEntry[];
}

export interface MemberModel extends ElementModel {
    kind: MemberKind;
    /** Interests, wants, values, expertise, provisions, in written order. */
    texts: TextEntry[];
}

export interface QuadrantModel {
    kind: QuadrantKind;
    /** False when the section is not written at all. */
    present: boolean;
    size?: Size;
    /** The organisation's own expertise (organisatie only). */
    expertise: TextEntry[];
    members: MemberModel[];
    /** The section keyword, when present. */
    range?: SourceRange;
    findings: ModelFinding[];
}

export interface LinkModel {
    partner: string;
    /** The partner is an actor or stakeholder of this case. */
    resolved: boolean;
    helps: TextEntry[];
    whys: TextEntry[];
    range: SourceRange;
    nameRange: SourceRange;
    findings: ModelFinding[];
}

export interface TensionModel {
    first: string;
    second: string;
    text?: string;
    range: SourceRange;
    findings: ModelFinding[];
}

export interface CaseModel {
    version: typeof CASE_MODEL_VERSION;
    title: string;
    /** The keyword language the author chose, from the case keyword. */
    keywordLanguage: 'nl' | 'en';
    ik?: IkModel;
    quadrants: Record<QuadrantKind, QuadrantModel>;
    links: LinkModel[];
    tensions: TensionModel[];
    /** Every finding of the document, attached or not. */
    findings: ModelFinding[];
}
