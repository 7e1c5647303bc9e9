/** One page of every template of the newsroom fixture, in both editions, as site paths. */
export const TEMPLATE_PATHS = [
  '/en/',
  '/en/iraq/',
  '/en/economy/page/1/',
  '/en/local-news/lead-story/',
  '/en/opinion/opinion-piece/',
  '/en/tags/oil-prices/',
  '/en/authors/ada-reporter/',
  '/en/pages/about/',
  '/en/search/',
  '/en/politics/vote-count/',
  '/en/politics/vote-count/page/1/',
  '/en/culture/embeds-story/',
  '/en/no-such-page/',
  '/ar/',
  `/ar/local-news/${encodeURIComponent('جسر-النهر')}/`,
  `/ar/tags/${encodeURIComponent('الموصل')}/`,
  '/ar/pages/about/',
  // An Arabic story with an embed and a gallery: right to left (docs/story-media.md).
  '/ar/opinion/opinion-ar/',
  '/ar/search/',
  `/ar/politics/${encodeURIComponent('فرز-الاصوات')}/`,
]

/** The article whose body is a corpus of script-injection attempts. */
export const XSS_CORPUS_PATH = '/en/culture/xss-corpus/'
