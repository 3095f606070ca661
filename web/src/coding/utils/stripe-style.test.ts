import { describe, expect, it } from 'vitest';
import { stripeStyle } from './stripe-style';

describe(stripeStyle.name, () => {
  it('draws nothing for uncoded text', () => {
    expect(stripeStyle([])).toEqual({});
  });

  it('stacks one stripe per coding from the bottom', () => {
    const style = stripeStyle(['#aa0000', '#0000aa']);
    expect(style.backgroundImage).toBe('linear-gradient(#aa0000, #aa0000), linear-gradient(#0000aa, #0000aa)');
    expect(style.backgroundPosition).toBe('0 calc(100% - 0px), 0 calc(100% - 5px)');
    expect(style.paddingBottom).toBe('9px');
  });

  it('adds a tint behind the active coding', () => {
    expect(stripeStyle([], '#ff000033')).toEqual({ backgroundColor: '#ff000033' });
  });
});
