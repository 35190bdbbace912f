import { describe, expect, it } from 'vitest';
import { routeInvocation } from '../../src/cli/main.js';

const commands = ['plan', 'validate', 'analyze', 'calc', 'schema', 'help'];

describe('routeInvocation', () => {
  it('runs plan when the first argument is an invocation instead of a command', () => {
    expect(routeInvocation(['Persona: Kestra. Inputs: a.yaml.', '--format', 'html'], commands)).toEqual(['plan', 'Persona: Kestra. Inputs: a.yaml.', '--format', 'html']);
    expect(routeInvocation(['task: review it. inputs: a.yaml'], commands)).toEqual(['plan', 'task: review it. inputs: a.yaml']);
  });

  it('leaves commands, unknown words and flags alone', () => {
    expect(routeInvocation(['validate', 'Persona: Kestra.'], commands)).toEqual(['validate', 'Persona: Kestra.']);
    expect(routeInvocation(['validat', 'x.yaml'], commands)).toEqual(['validat', 'x.yaml']);
    expect(routeInvocation(['--version'], commands)).toEqual(['--version']);
    expect(routeInvocation([], commands)).toEqual([]);
  });
});
