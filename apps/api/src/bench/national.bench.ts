import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { Client } from 'pg';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { createDataSource } from '../db/data-source';
import { SESSION_COOKIE } from '../features/auth/session-cookie';
import { startBenchApp } from './bench-app';
import { benchScale, startNationalDatabase, type NationalDatabase } from './national-data';
import { LoadClient, type LoadRequest } from './national-load';
import { benchOperations, type BenchOperation } from './national-operations';
import { startRawEndpoint, type RawEndpoint } from './raw-endpoint';
import { median, percentile } from './stats';

/** Interleaved rounds per query: GraphQL and raw alternate (ABBA), so drift of a busy machine hits both alike. */
const ROUNDS = 8;
const ROUND_MS = 1_000;
const CONCURRENCY = 4;
const WARM_UP = 30;
/** Sequential requests for the latency figures at national scale; slow answers stop at the time cap. */
const LATENCY_REQUESTS = 40;
const LATENCY_CAP_MS = 12_000;
const STATEMENT_SAMPLES = 5;

/** Sees every statement of the app's DataSource (BEGIN and COMMIT too), to count them per request. */
class StatementCounter implements TypeOrmLogger {
  count = 0;
  logQuery() {
    this.count += 1;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

const ms = (value: number) => Math.round(value * 10) / 10;

interface Servers {
  data: NationalDatabase;
  graphqlUrl: string;
  raw: RawEndpoint;
  counter: StatementCounter;
  stop(): Promise<void>;
}

async function startServers(scale: number): Promise<Servers> {
  const data = await startNationalDatabase({ scale });
  const counter = new StatementCounter();
  const db = createDataSource({ url: data.appUrl, logger: counter });
  await db.initialize();
  const app = await startBenchApp(db);
  const raw = await startRawEndpoint({ databaseUrl: data.appUrl });
  return {
    data,
    graphqlUrl: app.graphqlUrl,
    raw,
    counter,
    stop: async () => {
      await raw.stop();
      await app.stop();
      await db.destroy();
      await data.stop();
    },
  };
}

function requests(servers: Servers, op: BenchOperation): { graphql: LoadRequest; raw: LoadRequest } {
  const cookie = `${SESSION_COOKIE}=${servers.data.ids.users[op.as].token}`;
  return {
    graphql: { url: servers.graphqlUrl, body: JSON.stringify({ query: op.query, variables: op.variables }), cookie },
    raw: { url: `${servers.raw.url}/${op.operation}`, body: JSON.stringify({ variables: op.variables }), cookie },
  };
}

async function check(client: LoadClient, request: LoadRequest, what: string, count = 1) {
  const result = await client.run({ request, concurrency: 1, count });
  if (result.error) {
    throw new Error(`${what}: ${result.error}`);
  }
  return result;
}

/** Statements per request, from a few sequential requests. */
async function statementsPer(client: LoadClient, request: LoadRequest, counted: () => number, reset: () => void) {
  reset();
  await check(client, request, 'statements', STATEMENT_SAMPLES);
  return Math.round((counted() / STATEMENT_SAMPLES) * 10) / 10;
}

/** GraphQL ÷ raw throughput, interleaved, with the latencies of both under the same load. */
async function ratio(client: LoadClient, servers: Servers, name: string, op: BenchOperation) {
  const { graphql, raw } = requests(servers, op);
  await check(client, graphql, `${name} (GraphQL)`, WARM_UP);
  await check(client, raw, `${name} (raw)`, WARM_UP);
  const totals = {
    graphql: { count: 0, ms: 0, latencies: [] as number[] },
    raw: { count: 0, ms: 0, latencies: [] as number[] },
  };
  const roundRatios: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const order: ('graphql' | 'raw')[] = round % 2 === 0 ? ['graphql', 'raw'] : ['raw', 'graphql'];
    const rates = { graphql: 0, raw: 0 };
    for (const side of order) {
      const result = await client.run({
        request: side === 'graphql' ? graphql : raw,
        concurrency: CONCURRENCY,
        durationMs: ROUND_MS,
      });
      if (result.error) {
        throw new Error(`${name} (${side}): ${result.error}`);
      }
      totals[side].count += result.latencies.length;
      totals[side].ms += result.elapsedMs;
      totals[side].latencies.push(...result.latencies);
      rates[side] = result.latencies.length / result.elapsedMs;
    }
    roundRatios.push(rates.graphql / rates.raw);
  }
  const perSecond = (side: 'graphql' | 'raw') => (totals[side].count / totals[side].ms) * 1000;
  const statements = {
    graphql: await statementsPer(
      client,
      graphql,
      () => servers.counter.count,
      () => (servers.counter.count = 0),
    ),
    raw: await statementsPer(client, raw, servers.raw.statements, servers.raw.resetStatements),
  };
  return {
    // The median of the rounds' ratios: a burst of load from elsewhere on the machine spoils one round, not the figure.
    [`${name}: GraphQL ÷ raw req/s (%, median of ${ROUNDS} rounds)`]: Math.round(median(roundRatios) * 100),
    [`${name}: GraphQL req/s (${CONCURRENCY} clients)`]: Math.round(perSecond('graphql')),
    [`${name}: raw req/s (${CONCURRENCY} clients)`]: Math.round(perSecond('raw')),
    [`${name}: GraphQL p50 / p95 (ms)`]: `${ms(percentile(totals.graphql.latencies, 50))} / ${ms(percentile(totals.graphql.latencies, 95))}`,
    [`${name}: raw p50 / p95 (ms)`]: `${ms(percentile(totals.raw.latencies, 50))} / ${ms(percentile(totals.raw.latencies, 95))}`,
    [`${name}: SQL statements per request GraphQL / raw`]: `${statements.graphql} / ${statements.raw}`,
  };
}

/** One client, one request at a time: the latency a user sees at national scale. */
const latencyFigures = (name: string, latencies: number[]) => ({
  [`${name}: p50 / p95 (ms, ${latencies.length} requests)`]: `${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 95))}`,
});

async function latency(client: LoadClient, servers: Servers, name: string, op: BenchOperation, withSize = false) {
  const { graphql } = requests(servers, op);
  await check(client, graphql, name, 3);
  const result = await client.run({
    request: graphql,
    concurrency: 1,
    count: LATENCY_REQUESTS,
    durationMs: LATENCY_CAP_MS,
  });
  if (result.error) {
    throw new Error(`${name}: ${result.error}`);
  }
  const statements = await statementsPer(
    client,
    graphql,
    () => servers.counter.count,
    () => (servers.counter.count = 0),
  );
  return {
    ...latencyFigures(name, result.latencies),
    ...(withSize ? { [`${name}: response (KB)`]: Math.round(result.bytes / 1024) } : {}),
    [`${name}: SQL statements`]: statements,
  };
}

/**
 * The roadmap keeps its counts until something they count changes (RoadmapCountCache migration).
 * This is the latency of the first request after such a change: each request follows a new version
 * of the region, as a new session or activity gives it, so every answer counts afresh.
 */
async function latencyAfterChange(client: LoadClient, servers: Servers, name: string, op: BenchOperation) {
  const { graphql } = requests(servers, op);
  const owner = new Client({ connectionString: servers.data.ownerUrl });
  await owner.connect();
  try {
    const latencies: number[] = [];
    for (let i = 0; i < LATENCY_REQUESTS; i += 1) {
      await owner.query('SELECT roadmap_bump($1::uuid[])', [[servers.data.ids.regionId]]);
      latencies.push(...(await check(client, graphql, name)).latencies);
    }
    return latencyFigures(name, latencies);
  } finally {
    await owner.end();
  }
}

/**
 * `RD_BENCH_CPU_PROFILE=<file>`: a CPU profile of the server's thread (app, raw endpoint; the
 * clients run in a worker) over the measured part, to open in Chrome DevTools or speedscope.
 */
async function profiled<T>(work: () => Promise<T>): Promise<T> {
  const file = process.env.RD_BENCH_CPU_PROFILE;
  if (!file) {
    return work();
  }
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(file, JSON.stringify(profile));
    session.disconnect();
    console.error(`CPU profile written to ${file}`);
  }
}

/**
 * The national bench (issue 12): the app and a raw `pg` endpoint side by side on the national data
 * set, the app in production mode in this process, the clients in a worker thread.
 */
export async function benchNational(): Promise<Record<string, number | string>> {
  const scale = benchScale();
  const started = performance.now();
  const servers = await startServers(scale);
  const client = new LoadClient();
  try {
    const ops = benchOperations(servers.data.ids);
    const { counts } = servers.data;
    const results: Record<string, number | string> = {
      'national: data': `scale ${scale}: ${counts.municipalities} municipalities, ${counts.sessions} sessions, ${counts.registrations} registrations, ${counts.recommendations} recommendations, ${counts.activities} activities`,
      'national: seeding (s)': Math.round(servers.data.seedMs / 1000),
    };
    await profiled(async () => {
      Object.assign(
        results,
        await ratio(client, servers, 'Sessions (participant, 25)', ops.sessionsList),
        await ratio(client, servers, 'Recommendations (coordinator, 25)', ops.recommendationsCoordinator),
        await ratio(client, servers, 'LatestPicture', ops.latestPicture),
        await latency(client, servers, 'sessions list (participant, 25)', ops.sessionsList),
        await latency(client, servers, 'calendar month (participant, ≤100)', ops.calendarMonth),
        await latency(client, servers, 'recommendations of the region (analyst, 25)', ops.recommendationsRegion),
        await latency(client, servers, 'roadmap by year', ops.roadmapYear, true),
        await latency(client, servers, 'roadmap by quarter', ops.roadmapQuarter, true),
        await latencyAfterChange(client, servers, 'roadmap by year, first after a change', ops.roadmapYear),
        await latencyAfterChange(client, servers, 'roadmap by quarter, first after a change', ops.roadmapQuarter),
      );
    });
    results['national: bench total (s)'] = Math.round((performance.now() - started) / 1000);
    return results;
  } finally {
    await client.stop();
    await servers.stop();
  }
}
