import type { IToken, TokenType } from 'chevrotain';
import {
    CstNodeBuilder, isAstNode,
    type AstNode, type AstReflection, type CstNode, type LangiumCoreServices, type LangiumParser, type Lexer, type LexerResult, type Linker,
    type ParseResult, type ParserOptions, type ValueConverter,
} from 'langium';
import { compileGrammar, type CompiledGrammar, type CompiledRule, type FeatureAssignment, type RuleStep, type StepContext, type TokenStep } from './ll1-grammar.js';
import { CasusLexer, TokenCursor } from './casus-lexer.js';
import { createLinearLangiumParser } from './linear-hidden-nodes.js';

/** Thrown (never as an Error: no stack to capture) when the text is not what the grammar expects. */
const MISMATCH = Symbol('mismatch');
/** Marks the value under construction of a data type rule (a rule that returns a string). */
const DATATYPE = Symbol('datatype');

/** An AST node (or a data type rule's value) while its rule runs; CstNodeBuilder.construct gives it its `$cstNode`. */
type NodeUnderConstruction = Record<string | symbol, unknown> & { $type: string | symbol; $cstNode: CstNode; value?: string };

/**
 * The parser of the Casus service set: a direct, one-token-lookahead parser
 * compiled from the grammar, for texts without syntax errors, and Langium's
 * own (chevrotain) parser for texts with them.
 *
 * Why: while an analyst types, nearly every text parses. For those,
 * chevrotain's machinery (lookahead functions, recording, error recovery) and
 * Langium's deep container linking after the parse were most of a build (27 of
 * 37 ms at 10,000 lines on the benchmark machine). This parser takes the grammar's one parse of such a
 * text straight from its tokens, building the AST and CST through Langium's own
 * CstNodeBuilder, value converter, linker and reflection, so the result is the
 * very tree Langium's parser builds (the parser tests compare the two node by
 * node, and the fuzzer on every input).
 *
 * At the first token the grammar does not allow here (or a lexing error), it
 * stops and hands the whole text to Langium's parser, which recovers from the
 * error and words it. That parser is created on first need: a run of the CLI on
 * correct cases never pays for chevrotain's grammar analysis.
 */
export class CasusParser {
    private readonly lexer: Lexer;
    private readonly converter: ValueConverter;
    private readonly linker: Linker;
    private readonly reflection: AstReflection;
    private readonly grammar: CompiledGrammar | undefined;
    private recovering: LangiumParser | undefined;
    /** The start of the last text the direct parser stopped on, up to just past where it stopped (see `parse`). */
    private lastStop: string | undefined;

    // The state of the parse under way (one at a time, as with Langium's parser).
    private builder = new CstNodeBuilder();
    private cursor: TokenCursor = new TokenArrayCursor([]);
    private atEnd = true;
    private lexingFailed = false;
    private hidden: IToken[] = [];
    private hiddenPosition = 0;
    private readonly stack: NodeUnderConstruction[] = [];
    private readonly defaults = new Map<string, ReadonlyArray<[string, unknown]>>();

    constructor(private readonly services: LangiumCoreServices) {
        this.lexer = services.parser.Lexer;
        this.converter = services.parser.ValueConverter;
        this.linker = services.references.Linker;
        this.reflection = services.shared.AstReflection;
        this.grammar = compileGrammar(services.Grammar, this.lexer.definition as Record<string, TokenType>, this.stepContext());
    }

    /** Why the grammar has no direct parser, if it has none (every text then goes to Langium's parser). */
    get unsupported(): string | undefined {
        return this.grammar ? undefined : 'the grammar uses constructs the direct parser does not handle';
    }

    /** Langium's parser, which recovers from syntax errors: the one used for texts the direct parser stops on. */
    get recoveringParser(): LangiumParser {
        return this.recovering ??= createLinearLangiumParser(this.services);
    }

    parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        if (options?.rule === undefined) {
            // While an analyst types in a text with an error, each keystroke's text begins as the last one did.
            // Up to just past the token the direct parser stopped at, it would stop there again (it is deterministic):
            // such a text goes straight to Langium's parser, which gives every text the tree the direct one would.
            const stopsAgain = this.lastStop !== undefined && input.startsWith(this.lastStop);
            const direct = stopsAgain ? undefined : this.parseDirectly<T>(input);
            if (direct) return direct;
        }
        return this.recoveringParser.parse<T>(input, options);
    }

    /** The parse of a text without syntax errors; undefined for a text with them (or when the grammar has no direct parser). */
    parseDirectly<T extends AstNode = AstNode>(input: string): ParseResult<T> | undefined {
        if (!this.grammar) return undefined;
        this.hidden = [];
        this.lexingFailed = false;
        let report: LexerResult['report'];
        if (this.lexer instanceof CasusLexer) {
            // Token by token as the parse goes: no token objects to keep (and collect) for the whole text.
            this.cursor = this.lexer.scan(input, comment => this.hidden.push(comment), () => { this.lexingFailed = true; });
            report = this.lexer.report(input);
        } else {
            const lexed = this.lexer.tokenize(input);
            if (lexed.errors.length > 0) return undefined;
            this.cursor = new TokenArrayCursor(lexed.tokens);
            this.hidden = lexed.hidden;
            report = lexed.report;
        }
        const value = this.run(input, this.grammar.entry);
        return value && { value: value as T, lexerErrors: [], lexerReport: report, parserErrors: [] };
    }

    private run(input: string, entry: CompiledRule): AstNode | undefined {
        this.builder = new CstNodeBuilder();
        this.builder.buildRootNode(input);
        this.hiddenPosition = 0;
        this.stack.length = 0;
        try {
            this.advance();
            const root = this.invoke(entry);
            if (!this.atEnd || !isAstNode(root)) return this.stopped(input);
            this.lastStop = undefined;
            this.linkCstNode(root);
            if (this.hiddenPosition < this.hidden.length) this.builder.addHiddenNodes(this.hidden.slice(this.hiddenPosition));
            return root;
        } catch (error) {
            if (error === MISMATCH) return this.stopped(input);
            throw error;
        } finally {
            // Let go of the text and the tree: the document holds what it needs.
            this.builder = new CstNodeBuilder();
            this.cursor = new TokenArrayCursor([]);
            this.hidden = [];
            this.stack.length = 0;
        }
    }

    /**
     * Remembers what made the parse stop: the text up to just past the token it stopped at, with the code point
     * after it (which ended that token). Not for a lexing error or the end of the text: those depend on the rest.
     */
    private stopped(input: string): undefined {
        this.lastStop = this.lexingFailed || this.atEnd ? undefined : input.slice(0, this.cursor.startOffset + this.cursor.image.length + 2);
        return undefined;
    }

    private advance(): void {
        this.atEnd = !this.cursor.advance();
        if (this.lexingFailed) throw MISMATCH;
    }

    /** The operations the compiled grammar's steps call, bound to this parser. */
    private stepContext(): StepContext {
        return {
            next: () => this.atEnd ? undefined : this.cursor.tokenType,
            consume: step => this.consume(step),
            subrule: step => this.subrule(step),
            mismatch: () => { throw MISMATCH; },
        };
    }

    // What follows mirrors LangiumParser's consume/subrule/construct/assign (Langium 4.4), minus error recovery.

    private consume({ type, feature, assignment, keyword }: TokenStep): void {
        const token = this.cursor;
        if (this.atEnd || token.tokenType !== type) throw MISMATCH;
        this.addHiddenNodesBefore(token.startOffset);
        const leaf = this.builder.buildLeafNode(token, feature);
        if (assignment) {
            this.assign(assignment, keyword ? token.image : this.converter.convert(token.image, leaf), leaf);
        } else {
            const current = this.current;
            if (current.$type === DATATYPE) current.value += keyword ? token.image : String(this.converter.convert(token.image, leaf));
        }
        this.advance();
    }

    /** Comments before a token go into the tree just before it, as Langium's parser puts them. */
    private addHiddenNodesBefore(offset: number): void {
        const from = this.hiddenPosition;
        let to = from;
        while (to < this.hidden.length && this.hidden[to].startOffset <= offset) to++;
        if (to > from) {
            this.hiddenPosition = to;
            this.builder.addHiddenNodes(this.hidden.slice(from, to));
        }
    }

    private subrule({ rule, feature, assignment }: RuleStep): void {
        if (rule.fragment) {
            this.invoke(rule);
            return;
        }
        const cstNode = this.builder.buildCompositeNode(feature);
        const result = this.invoke(rule);
        if (result === undefined || cstNode.length === 0) return;
        if (assignment) {
            this.assign(assignment, result, cstNode);
        } else {
            const current = this.current;
            if (current.$type === DATATYPE) {
                current.value += String(result);
            } else if (typeof result === 'object') {
                // An unassigned rule call (`Section: Ik | Organisatie | …`): the called rule's node takes the caller's place.
                this.stack[this.stack.length - 1] = assignWithoutOverride(result as NodeUnderConstruction, current);
            }
        }
    }

    private invoke(rule: CompiledRule): unknown {
        if (rule.fragment) {
            rule.body();
            return undefined;
        }
        this.stack.push((rule.datatype ? { $type: DATATYPE, value: '' } : { $type: rule.type }) as NodeUnderConstruction);
        rule.body();
        const node = this.stack.pop() as NodeUnderConstruction;
        this.builder.construct(node);
        if (node.$type === DATATYPE) return this.converter.convert(node.value ?? '', node.$cstNode);
        for (const [property, initial] of this.defaultsOf(node.$type as string)) {
            if (node[property] === undefined) node[property] = copyDefault(initial);
        }
        return node;
    }

    /**
     * The properties Langium's `assignMandatoryProperties` gives a node of this type when the text left them
     * out (empty lists, false), in the same order, looked up once per type instead of once per node.
     */
    private defaultsOf(type: string): ReadonlyArray<[string, unknown]> {
        let defaults = this.defaults.get(type);
        if (!defaults) {
            defaults = Object.values(this.reflection.getTypeMetaData(type).properties)
                .filter(property => property.defaultValue !== undefined)
                .map(property => [property.name, property.defaultValue]);
            this.defaults.set(type, defaults);
        }
        return defaults;
    }

    private assign(assignment: FeatureAssignment, value: unknown, cstNode: CstNode): void {
        const node = this.current;
        const { feature, operator } = assignment;
        const item = assignment.crossReference && typeof value === 'string'
            ? this.linker.buildReference(node as unknown as AstNode, feature, cstNode, value)
            : value;
        this.linkCstNode(item);
        if (operator === '?=') {
            node[feature] = true;
        } else if (operator === '=') {
            node[feature] = item;
            // Langium links containers after the parse; at this point the child is complete, so the result is the same.
            if (isAstNode(item)) linkToContainer(item, node, feature, undefined);
        } else {
            const list = (Array.isArray(node[feature]) ? node[feature] : node[feature] = []) as unknown[];
            if (isAstNode(item)) linkToContainer(item, node, feature, list.length);
            list.push(item);
        }
    }

    private linkCstNode(item: unknown): void {
        // The CST-to-AST link, set as Langium's parser sets it (its CST node classes have a setter for it).
        if (isAstNode(item) && item.$cstNode) (item.$cstNode as { astNode: AstNode }).astNode = item;
    }

    private get current(): NodeUnderConstruction {
        return this.stack[this.stack.length - 1];
    }
}

/** A cursor over tokens already made, for a lexer other than Casus' own (the benchmark swaps lexers). */
class TokenArrayCursor extends TokenCursor {
    tokenType = {} as TokenType; // none before the first `advance`
    private next = 0;

    constructor(private readonly tokens: readonly IToken[]) {
        super();
    }

    advance(): boolean {
        const token = this.tokens[this.next++];
        if (!token) return false;
        this.image = token.image;
        this.startOffset = token.startOffset;
        this.endOffset = token.endOffset ?? token.startOffset + token.image.length - 1;
        this.startLine = token.startLine ?? 0;
        this.endLine = token.endLine ?? 0;
        this.startColumn = token.startColumn ?? 0;
        this.endColumn = token.endColumn ?? 0;
        this.tokenTypeIdx = token.tokenTypeIdx;
        this.tokenType = token.tokenType;
        return true;
    }
}

/** A fresh copy of a default value, as Langium makes one for each node (lists must not be shared). */
function copyDefault(value: unknown): unknown {
    return Array.isArray(value) ? value.map(copyDefault) : value;
}

function linkToContainer(item: AstNode, container: NodeUnderConstruction, property: string, index: number | undefined): void {
    const child = item as { -readonly [K in keyof AstNode]: AstNode[K] };
    child.$container = container as unknown as AstNode;
    child.$containerProperty = property;
    if (index !== undefined) child.$containerIndex = index;
}

/** Langium's `assignWithoutOverride`: the caller's properties carried over to the node that replaces it. */
function assignWithoutOverride(target: NodeUnderConstruction, source: NodeUnderConstruction): NodeUnderConstruction {
    for (const [name, existing] of Object.entries(source)) {
        const value = target[name];
        if (value === undefined) {
            target[name] = existing;
        } else if (Array.isArray(value) && Array.isArray(existing)) {
            existing.push(...value);
            target[name] = existing;
        }
    }
    (target as Partial<NodeUnderConstruction>).$cstNode = undefined;
    return target;
}
