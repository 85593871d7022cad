/**
 * Look-ahead over the GraphQL selection set: which sub-fields a connection field was asked
 * for (following fragments and honouring @skip/@include), with their arguments, so one search
 * fetches exactly what the operation needs.
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  isObjectType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

export interface SelectedField {
  /** Alias, or the field name. */
  key: string;
  name: string;
  nodes: FieldNode[];
}

/** Sub-fields of the current field, merged by response key. */
export function subFields(info: GraphQLResolveInfo, nodes: readonly FieldNode[] = info.fieldNodes): SelectedField[] {
  const out = new Map<string, SelectedField>();
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const sel of set?.selections ?? []) {
      if (!included(info, sel)) continue;
      if (sel.kind === 'Field') {
        const key = sel.alias?.value ?? sel.name.value;
        const f = out.get(key) ?? { key, name: sel.name.value, nodes: [] };
        f.nodes.push(sel);
        out.set(key, f);
      } else if (sel.kind === 'InlineFragment') {
        visit(sel.selectionSet, seen);
      } else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        visit(info.fragments[sel.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const n of nodes) visit(n.selectionSet, new Set());
  return [...out.values()];
}

/** Sub-fields of a sub-field (e.g. the `node` under `edges`), merged across its occurrences. */
export function subFieldsOf(info: GraphQLResolveInfo, field: SelectedField | undefined): SelectedField[] {
  return field ? subFields(info, field.nodes) : [];
}

/** Argument values of a selected field of `type`, coerced with the operation's variables. */
export function fieldArgs(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType | string,
  field: SelectedField,
): Record<string, unknown> {
  const t = typeof type === 'string' ? info.schema.getType(type) : type;
  if (!isObjectType(t)) throw new Error(`unknown object type ${String(type)}`);
  const def = t.getFields()[field.name];
  if (!def) throw new Error(`${t.name} has no field ${field.name}`);
  return getArgumentValues(def, field.nodes[0]!, info.variableValues);
}

function included(info: GraphQLResolveInfo, node: FieldNode | SelectionSetNode['selections'][number]): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, info.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues);
  return include?.if !== false;
}
