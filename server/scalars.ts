// The Date scalar: a calendar day, YYYY-MM-DD, checked on the way in.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isDay(value: unknown): value is string {
  const m = typeof value === 'string' ? DAY.exec(value) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const parse = (value: unknown): string => {
  if (!isDay(value)) {
    throw new GraphQLError(`a Date must be a calendar day written YYYY-MM-DD, not ${JSON.stringify(value)?.slice(0, 40)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
};

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
