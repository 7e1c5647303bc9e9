// Written by npm run build (lib/finish/host-files.ts): CloudFront Function, viewer request.
var REDIRECTS = {
  "/": {
    "to": "/en/",
    "status": 302
  }
};
var QUERIES = {};

function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var query = request.querystring || {};
  var redirect = REDIRECTS[uri] || REDIRECTS[uri + '/'];
  if (uri === '/') {
    for (var name in QUERIES) {
      var value = query[name] && query[name].value;
      if (value && QUERIES[name][value]) redirect = { to: QUERIES[name][value], status: 301 };
    }
  }
  if (redirect) {
    return {
      statusCode: redirect.status,
      statusDescription: redirect.status === 301 ? 'Moved Permanently' : 'Found',
      headers: { location: { value: redirect.to }, 'cache-control': { value: 'public, max-age=0, must-revalidate' } },
    };
  }
  // Folders are addresses: /en/iraq/ → /en/iraq/index.html; /en/iraq → /en/iraq/
  if (uri.endsWith('/')) request.uri = uri + 'index.html';
  else if (uri.lastIndexOf('.') < uri.lastIndexOf('/'))
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: uri + '/' } } };
  return request;
}
