/** A failure the CLI reports as one line on stderr with exit status 1. */
export class CliFailure extends Error {}
