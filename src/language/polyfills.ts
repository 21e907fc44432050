// Node 20 lacks Object.groupBy, which chevrotain calls while it checks a grammar
// (development mode). Node 22 has it. Imported first by every Node entry point.
type GroupBy = <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) => Partial<Record<PropertyKey, T[]>>;
const objectWithGroupBy = Object as unknown as { groupBy?: GroupBy };
objectWithGroupBy.groupBy ??= (items, key) => {
    const groups: Partial<Record<PropertyKey, unknown[]>> = Object.create(null); let i = 0;
    for (const item of items) (groups[key(item, i++)] ??= []).push(item);
    return groups as never;
};
