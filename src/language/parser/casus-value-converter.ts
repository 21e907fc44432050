import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/** Casus texts know two escapes, `\"` and `\\`; any other backslash is kept as written (a Windows path stays a path). */
export class CasusValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') {
            const closed = input.length >= 2 && input.endsWith('"');
            const body = input.slice(1, closed ? -1 : undefined);
            return body.includes('\\') ? body.replace(/\\(["\\])/g, '$1') : body;
        }
        return super.runConverter(rule, input, cstNode);
    }
}
