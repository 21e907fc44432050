// Node 20 lacks Object.groupBy, which chevrotain's grammar checks call (in
// `langium generate` and in parsers built in development mode). Node 22 has it.
Object.groupBy ??= (items, key) => {
    const groups = Object.create(null); let i = 0;
    for (const item of items) (groups[key(item, i++)] ??= []).push(item);
    return groups;
};
