import { describe, expect, it, vi } from 'vitest';
import { guarded, guardedAsync } from './guarded';

describe('guarded', () => {
  it('gives what the read gives, and calls nothing else', () => {
    const onError = vi.fn();
    expect(guarded(() => 42, onError)).toBe(42);
    expect(onError).not.toHaveBeenCalled();
  });

  it('turns an error in the read into null, told to the caller and the console', () => {
    const onError = vi.fn();
    const console_ = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = new TypeError("Cannot read properties of null (reading 'textContent')");
    expect(
      guarded(() => {
        throw error;
      }, onError),
    ).toBeNull();
    expect(onError).toHaveBeenCalledWith(error);
    expect(console_).toHaveBeenCalledWith('OPP-wijzer kon deze pagina niet lezen:', error);
    console_.mockRestore();
  });
});

describe('guardedAsync', () => {
  it('turns a rejected read into null, told to the caller', async () => {
    const onError = vi.fn();
    const console_ = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await guardedAsync(async () => Promise.reject(new Error('kapot')), onError)).toBeNull();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(await guardedAsync(async () => 'gelezen', onError)).toBe('gelezen');
    expect(onError).toHaveBeenCalledTimes(1);
    console_.mockRestore();
  });
});
