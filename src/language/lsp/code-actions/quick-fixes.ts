import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import {
    isActor, isBelang, isDoel, isHelpt, isIk, isStakeholder, isVerbinding, isVisie, isWaarde, isWaarom, isWil,
    type Case,
} from '../../generated/ast.js';
import { spell, type KeywordId, type KeywordLanguage } from '../../keywords.js';
import { namedElements, sectionsOf } from '../../validation/case-elements.js';
import type { DiagnosticCode } from '../../validation/diagnostic-codes.js';
import { findAssumedWe } from '../../validation/text-patterns.js';
import { lspMessagesFor, type LspMessages } from '../lsp-messages.js';
import { insertIntoBlock, insertLinesAbove } from './block-insert.js';
import type { FixEdit, QuickFix } from './fix-edit.js';
import { ignoreFinding } from './ignore-fix.js';
import type { TextLayout } from './text-layout.js';

/** What every quick fix needs to know about the document it changes. */
export interface FixContext {
    document: LangiumDocument;
    root: Case;
    layout: TextLayout;
    /** Keywords are inserted in the file's own keyword language. */
    language: KeywordLanguage;
    /** Titles are in the editor's language. */
    texts: LspMessages;
}

/** The quick fixes for one finding, most useful first; none when the finding no longer matches the text. */
export function quickFixesFor(code: DiagnosticCode, diagnostic: Diagnostic, context: FixContext): QuickFix[] {
    const node = nodeAt(context, diagnostic);
    const fixes: Array<QuickFix | undefined> = [];
    switch (code) {
        case 'unresolved-reference':
            fixes.push(...createMissing(context, diagnostic));
            break;
        case 'duplicate-name':
            fixes.push(renameDuplicate(context, diagnostic));
            break;
        case 'missing-ik':
            fixes.push(addIk(context));
            break;
        case 'assumed-we':
            fixes.push(replaceAssumedWe(context, diagnostic, node));
            break;
        case 'unstated-interest':
            if (isStakeholder(node)) {
                fixes.push(addMember(context, node, 'wil', node.name), addMember(context, node, 'belang', node.name));
            } else if (isActor(node) || isIk(node)) {
                fixes.push(addMember(context, node, 'belang', node.name));
            }
            break;
        case 'missing-vision':
            // A second `visie` would be a syntax error; with a placeholder vision there, the analyst edits that one.
            if (isIk(node) && node.visions.length === 0) fixes.push(addMember(context, node, 'visie', node.name));
            break;
        case 'link-without-why':
            if (isVerbinding(node)) fixes.push(addMember(context, node, 'waarom', node.partner?.$refText ?? ''));
            break;
        case 'link-without-help':
            if (isVerbinding(node)) fixes.push(addMember(context, node, 'helpt', node.partner?.$refText ?? ''));
            break;
        default:
            break;
    }
    const result = fixes.filter((f): f is QuickFix => f !== undefined);
    if (result.length > 0) result[0].preferred = true;
    if (code !== 'syntax-error') {
        const ignore = ignoreFinding(context, code, diagnostic);
        if (ignore) result.push(ignore);
    }
    return result;
}

function nodeAt(context: FixContext, diagnostic: Diagnostic): AstNode | undefined {
    const cst = context.root.$cstNode;
    return cst && CstUtils.findLeafNodeAtOffset(cst, context.document.textDocument.offsetAt(diagnostic.range.start))?.astNode;
}

const k = (context: FixContext, id: KeywordId) => spell(id, context.language);

/** `belang ""`, `wil ""`, `visie ""`, `helpt ""` or `waarom ""` in the element's block, the cursor between the quotes. */
function addMember(context: FixContext, node: AstNode, keyword: KeywordId, owner: string): QuickFix | undefined {
    const edit = insertIntoBlock(context.document, node, [`${k(context, keyword)} "$1"`], context.layout, true);
    return edit && { title: context.texts.addMember(k(context, keyword), owner), edits: [edit] };
}

function addIk(context: FixContext): QuickFix | undefined {
    const { root, layout } = context;
    const brace = findCaseOpen(context);
    if (brace === undefined) return undefined;
    const name = freeName(root, lspMessagesFor(context.language).defaultIkName());
    const u = layout.unit;
    const lines = [
        `${k(context, 'ik')} \${1:${name}} {`,
        `${u}${k(context, 'belang')} "$2"`,
        `${u}${k(context, 'visie')} "$3"`,
        '}',
    ];
    const text = layout.text;
    // Keep what followed `{` on its own line after the new block.
    const restOfLine = /^[ \t]*(\r?\n|$)/.test(text.slice(brace + 1)) ? '' : layout.eol + u;
    const at = context.document.textDocument.positionAt(brace + 1);
    const edit: FixEdit = { range: { start: at, end: at }, text: layout.eol + lines.map(l => u + l).join(layout.eol) + restOfLine, snippet: true };
    return { title: context.texts.addIk(k(context, 'ik')), edits: [edit] };
}

/** The offset of the case's own `{`. */
function findCaseOpen(context: FixContext): number | undefined {
    const cst = context.root.$cstNode;
    if (!cst) return undefined;
    for (const leaf of CstUtils.flattenCst(cst)) {
        if (!leaf.hidden && leaf.text === '{' && leaf.astNode === context.root) return leaf.offset;
    }
    return undefined;
}

/** For a name that does not resolve: create it as an actor in organisatie, or as a stakeholder in politiek. */
function createMissing(context: FixContext, diagnostic: Diagnostic): QuickFix[] {
    const { document, root, layout, texts } = context;
    const name = document.textDocument.getText(diagnostic.range);
    if (!/^[_\p{L}][\p{L}\p{M}\p{Nd}_]*$/u.test(name)) return [];
    const sections = sectionsOf(root);
    const u = layout.unit;
    const fixes: QuickFix[] = [];
    const kinds = [
        { kind: 'actor', section: 'organisatie', existing: sections.organisatie, member: 'belang' },
        { kind: 'stakeholder', section: 'politiek', existing: sections.politiek, member: 'wil' },
    ] as const;
    for (const { kind, section, existing, member } of kinds) {
        const element = [`${k(context, kind)} ${name} {`, `${u}${k(context, member)} "$1"`, '}'];
        let edit: FixEdit | undefined;
        if (existing) {
            edit = insertIntoBlock(document, existing, element, layout, true);
        } else {
            const lines = [`${k(context, section)} {`, ...element.map(l => u + l), '}'];
            // A new section goes above the first connection or tension (where the quadrants end), else at the end of the case.
            const firstLink = [...sections.verbindingen, ...sections.spanningen].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0))[0];
            edit = (firstLink && insertLinesAbove(document, firstLink, lines, layout, true)) ?? insertIntoBlock(document, root, lines, layout, true);
        }
        if (edit) fixes.push({ title: texts.createElement(k(context, kind), name, k(context, section)), edits: [edit] });
    }
    return fixes;
}

function renameDuplicate(context: FixContext, diagnostic: Diagnostic): QuickFix | undefined {
    const name = context.document.textDocument.getText(diagnostic.range);
    if (!name) return undefined;
    const newName = freeName(context.root, name, 2);
    return { title: context.texts.renameDuplicate(name, newName), edits: [{ range: diagnostic.range, text: newName, snippet: false }] };
}

/** `base`, or `base` with the first number from `from` on that no element of the case uses yet. */
function freeName(root: Case, base: string, from = 1): string {
    const taken = new Set([...namedElements(root)].map(e => e.name));
    if (from === 1 && !taken.has(base)) return base;
    for (let n = Math.max(from, 2); ; n++) {
        if (!taken.has(`${base}${n}`)) return `${base}${n}`;
    }
}

/** The name a presupposed "we" stands for: the element the text belongs to. */
function ownerOf(node: AstNode | undefined): string | undefined {
    if (isBelang(node) || isDoel(node) || isVisie(node) || isWaarde(node) || isWil(node)) {
        const container = node.$container;
        return isIk(container) || isActor(container) || isStakeholder(container) ? container.name : undefined;
    }
    if (isHelpt(node) || isWaarom(node)) {
        return isVerbinding(node.$container) ? node.$container.partner?.$refText || undefined : undefined;
    }
    return undefined;
}

function replaceAssumedWe(context: FixContext, diagnostic: Diagnostic, node: AstNode | undefined): QuickFix | undefined {
    const owner = ownerOf(node);
    const found = context.document.textDocument.getText(diagnostic.range);
    if (!owner || !found) return undefined;
    const replacement = replacementFor(found, owner);
    // A replacement that is itself a "we" (an actor named Ons) would not fix anything.
    if (findAssumedWe(replacement).length > 0) return undefined;
    return { title: context.texts.replaceWord(found.replace(/\s+/g, ' '), replacement), edits: [{ range: diagnostic.range, text: replacement, snippet: false }] };
}

/**
 * A pronoun becomes the owner's name; a phrase keeps its sense with the owner
 * in it: "gezamenlijk belang" → "belang van Wijkteam", "iedereen wil" → "Wijkteam wil".
 */
export function replacementFor(found: string, owner: string): string {
    const words = found.toLowerCase().split(/\s+/);
    const last = words[words.length - 1];
    let replacement: string;
    if (words.length === 1) {
        replacement = owner;
    } else if (['belang', 'doel'].includes(last)) {
        replacement = `${last} van ${owner}`;
    } else if (['interest', 'interests', 'goal', 'goals'].includes(last)) {
        replacement = `${last} of ${owner}`;
    } else if (words.includes('want') || words.includes('wants')) {
        replacement = `${owner} wants`;
    } else {
        replacement = `${owner} wil`;
    }
    const capital = found.charAt(0) !== found.charAt(0).toLowerCase();
    return capital ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
