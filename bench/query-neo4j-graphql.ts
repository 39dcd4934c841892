// Way (c): an @neo4j/graphql 7 server over the same database, with type definitions
// for our labels: one Entity node type (the type label read by a @cypher field), one
// relationship field per ontology type and direction (properties on `Rel`), and the
// existing full-text index for search. Read-only: mutations are excluded.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { RELATIONSHIP_TYPES } from '../core/ontology';

const camel = (t: string) => t.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export const NEO4J_GRAPHQL_TYPE_DEFS = `
type Entity @node @mutation(operations: [])
  @fulltext(indexes: [{ indexName: "entity_search", queryName: "searchEntities", fields: ["name"] }]) {
  id: ID!
  name: String!
  nameKey: String
  aliases: [String!]
  wikidataId: String
  type: String @cypher(statement: "RETURN [l IN labels(this) WHERE l <> 'Entity'][0] AS t", columnName: "t")
${RELATIONSHIP_TYPES.map((t) => `  ${camel(t)}Out: [Entity!]! @relationship(type: "${t}", direction: OUT, properties: "Rel")
  ${camel(t)}In: [Entity!]! @relationship(type: "${t}", direction: IN, properties: "Rel")`).join('\n')}
}

type Rel @relationshipProperties {
  id: ID!
  confidence: Float!
  firstSeen: String
  lastSeen: String
  evidenceCount: Int!
  action: String
  role: String
  status: String
}
`;

/** An Express app serving @neo4j/graphql at /graphql; `close` stops Apollo. */
export async function neo4jGraphqlApp(driver: Driver): Promise<{ app: express.Express; close: () => Promise<void> }> {
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver }).getSchema();
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginLandingPageDisabled()] });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  return { app, close: () => apollo.stop() };
}
