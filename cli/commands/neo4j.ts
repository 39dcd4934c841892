import { loadConfig } from '../../core/config';
import { badInput } from '../../core/errors';
import { ensureLauncherBuilt, localStatus, startLocalNeo4j, stopLocalNeo4j } from '../../neo4j/local';
import { parseArgs } from '../args';

export async function runNeo4j(argv: string[]): Promise<number> {
  const args = parseArgs(argv, [], ['verbose']);
  const [action] = args.positionals;
  const config = loadConfig();
  const log = (m: string) => process.stderr.write(`${m}\n`);
  switch (action) {
    case 'build':
      await ensureLauncherBuilt(config.root, log);
      return 0;
    case 'start': {
      const neo = await startLocalNeo4j({
        root: config.root,
        home: config.home,
        boltPort: config.localBoltPort,
        heap: config.localHeap,
        pagecache: config.localPagecache,
        detached: true,
        log,
      });
      process.stdout.write(`running ${neo.uri} (pid ${neo.pid}, home ${config.home})\n`);
      return 0;
    }
    case 'status': {
      const s = await localStatus(config.home);
      process.stdout.write(s.running ? `running ${s.uri} (pid ${s.pid}, home ${config.home})\n` : `stopped (home ${config.home})\n`);
      return s.running ? 0 : 3;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j(config.home);
      process.stdout.write(stopped ? 'stopped\n' : 'was not running\n');
      return 0;
    }
    default:
      throw badInput('usage: policy-graph neo4j start|stop|status|build');
  }
}
