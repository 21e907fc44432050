import type { TokenType } from 'chevrotain';
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';

/** Where a parsed value goes: the assignment around a grammar element (`name=ID`, `sections+=Section`). */
export interface FeatureAssignment {
    readonly feature: string;
    readonly operator: '=' | '+=' | '?=';
    readonly crossReference: boolean;
}

export interface CompiledRule {
    readonly type: string;
    readonly datatype: boolean;
    readonly fragment: boolean;
    /** Parses the rule's definition; set once the rule is compiled (rules may call each other). */
    body: () => void;
}

/** A token the grammar expects at one place: its type, the grammar element it stands for, where its value goes. */
export interface TokenStep {
    readonly type: TokenType;
    readonly feature: GrammarAST.AbstractElement;
    readonly assignment: FeatureAssignment | undefined;
    /** The element is a keyword: its value is the token's text as written, not converted. */
    readonly keyword: boolean;
}

/** A call of a parser rule at one place: the rule, the grammar element that calls it, where its result goes. */
export interface RuleStep {
    readonly rule: CompiledRule;
    readonly feature: GrammarAST.AbstractElement;
    readonly assignment: FeatureAssignment | undefined;
}

/** What a compiled grammar needs from the parser that runs it. */
export interface StepContext {
    /** The type of the next token, undefined at the end. */
    next(): TokenType | undefined;
    consume(step: TokenStep): void;
    subrule(step: RuleStep): void;
    /** The next token is not one the grammar allows here. */
    mismatch(): never;
}

export interface CompiledGrammar {
    readonly entry: CompiledRule;
}

/** The grammar uses something the direct parser does not do (actions, guards, unordered groups, …). */
class Unsupported extends Error { }

interface First {
    readonly tokens: ReadonlySet<TokenType>;
    readonly nullable: boolean;
}

type Step = () => void;

/**
 * Compiles a Langium grammar into functions that parse it with one token of
 * lookahead, the way Langium's parser builder compiles it for chevrotain: one
 * function per element, a loop or an option entered while the next token can
 * start it, an alternative chosen by its first tokens. Casus' grammar needs no
 * more lookahead than that. Where two alternatives start with the same token,
 * that token is a mismatch (the text goes to Langium's parser, which looks
 * further ahead). In a grammar without ambiguities (the parsing tests check
 * Casus' in chevrotain's development mode) a text has one tree, so a parse that
 * succeeds here is that tree; one that cannot is only slower.
 * Returns undefined for grammars with constructs the direct parser does not
 * handle; such a grammar is parsed by Langium's parser alone.
 */
export function compileGrammar(grammar: GrammarAST.Grammar, tokens: Record<string, TokenType>, context: StepContext): CompiledGrammar | undefined {
    try {
        return new GrammarCompiler(tokens, context).compile(grammar);
    } catch (error) {
        if (error instanceof Unsupported) return undefined;
        throw error;
    }
}

class GrammarCompiler {
    private readonly rules = new Map<GrammarAST.ParserRule, CompiledRule>();
    private readonly firsts = new Map<GrammarAST.AbstractElement | GrammarAST.ParserRule, First | 'computing'>();

    constructor(private readonly tokens: Record<string, TokenType>, private readonly context: StepContext) { }

    compile(grammar: GrammarAST.Grammar): CompiledGrammar {
        const entry = GrammarUtils.getEntryRule(grammar);
        if (!entry || !GrammarAST.isParserRule(entry)) throw new Unsupported('no entry rule');
        return { entry: this.rule(entry) };
    }

    private rule(rule: GrammarAST.ParserRule): CompiledRule {
        let compiled = this.rules.get(rule);
        if (!compiled) {
            if (rule.parameters.length > 0) throw new Unsupported('rule parameters');
            const datatype = GrammarUtils.isDataTypeRule(rule);
            compiled = { type: datatype || rule.fragment ? '' : GrammarUtils.getTypeName(rule), datatype, fragment: rule.fragment, body: () => { } };
            this.rules.set(rule, compiled);
            compiled.body = this.element(rule.definition);
        }
        return compiled;
    }

    private element(element: GrammarAST.AbstractElement): Step {
        const step = this.bare(element);
        if (!element.cardinality) return step;
        const { tokens, nullable } = this.firstIgnoringCardinality(element);
        // A repeated part that can match nothing would repeat forever: such grammars are left to chevrotain, which guards that.
        if (nullable) throw new Unsupported('optional or repeated part that can be empty');
        const { next } = this.context;
        switch (element.cardinality) {
            case '?': return () => {
                const token = next();
                if (token !== undefined && tokens.has(token)) step();
            };
            case '*': return () => {
                for (let token = next(); token !== undefined && tokens.has(token); token = next()) step();
            };
            case '+': return () => {
                step();
                for (let token = next(); token !== undefined && tokens.has(token); token = next()) step();
            };
        }
    }

    /** The element without its cardinality. */
    private bare(element: GrammarAST.AbstractElement): Step {
        const context = this.context;
        if (GrammarAST.isGroup(element)) {
            if (element.guardCondition || element.predicate) throw new Unsupported('guarded group');
            const steps = element.elements.map(e => this.element(e));
            return () => {
                for (const step of steps) step();
            };
        }
        if (GrammarAST.isAlternatives(element)) {
            const choice = new Map<TokenType, Step>();
            for (const alternative of element.elements) {
                const step = this.element(alternative);
                const { tokens, nullable } = this.first(alternative);
                if (nullable) throw new Unsupported('empty alternative');
                for (const token of tokens) choice.set(token, choice.has(token) ? context.mismatch : step);
            }
            return () => {
                const token = context.next();
                const step = token === undefined ? undefined : choice.get(token);
                if (step === undefined) return context.mismatch();
                step();
            };
        }
        if (GrammarAST.isAssignment(element)) {
            return this.element(element.terminal);
        }
        if (GrammarAST.isKeyword(element)) {
            if (element.predicate) throw new Unsupported('keyword predicate');
            return this.consume(this.keywordToken(element), element);
        }
        if (GrammarAST.isRuleCall(element)) {
            if (element.predicate || element.arguments.length > 0) throw new Unsupported('rule call with arguments or predicate');
            return this.call(element, element);
        }
        if (GrammarAST.isCrossReference(element)) {
            if (element.isMulti) throw new Unsupported('multi-reference');
            const terminal = crossReferenceTerminal(element);
            if (GrammarAST.isKeyword(terminal)) return this.consume(this.keywordToken(terminal), element);
            if (GrammarAST.isRuleCall(terminal)) return this.call(terminal, element);
        }
        throw new Unsupported(element.$type);
    }

    /** A call of `call`'s rule, building the tree for `feature` (the rule call, or the cross-reference around it). */
    private call(call: GrammarAST.RuleCall, feature: GrammarAST.AbstractElement): Step {
        const rule = call.rule.ref;
        if (GrammarAST.isTerminalRule(rule) && !rule.hidden && !rule.fragment) return this.consume(this.token(rule.name), feature);
        if (GrammarAST.isParserRule(rule)) {
            const context = this.context;
            const step: RuleStep = { rule: this.rule(rule), feature, assignment: assignmentOf(feature) };
            return () => context.subrule(step);
        }
        throw new Unsupported(`call of ${call.rule.$refText}`);
    }

    private consume(type: TokenType, feature: GrammarAST.AbstractElement): Step {
        const context = this.context;
        const step: TokenStep = { type, feature, assignment: assignmentOf(feature), keyword: GrammarAST.isKeyword(feature) };
        return () => context.consume(step);
    }

    private first(element: GrammarAST.AbstractElement): First {
        const first = this.firstIgnoringCardinality(element);
        return element.cardinality === '?' || element.cardinality === '*' ? { tokens: first.tokens, nullable: true } : first;
    }

    private firstIgnoringCardinality(element: GrammarAST.AbstractElement): First {
        const known = this.firsts.get(element);
        if (known === 'computing') throw new Unsupported('left recursion');
        if (known) return known;
        this.firsts.set(element, 'computing');
        const first = this.computeFirst(element);
        this.firsts.set(element, first);
        return first;
    }

    private computeFirst(element: GrammarAST.AbstractElement): First {
        if (GrammarAST.isGroup(element)) {
            const tokens = new Set<TokenType>();
            for (const part of element.elements) {
                const first = this.first(part);
                first.tokens.forEach(token => tokens.add(token));
                if (!first.nullable) return { tokens, nullable: false };
            }
            return { tokens, nullable: true };
        }
        if (GrammarAST.isAlternatives(element)) {
            const firsts = element.elements.map(e => this.first(e));
            return { tokens: new Set(firsts.flatMap(f => [...f.tokens])), nullable: firsts.some(f => f.nullable) };
        }
        if (GrammarAST.isAssignment(element)) return this.first(element.terminal);
        if (GrammarAST.isKeyword(element)) return { tokens: new Set([this.keywordToken(element)]), nullable: false };
        if (GrammarAST.isCrossReference(element)) return this.first(crossReferenceTerminal(element));
        if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref;
            if (GrammarAST.isTerminalRule(rule)) return { tokens: new Set([this.token(rule.name)]), nullable: false };
            if (GrammarAST.isParserRule(rule)) return this.first(rule.definition);
        }
        throw new Unsupported(element.$type);
    }

    private keywordToken(keyword: GrammarAST.Keyword): TokenType {
        return this.token(keyword.value);
    }

    private token(name: string): TokenType {
        const token = this.tokens[name];
        if (!token) throw new Unsupported(`no token ${name}`);
        return token;
    }
}

/** The terminal a cross-reference is written with: its own, or the name's of the type it refers to (as Langium's parser builder finds it). */
function crossReferenceTerminal(reference: GrammarAST.CrossReference): GrammarAST.AbstractElement {
    const terminal = reference.terminal ?? (reference.type.ref && GrammarUtils.findNameAssignment(reference.type.ref)?.terminal);
    if (!terminal) throw new Unsupported('cross-reference without a terminal');
    return terminal;
}

/** The assignment a grammar element's value goes to, found as Langium's parser finds it. */
function assignmentOf(feature: GrammarAST.AbstractElement): FeatureAssignment | undefined {
    const assignment = AstUtils.getContainerOfType(feature, GrammarAST.isAssignment);
    if (!assignment) return undefined;
    return { feature: assignment.feature, operator: assignment.operator, crossReference: GrammarAST.isCrossReference(assignment.terminal) };
}
