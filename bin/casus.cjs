#!/usr/bin/env node
// The `casus` command: runs the bundled CLI (built by `npm run build`).
require('../out/cli/casus.cjs');
