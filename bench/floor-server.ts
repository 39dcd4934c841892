// Way (a), the floor: a bare Express app with one GET route per question that runs the
// same queries/ functions our resolvers run and sends the same JSON, with no GraphQL
// parsing, validation or execution in between.
import express from 'express';
import type { Driver } from '../queries/db';
import type { Question } from './query-questions';

/** GET /q/<index> answers questions[index]; 404 for a question without a floor. */
export function floorApp(driver: Driver, questions: readonly Question[]): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag'); // the API sends none either
  app.get('/q/:index', async (req, res) => {
    const q = questions[Number(req.params.index)];
    if (!q?.floor) {
      res.status(404).json({ error: 'no floor for this question' });
      return;
    }
    try {
      res.json(await q.floor(driver));
    } catch (err) {
      res.status(500).json({ error: err instanceof Error ? err.message : String(err) });
    }
  });
  return app;
}
