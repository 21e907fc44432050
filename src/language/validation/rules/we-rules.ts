import type { Case, Spanning, TextMember } from '../../generated/ast.js';
import { isIk, isOrganisatie, isPolitiek, isSpanning, isVerbinding } from '../../generated/ast.js';
import { elementKind, partiesWithInterests } from '../case-elements.js';
import type { FindingReporter } from '../finding-reporter.js';
import { describesCollective, findAssumedWe, isCollectiveName, mentionsAssumedWe } from '../text-patterns.js';
import { rangeInText, sourceTextOf } from '../text-ranges.js';

/** `we-as-actor`: an actor or stakeholder named or described as a collective "we". */
export function checkWeAsActor(root: Case, report: FindingReporter): void {
    for (const party of partiesWithInterests(root)) {
        if (isCollectiveName(party.name) || (party.description !== undefined && describesCollective(party.description))) {
            report.atProperty('we-as-actor', party, 'name', report.messages.weAsActor(elementKind(party), party.name));
        }
    }
}

/** A text that may presuppose a "we", with the party it belongs to (named in the message and used by the quick fix). */
interface OwnedText {
    node: TextMember | Spanning;
    owner: string | undefined;
}

function* textsAboutInterests(root: Case): Generator<OwnedText> {
    for (const section of root.sections) {
        if (isIk(section)) {
            for (const node of [...section.interests, ...section.goals, ...section.visions]) yield { node, owner: section.name };
        } else if (isOrganisatie(section)) {
            for (const actor of section.actors) {
                for (const node of [...actor.interests, ...actor.values]) yield { node, owner: actor.name };
            }
        } else if (isPolitiek(section)) {
            for (const stakeholder of section.stakeholders) {
                for (const node of [...stakeholder.wants, ...stakeholder.interests]) yield { node, owner: stakeholder.name };
            }
        } else if (isVerbinding(section)) {
            const owner = section.partner?.$refText || undefined;
            for (const node of [...section.helps, ...section.whys]) yield { node, owner };
        } else if (isSpanning(section) && section.text !== undefined) {
            yield { node: section, owner: undefined };
        }
    }
}

/** `assumed-we`: every presupposed "we" in a belang, doel, visie, wil, waarde, helpt, waarom or spanning. */
export function checkAssumedWe(root: Case, report: FindingReporter): void {
    for (const { node, owner } of textsAboutInterests(root)) {
        // The parsed text has the words of its source (escapes touch only `"` and `\`, never part of a word):
        // most texts mention no "we" and need no look at their source.
        if (!node.text || !mentionsAssumedWe(node.text)) continue;
        const text = sourceTextOf(node);
        if (!text) continue;
        for (const hit of findAssumedWe(text.raw)) {
            report.atRange('assumed-we', node, rangeInText(node, text, hit.start, hit.end), report.messages.assumedWe(hit.found, owner));
        }
    }
}
