// Rollup plugin: drops the `desc` option of @lit/localize `msg()` calls from the shipped bundle.
// Descriptions are for translators; `lit-localize extract` reads them from src/, visitors never need them.
import MagicString from 'magic-string';

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) walk(c, visit);
    else if (child && typeof child.type === 'string') walk(child, visit);
  }
}

export function stripMsgDesc() {
  return {
    name: 'strip-msg-desc',
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes('desc')) return null;
      const s = new MagicString(code);
      let changed = false;
      walk(this.parse(code), (node) => {
        if (
          node.type !== 'CallExpression' ||
          node.callee.type !== 'Identifier' ||
          node.callee.name !== 'msg'
        ) {
          return;
        }
        const options = node.arguments[1];
        if (!options || options.type !== 'ObjectExpression') return;
        const props = options.properties;
        props.forEach((prop, i) => {
          if (prop.type !== 'Property' || prop.computed || prop.key.name !== 'desc') return;
          // Remove the property with the comma that separates it from its neighbour.
          const start = i > 0 ? props[i - 1].end : prop.start;
          const end = i > 0 ? prop.end : (props[i + 1]?.start ?? prop.end);
          s.remove(start, end);
          changed = true;
        });
      });
      return changed ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}
