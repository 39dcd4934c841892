// read() runs its statement as an auto-commit transaction and so retries transient
// failures itself; a fake driver shows which failures it tries again.
import neo4j from 'neo4j-driver';
import { type Driver, read } from '../../queries/db';

const ok = { records: [{ toObject: () => ({ n: 1 }) }], summary: { counters: { updates: () => ({}) } } };

function fakeDriver(failures: unknown[]): { driver: Driver; runs: () => number } {
  let runs = 0;
  const driver = {
    session: () => ({
      run: async () => {
        runs++;
        const failure = failures.shift();
        if (failure) throw failure;
        return ok;
      },
      close: async () => undefined,
    }),
  } as unknown as Driver;
  return { driver, runs: () => runs };
}

const neoError = (code: string) => new neo4j.Neo4jError('it failed', code, 'N/A', 'N/A');

test('a transient failure is tried again and the rows come back', async () => {
  const { driver, runs } = fakeDriver([neoError('Neo.TransientError.General.DatabaseUnavailable')]);
  await expect(read(driver, 'RETURN 1 AS n')).resolves.toEqual([{ n: 1 }]);
  expect(runs()).toBe(2);
});

test('a client error and a statement stopped by its timeout are not tried again', async () => {
  for (const code of ['Neo.ClientError.Statement.SyntaxError', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']) {
    const { driver, runs } = fakeDriver([neoError(code)]);
    await expect(read(driver, 'RETURN 1 AS n')).rejects.toBeDefined();
    expect(runs()).toBe(1);
  }
});
