import path from 'node:path';
import {
  buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema,
} from 'graphql';
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '../../core/ontology';
import { objectResolvers as resolvers } from '../../server/resolvers';
import { loadTypeDefs } from '../../server/schema';

const schema: GraphQLSchema = buildSchema(loadTypeDefs(path.join(__dirname, '..', '..')));
const ownTypes = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));

describe('schema/schema.graphql', () => {
  test('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of ownTypes) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  test('its enums are the ontology’s names', () => {
    const values = (name: string) => (schema.getType(name) as import('graphql').GraphQLEnumType).getValues().map((v) => v.name);
    expect(values('EntityType')).toEqual([...ENTITY_TYPES]);
    expect(values('RelationshipType')).toEqual([...RELATIONSHIP_TYPES]);
    expect(values('Direction')).toEqual(['OUT', 'IN', 'BOTH']);
  });

  test('keeps the v1 contract', () => {
    const fields = (name: string) => Object.keys((schema.getType(name) as import('graphql').GraphQLObjectType).getFields());
    expect(fields('Query')).toEqual(expect.arrayContaining(['entity', 'search']));
    expect(fields('Entity')).toEqual(expect.arrayContaining(['id', 'name', 'type', 'aliases', 'wikidataId', 'relationships']));
    expect(fields('RelationshipConnection')).toEqual(['totalCount', 'edges', 'pageInfo']);
    expect(fields('RelationshipEdge')).toEqual(['cursor', 'node']);
    expect(fields('PageInfo')).toEqual(['hasNextPage', 'endCursor']);
    expect(fields('Relationship')).toEqual(
      expect.arrayContaining(['id', 'type', 'source', 'target', 'confidence', 'firstSeen', 'lastSeen', 'evidence', 'action', 'role', 'status']),
    );
    expect(fields('Evidence')).toEqual(expect.arrayContaining(['sentence', 'start', 'end', 'document']));
    expect(fields('Document')).toEqual(expect.arrayContaining(['id', 'title', 'url', 'language', 'publishedAt']));
  });

  test('every resolver belongs to a field of the schema', () => {
    for (const [typeName, fieldResolvers] of Object.entries(resolvers)) {
      const type = schema.getType(typeName);
      expect(isObjectType(type)).toBe(true);
      for (const field of Object.keys(fieldResolvers)) expect(Object.keys((type as import('graphql').GraphQLObjectType).getFields())).toContain(field);
    }
  });
});
