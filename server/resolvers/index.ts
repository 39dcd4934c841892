// One file per GraphQL type; fields not listed here resolve to the record's property
// of the same name.
import { Entity } from './Entity';
import { Evidence } from './Evidence';
import { Query } from './Query';
import { Relationship } from './Relationship';

export const resolvers = { Query, Entity, Relationship, Evidence };
