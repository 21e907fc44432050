/** A mistake on the command line: exit 2 with the usage text. */
export class UsageError extends Error { }

/** A bad casus.json: exit 2 like a usage error, but without the usage text (the command line itself was fine). */
export class ConfigurationError extends Error { }
