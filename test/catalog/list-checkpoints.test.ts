import { describe, expect, it } from 'vitest';
import { ListCheckpoints } from '../../src/catalog/list-checkpoints.js';

describe('ListCheckpoints', () => {
  it('steps from the nearest known position, or from either end of the list', () => {
    const checkpoints = new ListCheckpoints();
    expect(checkpoints.stepTo(3, 100)).toEqual({ from: undefined, steps: 3, backward: false });
    expect(checkpoints.stepTo(98, 100)).toEqual({ from: undefined, steps: 1, backward: true });
    checkpoints.remember(50, 5000);
    expect(checkpoints.stepTo(52, 100)).toEqual({ from: 5000, steps: 2, backward: false });
    expect(checkpoints.stepTo(45, 100)).toEqual({ from: 5000, steps: 5, backward: true });
    expect(checkpoints.stepTo(50, 100)).toEqual({ from: 5000, steps: 0, backward: false });
  });
});
