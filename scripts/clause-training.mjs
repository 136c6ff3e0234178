// How the clause engine's models are trained and their thresholds chosen; shared by train.mjs (the shipped weights)
// and eval.mjs (the held-out figures), so the figures measure the very procedure that made the shipped model.
// Each model is a logistic regression over the unit features of src/core/clauses/features.ts, trained by seeded
// AdaGrad SGD; its thresholds maximise held-out highlight F1, from scores of models that never saw the unit's group.

export const SETTINGS = {
  epochs: 4,
  learningRate: 0.05,
  l2: 0.00001,
  minFeatureCount: 3,
  /** The most frequent features kept: enough for the kinds, small enough for the weights file. */
  maxFeatures: 20_000,
  /**
   * How much a unit of each data set weighs in training. The freelance contracts are the product's documents but a
   * twentieth of the units; at 1 the big commercial contracts decide what "notice" or "renewal" looks like.
   */
  datasetWeight: { 'freelance-dev': 4 },
  /** A data set takes part in choosing a language's threshold with this many gold clauses of the kind in it. */
  minGoldPerDataset: 20,
  /** ... and in at least this many documents: twenty clauses of three quotes set a threshold those three alone like. */
  minDocumentsPerDataset: 8,
};

/**
 * The models, in the engine's MODEL_NAMES order, and the gold spans that teach each in one document: null when the
 * document does not label the model's kind (its units then neither teach nor judge it). `termination` (any
 * termination right) learns from the sets that label it so, and from the freelance set, which labels both its halves.
 */
const kindSpans = (kind) => (doc) => (doc.kinds.includes(kind) ? doc.spans.filter((s) => s.kind === kind) : null);
export const MODELS = {
  termination_convenience: kindSpans('termination_convenience'),
  termination: (doc) => {
    if (doc.kinds.includes('termination')) return doc.spans.filter((s) => s.kind === 'termination');
    if (doc.kinds.includes('termination_convenience') && doc.kinds.includes('termination_cause')) {
      return doc.spans.filter((s) => s.kind === 'termination_convenience' || s.kind === 'termination_cause');
    }
    return null;
  },
  termination_cause: kindSpans('termination_cause'),
  notice: kindSpans('notice'),
  renewal: kindSpans('renewal'),
  post_termination: kindSpans('post_termination'),
  termination_fee: kindSpans('termination_fee'),
  payment: kindSpans('payment'),
  deliverables: kindSpans('deliverables'),
  ip_transfer: kindSpans('ip_transfer'),
  liability_cap: kindSpans('liability_cap'),
};
export const MODEL_NAMES = Object.keys(MODELS);
/** The recall targets: a threshold that reaches them on the training folds gets a small bonus. */
const MIN_RECALL = { termination_convenience: { 'cuad-dev': 0.85 }, notice: { 'cuad-dev': 0.85 } };

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The group a document belongs to, so no source is split between training and evaluation: the freelance set by the
 * repository it came from, FBK by identical text (it repeats clauses), CLAUDETTE by service (the English and Italian
 * terms are translations of each other), CUAD by document.
 */
export function groupOf(doc) {
  if (doc.dataset === 'freelance-dev') return `freelance:${String(doc.source).split(':')[0]}`;
  if (doc.dataset === 'fbk-it-dev') return `fbk:${doc.text.trim()}`;
  if (doc.dataset === 'claudette-dev') return `claudette:${doc.id.replace(/^claudette-(?:en|it)-/, '')}`;
  return `${doc.dataset}:${doc.id}`;
}

/** Each document's fold: every data set's groups, in a seeded order, dealt round the folds, so each fold holds some of each. */
export function assignFolds(docs, folds, seed) {
  const groupsByDataset = new Map();
  for (const doc of docs) {
    const groups = groupsByDataset.get(doc.dataset) ?? new Set();
    groups.add(groupOf(doc));
    groupsByDataset.set(doc.dataset, groups);
  }
  const random = mulberry32(seed);
  const foldOfGroup = new Map();
  for (const dataset of [...groupsByDataset.keys()].sort()) {
    const groups = [...groupsByDataset.get(dataset)].sort();
    for (let i = groups.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [groups[i], groups[j]] = [groups[j], groups[i]];
    }
    groups.forEach((group, i) => foldOfGroup.set(group, i % folds));
  }
  return new Map(docs.map((doc) => [doc.id, foldOfGroup.get(groupOf(doc))]));
}

const inter = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** 1 when a unit is (mostly) a gold clause, 0 when it touches none, null when unclear. */
function unitLabel(unit, goldSpans) {
  let overlap = 0;
  for (const g of goldSpans) {
    const shared = inter(unit, g);
    if (shared >= 0.5 * (g.end - g.start)) return 1;
    overlap += shared;
  }
  if (overlap >= 0.5 * (unit.end - unit.start)) return 1;
  return overlap === 0 ? 0 : null;
}

/** Every candidate unit of every document, segmented and analysed as the engine does, with its label per model. */
export function prepare(engine, docs) {
  const units = [];
  for (const doc of docs) {
    const gold = Object.fromEntries(MODEL_NAMES.map((name) => [name, MODELS[name](doc)]));
    const style = engine.documentStyle(doc.text);
    for (const segment of engine.segmentText(doc.text)) {
      if (!segment.candidate) continue;
      const text = doc.text.slice(segment.start, segment.end);
      const { features, cues, periods, lower } = engine.analyseUnit(text, segment, style);
      const labels = {};
      for (const name of MODEL_NAMES) if (gold[name]) labels[name] = unitLabel(segment, gold[name]);
      // The kinds a decisive rule marks this unit as, whatever the model says.
      const hits = engine.applyRules(text, cues, periods, lower, segment.listItem ? segment.leadIn : '', segment.headings.at(-1));
      const ruled = new Set(hits.filter((hit) => hit.decisive).map((hit) => hit.kind));
      // The kinds a rule marks even where its kind's rules only lift the model.
      const forced = new Set(hits.filter((hit) => hit.decidesEverywhere).map((hit) => hit.kind));
      units.push({ doc, start: segment.start, end: segment.end, features, labels, ruled, forced });
    }
    doc.gold = gold;
    doc.style = style;
  }
  return units;
}

function vocabulary(units) {
  const counts = new Map();
  for (const u of units) for (const f of u.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = [...counts].filter(([, n]) => n >= SETTINGS.minFeatureCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SETTINGS.maxFeatures)
    .map(([f]) => f).sort();
  return new Map(kept.map((f, i) => [f, i]));
}

/** Logistic regression by AdaGrad SGD with L2; positives weighted by the square root of the class ratio. */
function trainOne(name, examples, size, seed) {
  const labelled = examples.filter((e) => e.labels[name] === 0 || e.labels[name] === 1);
  const languages = [...new Set(labelled.filter((e) => e.labels[name] === 1).map((e) => e.lang))].sort();
  const positives = labelled.filter((e) => e.labels[name] === 1).length;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  if (!positives) return { bias: -10, w, languages };
  const positiveWeight = Math.sqrt((labelled.length - positives) / positives);
  const random = mulberry32(seed);
  const order = labelled.map((_, i) => i);
  const { epochs, learningRate, l2 } = SETTINGS;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const { x, labels, weight } = labelled[k];
      const y = labels[name];
      let z = bias;
      for (const f of x) z += w[f];
      const p = 1 / (1 + Math.exp(-z));
      const grad = (p - y) * (y === 1 ? positiveWeight : 1) * weight;
      for (const f of x) {
        const g = grad + l2 * w[f];
        g2[f] += g * g;
        w[f] -= (learningRate / Math.sqrt(g2[f])) * g;
      }
      biasG2 += grad * grad;
      bias -= (learningRate / Math.sqrt(biasG2)) * grad;
    }
  }
  return { bias, w, languages };
}

/** Weights are shipped in hundredths; held-out scores use the same rounding, so they are those of the shipped model. */
const hundredths = (x) => Math.round(x * 100);

/** Every model trained on the units, with the vocabulary of those units alone. */
export function trainAll(units, seed) {
  const index = vocabulary(units);
  const examples = units.map((u) => ({
    x: Int32Array.from(u.features.map((f) => index.get(f)).filter((i) => i !== undefined)),
    labels: u.labels,
    lang: u.doc.lang,
    weight: SETTINGS.datasetWeight[u.doc.dataset] ?? 1,
  }));
  const models = {};
  for (const name of MODEL_NAMES) {
    const model = trainOne(name, examples, index.size, seed);
    models[name] = { ...model, bias: hundredths(model.bias) / 100, w: model.w.map((v) => hundredths(v) / 100) };
  }
  return { index, models };
}

/** Each model's probability for one unit. */
export function probabilities(trained, unit) {
  const ids = unit.features.map((f) => trained.index.get(f)).filter((i) => i !== undefined);
  const out = {};
  for (const name of MODEL_NAMES) {
    const { bias, w } = trained.models[name];
    let z = bias;
    for (const f of ids) z += w[f];
    out[name] = 1 / (1 + Math.exp(-z));
  }
  return out;
}

/**
 * Which units the engine marks as the model's kind at a threshold: those whose held-out score reaches it, and what the
 * kind's decisive rules mark, either on their own (`decide`) or, where they only lift the model's score, when the score
 * is within reach of the threshold (`lift`: scan.ts's `combine` lifts a calibrated score by 0.15, 0.5·p/t + 0.15 ≥ 0.5).
 */
function marker(name, threshold, rules) {
  if (rules === 'decide') return (u) => u.heldOut[name] >= threshold || u.ruled.has(name);
  if (rules === 'lift') return (u) => u.heldOut[name] >= threshold || u.forced.has(name) || (u.ruled.has(name) && u.heldOut[name] >= 0.7 * threshold);
  return (u) => u.heldOut[name] >= threshold;
}

/** Highlight precision and recall as score-clauses.mjs counts them, for the units `marks` picks. */
function highlight(docsUnits, name, marks) {
  let gold = 0, found = 0, pred = 0, right = 0;
  for (const { doc, units } of docsUnits) {
    const g = doc.gold[name];
    const p = units.filter(marks);
    gold += g.length;
    pred += p.length;
    for (const gs of g) if (p.reduce((n, u) => n + inter(u, gs), 0) >= 0.5 * (gs.end - gs.start)) found++;
    for (const u of p) {
      const inside = g.reduce((n, gs) => n + inter(u, gs), 0) >= 0.5 * (u.end - u.start);
      const covers = g.some((gs) => inter(u, gs) >= 0.5 * (gs.end - gs.start) && u.end - u.start <= 3 * (gs.end - gs.start));
      if (inside || covers) right++;
    }
  }
  const precision = pred ? right / pred : 0;
  const recall = gold ? found / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * The threshold that maximises the mean highlight F1 over the data sets labelling the kind in these languages (and
 * documents of this style, if given), each counted only with at least `minGold` gold clauses there, in enough documents (a handful makes F1
 * a coin toss); score -1 when none has.
 */
function chooseThreshold(name, units, languages, minGold, style, rules = 'model') {
  const byDataset = new Map();
  for (const u of units) {
    if (u.labels[name] === undefined || !languages.includes(u.doc.lang) || (style && u.doc.style !== style)) continue;
    const perDoc = byDataset.get(u.doc.dataset) ?? new Map();
    const entry = perDoc.get(u.doc.id) ?? { doc: u.doc, units: [] };
    entry.units.push(u);
    perDoc.set(u.doc.id, entry);
    byDataset.set(u.doc.dataset, perDoc);
  }
  for (const [dataset, perDoc] of byDataset) {
    const withGold = [...perDoc.values()].filter(({ doc }) => doc.gold[name].length > 0);
    const enough = withGold.length >= Math.min(minGold, SETTINGS.minDocumentsPerDataset);
    if (!enough || withGold.reduce((n, { doc }) => n + doc.gold[name].length, 0) < minGold) byDataset.delete(dataset);
  }
  let best = { threshold: 0.5, score: -1, figures: {}, byDataset };
  if (byDataset.size === 0) return best;
  for (let t = 0.01; t < 0.995; t += 0.005) {
    const { score, figures } = judge(byDataset, name, marker(name, t, rules));
    if (score > best.score) best = { threshold: Math.round(t * 1000) / 1000, score, figures, byDataset };
  }
  return best;
}

/** The mean highlight F1 over the data sets of what `marks` picks, with a little more where the recall targets are met. */
function judge(byDataset, name, marks) {
  let total = 0;
  let meetsRecall = true;
  const figures = {};
  for (const [dataset, perDoc] of byDataset) {
    const h = highlight([...perDoc.values()], name, marks);
    figures[dataset] = h;
    total += h.f1;
    if (h.recall < (MIN_RECALL[name]?.[dataset] ?? 0)) meetsRecall = false;
  }
  // Meeting a recall target counts for a little F1, never for more: a threshold that buys recall with all precision loses.
  return { score: total / byDataset.size + (meetsRecall ? 0.03 : 0), figures };
}

/** The models whose kind hand-written decisive rules mark on their own (scan.ts hears no other model's rules so). */
const RULED = new Set(['termination_convenience', 'notice', 'renewal', 'post_termination', 'termination_fee', 'payment', 'deliverables', 'ip_transfer', 'liability_cap']);

/**
 * The threshold of a kind of document, and whether the kind's decisive rules mark on their own there or only lift the
 * model: data sets label some kinds more narrowly than the rules read them (CUAD's notice is only notice to stop a
 * renewal). Each way is given its best threshold on the training folds' documents of the style, and the better one
 * is kept; a kind without rules of its own is judged by its model alone.
 */
function chooseStyleThreshold(name, units, language, style) {
  const ofStyle = (rules) => ({ ...chooseThreshold(name, units, [language], SETTINGS.minGoldPerDataset, style, rules), rules });
  if (!RULED.has(name)) return ofStyle('model');
  const deciding = ofStyle('decide');
  const lifting = ofStyle('lift');
  return lifting.score > deciding.score ? lifting : deciding;
}

const STYLES = ['clause', 'short', 'long'];
const describe = (figures) => Object.entries(figures).map(([d, h]) => `${d} P ${(100 * h.precision).toFixed(1)} R ${(100 * h.recall).toFixed(1)} F1 ${(100 * h.f1).toFixed(1)}`).join('; ');

/**
 * Each model's threshold per language, and where its rules only lift it, from units that carry a held-out score (`heldOut`, by a model that never saw
 * their group). A language whose data sets hold too few gold clauses of the kind shares the threshold of both. Short
 * and long contracts of a language (model.ts's `documentStyle`) each get their own where their data sets hold enough.
 */
export function chooseThresholds(units, log = () => {}) {
  const thresholds = {};
  const liftOnly = {};
  for (const name of MODEL_NAMES) {
    thresholds[name] = {};
    liftOnly[name] = [];
    const shared = chooseThreshold(name, units, ['en', 'it'], 1);
    for (const language of ['en', 'it']) {
      const own = chooseThreshold(name, units, [language], SETTINGS.minGoldPerDataset);
      const best = own.score >= 0 ? own : shared;
      if (best.score < 0) continue;
      thresholds[name][language] = best.threshold;
      const figures = describe(best.figures);
      log(`${name.padEnd(24)} ${language} threshold ${best.threshold.toFixed(3)}${own.score >= 0 ? '' : ' (both languages)'}  model alone: ${figures}`);
      if (own.score < 0) continue;
      for (const style of STYLES) {
        const ofStyle = chooseStyleThreshold(name, units, language, style);
        if (ofStyle.score < 0) continue;
        const key = `${language}:${style}`;
        thresholds[name][key] = ofStyle.threshold;
        const how = { model: 'model alone', decide: 'rules decide', lift: 'rules only lift' }[ofStyle.rules];
        log(`${name.padEnd(24)} ${key} threshold ${ofStyle.threshold.toFixed(3)}  ${how}: ${describe(ofStyle.figures)}`);
        if (ofStyle.rules === 'lift') liftOnly[name].push(key);
      }
    }
  }
  return { thresholds, liftOnly };
}

/** The weights file: every model's weights in hundredths, one row of MODEL_NAMES.length per feature. */
export function exportModels(trained, { thresholds, liftOnly }, trainedOn) {
  const features = [...trained.index.keys()];
  const weights = [];
  for (let i = 0; i < features.length; i++) for (const name of MODEL_NAMES) weights.push(hundredths(trained.models[name].w[i]));
  const models = MODEL_NAMES.map((name) => ({
    name,
    bias: trained.models[name].bias,
    threshold: thresholds[name],
    languages: trained.models[name].languages,
    ...(liftOnly[name].length ? { rulesLiftOnly: liftOnly[name] } : {}),
  }));
  return { trainedOn, features, models, weights };
}
