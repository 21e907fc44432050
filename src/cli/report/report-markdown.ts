import type { CaseModel, MemberModel, ModelFinding, QuadrantKind, TextEntry } from '../../language/model/case-model.js';
import type { Severity } from '../../language/validation/diagnostic-codes.js';
import { isEmptyDiff, type CaseDiff } from './case-diff.js';
import type { ReportMessages } from './report-messages.js';

export interface ReportedCase {
    /** The path as the user gave it; also the link target of `file:line`. */
    file: string;
    model: CaseModel;
    /** Present with `--base`: what changed against that revision (`null`: the case is new). */
    diff?: { rev: string; changes: CaseDiff | null };
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const QUADRANTS: readonly QuadrantKind[] = ['organisatie', 'regels', 'politiek'];

/**
 * Markdown for a pull-request comment. Every text from a case is escaped, so
 * a case cannot inject markup, links or HTML into the comment.
 */
export function renderReport(cases: readonly ReportedCase[], m: ReportMessages): string {
    const out: string[] = [`# ${m.heading}`, ''];
    const errors = cases.reduce((n, c) => n + c.model.findings.filter(f => f.severity === 'error').length, 0);
    const warnings = cases.reduce((n, c) => n + c.model.findings.filter(f => f.severity === 'warning').length, 0);
    out.push(m.summaryLine(cases.length, errors, warnings), '');
    for (const reported of cases) {
        out.push(...renderCase(reported, m));
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function renderCase({ file, model, diff }: ReportedCase, m: ReportMessages): string[] {
    const out = [`## ${inline(model.title)}`, '', `\`${code(file)}\``, ''];
    if (diff) out.push(...renderDiff(diff.rev, diff.changes, file, m));

    if (model.ik) {
        out.push(`### ${m.vision} — ${inline(model.ik.name)}${model.ik.description ? ` (${inline(model.ik.description)})` : ''}`, '');
        out.push(...textList(m.interests, model.ik.interests), ...textList(m.goals, model.ik.goals), ...textList(m.vision, model.ik.visions), '');
    } else {
        out.push(`### ${m.vision}`, '', `_${m.noIk}_`, '');
    }

    for (const kind of QUADRANTS) {
        const quadrant = model.quadrants[kind];
        const size = quadrant.size ? ` (${m.size}: ${quadrant.size})` : '';
        out.push(`### ${m.quadrant(kind)}${size}`, '');
        if (!quadrant.present) {
            out.push(`_${m.notWritten}_`, '');
            continue;
        }
        if (quadrant.members.length === 0 && quadrant.expertise.length === 0) out.push(`_${m.empty}_`);
        out.push(...textList(m.expertise, quadrant.expertise));
        for (const member of quadrant.members) out.push(...renderMember(member, m));
        out.push('');
    }

    if (model.links.length) {
        out.push(`### ${m.links}`, '', `| ${m.partner} | ${m.helps} | ${m.why} |`, '|---|---|---|');
        for (const link of model.links) {
            const partner = link.resolved ? `**${inline(link.partner)}**` : `${inline(link.partner)} (${m.unresolved})`;
            out.push(`| ${partner} | ${cell(link.helps)} | ${cell(link.whys)} |`);
        }
        out.push('');
    }
    if (model.tensions.length) {
        out.push(`### ${m.tensions}`, '');
        for (const t of model.tensions) out.push(`- **${inline(t.first)}** ↔ **${inline(t.second)}**${t.text ? `: ${inline(t.text)}` : ''}`);
        out.push('');
    }

    out.push(`### ${m.findings}`, '');
    if (model.findings.length === 0) out.push(`_${m.noFindings}_`, '');
    for (const severity of SEVERITIES) {
        const findings = model.findings.filter(f => f.severity === severity);
        if (findings.length === 0) continue;
        out.push(`**${m.severity(severity, findings.length)}**`, '');
        for (const finding of findings) out.push(`- ${findingLine(finding, file)}`);
        out.push('');
    }
    return out;
}

function renderMember(member: MemberModel, m: ReportMessages): string[] {
    const description = member.description ? ` — ${inline(member.description)}` : '';
    const lines = [`- **${inline(member.name)}** (${member.kind})${description}`];
    for (const entry of member.texts) lines.push(`  - ${m.textKind(entry.kind)}: ${inline(entry.text)}`);
    return lines;
}

function renderDiff(rev: string, changes: CaseDiff | null, file: string, m: ReportMessages): string[] {
    const out = [`> **${m.changesAgainst(code(rev))}**`, '>'];
    if (changes === null) return [...out, `> ${m.newCase}`, ''];
    if (isEmptyDiff(changes)) return [...out, `> ${m.noChanges}`, ''];
    const list = (label: string, sign: string, items: string[]) =>
        items.length ? [`> ${label}:`, ...items.map(item => `> - ${sign} ${inline(item)}`), '>'] : [];
    out.push(
        ...list(m.added, '+', [...changes.addedElements, ...changes.addedTexts]),
        ...list(m.removed, '−', [...changes.removedElements, ...changes.removedTexts]),
    );
    if (changes.addedFindings.length) out.push(`> ${m.newFindings}:`, ...changes.addedFindings.map(f => `> - ${findingLine(f, file)}`), '>');
    if (changes.resolvedFindings.length) out.push(`> ${m.resolvedFindings}:`, ...changes.resolvedFindings.map(f => `> - \`${f.code}\` ${inline(f.message)}`), '>');
    return [...out.slice(0, out[out.length - 1] === '>' ? -1 : undefined), ''];
}

function textList(label: string, entries: readonly TextEntry[]): string[] {
    return entries.map(entry => `- ${label}: ${inline(entry.text)}`);
}

function findingLine(finding: ModelFinding, file: string): string {
    const line = finding.range.start.line + 1;
    return `[\`${code(file)}:${line}\`](${encodeURI(file.split('\\').join('/'))}#L${line}) \`${finding.code}\` ${inline(finding.message)}`;
}

function cell(entries: readonly TextEntry[]): string {
    return entries.map(e => inline(e.text)).join('<br>') || '—';
}

/** Markdown- and HTML-inert text on one line: every character Markdown or HTML could act on is escaped. */
export function inline(text: string): string {
    return text
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\\`*_{}[\]#!|~]/g, ch => `\\${ch}`)
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        // No autolinks: a case cannot turn its text into a link in the comment.
        .replace(/:\/\//g, ':\\/\\/').replace(/\bwww\./gi, m => `${m.slice(0, 3)}\\.`);
}

/** Text inside backticks: backticks themselves cannot be escaped there, so they become a look-alike. */
function code(text: string): string {
    return text.replace(/`/g, 'ˋ').replace(/\s+/g, ' ');
}
