// Type-checked by test/package/consumer.test.ts in a throwaway project beside one zod version (and by the
// project's own typecheck): the exported schemas keep their zod types when composed with the consumer's zod.
import { type Contract, ContractSchema, type InputProblem, InsertionProgrammeSchema, toInputProblem } from 'clausier';
import * as z from 'zod';

const Received = ContractSchema.extend({ receivedAt: z.string() });
type Received = z.infer<typeof Received>;
export const received: Received = Received.parse({ id: 'C', kind: 'contract', receivedAt: 'now' });
export const amount: string | undefined = received.amountExclTax;
export const contract: Contract = received;

const Picked = ContractSchema.pick({ id: true, kind: true });
export const picked: { id: string; kind: 'contract' | 'concession' } = Picked.parse({ id: 'C', kind: 'contract' });

export const Envelope = z.object({ c: ContractSchema, p: InsertionProgrammeSchema.optional() });
export const shapeKeys: string[] = Object.keys(ContractSchema.shape);
export const json = z.toJSONSchema(Envelope, { io: 'input' });
const r = Envelope.safeParse({});
export const problems: InputProblem[] = r.success ? [] : r.error.issues.map(toInputProblem);
