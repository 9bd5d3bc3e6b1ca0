/**
 * Mocha's spec reporter plus the plain closing line CI reads: "N passed, N failed". A run that ran no
 * test fails: a suite that tests nothing must never go green.
 */
import Mocha = require('mocha');

const { EVENT_RUN_END } = Mocha.Runner.constants;

class ClosingLineReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const stats = runner.stats ?? { passes: 0, failures: 0, tests: 0 };
      const suite = process.env.SPRITEPAL_SUITE ? `${process.env.SPRITEPAL_SUITE}: ` : '';
      if (stats.passes + stats.failures === 0) {
        Mocha.reporters.Base.consoleLog(`${suite}no test ran: failing the suite`);
        process.exitCode = 1;
      }
      Mocha.reporters.Base.consoleLog(`${stats.passes} passed, ${stats.failures} failed`);
    });
  }
}

export = ClosingLineReporter;
