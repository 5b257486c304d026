import { describe, expect, test } from 'vitest';
import type { GraphDocument } from '../schema/domain.js';
import { toGraphML, xmlEscape } from './formats/graphml.js';
import { loadSeed } from './load-seed.js';

/** A small well-formedness check: tags balance, attributes are quoted, entities are known. */
function checkXml(xml: string): { elements: Map<string, number> } {
  const elements = new Map<string, number>();
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = lt < 0 ? body.slice(i) : body.slice(i, lt);
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(text) || text.includes('>')) throw new Error(`bad text near ${i}`);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) throw new Error(`bad tag at ${lt}: ${body.slice(lt, lt + 60)}`);
    const [, close, name = '', , selfClose] = m;
    if (close) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else {
      elements.set(name, (elements.get(name) ?? 0) + 1);
      if (!selfClose) stack.push(name);
    }
    i = tag.lastIndex;
  }
  if (stack.length) throw new Error(`unclosed ${stack.join(',')}`);
  return { elements };
}

describe('GraphML', () => {
  test('escapes XML specials and drops forbidden control characters', () => {
    expect(xmlEscape(`a<b>&"c'\u0001d`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;d');
  });

  test('the real seed exports as well-formed GraphML with one element per node and edge', () => {
    const seed = loadSeed();
    const xml = toGraphML(seed);
    const { elements } = checkXml(xml);
    expect({
      graphml: elements.get('graphml'),
      graph: elements.get('graph'),
      key: elements.get('key'),
      node: elements.get('node'),
      edge: elements.get('edge'),
    }).toStrictEqual({ graphml: 1, graph: 1, key: 20, node: seed.nodes.length, edge: seed.edges.length });
  });

  test('a node with Danish text and markup-like characters round-trips through escaping', () => {
    const doc: GraphDocument = {
      format: 'aftalegraf-graph',
      version: 1,
      documents: [],
      nodes: [
        {
          id: 'ini-x',
          label: 'Initiative',
          kind: 'trial',
          nameDa: 'Børn & unge <under 18> "Ærø"',
          aliases: [],
          props: {},
          sources: [],
          statusHistory: [
            { code: 'STARTED', textDa: 'Igangsat', date: '2024', kind: 'fact', documentId: 'd', seq: 0 },
          ],
        },
      ],
      edges: [],
    };
    const xml = toGraphML(doc);
    checkXml(xml);
    expect(xml).toContain(
      '<node id="ini-x"><data key="n_label">Initiative</data><data key="n_kind">trial</data><data key="n_name_da">Børn &amp; unge &lt;under 18&gt; &quot;Ærø&quot;</data><data key="n_status">STARTED</data><data key="n_status_date">2024</data>',
    );
  });
});
