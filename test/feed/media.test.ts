import { expect } from '@open-wc/testing';
import { clockTime, embedUrl, fileSize, posterUrl, typeName, watchUrl } from '../../src/feed/media.js';

describe('recordings and materials', () => {
  it('writes chapter times as a player shows them', () => {
    expect(clockTime(0)).to.equal('0:00');
    expect(clockTime(59)).to.equal('0:59');
    expect(clockTime(1800)).to.equal('30:00');
    expect(clockTime(3725)).to.equal('1:02:05');
    expect(clockTime(7200)).to.equal('2:00:00');
  });

  it('writes sizes in human units', () => {
    expect(fileSize(482_000, 'en')).to.equal('471 KB');
    expect(fileSize(900, 'en')).to.equal('900 B');
    expect(fileSize(2_500_000, 'en')).to.equal('2.4 MB');
    expect(fileSize(25_000_000, 'ja')).to.equal('24 MB');
  });

  it('names file types for readers', () => {
    expect(typeName('application/pdf', 'x')).to.equal('PDF');
    expect(typeName('application/vnd.openxmlformats-officedocument.presentationml.presentation', 'x')).to.equal('PowerPoint');
    expect(typeName('video/mp4', 'x')).to.equal('MP4');
    expect(typeName('application/zip', 'x')).to.equal('ZIP');
    expect(typeName('text/csv', 'x')).to.equal('CSV');
    expect(typeName('text/plain', 'x')).to.equal('Text');
    expect(typeName('application/msword', 'x')).to.equal('Word');
    expect(typeName(undefined, 'https://x.example/slides.pdf?v=2')).to.equal('PDF');
    expect(typeName(undefined, 'https://x.example/download')).to.equal(undefined);
  });

  it('embeds YouTube without cookies and Vimeo with dnt, at a start time', () => {
    expect(embedUrl({ provider: 'youtube', videoId: 'dQw4w9WgXcQ' }, 90)).to.equal(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&autoplay=1&start=90',
    );
    expect(embedUrl({ provider: 'vimeo', videoId: '76979871' }, 90)).to.equal('https://player.vimeo.com/video/76979871?dnt=1&autoplay=1#t=90s');
    expect(embedUrl({ provider: 'video', src: 'https://x.example/a.mp4' })).to.equal(undefined);
  });

  it('keeps a plain link to the recording and a poster that is not a player host', () => {
    expect(watchUrl({ provider: 'youtube', videoId: 'dQw4w9WgXcQ' })).to.equal('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(watchUrl({ provider: 'vimeo', videoId: '76979871' })).to.equal('https://vimeo.com/76979871');
    expect(posterUrl({ provider: 'youtube', videoId: 'dQw4w9WgXcQ' })).to.equal('https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg');
    expect(posterUrl({ provider: 'vimeo', videoId: '1', poster: 'https://x.example/p.jpg' })).to.equal('https://x.example/p.jpg');
  });
});
