// Feder's preview update script. It runs in an isolated JavaScript world (ApplicationWorld):
// the page's own JavaScript is switched off, and nothing from the article can call these functions.
(function () {
  'use strict';

  function bodyRoot() { return document.getElementById('feder-body'); }

  // Applies one block patch from the renderer: {start, remove, blocks: [html], lines: [[index, line]]}.
  // Returns the number of blocks afterwards, so the caller knows the page has it.
  window.federApply = function (patch) {
    var root = bodyRoot();
    if (!root) return -1;
    for (var i = 0; i < patch.remove; ++i) {
      var gone = root.children[patch.start];
      if (gone) root.removeChild(gone);
    }
    if (patch.blocks.length) {
      var template = document.createElement('template');
      template.innerHTML = patch.blocks.join('');
      root.insertBefore(template.content, root.children[patch.start] || null);
    }
    for (var j = 0; j < patch.lines.length; ++j) {
      var block = root.children[patch.lines[j][0]];
      if (block) block.setAttribute('data-line', patch.lines[j][1]);
    }
    return root.children.length;
  };

  // Refills a part of the page (header, reading time, related posts, teaser card) after a change.
  window.federFill = function (id, html) {
    var slot = document.getElementById(id);
    if (!slot) return false;
    slot.innerHTML = html;
    return true;
  };

  // The block that holds a source line: the last block starting at or before it.
  function blockForLine(line) {
    var root = bodyRoot();
    if (!root) return null;
    var found = null;
    for (var i = 0; i < root.children.length; ++i) {
      var start = parseInt(root.children[i].getAttribute('data-line'), 10);
      if (start > line) break;
      found = root.children[i];
    }
    return found || root.children[0] || null;
  }

  // Brings the block of a source line into view, unless it is visible already.
  window.federReveal = function (line, align) {
    var block = blockForLine(line);
    if (!block) return -1;
    var box = block.getBoundingClientRect();
    var visible = box.top >= 0 && box.bottom <= window.innerHeight;
    if (!visible || align === 'start') block.scrollIntoView({block: align === 'start' ? 'start' : 'center'});
    return parseInt(block.getAttribute('data-line'), 10);
  };

  // Review comments: marks the commented words ([{line, quote, open}]), replacing earlier marks.
  window.federMarks = function (marks) {
    var old = document.querySelectorAll('mark.feder-comment');
    for (var i = 0; i < old.length; ++i) {
      var mark = old[i];
      mark.replaceWith.apply(mark, Array.prototype.slice.call(mark.childNodes));
    }
    var placed = 0;
    for (var m = 0; m < marks.length; ++m) {
      var block = blockForLine(marks[m].line);
      if (!block || !marks[m].quote) continue;
      var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        var at = node.data.indexOf(marks[m].quote);
        if (at < 0) continue;
        var range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + marks[m].quote.length);
        var wrapper = document.createElement('mark');
        wrapper.className = 'feder-comment' + (marks[m].open ? '' : ' resolved');
        range.surroundContents(wrapper);
        ++placed;
        break;
      }
    }
    return placed;
  };

  window.federSetMode = function (mode) {
    document.documentElement.className = 'mode-' + mode;
    return mode;
  };


  // A click on a block tells the editor which source line it came from.
  document.addEventListener('click', function (event) {
    var block = event.target.closest ? event.target.closest('.fb') : null;
    if (block && window.federBridge)
      window.federBridge.blockClicked(parseInt(block.getAttribute('data-line'), 10));
  }, true);

  if (!window.qt || !qt.webChannelTransport) return; // snapshots have no channel
  new QWebChannel(qt.webChannelTransport, function (channel) {
    window.federBridge = channel.objects.bridge;
    window.federBridge.pageReady();
  });
})();
