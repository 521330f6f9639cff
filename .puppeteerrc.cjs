// Never download a browser: CI and developer machines use Debian's chromium and firefox-esr.
module.exports = { skipDownload: true, chrome: { skipDownload: true }, firefox: { skipDownload: true } };
