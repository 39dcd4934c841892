// Talking to /graphql, and finding out which fields the server offers. The API grows
// while this page is used against it: every view asks `can()` before using a field and
// says plainly what is missing instead of failing.

export class ApiError extends Error {
  constructor(message, errors = []) {
    super(message);
    this.errors = errors;
    this.code = errors[0]?.extensions?.code;
  }
}

/** Data and errors, as the server sent them; throws only when there is no data at all. */
export async function request(query, variables = {}) {
  let res;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    throw new ApiError(`The server did not answer (${err.message}).`);
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The server answered ${res.status} without JSON.`);
  }
  if (body.errors?.length && !body.data) throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors);
  if (body.errors?.length) console.warn('GraphQL errors:', JSON.stringify(body.errors));
  return { data: body.data, errors: body.errors ?? [] };
}

/** The data; a field that failed is null in it (and logged). */
export async function gql(query, variables = {}) {
  return (await request(query, variables)).data;
}

const INTROSPECTION = `query Capabilities {
  __schema { types { name kind fields { name args { name } type { ...T } } } }
}
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

let schemaPromise;

/** The server's types and fields, or null when introspection is off. */
export function schema() {
  schemaPromise ??= gql(INTROSPECTION)
    .then((data) => {
      const types = new Map();
      for (const t of data.__schema.types) {
        if (t.kind !== 'OBJECT' || t.name.startsWith('__')) continue;
        types.set(t.name, new Map((t.fields ?? []).map((f) => [f.name, { args: f.args.map((a) => a.name), type: named(f.type) }])));
      }
      return types;
    })
    .catch(() => null);
  return schemaPromise;
}

const named = (t) => (t.ofType ? named(t.ofType) : t.name);

/**
 * Whether `type.field` exists (with these arguments). Without introspection the
 * answer is "yes" and the query itself tells.
 */
export async function can(type, field, args = []) {
  const s = await schema();
  if (!s) return true;
  const f = s.get(type)?.get(field);
  return Boolean(f) && args.every((a) => f.args.includes(a));
}

/** The named type a field returns (e.g. Subgraph for Query.subgraph), or undefined. */
export async function fieldType(type, field) {
  return (await schema())?.get(type)?.get(field)?.type;
}

/** The fields of `type` among `wanted`, for building a selection set from what exists. */
export async function present(type, wanted) {
  const s = await schema();
  if (!s) return wanted;
  const fields = s.get(type);
  return fields ? wanted.filter((f) => fields.has(f)) : [];
}

/** Whether an error says a field or argument is unknown to the server. */
export const isMissingField = (err) =>
  err instanceof ApiError && /Cannot query field|Unknown argument|Unknown type/.test(err.message);
