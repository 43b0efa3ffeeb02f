import { DEFAULT_FEATURES, featurize, type FeatureOptions, type SparseVector } from './features';
import { seededRandom, shuffled } from './random';

export interface Example {
	text: string;
	labels: readonly string[];
}

export interface TrainOptions {
	epochs: number;
	learningRate: number;
	/** L2 penalty per update, applied to the weights a text touches. */
	l2: number;
	/** A label the model already gets this nearly right for a text is not updated on it. */
	tolerance: number;
	seed: number;
	features: FeatureOptions;
	/** Labels to learn besides those in the examples (a label without positives scores low). */
	labels: readonly string[];
}

export const DEFAULT_TRAINING: TrainOptions = {
	epochs: 5,
	learningRate: 0.5,
	l2: 1e-5,
	tolerance: 0.01,
	seed: 1,
	features: DEFAULT_FEATURES,
	labels: []
};

/**
 * One-vs-rest logistic regression over hashed character n-grams. The weights of all labels for
 * one bucket sit side by side (bucket * labels.length + label): a text touches few buckets, and
 * reading each bucket's weights together spares memory reads (training is memory-bound).
 */
export interface Model {
	labels: string[];
	features: FeatureOptions;
	weights: Float32Array;
	biases: Float64Array;
}

export interface Prediction {
	label: string;
	confidence: number;
}

/**
 * AdaGrad on the log loss, one pass over the shuffled examples per epoch; the shuffle is seeded,
 * so the same examples and options always give the same model.
 */
export function train(examples: readonly Example[], options: Partial<TrainOptions> = {}): Model {
	const settings = { ...DEFAULT_TRAINING, ...options };
	const labels = [...new Set([...settings.labels, ...examples.flatMap((e) => e.labels)])].sort();
	const vectors = examples.map((example) => featurize(example.text, settings.features));
	const targets = examples.map(
		(example) => new Uint8Array(labels.map((label) => (example.labels.includes(label) ? 1 : 0)))
	);
	const size = settings.features.dimensions * labels.length;
	const model: Model = {
		labels,
		features: settings.features,
		weights: new Float32Array(size),
		biases: new Float64Array(labels.map((_, k) => priorLogOdds(targets, k)))
	};
	const step = adaGradStep(model, new Float32Array(size), settings);
	const random = seededRandom(settings.seed);
	const order = examples.map((_, i) => i);
	for (let epoch = 0; epoch < settings.epochs; epoch++) {
		for (const i of shuffled(order, random))
			step(vectors[i] as SparseVector, targets[i] as Uint8Array);
	}
	return model;
}

function adaGradStep(model: Model, squares: Float32Array, settings: TrainOptions) {
	const { weights, biases } = model;
	const count = model.labels.length;
	const errors = new Float64Array(count);
	const learning = new Int32Array(count);
	const biasSquares = new Float64Array(count);
	const { learningRate, l2, tolerance } = settings;
	return (vector: SparseVector, target: Uint8Array) => {
		scores(model, vector, errors);
		for (let k = 0; k < count; k++)
			errors[k] = sigmoid(errors[k] as number) - (target[k] as number);
		let active = 0;
		for (let k = 0; k < count; k++) {
			if (Math.abs(errors[k] as number) >= tolerance) learning[active++] = k;
		}
		for (let j = 0; j < vector.indices.length; j++) {
			const base = (vector.indices[j] as number) * count;
			const value = vector.values[j] as number;
			for (let a = 0; a < active; a++) {
				const k = learning[a] as number;
				const weight = weights[base + k] as number;
				const gradient = (errors[k] as number) * value + l2 * weight;
				const sum = (squares[base + k] as number) + gradient * gradient;
				squares[base + k] = sum;
				weights[base + k] = weight - (learningRate * gradient) / Math.sqrt(sum + 1e-8);
			}
		}
		for (let k = 0; k < count; k++) {
			const error = errors[k] as number;
			biasSquares[k] = (biasSquares[k] as number) + error * error;
			biases[k] =
				(biases[k] as number) -
				(learningRate * error) / Math.sqrt((biasSquares[k] as number) + 1e-8);
		}
	};
}

/** Every label with its probability, most likely first; none for a text without letters or digits. */
export function predict(model: Model, text: string): Prediction[] {
	const vector = featurize(text, model.features);
	if (vector.indices.length === 0) return [];
	const raw = scores(model, vector, new Float64Array(model.labels.length));
	return model.labels
		.map((label, k) => ({ label, confidence: sigmoid(raw[k] as number) }))
		.sort((a, b) => b.confidence - a.confidence || a.label.localeCompare(b.label));
}

/** The raw score (log-odds) of every label, written into `into`. */
function scores(model: Model, vector: SparseVector, into: Float64Array): Float64Array {
	const count = model.labels.length;
	into.set(model.biases);
	for (let j = 0; j < vector.indices.length; j++) {
		const base = (vector.indices[j] as number) * count;
		const value = vector.values[j] as number;
		for (let k = 0; k < count; k++)
			into[k] = (into[k] as number) + (model.weights[base + k] as number) * value;
	}
	return into;
}

function sigmoid(z: number): number {
	return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Starting from the base rate (smoothed) spares the first epoch from learning it. */
function priorLogOdds(targets: Uint8Array[], k: number): number {
	const positives = targets.filter((target) => target[k] === 1).length;
	return Math.log((positives + 0.5) / (targets.length - positives + 0.5));
}
