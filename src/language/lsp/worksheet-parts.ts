import type { AstNode } from 'langium';
import {
    isActor, isBepaling, isCase, isHelpt, isIk, isOmvang, isOrganisatie, isPolitiek, isRegel, isRegels, isSpanning,
    isStakeholder, isVerbinding, isWaarom, isWet,
} from '../generated/ast.js';
import type { KeywordId } from '../keywords.js';
import type { WorksheetPart } from './lsp-messages.js';

/**
 * The part of the worksheet a node belongs to, so a hover can ask the right
 * question: `belang` in an actor is about the internal organisation, in the
 * ik about your own interests, in a stakeholder about the political environment.
 */
export function worksheetPartOf(node: AstNode): WorksheetPart {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (isIk(current)) return 'visie';
        if (isOrganisatie(current) || isActor(current)) return 'organisatie';
        if (isRegels(current) || isWet(current) || isRegel(current) || isBepaling(current)) return 'regels';
        if (isPolitiek(current) || isStakeholder(current)) return 'politiek';
        if (isVerbinding(current) || isHelpt(current) || isWaarom(current)) return 'verbinding';
        // The size of a quadrant and a tension are about the case as a whole.
        if (isOmvang(current) || isSpanning(current) || isCase(current)) return 'casus';
    }
    return 'casus';
}

const KEYWORD_PART: Partial<Record<KeywordId, WorksheetPart>> = {
    casus: 'casus', spanning: 'casus', omvang: 'casus', groot: 'casus', middel: 'casus', klein: 'casus',
    ik: 'visie', doel: 'visie', visie: 'visie',
    organisatie: 'organisatie', actor: 'organisatie', waarde: 'organisatie',
    regels: 'regels', wet: 'regels', regel: 'regels', bepaling: 'regels',
    politiek: 'politiek', stakeholder: 'politiek', wil: 'politiek',
    verbinding: 'verbinding', helpt: 'verbinding', waarom: 'verbinding',
};

/** The part a keyword is about before it is written: its own, or for `belang` and `expertise` (used in several places) that of where it goes. */
export function worksheetPartOfKeyword(id: KeywordId, where: AstNode | undefined): WorksheetPart {
    return KEYWORD_PART[id] ?? (where ? worksheetPartOf(where) : 'casus');
}
