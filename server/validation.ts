// Validation rules that bound what one request may ask for, checked before anything runs:
// how deep the selection goes, how many aliases it uses, and an estimate of how many
// values it could produce (each field counts once per item of the lists around it; a
// list's size is its `first` or `limit` argument (100 when a variable), else that
// argument's default; a list without one counts as SHORT_LIST, a connection's edges as 1).
import {
  GraphQLError, Kind, getNamedType, getNullableType, isListType, type ASTVisitor, type FieldNode, type FragmentDefinitionNode,
  type GraphQLField, type GraphQLOutputType, type SelectionSetNode, type ValidationContext, isObjectType, isInterfaceType,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxComplexity: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxComplexity: 100_000 };
const LIST_GUESS = 20;
const SHORT_LIST = 5;
const MAX_SIZE = 500;
const MAX_FIRST_GUESS = 100;

const fail = (message: string, node?: FieldNode) => new GraphQLError(message, { nodes: node ? [node] : undefined, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });

function fragments(ctx: ValidationContext): Map<string, FragmentDefinitionNode> {
  const out = new Map<string, FragmentDefinitionNode>();
  for (const def of ctx.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) out.set(def.name.value, def);
  return out;
}

/** Fields of a selection set with fragments spread in (a fragment already on the way is not followed again). */
function fieldsOf(set: SelectionSetNode, frags: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf(sel.selectionSet, frags, seen));
    else if (!seen.has(sel.name.value)) {
      const frag = frags.get(sel.name.value);
      if (frag) out.push(...fieldsOf(frag.selectionSet, frags, new Set([...seen, sel.name.value])));
    }
  }
  return out;
}

/** The selection may not nest deeper than `max` fields. */
export function depthLimit(max: number) {
  return (ctx: ValidationContext): ASTVisitor => {
    const frags = fragments(ctx);
    const depth = (set: SelectionSetNode, d: number): number => {
      if (d > max) return d;
      let deepest = d;
      for (const f of fieldsOf(set, frags)) if (f.selectionSet) deepest = Math.max(deepest, depth(f.selectionSet, d + 1));
      return deepest;
    };
    return {
      OperationDefinition(op) {
        const d = depth(op.selectionSet, 1);
        if (d > max) ctx.reportError(fail(`the query nests fields more than ${max} levels deep; the limit is ${max}`));
      },
    };
  };
}

/** At most `max` aliased fields in a document. */
export function aliasLimit(max: number) {
  return (ctx: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias && ++count === max + 1) ctx.reportError(fail(`the query uses more than ${max} aliases`, node));
      },
    };
  };
}

function listSize(field: GraphQLField<unknown, unknown> | undefined, node: FieldNode): number {
  const arg = node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'limit');
  // Sizes above what any field accepts are refused by the resolver, with a clearer message.
  if (arg?.value.kind === Kind.INT) return Math.min(MAX_SIZE, Math.max(1, Number(arg.value.value)));
  const def = field?.args.find((a) => a.name === (arg?.name.value ?? 'first') || a.name === 'limit');
  if (arg?.value.kind === Kind.VARIABLE) return MAX_FIRST_GUESS;
  if (typeof def?.defaultValue === 'number') return Math.max(1, def.defaultValue);
  return LIST_GUESS;
}

/** The estimated number of values the operation could produce may not exceed `max`. */
export function complexityLimit(max: number, maxDepth = Infinity) {
  return (ctx: ValidationContext): ASTVisitor => {
    const schema = ctx.getSchema();
    const frags = fragments(ctx);
    const cost = (type: GraphQLOutputType, set: SelectionSetNode, guard: number): number => {
      const named = getNamedType(type);
      // Deeper than the depth limit is refused by that rule; one error says it better than two.
      if (guard >= maxDepth || !(isObjectType(named) || isInterfaceType(named))) return 0;
      let total = 0;
      for (const node of fieldsOf(set, frags)) {
        const field = named.getFields()[node.name.value];
        const fieldType = field ? getNullableType(field.type) : undefined;
        // A field with a `first` argument sizes the list below it (a list, or a connection's edges).
        const hasSize = field?.args.some((a) => a.name === 'first' || a.name === 'limit');
        // Other lists are short (a path's nodes, a policy's tracks) or sized above (a connection's edges).
        const n = hasSize ? listSize(field, node) : fieldType && isListType(fieldType) && node.name.value !== 'edges' ? SHORT_LIST : 1;
        const inner = node.selectionSet && field ? cost(field.type, node.selectionSet, guard + 1) : 0;
        total += n * (1 + inner);
        if (total > max) return max + 1;
      }
      return total;
    };
    return {
      OperationDefinition(op) {
        const root = op.operation === 'mutation' ? schema.getMutationType() : op.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
        if (!root) return;
        const c = cost(root, op.selectionSet, 0);
        if (c > max) ctx.reportError(fail(`the query could return more than ${max} values: ask for smaller pages or fewer fields`));
      },
    };
  };
}

export const validationRules = (limits: QueryLimits = DEFAULT_LIMITS) => [
  depthLimit(limits.maxDepth), aliasLimit(limits.maxAliases), complexityLimit(limits.maxComplexity, limits.maxDepth),
];
