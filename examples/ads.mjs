// Stands in for a publisher's ad code: Broadsheet announces each slot once,
// with the box it reserved, and whatever goes in that box moves nothing else.
// Load it before the article arrives (module scripts run in order, and the
// article is rendered only after its fetch).
document.addEventListener('broadsheet:adslot', ({ detail }) => {
  const creative = document.createElement('p');
  creative.className = 'demo-creative';
  creative.textContent = `Your ad here: slot ${detail.slot}, ${detail.size.replace('x', '×')}`;
  detail.element.append(creative);
});
