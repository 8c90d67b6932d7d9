import { expect } from '@open-wc/testing';
import { paragraphs, primaryLanguage, resolveText, resolvedLanguage } from '../../src/feed/text.js';

describe('Text resolution (docs/feed-guide.md, Conventions)', () => {
  const text = { en: 'Free of charge', ja: '参加費無料', 'pt-BR': 'Gratuito' };

  it('returns a plain string as it is, in any language', () => {
    expect(resolveText('Free', 'ja')).to.equal('Free');
  });

  it('prefers the exact tag', () => {
    expect(resolveText(text, 'pt-BR')).to.equal('Gratuito');
    expect(resolveText(text, 'ja')).to.equal('参加費無料');
  });

  it('falls back to the primary subtag (ja-JP → ja)', () => {
    expect(resolveText(text, 'ja-JP')).to.equal('参加費無料');
  });

  it('matches tags without regard to case', () => {
    expect(resolveText({ 'zh-Hant': '免費' }, 'ZH-HANT')).to.equal('免費');
  });

  it("falls back to the series' default language, then to the first value", () => {
    expect(resolveText(text, 'fr', 'ja')).to.equal('参加費無料');
    expect(resolveText({ de: 'Kostenlos', it: 'Gratis' }, 'fr', 'en')).to.equal('Kostenlos');
  });

  it('resolves absent text to an empty string', () => {
    expect(resolveText(undefined, 'en')).to.equal('');
  });

  it('reports which language the text resolved to', () => {
    expect(resolvedLanguage(text, 'ja-JP')).to.equal('ja');
    expect(resolvedLanguage({ de: 'x' }, 'en')).to.equal('de');
    expect(resolvedLanguage('plain', 'en')).to.equal(undefined);
  });

  it('splits paragraphs at blank lines only', () => {
    expect(paragraphs('One\nstill one\n\nTwo\n  \nThree')).to.deep.equal(['One\nstill one', 'Two', 'Three']);
    expect(primaryLanguage('ja-JP')).to.equal('ja');
  });
});
